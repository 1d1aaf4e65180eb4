// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `gridshare implies`: what a scenario implies in accelerators, tokens, requests and GW for its base
// and end years, beside the cited figures people know, with the values far outside them flagged.

#include "../common/launch_request.h"

#include "gridshare/dataset.h"

namespace gridshare::cli {

int impliesCommand(const LaunchRequest& request, const Dataset& data);

} // namespace gridshare::cli
