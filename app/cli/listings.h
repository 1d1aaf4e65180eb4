#pragma once
// `gridshare presets`, `regions` and `sources`: the embedded data, for people.

#include "gridshare/dataset.h"

#include <string>

namespace gridshare::cli {

std::string presetsListing(const Dataset& data);
std::string regionsListing(const Dataset& data);
std::string sourcesListing(const Dataset& data);

} // namespace gridshare::cli
