#pragma once
// Writing to the terminal for the commands: results on standard output, problems on standard error
// with the program's name, usage problems with a pointer to --help.

#include "command_line.h"

#include <cstdio>
#include <string>

namespace gridshare::cli {

inline void writeOut(const std::string& text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

inline void writeError(const std::string& text)
{
    const std::string line = "gridshare: " + text + "\n";
    std::fwrite(line.data(), 1, line.size(), stderr);
}

inline int usageError(const std::string& text)
{
    writeError(text);
    writeError("try 'gridshare --help'");
    return BadUsage;
}

} // namespace gridshare::cli
