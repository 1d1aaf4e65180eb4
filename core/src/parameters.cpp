// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/parameters.h"

#include "gridshare/message.h"
#include "gridshare/text.h"

namespace gridshare {

const std::array<ParamSpec, kParamCount>& paramSpecs()
{
    // Meanings are marked for translation: the command line's help shows them in the chosen language.
    static const std::array<ParamSpec, kParamCount> specs{{
        {Param::QueriesPerDay, "queries_per_day", "requests/day",
         GS_TRANSLATE_NOOP("Core",
                           "AI inference requests served per day from data centres on this grid, in the base year"),
         0, 1e13},
        {Param::QueryGrowth, "query_growth", "fraction/yr", GS_TRANSLATE_NOOP("Core", "annual growth of requests"),
         -0.5, 5},
        {Param::ActiveParamsBillion, "active_params_billion", "1e9 parameters",
         GS_TRANSLATE_NOOP("Core", "active parameters per generated token of the serving model (model size)"), 0.1,
         10000},
        {Param::ModelGrowth, "model_growth", "fraction/yr",
         GS_TRANSLATE_NOOP("Core", "annual growth of active parameters"), -0.5, 3},
        {Param::TokensPerQuery, "tokens_per_query", "tokens",
         GS_TRANSLATE_NOOP("Core", "generated (output) tokens per request"), 1, 1e7},
        {Param::TokensGrowth, "tokens_growth", "fraction/yr",
         GS_TRANSLATE_NOOP("Core", "annual growth of tokens per request (longer answers, reasoning)"), -0.5, 3},
        {Param::AcceleratorFlops, "accelerator_flops", "FLOP/s",
         GS_TRANSLATE_NOOP("Core", "peak dense throughput of one accelerator"), 1e12, 1e17},
        {Param::AcceleratorPowerW, "accelerator_power_w", "W",
         GS_TRANSLATE_NOOP("Core", "power of one accelerator including its share of the server"), 10, 1e5},
        {Param::Utilization, "utilization", "fraction",
         GS_TRANSLATE_NOOP("Core", "achieved FLOP/s divided by peak while serving"), 0.001, 1},
        {Param::PowerFraction, "power_fraction", "fraction",
         GS_TRANSLATE_NOOP("Core", "average power draw divided by maximum power"), 0.05, 1},
        {Param::EfficiencyGain, "efficiency_gain", "fraction/yr",
         GS_TRANSLATE_NOOP("Core", "annual improvement of FLOP per joule (hardware and software)"), -0.5, 5},
        {Param::Pue, "pue", "ratio", GS_TRANSLATE_NOOP("Core", "power usage effectiveness of the data centres"), 1, 3},
        {Param::TrainingShare, "training_share", "fraction",
         GS_TRANSLATE_NOOP("Core", "share of AI electricity that goes to training"), 0, 0.95},
        {Param::OtherDcTwh, "other_dc_twh", "TWh/yr",
         GS_TRANSLATE_NOOP("Core", "non-AI data-centre consumption in the base year"), 0, 1e5},
        {Param::OtherDcGrowth, "other_dc_growth", "fraction/yr",
         GS_TRANSLATE_NOOP("Core", "annual growth of non-AI data-centre consumption"), -0.5, 2},
        {Param::NationalTwh, "national_twh", "TWh/yr",
         GS_TRANSLATE_NOOP("Core", "national electricity consumption in the base year, data centres included"), 1, 1e6},
        {Param::DemandGrowth, "demand_growth", "fraction/yr",
         GS_TRANSLATE_NOOP("Core", "annual growth of national consumption other than data centres"), -0.2, 0.5},
        {Param::PricePerKwh, "price_per_kwh", "currency/kWh",
         // In any currency: 1,000 is about 7 USD a kWh in yen, 12 in rupees; the slider spans half a dollar.
         GS_TRANSLATE_NOOP("Core", "electricity price paid by data centres, in the scenario's currency"), 0, 1000},
        {Param::PriceGrowth, "price_growth", "fraction/yr", GS_TRANSLATE_NOOP("Core", "annual change of that price"),
         -0.5, 1},
        {Param::WaterLPerKwh, "water_l_per_kwh", "L/kWh",
         GS_TRANSLATE_NOOP("Core", "water consumed per kWh (on-site cooling plus generation)"), 0, 100},
        {Param::CarbonGPerKwh, "carbon_g_per_kwh", "gCO2e/kWh",
         GS_TRANSLATE_NOOP("Core", "carbon intensity of the grid"), 0, 2000},
        {Param::CarbonDecline, "carbon_decline", "fraction/yr",
         GS_TRANSLATE_NOOP("Core", "annual decline of that intensity"), -0.5, 0.5},
        {Param::DcLoadFactor, "dc_load_factor", "fraction",
         GS_TRANSLATE_NOOP("Core", "average data-centre load divided by connected capacity"), 0.05, 1},
    }};
    return specs;
}

const ParamSpec& spec(Param p)
{
    return paramSpecs()[static_cast<std::size_t>(p)];
}

std::optional<Param> paramFromKey(std::string_view key)
{
    for (const auto& s : paramSpecs())
        if (s.key == key)
            return s.param;
    return std::nullopt;
}

std::optional<std::string_view> closestParamKey(std::string_view typo)
{
    std::optional<std::string_view> best;
    std::size_t bestDistance = 4; // further than this is not a typo
    for (const auto& s : paramSpecs()) {
        // Lengths that differ by the limit or more cannot be that close; a megabyte-long key costs nothing.
        const std::size_t lengthGap =
            typo.size() > s.key.size() ? typo.size() - s.key.size() : s.key.size() - typo.size();
        if (lengthGap >= bestDistance)
            continue;
        const std::size_t d = editDistance(typo, s.key);
        if (d < bestDistance) {
            bestDistance = d;
            best = s.key;
        }
    }
    return best;
}

} // namespace gridshare
