// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A scenario as a person wrote it: the parameters they chose, not the region defaults they left
// alone, so that a saved file keeps following the region's data.

#include "gridshare/parameters.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace gridshare {

struct Range {
    double low = 0;
    double high = 0;
    bool operator==(const Range&) const = default;
};

struct MonteCarloSettings {
    std::int64_t samples = 10000;
    std::uint64_t seed = 1;
    bool operator==(const MonteCarloSettings&) const = default;
};

inline constexpr int kDefaultEndYear = 2030;
inline constexpr int kMinBaseYear = 2015;
inline constexpr int kMaxBaseYear = 2030;
inline constexpr int kMaxEndYear = 2050;
inline constexpr std::int64_t kMaxSamples = 1'000'000;

struct Scenario {
    std::string name;
    std::string description;
    std::string preset; // the preset it started from, for provenance; may be empty
    std::string region = "US";
    std::optional<std::string> currency; // the region's currency when absent
    std::optional<int> baseYear;         // the region's data year when absent
    int endYear = kDefaultEndYear;
    std::map<Param, double> parameters; // only what differs from the region's defaults
    std::map<Param, Range> ranges;
    MonteCarloSettings monteCarlo;
    // As a file records them: the data edition it was saved with and the value of every default it
    // used (the parameters it leaves to its region), so opening it with newer data can tell which
    // defaults moved. Empty for a scenario not read from a file of format version 2.
    std::string dataEdition;
    std::map<Param, double> usedDefaults;
    // The values of a region of the person's own, as a regions file entry (JSON text), so the file
    // opens the same where that region is unknown; they win over a local region of the same id.
    // Empty for a built-in region.
    std::string regionData;

    bool operator==(const Scenario&) const = default;
};

} // namespace gridshare
