// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// gridshare-bench's cold-start measure: GridShare against a minimal Qt Widgets window with a chart,
// each started in a child process to its first complete frame (gui/first_frame_probe.h).

#include <QString>

namespace gridshare::bench {

struct ColdStart {
    double gridshareMs = -1; // median, process start to the first complete frame (wall clock)
    double minimalMs = -1;
    double gridshareCpuMs = -1; // median CPU time the process had used by then: less moved by
    double minimalCpuMs = -1;   // other work on a shared machine
    int runs = 0;               // of each
    int failed = 0;             // children that did not report a frame
};

// Starts the two programs in `binaryDir` in turn, `rounds` times each (the order alternating), under
// the offscreen platform at 1600x900, each with a new empty HOME and XDG folders: no settings, no
// autosave, no recovery.
ColdStart coldStartToFirstFrame(const QString& binaryDir, int rounds);

} // namespace gridshare::bench
