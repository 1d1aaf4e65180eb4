// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Numbered citations for a view: the published projections drawn on the chart first, in the order
// a reader meets them (by year), then the sources behind the scenario's values. The chart's [n]
// labels and the citations panel both read their numbers from here, so they cannot disagree.

#include "gridshare/dataset.h"

#include <optional>
#include <string_view>
#include <vector>

namespace gridshare {

struct Citation {
    int number = 0;
    const Source* source = nullptr;
};

class CitationList {
public:
    std::vector<Citation> entries;

    std::optional<int> numberOf(std::string_view sourceId) const;
};

// The projections a share chart of a region draws: those of energy (shares or TWh) for years up to
// lastYear, ordered by year, then label. Power projections (GW) are not among them.
std::vector<const Projection*> projectionsFor(const Dataset& data, std::string_view region, int lastYear = 9999);

// Where the value a control resets to comes from: the preset's provenance when the preset sets
// the parameter, the region's default otherwise.
Provenance defaultProvenance(const Preset* preset, const Region& region, Param p);

CitationList citationsFor(const Dataset& data, const std::vector<const Projection*>& shown,
                          const std::vector<Provenance>& behindValues);

} // namespace gridshare
