// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/forecasts_chart_page.h"

#include "common/data_text.h"
#include "common/evidence_text.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace gridshare::gui {
namespace {

constexpr double kTwhPerGwYear = 8.76; // 1 GW for a year is 8.76 TWh

} // namespace

ForecastsChartPage::ForecastsChartPage(QWidget* parent)
    : ChartPage(parent), years_(new QComboBox(this)), measure_(new QComboBox(this)), crowdedLabels_(plot())
{
    // The choices sit above the chart; exports and the report draw the chart alone.
    auto* bar = new QHBoxLayout;
    auto* yearLabel = new QLabel(tr("Target &year"), this);
    yearLabel->setBuddy(years_);
    auto* measureLabel = new QLabel(tr("&Measure"), this);
    measureLabel->setBuddy(measure_);
    years_->setAccessibleName(tr("Target year"));
    measure_->setAccessibleName(tr("Measure"));
    measure_->addItem(tr("Energy (TWh)"));
    measure_->addItem(tr("Power (GW)"));
    bar->addWidget(yearLabel);
    bar->addWidget(years_);
    bar->addSpacing(16);
    bar->addWidget(measureLabel);
    bar->addWidget(measure_);
    bar->addStretch(1);
    static_cast<QVBoxLayout*>(layout())->insertLayout(0, bar);
    connect(years_, &QComboBox::activated, this, [this](int index) { setTargetYear(years_->itemData(index).toInt()); });
    connect(measure_, &QComboBox::activated, this, [this](int index) { setPower(index == 1); });
    connect(plot(), &QCustomPlot::mouseMove, this, &ForecastsChartPage::showTooltip);
}

void ForecastsChartPage::setTargetYear(int year)
{
    targetYear_ = year;
    redraw();
}

void ForecastsChartPage::setPower(bool power)
{
    power_ = power;
    measure_->setCurrentIndex(power ? 1 : 0);
    redraw();
}

QString ForecastsChartPage::editionTooltip(int index) const
{
    return index >= 0 && index < int(markers_.size()) ? markers_[std::size_t(index)].said() : QString();
}

// The target years with at least one projection for the region, the default among them.
void ForecastsChartPage::fillYears(const ScenarioSnapshot& s)
{
    std::vector<int> years{kDefaultTargetYear, targetYear_};
    for (const Projection* p : allProjectionsFor(*s.data, s.resolved.region))
        years.push_back(p->year);
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    const QSignalBlocker block(years_);
    years_->clear();
    for (int year : years)
        years_->addItem(QString::number(year), year);
    years_->setCurrentIndex(years_->findData(targetYear_));
}

void ForecastsChartPage::draw(const ScenarioSnapshot& s)
{
    beginDrawing();
    citedNumbers_.clear();
    labels_.clear();
    markers_.clear();
    crowdedLabels_.clear();
    joined_ = 0;
    if (!s.data)
        return;
    fillYears(s);
    const QString region = s.regionName;

    std::vector<ProjectionSeries> series;
    for (ProjectionMeasure measure :
         power_ ? std::vector<ProjectionMeasure>{ProjectionMeasure::Capacity, ProjectionMeasure::AverageLoad,
                                                 ProjectionMeasure::Peak}
                : std::vector<ProjectionMeasure>{ProjectionMeasure::Energy}) {
        auto found = editionsFor(*s.data, s.resolved.region, targetYear_, measure);
        series.insert(series.end(), found.begin(), found.end());
    }

    // The scenario's value in the target year, when it is one of the evaluated years.
    const YearResult* scenario = nullptr;
    for (const auto& y : s.evaluation.years)
        if (y.year == targetYear_)
            scenario = &y;

    double first = 1e9, last = -1e9, top = 0;
    std::map<QString, QCPGraph*> kinds;
    auto markersOf = [&](const Projection& p, QColor colour) {
        const QString name = QStringLiteral("edition_%1_%2")
                                 .arg(QString::fromUtf8(projectionMeasureKey(p.measure).data()),
                                      QString::fromUtf8(projectionScopeKey(p.scope).data()));
        QCPGraph*& g = kinds[name];
        if (!g) {
            g = addGraph();
            g->setObjectName(name);
            g->setName(power_ ? tr("Published: %1, %2").arg(measureText(p.measure), scopeText(p.scope))
                              : tr("Published: %1").arg(scopeText(p.scope)));
            g->setLineStyle(QCPGraph::lsNone);
            g->setPen(QPen(colour, 2.5));
            g->setScatterStyle(
                QCPScatterStyle(projectionShape(p), QPen(colour, 2.5), QBrush(palette().color(QPalette::Base)), 13));
        }
        return g;
    };
    QCPGraph* joinLegend = nullptr;
    QColor joinColour = foreground();
    joinColour.setAlpha(140);
    for (const ProjectionSeries& one : series) {
        QVector<double> xs, mids;
        for (const Projection* p : one.editions) {
            std::optional<ValueRange> value = power_ ? p->gw : twhOnChart(*p, s.evaluation);
            if (!value)
                continue;
            const double x = *decimalYear(p->published);
            first = std::min(first, x);
            last = std::max(last, x);
            top = std::max(top, value->high);
            const QColor colour(p->scope == ProjectionScope::AiOnly ? palette::kAi : palette::kDatacentres);
            if (value->isRange())
                addRangeBar(x, value->low, value->high, colour);
            markersOf(*p, colour)->addData(x, (value->low + value->high) / 2);
            xs.append(x);
            mids.append((value->low + value->high) / 2);

            const auto number = s.citations.numberOf(p->source);
            const QString label = projectionLabel(s, *p);
            labels_.append(label);
            if (number && !citedNumbers_.contains(*number))
                citedNumbers_.append(*number);
            addCitationLabel(crowdedLabels_, label, colour, x, value->low, value->high);

            QStringList lines{QStringLiteral("%1 %2 (%3)")
                                  .arg(label, dataText(p->label), publicationDateText(p->published, locale())),
                              tr("%1, %2").arg(projectionValueText(*p, locale()), scopeText(p->scope))};
            if (!power_ && !p->twh && p->share) {
                const ValueRange twh = *value;
                lines.append(tr("Published as a share: %1 with this scenario's national consumption.")
                                 .arg(energyText(twh, locale())));
            }
            if (!p->note.empty())
                lines.append(QString::fromStdString(p->note));
            lines.append(tr("Verification: %1").arg(levelText(p->level, *s.data)));
            markers_.push_back({x, value->low, value->high, [text = lines.join(QLatin1Char('\n'))] { return text; }});
        }
        if (xs.size() >= 2) {
            QCPGraph* line = addLine(QStringLiteral("joined_%1").arg(QString::fromStdString(one.key)),
                                     joinLegend ? QString() : tr("One publisher's editions, joined"), joinColour.rgba(),
                                     xs, mids, Qt::SolidLine, 2);
            line->setPen(QPen(joinColour, 2));
            if (joinLegend)
                line->removeFromLegend();
            else
                joinLegend = line;
            ++joined_;
        }
    }
    std::sort(citedNumbers_.begin(), citedNumbers_.end());

    // The scenario's own value for the target year, as a horizontal line across the chart.
    const QString unit = power_ ? tr("GW") : tr("TWh");
    if (markers_.empty()) {
        first = s.evaluation.baseYear - 1;
        last = s.evaluation.baseYear;
    }
    const int firstYear = int(std::floor(first));
    const int lastYear = int(std::ceil(last));
    setYears(firstYear, lastYear, 0.4, 0.9);
    plot()->xAxis->setLabel(tr("Publication date"));
    if (scenario) {
        for (const auto& [twh, colour, name] :
             {std::tuple{scenario->datacenterTwh, palette::kDatacentres, tr("This scenario, all data centres")},
              std::tuple{scenario->aiTwh, palette::kAi, tr("This scenario, AI")}}) {
            if (colour == palette::kAi && (power_ || !kinds.count(QStringLiteral("edition_energy_ai"))))
                continue; // the AI line only beside projections of AI energy
            const double value = power_ ? twh / kTwhPerGwYear : twh;
            top = std::max(top, value);
            addLine(colour == palette::kAi ? QStringLiteral("scenario_ai") : QStringLiteral("scenario"),
                    power_ ? tr("This scenario's average load") : name, colour, {firstYear - 0.4, lastYear + 0.9},
                    {value, value}, Qt::DashLine, 2.5);
            QCPItemText* text = addText();
            text->setText(QStringLiteral("%1 %2").arg(locale().toString(value, 'f', value < 100 ? 1 : 0), unit));
            text->setFont(chartFont(1.1, true));
            text->setColor(QColor(colour));
            text->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
            text->position->setCoords(lastYear + 0.85, value);
        }
    }
    // The legend stands in the top left, over the scenario's lines and the earliest editions: they
    // get headroom; what is drawn to its right may rise higher.
    const double legendRight = firstYear - 0.4 + 0.45 * (lastYear + 1.3 - firstYear);
    double underLegend = scenario ? (power_ ? scenario->datacenterTwh / kTwhPerGwYear : scenario->datacenterTwh) : 0;
    for (const MarkerTooltip& m : markers_)
        if (m.x < legendRight)
            underLegend = std::max(underLegend, m.high);
    plot()->yAxis->setRange(0, valueAxisTop(top, underLegend, legendShareByEntries(0.06)));
    plot()->yAxis->setLabel(power_ ? tr("GW in %1").arg(targetYear_) : tr("TWh in %1").arg(targetYear_));
    const QString subject = power_ ? tr("Data-centre power") : tr("Data-centre electricity");
    setTitle(tr("How forecasts moved — %1").arg(region),
             markers_.empty() ? tr("%1 in %2 · no published projection for this year").arg(subject).arg(targetYear_)
                              : tr("%1 in %2 · lines join a publisher's editions · numbers in brackets are sources")
                                    .arg(subject)
                                    .arg(targetYear_));
}

void ForecastsChartPage::showTooltip(QMouseEvent* event)
{
    showMarkerTooltip(markers_, plot(), event);
}

} // namespace gridshare::gui
