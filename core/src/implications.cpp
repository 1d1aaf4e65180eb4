// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/implications.h"

#include "gridshare/projections.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <map>

namespace gridshare {
namespace {

constexpr double kDaysPerMonth = kDaysPerYear / 12;

// Where a figure sits in time, to pick the statement nearest a year: the middle of the year it
// describes, or its publication date when that is more precise (a month's token count).
double whenDescribed(const ReferenceVolume& v)
{
    const auto published = decimalYear(v.published);
    if (published && static_cast<int>(*published) == v.year)
        return *published;
    return v.year + 0.5;
}

double valueOf(const YearResult& y, ImpliedQuantity q)
{
    switch (q) {
    case ImpliedQuantity::Accelerators:
        return y.accelerators;
    case ImpliedQuantity::TokensPerDay:
        return y.tokensPerDay;
    case ImpliedQuantity::RequestsPerDay:
        return y.queriesPerDay;
    case ImpliedQuantity::DatacenterAvgGw:
        return y.datacenterAvgGw;
    }
    return 0;
}

constexpr ImpliedQuantity kQuantities[] = {ImpliedQuantity::Accelerators, ImpliedQuantity::TokensPerDay,
                                           ImpliedQuantity::RequestsPerDay, ImpliedQuantity::DatacenterAvgGw};

} // namespace

std::string_view impliedQuantityKey(ImpliedQuantity quantity)
{
    switch (quantity) {
    case ImpliedQuantity::Accelerators:
        return "accelerators";
    case ImpliedQuantity::TokensPerDay:
        return "tokens_per_day";
    case ImpliedQuantity::RequestsPerDay:
        return "requests_per_day";
    case ImpliedQuantity::DatacenterAvgGw:
        return "datacenter_avg_gw";
    }
    return {};
}

ComparableFigure comparableFigure(const ReferenceVolume& v)
{
    if (v.tokensPerMonth > 0)
        return {ImpliedQuantity::TokensPerDay, v.tokensPerMonth / kDaysPerMonth};
    if (v.accelerators > 0)
        return {ImpliedQuantity::Accelerators, v.accelerators};
    if (v.twhPerYear > 0)
        return {ImpliedQuantity::DatacenterAvgGw, v.twhPerYear * 1e3 / kHoursPerYear};
    return {ImpliedQuantity::RequestsPerDay, v.requestsPerDay};
}

std::vector<ReferenceComparison> compareWithReferences(const Dataset& data, const std::string& region,
                                                       ImpliedQuantity quantity, double value, int year)
{
    // The nearest statement of each label, then in the data's order.
    std::map<std::string, const ReferenceVolume*> nearest;
    for (const ReferenceVolume& v : data.referenceVolumes) {
        if ((v.scope != "World" && v.scope != region) || comparableFigure(v).quantity != quantity)
            continue;
        const ReferenceVolume*& kept = nearest[v.scope + "\n" + v.label];
        const double mid = year + 0.5;
        if (!kept || std::abs(whenDescribed(v) - mid) < std::abs(whenDescribed(*kept) - mid))
            kept = &v;
    }
    std::vector<ReferenceComparison> comparisons;
    for (const ReferenceVolume& v : data.referenceVolumes) {
        const auto it = nearest.find(v.scope + "\n" + v.label);
        if (it == nearest.end() || it->second != &v)
            continue;
        ReferenceComparison c;
        c.reference = &v;
        c.referenceValue = comparableFigure(v).value;
        c.ratio = c.referenceValue > 0 ? value / c.referenceValue : 0;
        c.bounds = v.total && year <= v.year;
        c.farOutside = c.bounds && c.ratio > kFarOutsideFactor;
        comparisons.push_back(c);
    }
    return comparisons;
}

const ReferenceComparison* ImpliedFigure::flag() const
{
    const ReferenceComparison* worst = nullptr;
    for (const auto& c : comparisons)
        if (c.farOutside && (!worst || c.ratio > worst->ratio))
            worst = &c;
    return worst;
}

std::vector<YearImplications> implications(const Dataset& data, const Evaluation& evaluation)
{
    std::vector<YearImplications> years;
    if (evaluation.years.empty())
        return years;
    std::vector<const YearResult*> chosen{&evaluation.years.front()};
    if (evaluation.years.size() > 1)
        chosen.push_back(&evaluation.years.back());
    for (const YearResult* y : chosen) {
        YearImplications yi;
        yi.year = y->year;
        yi.aiAvgGw = y->aiAvgGw;
        for (ImpliedQuantity q : kQuantities) {
            const double value = valueOf(*y, q);
            yi.figures.push_back({q, value, compareWithReferences(data, evaluation.region, q, value, y->year)});
        }
        years.push_back(std::move(yi));
    }
    return years;
}

std::string implicationsJson(const Evaluation& evaluation, const std::vector<YearImplications>& years)
{
    nlohmann::json list = nlohmann::json::array();
    for (const YearImplications& y : years) {
        nlohmann::json figures = nlohmann::json::object();
        for (const ImpliedFigure& f : y.figures) {
            nlohmann::json comparisons = nlohmann::json::array();
            for (const ReferenceComparison& c : f.comparisons)
                comparisons.push_back({{"reference", c.reference->id},
                                       {"source", c.reference->source},
                                       {"label", c.reference->label},
                                       {"scope", c.reference->scope},
                                       {"published", c.reference->published},
                                       {"year", c.reference->year},
                                       {"value", c.referenceValue},
                                       {"ratio", c.ratio},
                                       {"total", c.reference->total},
                                       {"far_outside", c.farOutside}});
            const ReferenceComparison* flag = f.flag();
            figures[std::string(impliedQuantityKey(f.quantity))] = {
                {"value", f.value},
                {"flagged_by", flag ? nlohmann::json(flag->reference->id) : nlohmann::json(nullptr)},
                {"comparisons", comparisons}};
        }
        list.push_back({{"year", y.year}, {"ai_avg_gw", y.aiAvgGw}, {"figures", figures}});
    }
    return nlohmann::json{{"scenario", evaluation.name},
                          {"region", evaluation.region},
                          {"far_outside_factor", kFarOutsideFactor},
                          {"years", list}}
               .dump(2)
           + "\n";
}

} // namespace gridshare
