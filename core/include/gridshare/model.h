// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The equations of docs/model.md, one calendar year at a time.

#include "gridshare/parameters.h"

#include <vector>

namespace gridshare {

inline constexpr double kDaysPerYear = 365;
inline constexpr double kHoursPerYear = kDaysPerYear * 24;

struct YearResult {
    int year = 0;
    double queriesPerDay = 0;
    double whPerQuery = 0;
    double inferenceTwh = 0;
    double trainingTwh = 0;
    double aiTwh = 0;
    double otherDcTwh = 0;
    double datacenterTwh = 0;
    double nationalTwh = 0;
    double aiShare = 0;         // fraction
    double datacenterShare = 0; // fraction
    double cost = 0;            // scenario currency per year
    double waterM3 = 0;
    double co2Mt = 0;
    double households = 0;
    // Power and what the scenario implies (version 2 of the model).
    double aiAvgGw = 0;              // average AI load
    double datacenterAvgGw = 0;      // average data-centre load
    double datacenterCapacityGw = 0; // connected capacity: the average over dc_load_factor
    double accelerators = 0;         // in service, at the scenario's base-year power per accelerator
    double tokensPerDay = 0;         // generated tokens
};

// Energy of one request in watt-hours at k years after the base year (Epoch AI's form).
double whPerQuery(const ParameterSet& p, int k);

// AI electricity (serving and training) at k = 0.
double baseYearAiTwh(const ParameterSet& p);

// AI plus other data centres at k = 0: the part of national consumption that the model grows
// separately from the rest of demand.
double baseYearDatacenterTwh(const ParameterSet& p);

YearResult evaluateYear(const ParameterSet& p, double householdKwhPerYear, int baseYear, int k);

std::vector<YearResult> evaluateYears(const ParameterSet& p, double householdKwhPerYear, int baseYear, int endYear);

} // namespace gridshare
