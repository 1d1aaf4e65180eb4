// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/per_query_chart_page.h"

#include "common/data_text.h"
#include "common/evidence_text.h"
#include "gui/charts/chart_series.h"

#include "gridshare/projections.h"

#include <qcustomplot.h>

namespace gridshare::gui {

PerQueryChartPage::PerQueryChartPage(QWidget* parent) : ChartPage(parent)
{
    // The published figures tell where they come from when hovered over.
    connect(plot(), &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        if (!evidence_.empty())
            showMarkerTooltip(evidence_, plot(), event);
    });
}

void PerQueryChartPage::draw(const ScenarioSnapshot& s)
{
    beginDrawing();
    const Evaluation& e = s.evaluation;
    years_ = e.years;
    citedNumbers_.clear();
    evidenceLabels_.clear();
    evidence_.clear();
    setYears(e.baseYear, e.endYear);
    const QVector<double> years = yearsOf(e.years);
    const QVector<double> wh = valuesOf(e.years, &YearResult::whPerQuery);
    QCPGraph* g = addLine(QStringLiteral("wh_per_query"), tr("Energy per request (this scenario)"), palette::kPerQuery,
                          years, wh);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(palette::kPerQuery), 8));
    double low = *std::min_element(wh.begin(), wh.end());
    double top = std::max(*std::max_element(wh.begin(), wh.end()), addPinnedLines(s, &YearResult::whPerQuery));
    if (s.data)
        for (const RequestEnergy& r : s.data->requestEnergy) {
            low = std::min(low, r.wh.low);
            top = std::max(top, r.wh.high);
        }
    // Published figures span from a tenth of a watt-hour to several: a log scale shows them all.
    plot()->yAxis->setScaleType(QCPAxis::stLogarithmic);
    QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
    ticker->setSubTickCount(8);
    plot()->yAxis->setTicker(ticker);
    plot()->yAxis->setNumberFormat(QStringLiteral("g"));
    plot()->yAxis->setRange(std::pow(10, std::floor(std::log10(low / 1.5))),
                            std::pow(10, std::ceil(std::log10(top * 2))));
    drawRequestEvidence(s);
    plot()->yAxis->setLabel(tr("Wh per request (log scale)"));
    setHoverGraphs({g});
    setTitle(tr("Electricity per AI request"), s.nameAndRegion());
}

// Measured, estimated and stated energy per request, at their publication dates: a measurement is
// a filled disc, an estimate a hollow diamond, a company's statement without a method a hollow
// square, each labelled with its number, name and value. Labels stack where figures crowd, above
// the scenario's own line, with a thin leader to their point.
void PerQueryChartPage::drawRequestEvidence(const ScenarioSnapshot& s)
{
    if (!s.data || s.data->requestEnergy.empty())
        return;
    struct Placed {
        const RequestEnergy* e;
        double x;
    };
    std::vector<Placed> placed;
    for (const RequestEnergy& r : s.data->requestEnergy)
        if (const auto x = decimalYear(r.published))
            placed.push_back({&r, *x});
    std::sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) { return a.x < b.x; });
    // Figures published weeks apart would sit on one another: keep them a little apart.
    constexpr double kMinimumGap = 0.12;
    for (std::size_t i = 1; i < placed.size(); ++i)
        placed[i].x = std::max(placed[i].x, placed[i - 1].x + kMinimumGap);
    double first = years_.empty() ? placed.front().x : years_.front().year;
    for (const Placed& p : placed)
        first = std::min(first, std::floor(p.x));
    if (!years_.empty() && first < years_.front().year)
        setYears(int(first), years_.back().year);

    // The label geometry in axis units, from the page's size (the axes are laid out after drawing, and a
    // page not yet shown has no size: assume a small chart then).
    const QFont font = chartFont(0.95, false);
    const QFontMetrics metrics(font);
    const QCPRange xRange = plot()->xAxis->range();
    const QCPRange yRange = plot()->yAxis->range();
    const double pxPerYear = std::max(640 - 140.0, plot()->width() - 140.0) / xRange.size();
    const double decades = std::log10(yRange.upper) - std::log10(yRange.lower);
    const double pxPerDecade = std::max(400 - 190.0, plot()->height() - 190.0) / decades;
    const double line = (metrics.height() + 2) / pxPerDecade; // one label's height, in decades
    auto scenarioAt = [&](double x) {
        double value = 0;
        for (std::size_t i = 0; i + 1 < years_.size(); ++i)
            if (x >= years_[i].year && x <= years_[i + 1].year + 1)
                value = std::max({value, years_[i].whPerQuery, years_[i + 1].whPerQuery});
        return value;
    };

    struct Label {
        double x, width, y; // y in decades
    };
    std::vector<Label> labels;
    std::vector<std::size_t> byValue(placed.size());
    for (std::size_t i = 0; i < byValue.size(); ++i)
        byValue[i] = i;
    std::sort(byValue.begin(), byValue.end(),
              [&](std::size_t a, std::size_t b) { return placed[a].e->wh.high < placed[b].e->wh.high; });
    std::vector<QString> texts(placed.size());
    std::vector<double> labelY(placed.size());
    for (std::size_t i : byValue) {
        const RequestEnergy& r = *placed[i].e;
        const double value = (r.wh.low + r.wh.high) / 2;
        const auto number = s.citations.numberOf(r.source);
        texts[i] = QStringLiteral("%1%2 %3 Wh")
                       .arg(number ? QStringLiteral("[%1] ").arg(*number) : QString(), dataText(r.label),
                            locale().toString(value, 'g', 3));
        const double x = placed[i].x + 6 / pxPerYear;
        const double width = (metrics.horizontalAdvance(texts[i]) + 14) / pxPerYear;
        double y = std::log10(value);
        // Clear of the scenario's line under the label.
        for (double at : {x, x + width / 2, x + width})
            if (const double under = scenarioAt(at); under > 0)
                y = std::max(y, std::log10(under) + line);
        // Each move is upward past another label (with a margin, so rounding cannot leave it touching).
        for (bool moved = true; moved;) {
            moved = false;
            for (const Label& other : labels)
                if (x < other.x + other.width && other.x < x + width && std::abs(y - other.y) < line) {
                    y = other.y + line * 1.01;
                    moved = true;
                }
        }
        labels.push_back({x, width, y});
        labelY[i] = y;
    }

    std::map<EvidenceKind, QCPGraph*> kinds;
    double topLabel = 0;
    for (std::size_t i = 0; i < placed.size(); ++i) {
        const RequestEnergy& r = *placed[i].e;
        const double x = placed[i].x;
        QCPGraph*& g = kinds[r.kind];
        if (!g) {
            const QColor colour(r.kind == EvidenceKind::Measurement ? palette::kDatacentres
                                : r.kind == EvidenceKind::Estimate  ? palette::kCo2
                                                                    : palette::kTraining);
            const auto shape = r.kind == EvidenceKind::Measurement ? QCPScatterStyle::ssDisc
                               : r.kind == EvidenceKind::Estimate  ? QCPScatterStyle::ssDiamond
                                                                   : QCPScatterStyle::ssSquare;
            g = addGraph();
            g->setObjectName(QStringLiteral("evidence_") + QString::fromUtf8(evidenceKindKey(r.kind).data()));
            g->setName(r.kind == EvidenceKind::Measurement ? tr("Published: measured")
                       : r.kind == EvidenceKind::Estimate  ? tr("Published: estimated")
                                                           : tr("Published: a company's statement, no method"));
            g->setLineStyle(QCPGraph::lsNone);
            g->setPen(QPen(colour, 2.5));
            g->setScatterStyle(QCPScatterStyle(
                shape, QPen(colour, 2.5),
                r.kind == EvidenceKind::Measurement ? QBrush(colour) : QBrush(palette().color(QPalette::Base)),
                r.kind == EvidenceKind::Measurement ? 11 : 13));
        }
        const double value = (r.wh.low + r.wh.high) / 2;
        g->addData(x, value);
        const auto number = s.citations.numberOf(r.source);
        if (number && !citedNumbers_.contains(*number))
            citedNumbers_.append(*number);
        evidenceLabels_.append(texts[i]);
        const double at = std::pow(10, labelY[i]);
        topLabel = std::max(topLabel, labelY[i]);
        QCPItemText* text = addText();
        text->setText(texts[i]);
        text->setFont(font);
        text->setColor(g->pen().color());
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        text->position->setCoords(x + 6 / pxPerYear, at);
        if (std::abs(labelY[i] - std::log10(value)) > line / 3) {
            auto* leader = new QCPItemLine(plot());
            leader->start->setCoords(x, value);
            leader->end->setCoords(x + 6 / pxPerYear, at);
            QColor faint = g->pen().color();
            faint.setAlpha(120);
            leader->setPen(QPen(faint, 1));
        }
        const QString kind = evidenceKindText(r.kind);
        QStringList lines{texts[i] + QStringLiteral(" (") + kind + QLatin1Char(')'), QString::fromStdString(r.scope),
                          tr("Published %1; about %2").arg(publicationDateText(r.published, locale())).arg(r.year)};
        if (!r.note.empty())
            lines.append(QString::fromStdString(r.note));
        lines.append(tr("Verification: %1").arg(levelText(r.level, *s.data)));
        evidence_.push_back({x, r.wh.low, r.wh.high, [text = lines.join(QLatin1Char('\n'))] { return text; }});
    }
    std::sort(citedNumbers_.begin(), citedNumbers_.end());
    // The legend takes about the top third: the highest label stays below it, on a whole decade.
    constexpr double kLegendShare = 0.3;
    const double lower = std::log10(yRange.lower);
    const double upper = std::ceil(lower + (topLabel + line - lower) / (1 - kLegendShare) - 1e-9);
    if (upper > std::log10(yRange.upper))
        plot()->yAxis->setRangeUpper(std::pow(10, upper));
}

QString PerQueryChartPage::evidenceTooltip(int index) const
{
    return index >= 0 && index < int(evidence_.size()) ? evidence_[std::size_t(index)].said() : QString();
}

QString PerQueryChartPage::readout(int year) const
{
    const YearResult* y = resultFor(years_, year);
    if (!y)
        return QString();
    return tr("%1 · %2 Wh per request").arg(year).arg(locale().toString(y->whPerQuery, 'g', 3));
}

} // namespace gridshare::gui
