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

// Empty on success; otherwise what went wrong, saying the previous file is unchanged.
QString writeAtomically(const QString& path, const QByteArray& bytes);
QString writeScenario(const QString& path, const Scenario& scenario);

} // namespace gridshare::gui
