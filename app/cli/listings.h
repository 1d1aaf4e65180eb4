// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `gridshare presets`, `regions`, `sources` and `projections`: the embedded data, for people.

#include "gridshare/dataset.h"

#include <string>
#include <vector>

namespace gridshare::cli {

std::string presetsListing(const Dataset& data);
std::string regionsListing(const Dataset& data);
std::string sourcesListing(const Dataset& data);
// The published projections of the regions given (every region when empty), for people.
std::string projectionsListing(const Dataset& data, const std::vector<const Region*>& regions);

} // namespace gridshare::cli
