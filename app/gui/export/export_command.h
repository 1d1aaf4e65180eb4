// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `gridshare export` and `gridshare report`: a chart or the report written to a file without a
// window, drawn by the same pages the window uses.

#include "common/launch_request.h"

#include <QString>

namespace gridshare::gui {

// Runs it; exit codes as the other commands: 2 usage, 3 invalid scenario, 4 unreadable input or
// unwritable output. language: one of availableLanguages().
int runExportCommand(int argc, char* argv[], const LaunchRequest& request, const QString& language);

} // namespace gridshare::gui
