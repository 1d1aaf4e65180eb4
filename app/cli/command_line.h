// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The headless commands: `gridshare evaluate|solve|presets|regions|sources`, --help and --version.

#include "../common/console.h"
#include "../common/launch_request.h"

namespace gridshare::cli {

// Runs the request's command and returns the exit code. Prints nothing to standard output unless
// the whole command succeeded.
int run(const LaunchRequest& request);

} // namespace gridshare::cli
