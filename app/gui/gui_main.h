// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window, or with --screenshot a PNG of it rendered offscreen.

#include "common/launch_request.h"

#include <QString>

namespace gridshare::gui {

// Problems that must be reported before a QApplication exists: no display to open the window on.
// Returns the exit code to stop with, or 0 to go on.
int checkBeforeWindow(int argc, char* argv[], const QString& language);

// language: one of availableLanguages(), installed once the application exists.
int runWindow(int argc, char* argv[], const LaunchRequest& request, const QString& language);

} // namespace gridshare::gui
