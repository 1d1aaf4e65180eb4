// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The moment a window is first on screen complete: painted, with nothing left to paint. For
// gridshare-bench's cold-start measure, which starts GridShare and a minimal Qt window alike and
// compares when each gets there; this file is compiled into both, so both are timed the same way.

class QWidget;

namespace gridshare::gui {

// The environment variable that asks for the report (any value).
inline constexpr char kFirstFrameVariable[] = "GRIDSHARE_FIRST_FRAME";

// Once `window` has been painted and two event-loop turns have passed without painting anything
// in it, prints "first-frame-ns N cpu-ns C" to stdout and quits the application. N is
// CLOCK_MONOTONIC and C the process's CPU time, in nanoseconds, both taken on the first turn after
// the last paint. Call after show().
void reportFirstFrameThenQuit(QWidget* window);

} // namespace gridshare::gui
