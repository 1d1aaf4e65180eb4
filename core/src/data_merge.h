// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The person's data files merged into the built-in ones entry by entry: an entry adds to the
// built-in list or replaces the built-in entry of the same id; a broken entry is reported with its
// file and place and skipped, and the rest of its file is used.

#include "gridshare/dataset.h"

#include <optional>
#include <vector>

namespace gridshare::detail {

// builtins and overrides are in the order regions, sources, currencies, presets, projections;
// overrides holds the person's file of that name, when there is one that could be read.
void mergeOverrides(Dataset::Loaded& loaded, const std::vector<DataFile>& builtins,
                    const std::vector<std::optional<DataFile>>& overrides);

} // namespace gridshare::detail
