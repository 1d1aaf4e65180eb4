// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a scenario implies, in words, for the window's panel, the request control and
// `gridshare implies`: "1.95 million accelerators in service", "13 % of 15 million AI accelerators
// installed (H100-equivalents) (worldwide, 2025) [12]", and the sentence that flags a value far
// outside what is known. The comparisons and the flag rule are core's (gridshare/implications.h).

#include "gridshare/implications.h"

#include <QLocale>
#include <QString>

#include <functional>

namespace gridshare::gui {

// " [12]" in the window (the citation's number), " [epoch-chip-sales-2026]" on the command line.
using CitationMark = std::function<QString(const std::string& sourceId)>;

// "Accelerators in service", "Generated tokens a day", "Requests a day", "Data-centre load (average)".
QString impliedQuantityName(ImpliedQuantity quantity);

// The value as read: "1.95 million", "115 trillion", "21.1 GW (AI: 2.1 GW)"; 万/亿 and 万千瓦 in Chinese.
QString impliedValueText(const ImpliedFigure& figure, double aiAvgGw, const QLocale& locale);

// "92×", "2.1×", "13 % of": the scenario's value against a reference.
QString ratioText(double ratio, const QLocale& locale);

// One comparison: "92× 2.5 billion ChatGPT prompts a day (worldwide, July 2025) [3]".
QString comparisonText(const ReferenceComparison& comparison, const CitationMark& cite, const QLocale& locale);

// "Far outside what is known (accelerators in service, 2024): 2.1× 15 million AI accelerators
// installed (H100-equivalents) (worldwide, 2025) [12]." Empty when nothing flags it.
QString flagText(const ImpliedFigure& figure, int year, const CitationMark& cite, const QLocale& locale);

// What "far outside" means, for a tooltip and the command line's footer.
QString farOutsideRule(const QLocale& locale);

} // namespace gridshare::gui
