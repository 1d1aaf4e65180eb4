// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading and writing scenario files for the window: reads through core's strict reader, writes
// atomically (QSaveFile), so a failed save never leaves a half-written file.

#include "common/atomic_file.h"

#include "gridshare/dataset.h"
#include "gridshare/diagnostics.h"
#include "gridshare/scenario.h"

#include <QString>

namespace gridshare::gui {

// The scenario, or what is wrong with the file, each issue naming the file and its JSON pointer.
// The scenario is also resolved against the data, so whatever it returns can be evaluated; a file
// whose ranges fit only the defaults it was saved with comes back with those defaults set.
Outcome<Scenario> readScenario(const QString& path, const Dataset& data);

// The scenario as Save writes it; refused, with what Open would say, when Open could not read it
// back (a value outside its uncertainty range, values that cannot be evaluated), so Save never
// writes a file that Open rejects. Empty on success.
QString writeScenario(const QString& path, const Scenario& scenario, const Dataset& data);

} // namespace gridshare::gui
