// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/parameter_presentation.h"

#include "document/unit_names.h"

#include <QCoreApplication>

#include <array>

namespace gridshare::gui {
namespace {

// The translation context of this file's text, which belongs to no widget.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Parameters)
};

std::array<ParameterPresentation, kParamCount> makeTable()
{
    using S = QuantityStyle;
    using G = ControlGroup;
    const QString perYear = Text::tr("%/yr");
    const QString percent = QStringLiteral("%");
    // Slider ranges are the valid ranges of model.md, except where a narrower span is what people
    // explore (the price) or a zero cannot sit on a log scale (requests).
    return {{
        {Param::QueriesPerDay, Text::tr("AI work, in typical requests a day"), Text::tr("requests/day"), S::Count, 1,
         G::Headline, true, 1e6, 1e13},
        {Param::QueryGrowth, Text::tr("Request growth"), perYear, S::Percent, 1, G::Growth, false, -0.5, 5},
        {Param::ActiveParamsBillion, Text::tr("Model size (active parameters)"), Text::tr("parameters"), S::Count, 1e9,
         G::Headline, true, 0.1, 10000},
        {Param::ModelGrowth, Text::tr("Model size growth"), perYear, S::Percent, 1, G::Growth, false, -0.5, 3},
        {Param::TokensPerQuery, Text::tr("Output tokens per request"), Text::tr("tokens"), S::Count, 1, G::Assumption,
         true, 1, 1e7},
        {Param::TokensGrowth, Text::tr("Answer length growth"), perYear, S::Percent, 1, G::Growth, false, -0.5, 3},
        {Param::AcceleratorFlops, Text::tr("Accelerator peak throughput"), Text::tr("FLOP/s"), S::Count, 1,
         G::Assumption, true, 1e12, 1e17},
        {Param::AcceleratorPowerW, Text::tr("Accelerator power (with server)"), Text::tr("W"), S::Plain, 1,
         G::Assumption, true, 10, 1e5},
        {Param::Utilization, Text::tr("Utilization of peak throughput"), percent, S::Percent, 1, G::Assumption, false,
         0.001, 1},
        {Param::PowerFraction, Text::tr("Average power / maximum power"), percent, S::Percent, 1, G::Assumption, false,
         0.05, 1},
        {Param::EfficiencyGain, Text::tr("Efficiency gain (FLOP per joule)"), perYear, S::Percent, 1, G::Growth, false,
         -0.5, 5},
        {Param::Pue, Text::tr("PUE (power usage effectiveness)"), Text::tr("ratio"), S::Plain, 1, G::Assumption, false,
         1, 3},
        {Param::TrainingShare, Text::tr("Training share of AI electricity"), percent, S::Percent, 1, G::Assumption,
         false, 0, 0.95},
        {Param::OtherDcTwh, Text::tr("Other data centres, base year"), Text::tr("TWh/yr"), S::Plain, 1, G::Assumption,
         true, 0.1, 1e5},
        {Param::OtherDcGrowth, Text::tr("Other data-centre growth"), perYear, S::Percent, 1, G::Assumption, false, -0.5,
         2},
        {Param::NationalTwh, Text::tr("National consumption, base year"), Text::tr("TWh/yr"), S::Plain, 1,
         G::Assumption, true, 1, 1e6},
        {Param::DemandGrowth, Text::tr("Growth of other demand"), perYear, S::Percent, 1, G::Assumption, false, -0.2,
         0.5},
        {Param::PricePerKwh, Text::tr("Electricity price"), Text::tr("{currency}/kWh"), S::Plain, 1, G::Headline, false,
         0, 2},
        {Param::PriceGrowth, Text::tr("Price change"), perYear, S::Percent, 1, G::Assumption, false, -0.5, 1},
        {Param::WaterLPerKwh, Text::tr("Water per kWh"), Text::tr("L/kWh"), S::Plain, 1, G::Assumption, false, 0, 100},
        {Param::CarbonGPerKwh, Text::tr("Grid carbon intensity"), Text::tr("gCO₂e/kWh"), S::Plain, 1, G::Assumption,
         false, 0, 2000},
        {Param::CarbonDecline, Text::tr("Carbon intensity decline"), perYear, S::Percent, 1, G::Assumption, false, -0.5,
         0.5},
        {Param::DcLoadFactor, Text::tr("Data-centre load factor (average / capacity)"), percent, S::Percent, 1,
         G::Assumption, false, 0.05, 1},
    }};
}

} // namespace

const ParameterPresentation& presentation(Param p)
{
    static const auto table = makeTable();
    return table[static_cast<std::size_t>(p)];
}

QString formatValue(Param p, double modelValue, const QLocale& locale)
{
    const ParameterPresentation& pres = presentation(p);
    return formatQuantity(modelValue * pres.displayFactor, pres.style, locale);
}

QString formatRange(Param p, double low, double high, const QString& currency, const QLocale& locale)
{
    const QString unit = displayUnit(presentation(p), currency);
    const QString range = Text::tr("%1 to %2").arg(formatValue(p, low, locale), formatValue(p, high, locale));
    return unit.isEmpty() ? range : range + QLatin1Char(' ') + unit;
}

QString displayUnit(const ParameterPresentation& p, const QString& currency)
{
    QString unit = p.unit;
    return unit.replace(QStringLiteral("{currency}"), currencyName(currency));
}

} // namespace gridshare::gui
