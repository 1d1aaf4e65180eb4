#include "parameter_presentation.h"

#include <QCoreApplication>

#include <array>

namespace gridshare::gui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Parameters", text);
}

std::array<ParameterPresentation, kParamCount> makeTable()
{
    using S = QuantityStyle;
    using G = ControlGroup;
    const QString perYear = tr("%/yr");
    const QString percent = QStringLiteral("%");
    // Slider ranges are the valid ranges of model.md, except where a narrower span is what people
    // explore (the price) or a zero cannot sit on a log scale (requests).
    return {{
        {Param::QueriesPerDay, tr("AI requests per day"), tr("requests/day"), S::Count, 1, G::Headline, true, 1e6,
         1e13},
        {Param::QueryGrowth, tr("Request growth"), perYear, S::Percent, 1, G::Growth, false, -0.5, 5},
        {Param::ActiveParamsBillion, tr("Model size (active parameters)"), tr("parameters"), S::Count, 1e9, G::Headline,
         true, 0.1, 10000},
        {Param::ModelGrowth, tr("Model size growth"), perYear, S::Percent, 1, G::Growth, false, -0.5, 3},
        {Param::TokensPerQuery, tr("Output tokens per request"), tr("tokens"), S::Count, 1, G::Assumption, true, 1,
         1e7},
        {Param::TokensGrowth, tr("Answer length growth"), perYear, S::Percent, 1, G::Growth, false, -0.5, 3},
        {Param::AcceleratorFlops, tr("Accelerator peak throughput"), tr("FLOP/s"), S::Count, 1, G::Assumption, true,
         1e12, 1e17},
        {Param::AcceleratorPowerW, tr("Accelerator power (with server)"), tr("W"), S::Plain, 1, G::Assumption, true, 10,
         1e5},
        {Param::Utilization, tr("Utilization of peak throughput"), percent, S::Percent, 1, G::Assumption, false, 0.001,
         1},
        {Param::PowerFraction, tr("Average power / maximum power"), percent, S::Percent, 1, G::Assumption, false, 0.05,
         1},
        {Param::EfficiencyGain, tr("Efficiency gain (FLOP per joule)"), perYear, S::Percent, 1, G::Growth, false, -0.5,
         5},
        {Param::Pue, tr("PUE (power usage effectiveness)"), tr("ratio"), S::Plain, 1, G::Assumption, false, 1, 3},
        {Param::TrainingShare, tr("Training share of AI electricity"), percent, S::Percent, 1, G::Assumption, false, 0,
         0.95},
        {Param::OtherDcTwh, tr("Other data centres, base year"), tr("TWh/yr"), S::Plain, 1, G::Assumption, true, 0.1,
         1e5},
        {Param::OtherDcGrowth, tr("Other data-centre growth"), perYear, S::Percent, 1, G::Assumption, false, -0.5, 2},
        {Param::NationalTwh, tr("National consumption, base year"), tr("TWh/yr"), S::Plain, 1, G::Assumption, true, 1,
         1e6},
        {Param::DemandGrowth, tr("Growth of other demand"), perYear, S::Percent, 1, G::Assumption, false, -0.2, 0.5},
        {Param::PricePerKwh, tr("Electricity price"), QStringLiteral("{currency}/kWh"), S::Plain, 1, G::Headline, false,
         0, 2},
        {Param::PriceGrowth, tr("Price change"), perYear, S::Percent, 1, G::Assumption, false, -0.5, 1},
        {Param::WaterLPerKwh, tr("Water per kWh"), tr("L/kWh"), S::Plain, 1, G::Assumption, false, 0, 100},
        {Param::CarbonGPerKwh, tr("Grid carbon intensity"), tr("gCO₂e/kWh"), S::Plain, 1, G::Assumption, false, 0,
         2000},
        {Param::CarbonDecline, tr("Carbon intensity decline"), perYear, S::Percent, 1, G::Assumption, false, -0.5, 0.5},
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

QString displayUnit(const ParameterPresentation& p, const QString& currency)
{
    QString unit = p.unit;
    return unit.replace(QStringLiteral("{currency}"), currency);
}

} // namespace gridshare::gui
