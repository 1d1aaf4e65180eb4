// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/citations.h"

#include "gridshare/projections.h"

#include <algorithm>

namespace gridshare {

std::optional<int> CitationList::numberOf(std::string_view sourceId) const
{
    for (const auto& c : entries)
        if (c.source->id == sourceId)
            return c.number;
    return std::nullopt;
}

std::vector<const Projection*> projectionsFor(const Dataset& data, std::string_view region, int lastYear)
{
    std::vector<const Projection*> shown;
    for (const Projection* p : allProjectionsFor(data, region))
        if (p->measure == ProjectionMeasure::Energy && p->year <= lastYear)
            shown.push_back(p);
    return shown;
}

Provenance defaultProvenance(const Preset* preset, const Region& region, Param p)
{
    if (preset) {
        const auto it = preset->provenance.find(p);
        if (it != preset->provenance.end() && preset->scenario.parameters.count(p))
            return it->second;
    }
    return region.at(p).provenance;
}

CitationList citationsFor(const Dataset& data, const std::vector<const Projection*>& shown,
                          const std::vector<Provenance>& behindValues)
{
    CitationList list;
    auto add = [&](const std::string& id) {
        const Source* source = data.source(id);
        if (source && !list.numberOf(id))
            list.entries.push_back({static_cast<int>(list.entries.size()) + 1, source});
    };
    for (const Projection* p : shown)
        add(p->source);
    for (const Provenance& p : behindValues)
        if (!p.isAssumption())
            add(p.source);
    return list;
}

} // namespace gridshare
