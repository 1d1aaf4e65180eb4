// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What people type into a number box and what they read back: "2.5B", "200M", "1.2T", "2.5e9",
// "0,12" in a comma-decimal locale, "12%" for percentages.

#include <QLocale>
#include <QString>

#include <optional>

namespace gridshare::gui {

enum class QuantityStyle {
    Count,   // large numbers with K/M/B/T: "200M", "2.5B"
    Percent, // a fraction shown as percent: 0.12 -> "12"
    Plain,   // a decimal number: "0.0806", "1.2"
};

// The value in display units (a count, the fraction for Percent, the number for Plain), or
// nullopt when the text is not a number. Percent text may end in "%"; Count text may end in a
// magnitude suffix.
std::optional<double> parseQuantity(const QString& text, QuantityStyle style, const QLocale& locale);

// The value with the given significant digits and nothing past them, so that what a person typed
// (70 %, which is 70 * 0.01 = 0.7000000000000001) or picked with a slider is stored as the number
// they meant (0.7).
double roundedToSignificant(double value, int digits);

// Count values read "200M" in English and "2亿" where numbers group by ten thousands.
QString formatQuantity(double value, QuantityStyle style, const QLocale& locale);

// True where large numbers are grouped by ten thousands (万, 亿, 万亿) rather than thousands.
bool groupsByMyriads(const QLocale& locale);

// The power of ten a large number is said in: million to quintillion, or 万/亿/万亿/亿亿 in Chinese.
// Below a million (a 万) the factor is 1 and the name empty.
struct Magnitude {
    double factor = 1;
    QString name;
    QString abbreviation; // "bn" for billion; 万 and 亿 are already short
};
Magnitude magnitudeOf(double value, const QLocale& locale);

// A unit scaled by a magnitude: "billion USD", "亿元"; the unit alone for factor 1.
QString scaledUnit(const Magnitude& magnitude, const QString& unit, const QLocale& locale);

// A share as a percentage with up to three significant digits: "2.88 %", "0.00204 %", "12.3 %".
// The key figures, the chart's labels and its readout all write shares with it, so they agree.
QString formatPercent(double fraction, const QLocale& locale);

// A share of a variance (a Sobol index) in whole percent, "46 %"; an estimate's sampling error can
// take it a little past 0 or 1, which reads 0 % or 100 %.
QString formatVarianceShare(double fraction, const QLocale& locale);

// "11.9 million", "193.45 million", "1.5 billion", "3.47 quadrillion": large numbers in words,
// the magnitude that of the rounded number (999.96 trillion reads "1 quadrillion"); from 10²¹
// (10²⁰ in Chinese) "1.2 × 10²¹". Short form for tight spaces: "11.9 M", "1.5 bn", "2 tn". In
// Chinese "1193万", "19.3亿", "3465万亿", "100亿亿", both forms.
QString formatLargeNumber(double value, const QLocale& locale, int significantDigits = 3, bool shortForm = false);

// Power as people say it: "108 GW", "2.09 GW" in English; in Chinese in 千瓦 grouped by 万 and 亿, as
// Chinese grid capacity is stated: "1.08亿千瓦", "4000万千瓦" (40 GW), "209万千瓦".
QString formatPower(double gigawatts, const QLocale& locale);

} // namespace gridshare::gui
