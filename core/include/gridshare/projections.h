// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Published projections and per-request figures as the charts and the command line use them:
// their program keys, their publication dates as points in time, where a projection given only in
// TWh sits on a share chart, and a publisher's successive editions for one target year.

#include "gridshare/dataset.h"
#include "gridshare/evaluation.h"
#include "gridshare/implications.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gridshare {

inline constexpr int kProjectionsVersion = 2;

// "datacenters" / "ai"; "energy" / "capacity" / "average_load" / "peak";
// "measurement" / "estimate" / "company_statement".
std::string_view projectionScopeKey(ProjectionScope scope);
std::string_view projectionMeasureKey(ProjectionMeasure measure);
std::string_view evidenceKindKey(EvidenceKind kind);
std::optional<ProjectionScope> projectionScopeFromKey(std::string_view key);
std::optional<ProjectionMeasure> projectionMeasureFromKey(std::string_view key);
std::optional<EvidenceKind> evidenceKindFromKey(std::string_view key);

// YYYY, YYYY-MM or YYYY-MM-DD, with a real month and day.
bool isPublicationDate(std::string_view date);
// The date as a fractional year for a time axis: a year alone is its middle, a month its middle.
std::optional<double> decimalYear(std::string_view date);

// Every projection published for a region, by target year, then label.
std::vector<const Projection*> allProjectionsFor(const Dataset& data, std::string_view region);

// A projection's place on a share chart: its published share, or, for one given only in TWh, the
// TWh over the scenario's national consumption in the target year (the nearest evaluated year when
// the target lies outside them). placedFromTwh says which; nullopt for power projections.
struct ChartShare {
    ValueRange share;
    bool placedFromTwh = false;
    double nationalTwh = 0; // the consumption used, when placed from TWh
    int nationalYear = 0;
};
std::optional<ChartShare> shareOnChart(const Projection& projection, const Evaluation& evaluation);

// A projection's value for one target year in TWh: its TWh, or its share of the scenario's national
// consumption (as shareOnChart, the other way round). Used to compare editions that state
// different things.
std::optional<ValueRange> twhOnChart(const Projection& projection, const Evaluation& evaluation);

// One publisher's editions that give a figure for the target year, oldest first.
struct ProjectionSeries {
    std::string key;
    std::vector<const Projection*> editions;
};
// The projections of one measure for a region and target year grouped by series, each series
// ordered by publication date and the series by their first edition.
std::vector<ProjectionSeries> editionsFor(const Dataset& data, std::string_view region, int targetYear,
                                          ProjectionMeasure measure = ProjectionMeasure::Energy);

// What the request control's value means beside volumes people know: the base year's requests and
// generated tokens a day, and their ratio to each reference volume for the world or this region
// (of a publisher's statements of one volume, the one nearest the year; implications.h).
struct RequestContext {
    double requestsPerDay = 0;
    double tokensPerDay = 0;
    std::vector<ReferenceComparison> comparisons; // requests first, then tokens
};
RequestContext requestContext(const Dataset& data, const std::string& region, double requestsPerDay,
                              double tokensPerRequest, int year);

// `gridshare projections`: every field of the projections listed and, in json, the per-request
// figures. Figures are written as the data gives them (fractions for shares).
std::string projectionsJson(const std::vector<const Projection*>& projections,
                            const std::vector<RequestEnergy>& requestEnergy);
std::string projectionsCsv(const std::vector<const Projection*>& projections);

} // namespace gridshare
