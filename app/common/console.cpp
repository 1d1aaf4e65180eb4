// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"

#include "message_text.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <cstring>

// The translation context of this file's text, which belongs to no QObject. Outside the
// project's namespace: lupdate loses the context in functions that return std:: types.
namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

namespace gridshare {
namespace {

constexpr std::size_t kMaxIssuesShown = 20;

// The first error writing standard output, kept until the command ends.
int outputError = 0;

void writeHelpHint()
{
    writeError(Text::tr("try 'gridshare --help'"));
}

} // namespace

void writeOut(const std::string& text)
{
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0)
        if (outputError == 0)
            outputError = errno != 0 ? errno : EIO;
}

void writeOut(const QString& text)
{
    writeOut(text.toStdString());
}

void writeError(const QString& text)
{
    const std::string line = "gridshare: " + text.toStdString() + "\n";
    std::fwrite(line.data(), 1, line.size(), stderr);
}

int failWith(int code, const QString& message)
{
    writeError(message);
    return code;
}

int usageError(const QString& message)
{
    writeError(message);
    writeHelpHint();
    return BadUsage;
}

void writeIssues(const Issues& issues)
{
    for (std::size_t i = 0; i < issues.size() && i < kMaxIssuesShown; ++i)
        writeError(describe(issues[i]));
    if (issues.size() > kMaxIssuesShown)
        writeError(Text::tr("… and %1 more problems").arg(issues.size() - kMaxIssuesShown));
}

int refuseWith(int exitCode, const Issues& issues)
{
    writeIssues(issues);
    if (exitCode == BadUsage)
        writeHelpHint();
    return exitCode;
}

int finishOutput(int code)
{
    if (std::fflush(stdout) != 0 && outputError == 0)
        outputError = errno != 0 ? errno : EIO;
    if (outputError == 0 && std::ferror(stdout))
        outputError = EIO;
    if (outputError == 0)
        return code;
    writeError(Text::tr("standard output cannot be written: %1; the output is incomplete")
                   .arg(QString::fromLocal8Bit(std::strerror(outputError))));
    return code == Success ? UnreadableFile : code;
}

} // namespace gridshare
