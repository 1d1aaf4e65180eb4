// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/key_figures.h"

#include "common/quantity_text.h"
#include "document/unit_names.h"

#include <QCoreApplication>

#include <cmath>

namespace gridshare::gui {
namespace {

// The translation context of this file's text, which belongs to no widget.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(KeyFigures)
};

QString terawattHours(double twh, const QLocale& l)
{
    return Text::tr("%1 TWh").arg(l.toString(twh, 'f', std::abs(twh) < 10 ? 2 : std::abs(twh) < 1000 ? 1 : 0));
}

QString wattHours(double wh, const QLocale& l)
{
    return Text::tr("%1 Wh").arg(l.toString(wh, 'g', 3));
}

QString signedText(double difference, const QString& magnitude)
{
    return (difference > 0   ? QStringLiteral("+")
            : difference < 0 ? QStringLiteral("−")
                             : QStringLiteral("±"))
           + magnitude;
}

} // namespace

QString figureKeyName(FigureKey key)
{
    switch (key) {
    case FigureKey::AiShare:
        return QStringLiteral("ai_share");
    case FigureKey::DatacenterShare:
        return QStringLiteral("datacenter_share");
    case FigureKey::AiTwh:
        return QStringLiteral("ai_twh");
    case FigureKey::Cost:
        return QStringLiteral("cost");
    case FigureKey::WhPerQuery:
        return QStringLiteral("wh_per_query");
    case FigureKey::Households:
        return QStringLiteral("households");
    case FigureKey::AiAvgGw:
        return QStringLiteral("ai_avg_gw");
    case FigureKey::DatacenterCapacityGw:
        return QStringLiteral("datacenter_capacity_gw");
    }
    return {};
}

QList<KeyFigure> keyFigures(const ScenarioSnapshot& s, const QLocale& l, bool inGigawatts)
{
    QList<KeyFigure> figures;
    if (s.evaluation.years.empty())
        return figures;
    const Evaluation& e = s.evaluation;
    const YearResult& end = e.years.back();
    QString aiDetail = s.subNational ? Text::tr("of the region's use") : Text::tr("of national use");
    QString dcDetail = aiDetail;
    if (!e.bands.empty()) {
        const YearBands& b = e.bands.back();
        auto range = [&](const Band& band) {
            return Text::tr("P10–P90 %1–%2 %")
                .arg(l.toString(band.p10 * 100, 'f', 1), l.toString(band.p90 * 100, 'f', 1));
        };
        aiDetail = range(b.aiShare);
        dcDetail = range(b.datacenterShare);
    }
    auto add = [&](FigureKey key, const QString& caption, const QString& value, const QString& detail) {
        KeyFigure f;
        f.key = key;
        f.caption = caption;
        f.value = value;
        f.detail = detail;
        figures.append(f);
    };
    add(FigureKey::AiShare, Text::tr("AI share"), formatPercent(end.aiShare, l), aiDetail);
    add(FigureKey::DatacenterShare, Text::tr("Data-centre share"), formatPercent(end.datacenterShare, l), dcDetail);
    if (inGigawatts)
        add(FigureKey::AiAvgGw, Text::tr("AI average load"), formatPower(end.aiAvgGw, l), terawattHours(end.aiTwh, l));
    else
        add(FigureKey::AiTwh, Text::tr("AI electricity"), terawattHours(end.aiTwh, l),
            Text::tr("%1 kWh/day").arg(formatLargeNumber(end.aiTwh * 1e9 / 365, l, 3, true)));
    add(FigureKey::Cost, Text::tr("AI power bill"), formatLargeNumber(end.cost, l, 3, true),
        Text::tr("%1 per year").arg(currencyName(s.currency)));
    add(FigureKey::WhPerQuery, Text::tr("Per request"), wattHours(end.whPerQuery, l),
        Text::tr("%1 Wh in %2").arg(l.toString(e.years.front().whPerQuery, 'g', 3)).arg(e.baseYear));
    if (inGigawatts)
        add(FigureKey::DatacenterCapacityGw, Text::tr("Data-centre capacity"), formatPower(end.datacenterCapacityGw, l),
            Text::tr("average %1").arg(formatPower(end.datacenterAvgGw, l)));
    else
        add(FigureKey::Households, Text::tr("Households"), formatLargeNumber(end.households, l, 3, true),
            Text::tr("homes' electricity"));
    if (s.pinned.empty() || s.pinned.front().evaluation.years.empty())
        return figures;

    // Differences from the first pin, in the end year both share; shares differ in points.
    const PinnedScenario& pin = s.pinned.front();
    const YearResult* then = nullptr;
    for (const auto& y : pin.evaluation.years)
        if (y.year == end.year)
            then = &y;
    if (!then)
        return figures;
    auto points = [&](double now, double before) {
        const double d = (now - before) * 100;
        return signedText(d, l.toString(std::abs(d), 'f', std::abs(d) < 0.1 ? 3 : 2)) + Text::tr(" points");
    };
    auto relative = [&](double now, double before, const QString& magnitude) {
        return signedText(now - before, magnitude);
    };
    for (KeyFigure& f : figures) {
        f.versus = pin.name;
        if (f.key == FigureKey::AiShare)
            f.delta = points(end.aiShare, then->aiShare);
        else if (f.key == FigureKey::DatacenterShare)
            f.delta = points(end.datacenterShare, then->datacenterShare);
        else if (f.key == FigureKey::AiTwh)
            f.delta = relative(end.aiTwh, then->aiTwh, terawattHours(std::abs(end.aiTwh - then->aiTwh), l));
        else if (f.key == FigureKey::Cost)
            f.delta = relative(end.cost, then->cost, formatLargeNumber(std::abs(end.cost - then->cost), l, 3, true));
        else if (f.key == FigureKey::WhPerQuery)
            f.delta =
                relative(end.whPerQuery, then->whPerQuery, wattHours(std::abs(end.whPerQuery - then->whPerQuery), l));
        else if (f.key == FigureKey::AiAvgGw)
            f.delta = relative(end.aiAvgGw, then->aiAvgGw, formatPower(std::abs(end.aiAvgGw - then->aiAvgGw), l));
        else if (f.key == FigureKey::DatacenterCapacityGw)
            f.delta = relative(end.datacenterCapacityGw, then->datacenterCapacityGw,
                               formatPower(std::abs(end.datacenterCapacityGw - then->datacenterCapacityGw), l));
        else if (f.key == FigureKey::Households)
            f.delta = relative(end.households, then->households,
                               formatLargeNumber(std::abs(end.households - then->households), l, 3, true));
    }
    return figures;
}

} // namespace gridshare::gui
