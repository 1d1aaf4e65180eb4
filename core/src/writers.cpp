// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/writers.h"

#include "gridshare/text.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <nlohmann/json.hpp>

namespace gridshare {
namespace {

// nlohmann writes the shortest round-trip form; the output promises 17 significant digits, so
// numbers are written by hand and the rest of the document by nlohmann.
std::string jsonString(const std::string& s)
{
    return nlohmann::json(s).dump();
}

// JSON has no inf or NaN: a value that is not finite is written as null, so the output stays JSON.
std::string jsonNumber(double value)
{
    return std::isfinite(value) ? number17(value) : "null";
}

std::string jsonBand(const Band& b)
{
    return "[" + jsonNumber(b.p10) + ", " + jsonNumber(b.p50) + ", " + jsonNumber(b.p90) + "]";
}

// An index and its standard error; null when the output does not vary.
std::string jsonNumberOrNull(double v)
{
    return std::isfinite(v) ? number17(v) : "null";
}

std::string jsonSobol(const ScenarioSobol& sobol)
{
    std::string out = "  \"sobol\": {\"year\": " + std::to_string(sobol.year)
                      + ", \"rows\": " + std::to_string(sobol.rows) + ", \"outputs\": {";
    const std::pair<const char*, SobolIndex ParameterSobol::*> outputs[] = {
        {"ai_share", &ParameterSobol::aiShare},
        {"datacenter_share", &ParameterSobol::datacenterShare},
        {"ai_twh", &ParameterSobol::aiTwh}};
    for (std::size_t o = 0; o < std::size(outputs); ++o) {
        out += std::string(o == 0 ? "\n" : ",\n") + "    \"" + outputs[o].first + "\": {";
        for (std::size_t p = 0; p < sobol.parameters.size(); ++p) {
            const SobolIndex& index = sobol.parameters[p].*outputs[o].second;
            out += std::string(p == 0 ? "\n" : ",\n") + "      \"" + std::string(spec(sobol.parameters[p].param).key)
                   + "\": {\"first_order\": " + jsonNumberOrNull(index.firstOrder) + ", \"first_order_se\": "
                   + jsonNumberOrNull(index.firstOrderError) + ", \"total\": " + jsonNumberOrNull(index.total)
                   + ", \"total_se\": " + jsonNumberOrNull(index.totalError) + "}";
        }
        out += "\n    }";
    }
    return out + "\n  }}";
}

std::string padLeft(const std::string& s, std::size_t width)
{
    const std::size_t n = displayWidth(s);
    return n >= width ? s : std::string(width - n, ' ') + s;
}

// Enough decimals for four significant digits, at least `minimum`: 0.1825 and 4,097.0 both read well.
std::string forPeople(double value, int minimum)
{
    int decimals = minimum;
    const double magnitude = std::abs(value);
    if (magnitude > 0 && magnitude < 1000)
        decimals = std::max(minimum, 3 - static_cast<int>(std::floor(std::log10(magnitude))));
    return groupedFixed(value, std::min(decimals, 10));
}

struct Column {
    std::string title;
    std::size_t width; // at least; a longer title widens its column
};

// Columns right-aligned under their titles, two spaces apart.
std::string tableText(const std::vector<Column>& columns, const std::vector<std::vector<std::string>>& rows)
{
    std::string out;
    for (std::size_t c = 0; c < columns.size(); ++c)
        out += (c ? "  " : "") + padLeft(columns[c].title, columns[c].width);
    out += "\n";
    for (const auto& cells : rows) {
        for (std::size_t c = 0; c < columns.size(); ++c)
            out += (c ? "  " : "") + padLeft(cells[c], std::max(columns[c].width, displayWidth(columns[c].title)));
        out += "\n";
    }
    return out;
}

} // namespace

std::string toJson(const Evaluation& e)
{
    std::string out = "{\n";
    out += "  \"name\": " + jsonString(e.name) + ",\n";
    out += "  \"region\": " + jsonString(e.region) + ",\n";
    out += "  \"currency\": " + jsonString(e.currency) + ",\n";
    out += "  \"base_year\": " + std::to_string(e.baseYear) + ",\n";
    out += "  \"end_year\": " + std::to_string(e.endYear) + ",\n";
    out += "  \"years\": [";
    for (std::size_t i = 0; i < e.years.size(); ++i) {
        const YearResult& y = e.years[i];
        out += i == 0 ? "\n    {" : ",\n    {";
        out += "\"year\": " + std::to_string(y.year);
        for (const auto& spec : outputSpecs())
            out += ", \"" + std::string(spec.key) + "\": " + jsonNumber(y.*spec.field);
        if (i < e.bands.size()) {
            const YearBands& b = e.bands[i];
            out += ", \"bands\": {\"ai_share\": " + jsonBand(b.aiShare) + ", \"datacenter_share\": "
                   + jsonBand(b.datacenterShare) + ", \"ai_twh\": " + jsonBand(b.aiTwh) + "}";
        }
        out += "}";
    }
    out += "\n  ]";
    if (e.sobol)
        out += ",\n" + jsonSobol(*e.sobol);
    out += "\n}\n";
    return out;
}

std::string toCsv(const Evaluation& e)
{
    static const char* const bandColumns[] = {"ai_share", "datacenter_share", "ai_twh"};
    // Every column names its unit (ai_twh, water_m3, shares as fractions); cost names its currency.
    std::string costColumn = "cost_" + e.currency;
    std::transform(costColumn.begin(), costColumn.end(), costColumn.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::string out = "year";
    for (const auto& spec : outputSpecs())
        out += "," + (spec.key == "cost" ? costColumn : std::string(spec.key));
    if (!e.bands.empty())
        for (const char* column : bandColumns)
            for (const char* p : {"p10", "p50", "p90"})
                out += "," + std::string(column) + "_" + p;
    out += "\n";
    for (std::size_t i = 0; i < e.years.size(); ++i) {
        const YearResult& y = e.years[i];
        out += std::to_string(y.year);
        for (const auto& spec : outputSpecs())
            out += "," + number17(y.*spec.field);
        if (i < e.bands.size()) {
            const YearBands& b = e.bands[i];
            for (const Band* band : {&b.aiShare, &b.datacenterShare, &b.aiTwh})
                out += "," + number17(band->p10) + "," + number17(band->p50) + "," + number17(band->p90);
        }
        out += "\n";
    }
    return out;
}

std::string toTable(const Evaluation& e, const Dataset& data, const TranslateMessage& translate)
{
    const auto say = [&](const Message& m) { return translate ? translate(m) : m.text(); };
    const Region* region = data.region(e.region);
    const std::string regionName = region ? region->name : e.region;
    const std::string name = e.name.empty() ? say({GS_TRANSLATE_NOOP("Core", "Scenario")}) : e.name;
    std::string out = say({GS_TRANSLATE_NOOP("Core", "%1 — %2, %3–%4, costs in %5"),
                           {name, regionName, std::to_string(e.baseYear), std::to_string(e.endYear), e.currency}})
                      + "\n\n";

    const std::vector<Column> columns{
        {say({GS_TRANSLATE_NOOP("Core", "Year")}), 4},
        {say({GS_TRANSLATE_NOOP("Core", "Requests/day")}), 17},
        {say({GS_TRANSLATE_NOOP("Core", "Wh/request")}), 10},
        {say({GS_TRANSLATE_NOOP("Core", "AI TWh/yr")}), 10},
        {say({GS_TRANSLATE_NOOP("Core", "DC TWh/yr")}), 10},
        {say({GS_TRANSLATE_NOOP("Core", "National TWh")}), 12},
        {say({GS_TRANSLATE_NOOP("Core", "AI share")}), 10},
        {say({GS_TRANSLATE_NOOP("Core", "DC share")}), 10},
        {say({GS_TRANSLATE_NOOP("Core", "Cost, million %1/yr"), {e.currency}}), 22},
        {say({GS_TRANSLATE_NOOP("Core", "Water, million m³")}), 17},
        {say({GS_TRANSLATE_NOOP("Core", "CO2, Mt")}), 8},
        {say({GS_TRANSLATE_NOOP("Core", "Households")}), 12},
    };
    std::vector<std::vector<std::string>> rows;
    for (const YearResult& y : e.years)
        rows.push_back({
            std::to_string(y.year),
            groupedFixed(y.queriesPerDay, 0),
            forPeople(y.whPerQuery, 2),
            forPeople(y.aiTwh, 1),
            forPeople(y.datacenterTwh, 1),
            groupedFixed(y.nationalTwh, 1),
            forPeople(y.aiShare * 100, 2) + " %",
            forPeople(y.datacenterShare * 100, 2) + " %",
            groupedFixed(y.cost / 1e6, 2),
            forPeople(y.waterM3 / 1e6, 2),
            forPeople(y.co2Mt, 2),
            groupedFixed(y.households, 0),
        });
    out += tableText(columns, rows);

    // Power, and the physical quantities the scenario implies, beside the energy.
    out += "\n" + say({GS_TRANSLATE_NOOP("Core", "Power and what the scenario implies:")}) + "\n";
    const std::vector<Column> powerColumns{
        {say({GS_TRANSLATE_NOOP("Core", "Year")}), 4},
        {say({GS_TRANSLATE_NOOP("Core", "AI GW (average)")}), 10},
        {say({GS_TRANSLATE_NOOP("Core", "DC GW (average)")}), 10},
        {say({GS_TRANSLATE_NOOP("Core", "DC GW (capacity)")}), 10},
        {say({GS_TRANSLATE_NOOP("Core", "Accelerators")}), 14},
        {say({GS_TRANSLATE_NOOP("Core", "Tokens/day")}), 20},
    };
    rows.clear();
    for (const YearResult& y : e.years)
        rows.push_back({
            std::to_string(y.year),
            forPeople(y.aiAvgGw, 1),
            forPeople(y.datacenterAvgGw, 1),
            forPeople(y.datacenterCapacityGw, 1),
            groupedFixed(y.accelerators, 0),
            groupedFixed(y.tokensPerDay, 0),
        });
    out += tableText(powerColumns, rows);
    if (!e.bands.empty()) {
        out += "\n" + say({GS_TRANSLATE_NOOP("Core", "Uncertainty (P10 / P50 / P90 of AI share):")}) + "\n";
        for (const YearBands& b : e.bands)
            out += "  " + std::to_string(b.year) + "  " + groupedFixed(b.aiShare.p10 * 100, 2) + " % / "
                   + groupedFixed(b.aiShare.p50 * 100, 2) + " % / " + groupedFixed(b.aiShare.p90 * 100, 2) + " %\n";
    }
    return out;
}

} // namespace gridshare
