// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/marker_tooltips.h"

#include "common/data_text.h"
#include "common/evidence_text.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QMouseEvent>
#include <QToolTip>

#include <cmath>

namespace gridshare::gui {
namespace {

// The translation context of this file's text, which belongs to no widget.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MarkerTooltips)
};

} // namespace

QCPScatterStyle::ScatterShape projectionShape(const Projection& p)
{
    switch (p.measure) {
    case ProjectionMeasure::Energy:
        return p.scope == ProjectionScope::AiOnly ? QCPScatterStyle::ssDiamond : QCPScatterStyle::ssSquare;
    case ProjectionMeasure::Capacity:
        return QCPScatterStyle::ssSquare;
    case ProjectionMeasure::AverageLoad:
        return QCPScatterStyle::ssCircle;
    case ProjectionMeasure::Peak:
        return QCPScatterStyle::ssTriangle;
    }
    return QCPScatterStyle::ssSquare;
}

void showMarkerTooltip(const std::vector<MarkerTooltip>& markers, QCustomPlot* plot, QMouseEvent* event)
{
    constexpr double kReach = 12; // pixels
    const QPointF at = event->position();
    const MarkerTooltip* nearest = nullptr;
    double best = kReach;
    for (const MarkerTooltip& m : markers) {
        const double px = plot->xAxis->coordToPixel(m.x);
        const double top = plot->yAxis->coordToPixel(m.high);
        const double bottom = plot->yAxis->coordToPixel(m.low);
        const double dy = at.y() < top ? top - at.y() : at.y() > bottom ? at.y() - bottom : 0;
        const double distance = std::hypot(at.x() - px, dy);
        if (distance < best) {
            best = distance;
            nearest = &m;
        }
    }
    if (nearest)
        QToolTip::showText(event->globalPosition().toPoint(), nearest->said(), plot);
    else
        QToolTip::hideText();
}

QString projectionTooltipText(const Projection& p, const QString& label, const ScenarioSnapshot& s,
                              const QLocale& locale, const QStringList& placement)
{
    QStringList lines{
        QStringLiteral("%1 %2 (%3)").arg(label, dataText(p.label), publicationDateText(p.published, locale)),
        Text::tr("%1, %2").arg(projectionValueText(p, locale), scopeText(p.scope))};
    lines += placement;
    if (!p.supersededBy.empty()) {
        const auto by = s.citations.numberOf(p.supersededBy);
        lines.append(by ? Text::tr("Replaced by a newer edition [%1].").arg(*by)
                        : Text::tr("Replaced by a newer edition."));
    }
    if (!p.note.empty())
        lines.append(dataText(p.note));
    if (s.data)
        lines.append(Text::tr("Verification: %1").arg(levelText(p.level, *s.data)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace gridshare::gui
