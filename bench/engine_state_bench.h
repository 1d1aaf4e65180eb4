// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// gridshare-bench's engine measures: the engine's calls with the upper vector state left in use by
// the caller against clean, in a plain process (one that never starts Qt) and on the GUI thread of
// a running window. The plain process is the bench itself run again (`--plain-engine`), in turns
// with the GUI thread's blocks, so that the machine's drift over a run falls on both alike.

#include "gridshare/resolve.h"

#include <functional>
#include <string>
#include <vector>

namespace gridshare::bench {

// One engine call of the comparison, returning something to keep.
struct EngineCall {
    const char* name;
    std::function<double()> call;
    int repeats; // per timed block
};

// Evaluation, sensitivities, goal seek and every region of `plain`; Monte Carlo of `banded`. The
// calls hold references to both.
std::vector<EngineCall> engineCalls(const ResolvedScenario& banded, const ResolvedScenario& plain);

struct Pair {
    double first;
    double second;
};

// Median microseconds of one call in each of two states, in interleaved blocks. `before` runs ahead
// of every call, outside the timing.
Pair interleaved(const EngineCall& c, const std::function<void()>& beforeFirst,
                 const std::function<void()>& beforeSecond);

// libm's pow alone, nanoseconds per call, clean and with the upper state in use: whether this CPU
// pays for that state at all.
Pair libmControl();

// In this process, before Qt starts: each call with the state clean against left in use by a
// VEX.256 instruction, as the "plain_process" JSON object's members.
std::string plainProcessJson(const std::vector<EngineCall>& calls);

// `gridshare-bench --plain-engine BLOCKS`: each call timed in BLOCKS blocks with the state clean,
// one line a call: its name, then each block's microseconds per call.
int printPlainBlocks(const std::vector<EngineCall>& calls, int blocks);

// The GUI thread's measures, in turns with runs of the plain process (`bench` --plain-engine), as
// the "gui_thread" JSON object's members. `guiState` leaves the state as Qt's painting does.
std::string guiThreadJson(const std::vector<EngineCall>& calls, const std::string& bench,
                          const std::function<void()>& guiState);

} // namespace gridshare::bench
