// SPDX-License-Identifier: GPL-3.0-or-later
#include "cold_start_bench.h"

#include "gui/first_frame_probe.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <ctime>
#include <vector>

namespace gridshare::bench {
namespace {

long long monotonicNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now); // the clock the child's report uses
    return static_cast<long long>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Milliseconds from starting the program to its first complete frame; negative when it did not say.
double timeToFirstFrame(const QString& program, const QStringList& arguments)
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QString::fromLatin1(gui::kFirstFrameVariable), QStringLiteral("1"));
    environment.insert(QStringLiteral("HOME"), home.path());
    for (const char* xdg : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        environment.insert(QString::fromLatin1(xdg), home.filePath(QString::fromLatin1(xdg)));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardErrorFile(QProcess::nullDevice());
    const long long start = monotonicNanoseconds();
    process.start();
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return -1;
    for (const QByteArray& line : process.readAllStandardOutput().split('\n'))
        if (line.startsWith("first-frame-ns "))
            return static_cast<double>(line.mid(15).toLongLong() - start) / 1e6;
    return -1;
}

} // namespace

ColdStart coldStartToFirstFrame(const QString& binaryDir, int rounds)
{
    const QString size = QStringLiteral("1600x900");
    const QString gridshare = binaryDir + QStringLiteral("/gridshare");
    const QString minimal = binaryDir + QStringLiteral("/gridshare-bench-minimal-window");
    std::vector<double> gridshareMs, minimalMs;
    ColdStart result;
    for (int round = 0; round < rounds; ++round) {
        for (int turn = 0; turn < 2; ++turn) {
            const bool ours = (turn == 0) == (round % 2 == 0); // ours first in even rounds
            const double ms = ours ? timeToFirstFrame(gridshare, {QStringLiteral("--size"), size})
                                   : timeToFirstFrame(minimal, {size});
            if (ms < 0)
                ++result.failed;
            else
                (ours ? gridshareMs : minimalMs).push_back(ms);
        }
    }
    result.gridshareMs = median(gridshareMs);
    result.minimalMs = median(minimalMs);
    result.runs = rounds;
    return result;
}

} // namespace gridshare::bench
