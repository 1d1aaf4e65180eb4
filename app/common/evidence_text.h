// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Published projections and per-request figures in words, the same on every chart, tooltip, the
// report and the command line's table: publication dates as a reader writes them, scopes, kinds
// and values with their units.

#include "gridshare/dataset.h"

#include <QLocale>
#include <QString>

namespace gridshare::gui {

// "2023", "June 2026", "10 April 2025" (in Chinese "2026年6月").
QString publicationDateText(const std::string& date, const QLocale& locale);

QString scopeText(ProjectionScope scope);                         // "all data centres", "AI only"
QString measureText(ProjectionMeasure measure);                   // "energy", "capacity", ...
QString evidenceKindText(EvidenceKind kind);                      // "measurement", "estimate", ...
QString levelText(const std::string& level, const Dataset& data); // "V2: secondary text quoting the primary"

// A value or range with its unit: "9.5–15.3 %", "426 TWh", "74–132 GW".
QString shareText(const ValueRange& share, const QLocale& locale);
QString energyText(const ValueRange& twh, const QLocale& locale);
QString powerText(const ValueRange& gw, const QLocale& locale);

// What a projection says, in one line: "9.5–15.3 % (649 TWh) of electricity use in 2030"; the use
// is the region's own: a country's, or a state's for a sub-national grid.
QString projectionValueText(const Projection& projection, const QLocale& locale);

} // namespace gridshare::gui
