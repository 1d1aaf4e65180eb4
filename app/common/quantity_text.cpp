// SPDX-License-Identifier: GPL-3.0-or-later
#include "quantity_text.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace gridshare::gui {
namespace {

struct Suffix {
    const char* text;
    double factor;
};

// Longest first, so "bn" wins over "b". "m" is million: nobody types milli-requests.
constexpr std::array<Suffix, 16> kSuffixes{{{"trillion", 1e12},
                                            {"billion", 1e9},
                                            {"million", 1e6},
                                            {"thousand", 1e3},
                                            {"bn", 1e9},
                                            {"mn", 1e6},
                                            {"t", 1e12},
                                            {"b", 1e9},
                                            {"g", 1e9},
                                            {"m", 1e6},
                                            {"k", 1e3},
                                            {"亿亿", 1e16},
                                            {"万亿", 1e12},
                                            {"亿", 1e8},
                                            {"万", 1e4},
                                            {"千", 1e3}}};

std::optional<double> parseNumber(const QString& text, const QLocale& locale)
{
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = locale.toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok); // "2.5e9" reads the same everywhere
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// Up to `significant` digits without trailing zeros, in the locale's decimal.
QString compact(double value, const QLocale& locale, int significant)
{
    const double magnitude = std::abs(value);
    int decimals = 0;
    if (magnitude > 0 && magnitude < std::pow(10.0, significant - 1))
        decimals = std::max(0, significant - 1 - static_cast<int>(std::floor(std::log10(magnitude))));
    QString text = locale.toString(value, 'f', std::min(decimals, 12));
    if (text.contains(locale.decimalPoint())) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(locale.decimalPoint().size());
    }
    return text;
}

// "1000亿", not "1,000亿": a number before 万 or 亿 is at most four digits and is never grouped.
QLocale withoutGrouping(QLocale locale)
{
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}

// "1.2 × 10²¹" ("1.2×10²¹" in Chinese, which sets no spaces between symbols).
QString scientific(double value, const QLocale& locale, int significant, bool compactSpacing)
{
    const int exponent = static_cast<int>(std::floor(std::log10(std::abs(value))));
    static const char16_t* const superscripts[] = {u"⁰", u"¹", u"²", u"³", u"⁴", u"⁵", u"⁶", u"⁷", u"⁸", u"⁹"};
    QString power;
    const QString digits = QString::number(std::abs(exponent));
    for (const QChar digit : digits)
        power += QString::fromUtf16(superscripts[digit.digitValue()]);
    if (exponent < 0)
        power.prepend(QStringLiteral("⁻"));
    const QString times = compactSpacing ? QStringLiteral("×10") : QStringLiteral(" × 10");
    return compact(value / std::pow(10.0, exponent), locale, significant) + times + power;
}

} // namespace

std::optional<double> parseQuantity(const QString& input, QuantityStyle style, const QLocale& locale)
{
    QString text = input.trimmed();
    text.remove(QLatin1Char(' '));
    double factor = 1;
    if (style == QuantityStyle::Percent) {
        if (text.endsWith(QLatin1Char('%')))
            text.chop(1);
        factor = 0.01;
    } else if (style == QuantityStyle::Count) {
        const QString lower = text.toLower();
        for (const Suffix& s : kSuffixes) {
            const QString suffix = QString::fromUtf8(s.text);
            // A trailing "e" digit sequence is an exponent, never a suffix.
            if (lower.endsWith(suffix) && lower.size() > suffix.size()) {
                text.chop(suffix.size());
                factor = s.factor;
                break;
            }
        }
    }
    const auto number = parseNumber(text, locale);
    if (!number)
        return std::nullopt;
    return *number * factor;
}

bool groupsByMyriads(const QLocale& locale)
{
    return locale.language() == QLocale::Chinese;
}

Magnitude magnitudeOf(double value, const QLocale& locale)
{
    struct Step {
        double factor;
        const char* name;
        const char* abbreviation;
    };
    // Past a trillion the short forms are the words: "qd" or "Q" would be read as anything.
    static const std::array<Step, 5> western{{{1e18, "quintillion", "quintillion"},
                                              {1e15, "quadrillion", "quadrillion"},
                                              {1e12, "trillion", "tn"},
                                              {1e9, "billion", "bn"},
                                              {1e6, "million", "M"}}};
    // 亿亿 (10^16) as in "每秒亿亿次": up to it, 万亿 counts to 9999万亿.
    static const std::array<Step, 4> myriads{
        {{1e16, "亿亿", "亿亿"}, {1e12, "万亿", "万亿"}, {1e8, "亿", "亿"}, {1e4, "万", "万"}}};
    const auto largestBelow = [&](const auto& steps) -> Magnitude {
        for (const Step& s : steps)
            if (std::abs(value) >= s.factor)
                return {s.factor, QString::fromUtf8(s.name), QString::fromUtf8(s.abbreviation)};
        return {};
    };
    return groupsByMyriads(locale) ? largestBelow(myriads) : largestBelow(western);
}

QString scaledUnit(const Magnitude& magnitude, const QString& unit, const QLocale& locale)
{
    if (magnitude.name.isEmpty())
        return unit;
    return groupsByMyriads(locale) ? magnitude.name + unit : magnitude.name + QLatin1Char(' ') + unit;
}

QString formatQuantity(double value, QuantityStyle style, const QLocale& locale)
{
    switch (style) {
    case QuantityStyle::Percent:
        return compact(value * 100, locale, 3);
    case QuantityStyle::Count: {
        if (groupsByMyriads(locale)) {
            const Magnitude m = magnitudeOf(value, locale);
            return compact(value / m.factor, withoutGrouping(locale), 4) + m.name;
        }
        static constexpr std::array<Suffix, 4> steps{{{"T", 1e12}, {"B", 1e9}, {"M", 1e6}, {"K", 1e3}}};
        for (const Suffix& s : steps)
            if (std::abs(value) >= s.factor)
                return compact(value / s.factor, locale, 4) + QLatin1String(s.text);
        return compact(value, locale, 4);
    }
    case QuantityStyle::Plain:
        break;
    }
    return compact(value, locale, 4);
}

double roundedToSignificant(double value, int digits)
{
    if (!std::isfinite(value) || value == 0)
        return value;
    std::array<char, 64> buffer{};
    const auto written =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::general, digits);
    double rounded = value;
    std::from_chars(buffer.data(), written.ptr, rounded);
    return rounded;
}

QString formatPercent(double fraction, const QLocale& locale)
{
    return compact(fraction * 100, locale, 3) + QStringLiteral(" %");
}

QString formatVarianceShare(double fraction, const QLocale& locale)
{
    return locale.toString(std::lround(std::clamp(fraction, 0.0, 1.0) * 100)) + QStringLiteral(" %");
}

QString formatLargeNumber(double value, const QLocale& locale, int significantDigits, bool shortForm)
{
    const bool myriads = groupsByMyriads(locale);
    // The magnitude is that of the number as rounded: 999.96 trillion is "1 quadrillion", not "1000
    // trillion". Digits before the decimal point are all kept ("1193万", "4737万千瓦").
    const double rounded = roundedToSignificant(value, significantDigits);
    // Past the largest magnitude (a thousand quintillion, ten thousand 亿亿) no word helps: 1.2 × 10²¹.
    if (std::abs(rounded) >= (myriads ? 1e20 : 1e21))
        return scientific(rounded, locale, significantDigits, myriads);
    const Magnitude m = magnitudeOf(rounded, locale);
    if (m.factor == 1)
        return locale.toString(value, 'f', std::abs(value) >= 100 ? 0 : 2);
    const QString number = compact(value / m.factor, myriads ? withoutGrouping(locale) : locale, significantDigits);
    const QString& name = shortForm ? m.abbreviation : m.name;
    return myriads ? number + name : number + QLatin1Char(' ') + name;
}

QString formatPower(double gigawatts, const QLocale& locale)
{
    if (groupsByMyriads(locale))
        return formatLargeNumber(gigawatts * 1e6, locale, 3) + QStringLiteral("千瓦");
    return compact(gigawatts, locale, 3) + QStringLiteral(" GW");
}

} // namespace gridshare::gui
