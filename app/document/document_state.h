// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What an undo step restores, and what follows from it with the data: the preset and region it
// stands on, its currency, and each parameter's default with where that default comes from.

#include "gridshare/dataset.h"
#include "gridshare/scenario.h"

#include <QString>

#include <array>
#include <string>

namespace gridshare::gui {

struct DocumentState {
    Scenario baseline;    // what Reset returns to
    Scenario scenario;    // what the person set
    std::string presetId; // the preset the baseline comes from; empty for a region's defaults
    bool operator==(const DocumentState&) const = default;
};

const Preset* presetOf(const DocumentState& state, const Dataset& data); // null for a region's defaults
const Region& regionOf(const DocumentState& state, const Dataset& data);
QString currencyCodeOf(const DocumentState& state, const Dataset& data);
double defaultOf(const DocumentState& state, const Dataset& data, Param p);
Provenance defaultProvenanceOf(const DocumentState& state, const Dataset& data, Param p);
// Every parameter's default and its provenance, the region, preset and currency looked up once.
struct Defaults {
    std::array<double, kParamCount> values{};
    std::array<Provenance, kParamCount> provenance{};
};
Defaults defaultsOf(const DocumentState& state, const Dataset& data);
double valueOf(const DocumentState& state, const Dataset& data, Param p);

} // namespace gridshare::gui
