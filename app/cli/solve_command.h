// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `gridshare solve`: the value of one parameter that makes an output reach a target in a year.

#include "../common/launch_request.h"

#include "gridshare/dataset.h"

namespace gridshare::cli {

// The request's --vary (a parameter key), --target (OUTPUT=VALUE) and --year (empty: the end year).
int solveCommand(const LaunchRequest& request, const Dataset& data);

} // namespace gridshare::cli
