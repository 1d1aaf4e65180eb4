// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/projections.h"

#include "gridshare/csv_reader.h"
#include "gridshare/text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace gridshare {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::array<std::pair<Enum, std::string_view>, N>& keys, std::string_view key)
{
    for (const auto& [value, name] : keys)
        if (name == key)
            return value;
    return std::nullopt;
}

template <typename Enum, std::size_t N>
std::string_view toKey(const std::array<std::pair<Enum, std::string_view>, N>& keys, Enum value)
{
    for (const auto& [known, name] : keys)
        if (known == value)
            return name;
    return {};
}

constexpr std::array<std::pair<ProjectionScope, std::string_view>, 2> kScopes{
    {{ProjectionScope::DataCentres, "datacenters"}, {ProjectionScope::AiOnly, "ai"}}};
constexpr std::array<std::pair<ProjectionMeasure, std::string_view>, 4> kMeasures{
    {{ProjectionMeasure::Energy, "energy"},
     {ProjectionMeasure::Capacity, "capacity"},
     {ProjectionMeasure::AverageLoad, "average_load"},
     {ProjectionMeasure::Peak, "peak"}}};
constexpr std::array<std::pair<EvidenceKind, std::string_view>, 3> kKinds{
    {{EvidenceKind::Measurement, "measurement"},
     {EvidenceKind::Estimate, "estimate"},
     {EvidenceKind::CompanyStatement, "company_statement"}}};

struct DateParts {
    int year = 0;
    int month = 0; // 0 when the date gives only a year
    int day = 0;   // 0 when it gives no day
};

std::optional<int> digits(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<DateParts> parseDate(std::string_view date)
{
    DateParts parts;
    if (date.size() != 4 && date.size() != 7 && date.size() != 10)
        return std::nullopt;
    const auto year = digits(date.substr(0, 4));
    if (!year || *year < 1900 || *year > 2100)
        return std::nullopt;
    parts.year = *year;
    if (date.size() >= 7) {
        const auto month = date[4] == '-' ? digits(date.substr(5, 2)) : std::nullopt;
        if (!month || *month < 1 || *month > 12)
            return std::nullopt;
        parts.month = *month;
    }
    if (date.size() == 10) {
        static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        const auto day = date[7] == '-' ? digits(date.substr(8, 2)) : std::nullopt;
        if (!day || *day < 1 || *day > kDays[parts.month - 1])
            return std::nullopt;
        parts.day = *day;
    }
    return parts;
}

const YearResult* nearestYear(const Evaluation& evaluation, int year)
{
    const YearResult* nearest = nullptr;
    for (const auto& y : evaluation.years)
        if (!nearest || std::abs(y.year - year) < std::abs(nearest->year - year))
            nearest = &y;
    return nearest;
}

nlohmann::json rangeJson(const std::optional<ValueRange>& range)
{
    if (!range)
        return nullptr;
    return nlohmann::json::array({range->low, range->high});
}

std::string csvRange(const std::optional<ValueRange>& range)
{
    return range ? shortestNumber(range->low) + "," + shortestNumber(range->high) : std::string(",");
}

} // namespace

std::string_view projectionScopeKey(ProjectionScope scope)
{
    return toKey(kScopes, scope);
}
std::string_view projectionMeasureKey(ProjectionMeasure measure)
{
    return toKey(kMeasures, measure);
}
std::string_view evidenceKindKey(EvidenceKind kind)
{
    return toKey(kKinds, kind);
}
std::optional<ProjectionScope> projectionScopeFromKey(std::string_view key)
{
    return fromKey(kScopes, key);
}
std::optional<ProjectionMeasure> projectionMeasureFromKey(std::string_view key)
{
    return fromKey(kMeasures, key);
}
std::optional<EvidenceKind> evidenceKindFromKey(std::string_view key)
{
    return fromKey(kKinds, key);
}

bool isPublicationDate(std::string_view date)
{
    return parseDate(date).has_value();
}

std::optional<double> decimalYear(std::string_view date)
{
    const auto parts = parseDate(date);
    if (!parts)
        return std::nullopt;
    if (parts->month == 0)
        return parts->year + 0.5;
    const double day = parts->day == 0 ? 15.5 : parts->day;
    return parts->year + (parts->month - 1) / 12.0 + (day - 1) / 365.0;
}

std::vector<const Projection*> allProjectionsFor(const Dataset& data, std::string_view region)
{
    std::vector<const Projection*> found;
    for (const auto& p : data.projections)
        if (p.region == region)
            found.push_back(&p);
    std::stable_sort(found.begin(), found.end(), [](const Projection* a, const Projection* b) {
        return a->year != b->year ? a->year < b->year : a->label < b->label;
    });
    return found;
}

std::optional<ChartShare> shareOnChart(const Projection& p, const Evaluation& evaluation)
{
    if (p.measure != ProjectionMeasure::Energy)
        return std::nullopt;
    if (p.share)
        return ChartShare{*p.share};
    const YearResult* national = p.twh ? nearestYear(evaluation, p.year) : nullptr;
    if (!national || national->nationalTwh <= 0)
        return std::nullopt;
    ChartShare placed{{p.twh->low / national->nationalTwh, p.twh->high / national->nationalTwh}};
    placed.placedFromTwh = true;
    placed.nationalTwh = national->nationalTwh;
    placed.nationalYear = national->year;
    return placed;
}

std::optional<ValueRange> twhOnChart(const Projection& p, const Evaluation& evaluation)
{
    if (p.measure != ProjectionMeasure::Energy)
        return std::nullopt;
    if (p.twh)
        return *p.twh;
    const YearResult* national = p.share ? nearestYear(evaluation, p.year) : nullptr;
    if (!national)
        return std::nullopt;
    return ValueRange{p.share->low * national->nationalTwh, p.share->high * national->nationalTwh};
}

std::vector<ProjectionSeries> editionsFor(const Dataset& data, std::string_view region, int targetYear,
                                          ProjectionMeasure measure)
{
    std::vector<ProjectionSeries> series;
    std::map<std::string, std::size_t> index;
    std::vector<const Projection*> found;
    for (const Projection* p : allProjectionsFor(data, region))
        if (p->year == targetYear && p->measure == measure && decimalYear(p->published))
            found.push_back(p);
    std::stable_sort(found.begin(), found.end(), [](const Projection* a, const Projection* b) {
        return *decimalYear(a->published) < *decimalYear(b->published);
    });
    for (const Projection* p : found) {
        auto [it, added] = index.emplace(p->series, series.size());
        if (added)
            series.push_back({p->series, {}});
        series[it->second].editions.push_back(p);
    }
    return series;
}

RequestContext requestContext(const Dataset& data, const std::string& region, double requestsPerDay,
                              double tokensPerRequest, int year)
{
    RequestContext context{requestsPerDay, requestsPerDay * tokensPerRequest, {}};
    for (const auto quantity : {ImpliedQuantity::RequestsPerDay, ImpliedQuantity::TokensPerDay}) {
        const double value = quantity == ImpliedQuantity::TokensPerDay ? context.tokensPerDay : requestsPerDay;
        for (const ReferenceComparison& c : compareWithReferences(data, region, quantity, value, year))
            context.comparisons.push_back(c);
    }
    return context;
}

std::string projectionsJson(const std::vector<const Projection*>& projections,
                            const std::vector<RequestEnergy>& requestEnergy)
{
    nlohmann::json list = nlohmann::json::array();
    for (const Projection* p : projections)
        list.push_back(
            {{"id", p->id},
             {"region", p->region},
             {"source", p->source},
             {"label", p->label},
             {"published", p->published},
             {"year", p->year},
             {"scope", projectionScopeKey(p->scope)},
             {"measure", projectionMeasureKey(p->measure)},
             {"share", rangeJson(p->share)},
             {"twh", rangeJson(p->twh)},
             {"gw", rangeJson(p->gw)},
             {"level", p->level},
             {"series", p->series},
             {"superseded_by", p->supersededBy.empty() ? nlohmann::json(nullptr) : nlohmann::json(p->supersededBy)},
             {"approximate", p->approximate},
             {"note", p->note}});
    nlohmann::json perRequest = nlohmann::json::array();
    for (const RequestEnergy& e : requestEnergy)
        perRequest.push_back({{"id", e.id},
                              {"source", e.source},
                              {"label", e.label},
                              {"published", e.published},
                              {"year", e.year},
                              {"kind", evidenceKindKey(e.kind)},
                              {"wh", nlohmann::json::array({e.wh.low, e.wh.high})},
                              {"scope", e.scope},
                              {"level", e.level},
                              {"note", e.note}});
    return nlohmann::json{{"projections", list}, {"energy_per_request", perRequest}}.dump(2) + "\n";
}

std::string projectionsCsv(const std::vector<const Projection*>& projections)
{
    std::string out = "id,region,source,label,published,year,scope,measure,share_low,share_high,twh_low,twh_high,"
                      "gw_low,gw_high,level,series,superseded_by,approximate,note\n";
    for (const Projection* p : projections)
        out += csvField(p->id) + "," + csvField(p->region) + "," + csvField(p->source) + "," + csvField(p->label) + ","
               + p->published + "," + std::to_string(p->year) + "," + std::string(projectionScopeKey(p->scope)) + ","
               + std::string(projectionMeasureKey(p->measure)) + "," + csvRange(p->share) + "," + csvRange(p->twh) + ","
               + csvRange(p->gw) + "," + csvField(p->level) + "," + csvField(p->series) + ","
               + csvField(p->supersededBy) + "," + (p->approximate ? "true" : "false") + "," + csvField(p->note) + "\n";
    return out;
}

} // namespace gridshare
