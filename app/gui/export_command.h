#pragma once
// `gridshare export` and `gridshare report`: a chart or the report written to a file without a
// window, drawn by the same pages the window uses.

namespace gridshare::gui {

// True when argv names export or report.
bool isExportCommand(int argc, char* argv[]);

// Runs it; exit codes as the other commands: 2 usage, 3 invalid scenario, 4 unreadable input or
// unwritable output.
int runExportCommand(int argc, char* argv[]);

} // namespace gridshare::gui
