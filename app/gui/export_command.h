#pragma once
// `gridshare export` and `gridshare report`: a chart or the report written to a file without a
// window, drawn by the same pages the window uses.

#include <QString>

namespace gridshare::gui {

// True when argv names export or report.
bool isExportCommand(int argc, char* argv[]);

// Runs it; exit codes as the other commands: 2 usage, 3 invalid scenario, 4 unreadable input or
// unwritable output. language: one of availableLanguages().
int runExportCommand(int argc, char* argv[], const QString& language);

} // namespace gridshare::gui
