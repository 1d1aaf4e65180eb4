// SPDX-License-Identifier: GPL-3.0-or-later
#include "quantity_text.h"

#include <QRegularExpression>

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
constexpr std::array<Suffix, 15> kSuffixes{{{"trillion", 1e12},
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
    static const std::array<Step, 3> western{{{1e12, "trillion", "tn"}, {1e9, "billion", "bn"}, {1e6, "million", "M"}}};
    static const std::array<Step, 3> myriads{{{1e12, "万亿", "万亿"}, {1e8, "亿", "亿"}, {1e4, "万", "万"}}};
    for (const Step& s : groupsByMyriads(locale) ? myriads : western)
        if (std::abs(value) >= s.factor)
            return {s.factor, QString::fromUtf8(s.name), QString::fromUtf8(s.abbreviation)};
    return {};
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

QString formatLargeNumber(double value, const QLocale& locale, int significantDigits, bool shortForm)
{
    const Magnitude m = magnitudeOf(value, locale);
    if (m.factor == 1)
        return locale.toString(value, 'f', std::abs(value) >= 100 ? 0 : 2);
    const bool myriads = groupsByMyriads(locale);
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
