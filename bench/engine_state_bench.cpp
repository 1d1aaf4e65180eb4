// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine_state_bench.h"

#include "bench_statistics.h"

#include "gridshare/analysis.h"
#include "gridshare/dataset.h"
#include "gridshare/evaluation.h"
#include "gridshare/monte_carlo.h"
#include "gridshare/region_comparison.h"
#include "gridshare/vector_state.h"

#include <QProcess>
#include <QString>
#include <QStringList>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>

namespace gridshare::bench {
namespace {

using Clock = std::chrono::steady_clock;

// One block: `repeats` calls, each after `before`; microseconds per call.
double timedBlock(const EngineCall& c, const std::function<void()>& before, double& sink)
{
    double total = 0;
    for (int i = 0; i < c.repeats; ++i) {
        before();
        const auto start = Clock::now();
        sink += c.call();
        total += std::chrono::duration<double, std::micro>(Clock::now() - start).count();
    }
    return total / c.repeats;
}

// Ahead of each call in the plain process: as many bytes written as the GUI thread's image fill
// writes, so that both find the caches alike, then the upper state clean or left in use.
unsigned char fillTraffic[256 * 256 * 4];
void plainClean()
{
    std::memset(fillTraffic, 0xff, sizeof fillTraffic);
    clearUpperVectorState();
}
void plainDirty()
{
    std::memset(fillTraffic, 0xff, sizeof fillTraffic);
    leaveUpperVectorStateInUse();
}

// The plain process's blocks, by call name: one run of `bench --plain-engine blocks`. Empty when
// the run failed.
std::map<std::string, std::vector<double>> plainBlocks(const std::string& bench, int blocks)
{
    QProcess process;
    process.start(QString::fromStdString(bench), {QStringLiteral("--plain-engine"), QString::number(blocks)});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    std::map<std::string, std::vector<double>> out;
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2)
            continue;
        std::vector<double>& times = out[fields.front().toStdString()];
        for (qsizetype i = 1; i < fields.size(); ++i)
            times.push_back(fields[i].toDouble());
    }
    return out;
}

} // namespace

std::vector<EngineCall> engineCalls(const ResolvedScenario& banded, const ResolvedScenario& plain)
{
    const OutputSpec share = *outputFromKey("ai_share");
    return {
        {"evaluation",
         [&plain] {
             return evaluateYears(plain.values, plain.householdKwhPerYear, plain.baseYear, plain.endYear)
                 .back()
                 .aiShare;
         },
         200},
        {"sensitivities", [&plain, share] { return sensitivities(plain, share, plain.endYear).front().swing(); }, 20},
        {"goal_seek",
         [&plain, share] { return goalSeek(plain, Param::QueryGrowth, share, plain.endYear, 0.05).value.value_or(0); },
         2},
        // What the Compare regions view computes on every change while it is shown.
        {"compare_every_region",
         [&plain] {
             std::vector<std::string> ids;
             for (const Region& r : Dataset::builtin().regions)
                 ids.push_back(r.id);
             return compareRegions(plain, Dataset::builtin(), ids).regions.back().aiShareEnd;
         },
         20},
        {"monte_carlo_10000",
         [&banded] {
             static MonteCarloWorkspace workspace;
             return monteCarloBands(banded, workspace, {1}).back().aiShare.p50;
         },
         1},
    };
}

Pair interleaved(const EngineCall& c, const std::function<void()>& beforeFirst,
                 const std::function<void()>& beforeSecond)
{
    std::vector<double> first, second;
    double sink = 0;
    for (int block = 0; block < 40; ++block) {
        first.push_back(timedBlock(c, beforeFirst, sink));
        second.push_back(timedBlock(c, beforeSecond, sink));
    }
    return sink == sink ? Pair{percentile(first, 0.5), percentile(second, 0.5)} : Pair{-1, -1};
}

Pair libmControl()
{
    volatile double x = 1.37;
    const EngineCall call{"pow", [&x] { return std::pow(x, 1.7); }, 1000};
    // The std::function call and the timer cost the same in both states; pow is the difference.
    const Pair us = interleaved(call, clearUpperVectorState, leaveUpperVectorStateInUse);
    return {us.first * 1000, us.second * 1000};
}

std::string plainProcessJson(const std::vector<EngineCall>& calls)
{
    std::string out;
    for (const EngineCall& c : calls) {
        const Pair p = interleaved(c, plainClean, plainDirty);
        char line[200];
        std::snprintf(line, sizeof line,
                      "%s    \"%s\": {\"clean_us\": %.2f, \"dirty_us\": %.2f, \"dirty_over_clean\": %.2f}",
                      out.empty() ? "" : ",\n", c.name, p.first, p.second, p.second / p.first);
        out += line;
    }
    return out;
}

int printPlainBlocks(const std::vector<EngineCall>& calls, int blocks)
{
    double sink = 0;
    for (const EngineCall& c : calls) {
        sink += c.call(); // a fresh process: the first call warms its caches and allocates, untimed
        std::printf("%s", c.name);
        for (int block = 0; block < blocks; ++block)
            std::printf(" %.4f", timedBlock(c, plainClean, sink));
        std::printf("\n");
    }
    return sink == sink ? 0 : 1;
}

std::string guiThreadJson(const std::vector<EngineCall>& calls, const std::string& bench,
                          const std::function<void()>& guiState)
{
    // Eight turns: a run of the plain process, then as many blocks of each call on this thread,
    // the state Qt's drawing leaves and the same cleared after it alternating.
    constexpr int kTurns = 8;
    constexpr int kBlocksPerTurn = 5;
    const auto guiClean = [&guiState] {
        guiState();
        clearUpperVectorState();
    };
    std::vector<std::vector<double>> plain(calls.size()), afterQt(calls.size()), clean(calls.size());
    int plainRunsFailed = 0;
    double sink = 0;
    for (int turn = 0; turn < kTurns; ++turn) {
        const auto blocks = plainBlocks(bench, kBlocksPerTurn);
        plainRunsFailed += blocks.empty() ? 1 : 0;
        for (std::size_t i = 0; i < calls.size(); ++i) {
            if (const auto it = blocks.find(calls[i].name); it != blocks.end())
                plain[i].insert(plain[i].end(), it->second.begin(), it->second.end());
            for (int block = 0; block < kBlocksPerTurn; ++block) {
                afterQt[i].push_back(timedBlock(calls[i], guiState, sink));
                clean[i].push_back(timedBlock(calls[i], guiClean, sink));
            }
        }
    }
    std::string out;
    for (std::size_t i = 0; i < calls.size(); ++i) {
        const double plainUs = percentile(plain[i], 0.5), afterQtUs = percentile(afterQt[i], 0.5),
                     cleanUs = percentile(clean[i], 0.5);
        char line[300];
        std::snprintf(
            line, sizeof line,
            "%s    \"%s\": {\"plain_us\": %.2f, \"gui_thread_after_qt_us\": %.2f, \"gui_thread_clean_us\": %.2f, "
            "\"gui_over_plain\": %.2f, \"after_qt_over_clean\": %.2f}",
            i == 0 ? "" : ",\n", calls[i].name, plainUs, afterQtUs, cleanUs, afterQtUs / plainUs, afterQtUs / cleanUs);
        out += line;
    }
    char tail[120];
    std::snprintf(tail, sizeof tail, ",\n    \"plain_runs\": %d, \"plain_runs_failed\": %d", kTurns, plainRunsFailed);
    out += tail;
    return sink == sink ? out : std::string();
}

} // namespace gridshare::bench
