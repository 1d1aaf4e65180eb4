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

struct FirstFrame {
    double wallMs = -1; // from starting the program; negative when it did not say
    double cpuMs = -1;
};

FirstFrame timeToFirstFrame(const QString& program, const QStringList& arguments)
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
        return {};
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> words = line.split(' '); // first-frame-ns N cpu-ns C
        if (words.size() == 4 && words[0] == "first-frame-ns" && words[2] == "cpu-ns")
            return {static_cast<double>(words[1].toLongLong() - start) / 1e6, words[3].toDouble() / 1e6};
    }
    return {};
}

} // namespace

ColdStart coldStartToFirstFrame(const QString& binaryDir, int rounds)
{
    const QString size = QStringLiteral("1600x900");
    const QString gridshare = binaryDir + QStringLiteral("/gridshare");
    const QString minimal = binaryDir + QStringLiteral("/gridshare-bench-minimal-window");
    std::vector<double> gridshareMs, minimalMs, gridshareCpuMs, minimalCpuMs;
    ColdStart result;
    for (int round = 0; round < rounds; ++round) {
        for (int turn = 0; turn < 2; ++turn) {
            const bool ours = (turn == 0) == (round % 2 == 0); // ours first in even rounds
            const FirstFrame frame = ours ? timeToFirstFrame(gridshare, {QStringLiteral("--size"), size})
                                          : timeToFirstFrame(minimal, {size});
            if (frame.wallMs < 0) {
                ++result.failed;
                continue;
            }
            (ours ? gridshareMs : minimalMs).push_back(frame.wallMs);
            (ours ? gridshareCpuMs : minimalCpuMs).push_back(frame.cpuMs);
        }
    }
    result.gridshareMs = median(gridshareMs);
    result.minimalMs = median(minimalMs);
    result.gridshareCpuMs = median(gridshareCpuMs);
    result.minimalCpuMs = median(minimalCpuMs);
    result.runs = rounds;
    return result;
}

} // namespace gridshare::bench
