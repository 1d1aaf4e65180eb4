// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a scenario implies in things people can check (accelerators in service, tokens and requests
// a day, data-centre load in GW) for its base and end years, each beside the cited figures of the
// same kind for the world or the scenario's region, and flagged where it is far outside them
// (docs/model.md, "What a scenario implies").

#include "gridshare/dataset.h"
#include "gridshare/evaluation.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gridshare {

enum class ImpliedQuantity { Accelerators, TokensPerDay, RequestsPerDay, DatacenterAvgGw };

// "accelerators", "tokens_per_day", "requests_per_day", "datacenter_avg_gw": the evaluate output keys.
std::string_view impliedQuantityKey(ImpliedQuantity quantity);

// Far outside: more than this many times a cited total that bounds the value (docs/model.md says why).
inline constexpr double kFarOutsideFactor = 2;

// A reference figure in the unit of the quantity it is compared with: a month of tokens is 365/12
// days of them; a year's TWh is an average load in GW (TWh / 8.76).
struct ComparableFigure {
    ImpliedQuantity quantity;
    double value;
};
ComparableFigure comparableFigure(const ReferenceVolume& reference);

struct ReferenceComparison {
    const ReferenceVolume* reference = nullptr;
    double referenceValue = 0; // in the quantity's unit
    double ratio = 0;          // the scenario's value over the reference's
    // The reference is a total for the world or this region describing this year or a later one:
    // these quantities have only grown, so the scenario's value cannot have been far above it.
    bool bounds = false;
    bool farOutside = false; // bounds and ratio > kFarOutsideFactor
};

// Every reference of one quantity for the world or the region, compared with the value for a year.
// Of several figures with one label (a publisher's successive statements of one thing) only the one
// nearest the year is kept. Ordered as in the data.
std::vector<ReferenceComparison> compareWithReferences(const Dataset& data, const std::string& region,
                                                       ImpliedQuantity quantity, double value, int year);

struct ImpliedFigure {
    ImpliedQuantity quantity;
    double value = 0;
    std::vector<ReferenceComparison> comparisons;

    // The comparison that flags the value (the largest ratio among those far outside), if any.
    const ReferenceComparison* flag() const;
};

struct YearImplications {
    int year = 0;
    double aiAvgGw = 0;                 // AI's part of the data-centre load, said beside it
    std::vector<ImpliedFigure> figures; // accelerators, tokens, requests, data-centre load
};

// The base year and, when it differs, the end year.
std::vector<YearImplications> implications(const Dataset& data, const Evaluation& evaluation);

// `gridshare implies --format json`: every figure under its evaluate output key, each comparison with
// its reference's id, source, scope, date and ratio, and whether it flags the value.
std::string implicationsJson(const Evaluation& evaluation, const std::vector<YearImplications>& years);

} // namespace gridshare
