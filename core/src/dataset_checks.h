// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The checks across the data files, once each file has been read: that every id is given once and
// that every source, level, currency, region and preset an entry names exists.

#include "gridshare/dataset.h"

#include <string>

namespace gridshare::detail {

// The names the five files go by in messages: a user's file by its path.
struct DataFileNames {
    std::string regions, sources, currencies, presets, projections;
};

void checkReferences(const Dataset& d, const DataFileNames& names, Issues& issues);

// What a region refers to (its currency, its sources, their levels) exists in d.
void checkRegionReferences(const Dataset& d, const Region& region, const std::string& file, const std::string& at,
                           Issues& issues);

} // namespace gridshare::detail
