#pragma once
// Writing to the terminal for the commands: results on standard output, problems on standard error
// with the program's name, usage problems with a pointer to --help. Text a person reads is
// translated by the caller (QCoreApplication::translate("Cli", ...)) before it comes here.

#include "command_line.h"

#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <string>

namespace gridshare::cli {

inline void writeOut(const std::string& text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

inline void writeOut(const QString& text)
{
    writeOut(text.toStdString());
}

inline void writeError(const QString& text)
{
    const std::string line = "gridshare: " + text.toStdString() + "\n";
    std::fwrite(line.data(), 1, line.size(), stderr);
}

inline int usageError(const QString& text)
{
    writeError(text);
    writeError(QCoreApplication::translate("Cli", "try 'gridshare --help'"));
    return BadUsage;
}

} // namespace gridshare::cli
