#pragma once
// The headless command line: `gridshare evaluate|presets|regions|sources`.

#include <QStringList>

namespace gridshare::cli {

enum ExitCode : int {
    Success = 0,
    BadUsage = 2,
    InvalidScenario = 3,
    UnreadableFile = 4,
    NoSolution = 5, // solve: no value of the parameter meets the target
};

// Runs the command named in arguments (arguments[0] is the program) and returns the exit code.
// Prints nothing to standard output unless the whole command succeeded.
int run(const QStringList& arguments);

} // namespace gridshare::cli
