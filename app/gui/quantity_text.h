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

QString formatQuantity(double value, QuantityStyle style, const QLocale& locale);

// "11.9 million", "193.45 million", "1.5 billion": large numbers in words. Short form for tight
// spaces: "11.9 M", "1.5 bn", "2 tn".
QString formatLargeNumber(double value, const QLocale& locale, int significantDigits = 3, bool shortForm = false);

} // namespace gridshare::gui
