// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `gridshare presets`, `regions`, `sources` and `projections`: the embedded data, for people.

#include "gridshare/dataset.h"

#include <functional>
#include <string>
#include <vector>

namespace gridshare::cli {

std::string presetsListing(const Dataset& data);
std::string regionsListing(const Dataset& data);
std::string sourcesListing(const Dataset& data);
// The published projections of the regions given (every region when empty), for people; only those
// `shown` accepts when it is given. The person's own are marked "(yours)".
std::string projectionsListing(const Dataset& data, const std::vector<const Region*>& regions,
                               const std::function<bool(const Projection&)>& shown = {});

} // namespace gridshare::cli
