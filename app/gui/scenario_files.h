// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading and writing scenario files for the window: reads through core's strict reader, writes
// atomically (QSaveFile), so a failed save never leaves a half-written file.

#include "gridshare/dataset.h"
#include "gridshare/diagnostics.h"
#include "gridshare/scenario.h"

#include <QString>

namespace gridshare::gui {

// The scenario, or what is wrong with the file, each issue naming the file and its JSON pointer.
// The scenario is also resolved against the data, so whatever it returns can be evaluated; a file
// whose ranges fit only the defaults it was saved with comes back with those defaults set.
Outcome<Scenario> readScenario(const QString& path, const Dataset& data);

// Who may read a file written: as the umask says, or its owner alone (autosave records).
enum class FileAccess { Default, OwnerOnly };

// Empty on success; otherwise why it failed, saying that the previous file is unchanged or that
// nothing was written where there was none (the caller names the path).
QString writeAtomically(const QString& path, const QByteArray& bytes, FileAccess access = FileAccess::Default);

// The scenario as Save writes it; refused, with what Open would say, when Open could not read it
// back (a value outside its uncertainty range, values that cannot be evaluated), so Save never
// writes a file that Open rejects. Empty on success.
QString writeScenario(const QString& path, const Scenario& scenario, const Dataset& data);

} // namespace gridshare::gui
