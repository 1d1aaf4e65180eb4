// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One region as an entry of a regions file ("gridshare-regions"): read alone and checked against
// the data it joins, written back, added to a person's regions file, and carried in a scenario file
// so a scenario built on a region of the person's own opens the same on another machine.

#include "gridshare/dataset.h"
#include "gridshare/diagnostics.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace gridshare {

// The region as a regions file writes it, every value with its source and level or its assumption.
nlohmann::json regionToJson(const Region& region);

// Reads one entry as regions.json does and checks that its currency, sources and levels exist in
// data; issues name `file` and the JSON pointer under `pointer`.
Outcome<Region> parseRegionEntry(const Dataset& data, const nlohmann::json& entry, const std::string& file,
                                 const std::string& pointer);

// data with region added, or in place of the region of the same id.
Dataset withRegion(const Dataset& data, const Region& region);

// The text of a person's regions file with region added or replacing the entry of the same id;
// every other entry and field of `existing` is kept as it is. Refused, saying why, when existing is
// not a regions file (it is then never overwritten). nullopt stands for no file yet.
Outcome<std::string> regionsFileWith(const std::optional<std::string>& existing, const Region& region);

// data with the region a scenario carries (Scenario::regionData), which must be the scenario's
// region; data itself when it carries none. Issues point into the scenario file ("/region_data/...").
Outcome<Dataset> dataWithCarriedRegion(const Scenario& scenario, const Dataset& data);

// Whether region differs from the built-in region of its id (or there is none): a scenario file
// carries such a region's values.
bool isOwnRegion(const Region& region);

} // namespace gridshare
