// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/chart_page.h"

#include "document/scenario_document.h"
#include "gui/charts/chart_graph.h"
#include "gui/charts/chart_plot.h"
#include "gui/charts/crowded_labels.h"
#include "gui/charts/legend_icon_stamps.h"
#include "gui/charts/measured_text.h"
#include "gui/charts/range_bar_pool.h"
#include "gui/charts/scatter_stamps.h"
#include "gui/charts/screen_grid.h"
#include "gui/charts/screen_legend.h"
#include "gui/charts/shaped_axis_painter.h"
#include "gui/charts/shaped_text.h"
#include "gui/charts/shaped_text_item.h"
#include "gui/charts/text_item_pool.h"
#include "gui/fonts.h"
#include "gui/themes.h"

#include <qcustomplot.h>

#include <QTextLayout>
#include <QVBoxLayout>
#include <QWindow>

#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <utility>

namespace gridshare::gui {
namespace {

constexpr const char* kReusableLine = "gridshareReusableLine"; // a graph addLine or addMarkers made
constexpr int kTitleMargin = 24;                               // the title keeps this far from the chart's edges
constexpr int kLegendInsideFrom = 760;                         // narrower charts show the legend under the plot,
constexpr int kLegendInsideFromHeight = 480;                   // and so do shorter ones (presentation's large type),
constexpr int kLegendRightFrom = 1000; // unless they are wide enough to give it a column at the right

// The text broken into lines no wider than width, where the language allows a break (between
// words, or between Chinese characters); a word wider than the line stays whole.
QString wrapped(const QString& text, const QFont& font, double width)
{
    if (text.isEmpty() || width <= 0)
        return text;
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, font);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
    }
    return lines.join(QLatin1Char('\n'));
}

// A median's dots as a dotted line with round caps draws them (two widths of ink, one of gap), with
// flat caps: round ones make every dot two curves to stroke, most of the time a chart spent
// stroking its lines.
QPen medianPen(QPen pen)
{
    pen.setCapStyle(Qt::FlatCap);
    pen.setDashPattern({2, 1});
    return pen;
}

} // namespace

double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0})
        if (value <= step * magnitude)
            return step * magnitude;
    return 10 * magnitude;
}

double sideBySide(int index, int count)
{
    constexpr double kSpacing = 0.25; // figures of one year sit side by side...
    constexpr double kWidth = 1.1;    // ...within about a year
    const double spacing = count > 1 ? std::min(kSpacing, kWidth / (count - 1)) : kSpacing;
    return (index - (count - 1) / 2.0) * spacing;
}

std::vector<double> sideBySideYears(const std::vector<std::pair<int, double>>& figures)
{
    std::map<int, int> perYear;
    for (const auto& [year, value] : figures)
        ++perYear[year];
    std::vector<std::size_t> order(figures.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return figures[a] < figures[b]; });
    std::vector<double> xs(figures.size());
    std::map<int, int> placed;
    for (std::size_t i : order) {
        const int year = figures[i].first;
        xs[i] = year + sideBySide(placed[year]++, perYear[year]);
    }
    return xs;
}

ChartPage::ChartPage(QWidget* parent)
    : QWidget(parent), plot_(new ChartPlot(this)), legendSizes_(std::make_shared<LegendEntrySizes>()),
      shapes_(std::make_shared<ShapedTexts>()), stamps_(std::make_shared<ScatterStamps>()),
      icons_(std::make_shared<LegendIconStamps>()), texts_(std::make_unique<TextItemPool>(plot_, shapes_)),
      bars_(std::make_unique<RangeBarPool>(plot_)),
      bandsWait_(this, [this] { plot_->replot(QCustomPlot::rpQueuedReplot); })
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    plot_->setNoAntialiasingOnDrag(false);
    // Everything antialiased except fills, which each plottable decides (setAntialiasedFill): the
    // plot's setting would override it; and grid lines, which run straight across at whole pixels:
    // drawn crisp, a pixel wide, rather than smeared over two rows, and several times faster.
    plot_->setAntialiasedElements(
        QCP::AntialiasedElements(QCP::aeAll & ~(QCP::aeFills | QCP::aeGrid | QCP::aeSubGrid | QCP::aeZeroLine)));
    plot_->setPlottingHint(QCP::phCacheLabels, true);
    plot_->setAutoAddPlottableToLegend(false); // addGraph and addToLegend add measured entries
    ScreenLegend::install(*plot_);             // its box filled, not stroked, on screen
    plot_->plotLayout()->insertRow(0);
    plot_->plotLayout()->insertRow(1);
    title_ = new MeasuredTextElement(plot_, QString(), chartFont(1.45, true));
    subtitle_ = new MeasuredTextElement(plot_, QString(), chartFont(1.0));
    title_->shapeWith(shapes_);
    subtitle_->shapeWith(shapes_);
    for (QCPAxis* axis : plot_->axisRect()->axes()) {
        ShapedAxisPainter::install(*axis, shapes_); // axis titles shaped once
        ScreenGrid::install(*axis);                 // grid lines filled, not stroked, on screen
    }
    plot_->plotLayout()->addElement(0, 0, title_);
    plot_->plotLayout()->addElement(1, 0, subtitle_);
    plot_->plotLayout()->setRowSpacing(0);
    // One paint buffer for the whole chart: every buffer is cleared and blended onto the window on
    // each replot, a large part of a slider step's cost. QCustomPlot's own "overlay" layer (unused
    // here) would take one of its own. Hover marks live on their own layer, which gets a buffer only
    // while they are shown, so moving the mouse repaints only them (setHoverBuffered).
    plot_->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical);
    plot_->addLayer(QStringLiteral("hover"), nullptr, QCustomPlot::limAbove);
    plot_->layer(QStringLiteral("hover"))->setMode(QCPLayer::lmLogical);
    connect(plot_, &QCustomPlot::mouseMove, this, &ChartPage::onMouseMove);
    plot_->setMouseTracking(true);
    plot_->installEventFilter(this);
    plot_->setAccessibleName(tr("Chart"));
}

void ChartPage::follow(const ScenarioDocument& document)
{
    document_ = &document;
    connect(&document, &ScenarioDocument::snapshotChanged, this,
            [this](const SnapshotPtr& snapshot) { showPublished(snapshot, false); });
    connect(&document, &ScenarioDocument::bandsArrived, this,
            [this](const SnapshotPtr& snapshot) { showPublished(snapshot, true); });
    connect(&document, &ScenarioDocument::sobolArrived, this, &ChartPage::showSobol);
    showPublished(document.snapshot(), false);
}

void ChartPage::showSobol(const SnapshotPtr& snapshot)
{
    if (drawsSobol())
        showPublished(snapshot, false);
    else if (!outOfDate_ && snapshot_)
        snapshot_ = snapshot; // what it draws is the same: nothing to redraw
}

void ChartPage::showPublished(const SnapshotPtr& snapshot, bool onlyBands)
{
    if (waitsToBeShown())
        outOfDate_ = true;
    else if (onlyBands)
        displayNewBands(snapshot);
    else
        display(snapshot);
}

bool ChartPage::waitsToBeShown() const
{
    // Hidden within its window (another tab chosen), not merely off screen: a window not shown yet
    // (its first frame, a screenshot, a test) draws its chosen view as if it were shown.
    return document_ && !isVisibleTo(window());
}

void ChartPage::display(const SnapshotPtr& snapshot)
{
    snapshot_ = snapshot;
    outOfDate_ = false;
    if (!snapshot_)
        return;
    ++drawings_;
    draw(*snapshot_);
    dropUnusedLines();
    texts_->dropUnused();
    bars_->dropUnused();
    axisLabels_.clear();
    for (QCPAxis* axis : plot_->axisRect()->axes())
        axisLabels_.append({axis, axis->label()});
    fitText(plot_->size());
    replotWhenBandsIn(document_ && snapshot_->bandsPending);
}

void ChartPage::displayNewBands(const SnapshotPtr& snapshot)
{
    if (!snapshot || !snapshot_ || !updateBands(*snapshot)) {
        display(snapshot);
        return;
    }
    snapshot_ = snapshot;
    replotWhenBandsIn(false);
}

void ChartPage::replotWhenBandsIn(bool bandsComing)
{
    // New values' bands follow from a worker thread a millisecond or two later: the chart waits for
    // them, up to a frame, and is drawn once with both rather than now and again when they arrive.
    if (bandsComing) {
        bandsWait_.start();
        return;
    }
    bandsWait_.stop();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

bool ChartPage::setBandData(const QVector<double>& years, const QList<BandSeries>& bands)
{
    QList<std::pair<QCPGraph*, const QVector<double>*>> graphs;
    for (const BandSeries& band : bands)
        for (const auto& [suffix, values] :
             {std::pair{"_p10", &band.p10}, std::pair{"_p50", &band.p50}, std::pair{"_p90", &band.p90}}) {
            QCPGraph* graph = graphNamed(band.name + QLatin1String(suffix));
            if (!graph)
                return false;
            graphs.append({graph, values});
        }
    for (const auto& [graph, values] : graphs)
        graph->setData(years, *values, true);
    return true;
}

void ChartPage::redraw()
{
    if (waitsToBeShown())
        outOfDate_ = true;
    else if (snapshot_)
        display(snapshot_);
}

void ChartPage::setProjectionsVisible(bool visible)
{
    if (visible == projectionsVisible_)
        return;
    projectionsVisible_ = visible;
    if (drawsProjections())
        redraw();
}

QColor ChartPage::foreground() const
{
    return palette().color(QPalette::WindowText);
}

QFont ChartPage::chartFont(double scale, bool bold) const
{
    return layoutFont(font(), scale, bold);
}

void ChartPage::beginDrawing()
{
    // The lines addLine drew last time are kept, to be given the new data if this drawing asks for
    // the same ones in the same order (a slider step does): a step then creates no graphs, and no
    // legend entries. Every other plottable is drawn anew.
    reusable_.clear();
    nextReusable_ = 0;
    QList<QCPAbstractPlottable*> others;
    for (int i = 0; i < plot_->plottableCount(); ++i) {
        QCPAbstractPlottable* p = plot_->plottable(i);
        auto* graph = qobject_cast<QCPGraph*>(p);
        if (graph && graph->property(kReusableLine).toBool())
            reusable_.append(graph);
        else
            others.append(p);
    }
    for (QCPAbstractPlottable* p : others)
        plot_->removePlottable(p);
    // Text items and range bars are kept, to be given out again for this drawing's labels and bars
    // (text_item_pool.h, range_bar_pool.h); every other item is drawn anew.
    QList<QCPAbstractItem*> otherItems;
    for (int i = 0; i < plot_->itemCount(); ++i)
        if (!texts_->reclaim(plot_->item(i)) && !bars_->reclaim(plot_->item(i)))
            otherItems.append(plot_->item(i));
    for (QCPAbstractItem* item : std::as_const(otherItems))
        plot_->removeItem(item);
    readout_ = nullptr;
    tracers_.clear();
    hoverGraphs_.clear();
    endLabels_.clear();
    for (auto* axis : plot_->axisRect()->axes())
        axis->setVisible(false);
    // The value axis' top label stands half above the plot: room for it under the subtitle. The plot
    // keeps off the right edge as the title does (bars and lines would touch it). A page asks for
    // more where its labels need it.
    plot_->axisRect()->setMinimumMargins(QMargins(0, QFontMetrics(chartFont(1.1)).height() / 2 + 2, kTitleMargin, 0));

    const QColor text = foreground();
    const QColor base = palette().color(QPalette::Base);
    // Faint solid grid lines (as light as the dotted ones were: a dotted line is half ink), black
    // in high contrast. Solid lines are one stroke each where dots are hundreds of segments: charts
    // repaint and export to PDF faster, and PDFs are smaller (BENCHMARKS.md).
    QColor grid = text;
    grid.setAlpha(highContrast() ? 255 : 24);
    plot_->setBackground(base);
    // The axis rectangle shows the chart's background: a fill of its own, the same colour, would
    // paint the plot's whole area once more at every replot.
    plot_->axisRect()->setBackground(Qt::NoBrush);
    for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis, plot_->yAxis2}) {
        axis->setBasePen(QPen(text, 1));
        axis->setTickPen(QPen(text, 1));
        axis->setSubTickPen(QPen(text, 1));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->setTickLabelFont(chartFont(1.1));
        axis->setLabelFont(chartFont(1.15));
        axis->grid()->setPen(QPen(grid, highContrast() ? 0.6 : 1));
        axis->grid()->setZeroLinePen(QPen(grid, 1));
    }
    plot_->xAxis->setVisible(true);
    plot_->yAxis->setVisible(true);
    plot_->xAxis->grid()->setVisible(false);
    title_->setTextColor(text);
    subtitle_->setTextColor(text);
    title_->setFont(chartFont(1.45, true)); // the type can change size (presentation mode)
    subtitle_->setFont(chartFont(1.0));
    placeLegend(LegendPlace::Inside);
    plot_->legend->setVisible(true);
    plot_->legend->setFont(chartFont(1.05));
    plot_->legend->setTextColor(text);
    legendBrush_ = QBrush(base);
    fillLegend();
    QColor border = text;
    border.setAlpha(highContrast() ? 255 : 40);
    legendBorder_ = QPen(border);
    plot_->legend->setBorderPen(legendBorder_);
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    readout_ = addText();
    readout_->setLayer(QStringLiteral("hover"));
    readout_->setPositionAlignment(Qt::AlignTop | Qt::AlignRight);
    readout_->position->setType(QCPItemPosition::ptAxisRectRatio);
    readout_->position->setCoords(0.99, 0.01);
    readout_->setFont(chartFont(1.1, true));
    readout_->setColor(text);
    readout_->setBrush(QBrush(base));
    readout_->setPadding(QMargins(6, 4, 6, 4));
    readout_->setVisible(false);
}

void ChartPage::setTitle(const QString& title, const QString& subtitle)
{
    titleText_ = title;
    subtitleText_ = subtitle;
    title_->setText(title);
    subtitle_->setText(subtitle);
}

QString ChartPage::title() const
{
    return titleText_;
}

void ChartPage::fitText(QSize size)
{
    if (size.isEmpty())
        return;
    // An axis title runs along its axis: lay the chart out with the titles whole to learn how long
    // the axes are, then wrap each onto as many lines as its axis needs.
    for (const auto& [axis, label] : std::as_const(axisLabels_))
        axis->setLabel(label);
    // Under the plot, as many entries a row as the widest of them allows.
    int widestEntry = 1;
    const auto columnsAt = [&](double typeScale) {
        plot_->legend->setFont(chartFont(typeScale)); // QCPLegend passes it on to every entry
        widestEntry = 1;
        for (int i = 0; i < plot_->legend->itemCount(); ++i)
            if (const QCPAbstractLegendItem* entry = plot_->legend->item(i)) // cells of a wrapped grid may be empty
                widestEntry = std::max(widestEntry, entry->minimumOuterSizeHint().width());
        return std::clamp((size.width() - 24) / (widestEntry + plot_->legend->columnSpacing()), 1, 4);
    };
    // A long legend in one narrow column would take the plot's height: its type steps down first.
    int columns = columnsAt(1.05);
    if (columns == 1 && plot_->legend->itemCount() > 4)
        columns = columnsAt(0.85);
    LegendPlace place = LegendPlace::Inside;
    int legendWidth = 0; // taken from the title's width when the legend has a column of its own
    if (plot_->legend->visible()
        && (legendOutside_ || size.width() < kLegendInsideFrom || size.height() < kLegendInsideFromHeight)) {
        place = LegendPlace::Below;
        if (size.width() >= kLegendRightFrom) {
            const int below = columns;
            columnsAt(1.05);
            legendWidth = widestEntry + 28;
            if (legendWidth <= size.width() * 0.36)
                place = LegendPlace::Right;
            else
                columns = columnsAt(below == 1 ? 0.85 : 1.05);
        }
    }
    placeLegend(place, columns);
    const double width = size.width() - 2 * kTitleMargin - (place == LegendPlace::Right ? legendWidth : 0);
    title_->setText(wrappedOnce(titleText_, title_->font(), width));
    subtitle_->setText(showsSubtitle_ ? wrappedOnce(subtitleText_, subtitle_->font(), width) : QString());
    const QRect viewport = plot_->viewport();
    plot_->setViewport(QRect(QPoint(0, 0), size));
    for (auto phase : {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins, QCPLayoutElement::upLayout})
        plot_->plotLayout()->update(phase);
    for (const auto& [axis, label] : std::as_const(axisLabels_)) {
        const bool vertical = axis->orientation() == Qt::Vertical;
        const QRect rect = plot_->axisRect()->rect();
        axis->setLabel(wrappedOnce(label, axis->labelFont(), vertical ? rect.height() : rect.width()));
    }
    fitYearTicks();
    fitPlotArea(plot_->axisRect()->rect());
    plot_->setViewport(viewport);
}

QString ChartPage::wrappedOnce(const QString& text, const QFont& font, double width)
{
    for (const WrappedText& w : wrappedTexts_)
        if (w.width == width && w.text == text && w.font == font)
            return w.lines;
    constexpr std::size_t kKept = 16; // the titles and axis titles of a few sizes and languages
    if (wrappedTexts_.size() >= kKept)
        wrappedTexts_.erase(wrappedTexts_.begin());
    wrappedTexts_.push_back({text, font, width, wrapped(text, font, width)});
    return wrappedTexts_.back().lines;
}

void ChartPage::fitYearTicks()
{
    // Every year where the labels have room, else every second (or third...), counted back from the
    // last so the end year is always named.
    if (lastYear_ <= firstYear_ || !qSharedPointerDynamicCast<QCPAxisTickerText>(plot_->xAxis->ticker()))
        return;
    const double perYear = plot_->axisRect()->width() / std::max(1.0, plot_->xAxis->range().size());
    const double needed = QFontMetricsF(plot_->xAxis->tickLabelFont()).horizontalAdvance(QStringLiteral("2030")) + 8;
    const int step = std::max(1, int(std::ceil(needed / perYear)));
    if (step == yearStep_)
        return;
    yearStep_ = step;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int year = lastYear_; year >= firstYear_; year -= step)
        ticker->addTick(year, QString::number(year));
    plot_->xAxis->setTicker(ticker);
}

void ChartPage::setYears(int first, int last, double leftMargin, double rightMargin)
{
    firstYear_ = first;
    lastYear_ = last;
    // Years as plain labels: a number ticker would group them ("2,030").
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int year = first; year <= last; ++year)
        ticker->addTick(year, QString::number(year));
    plot_->xAxis->setTicker(ticker);
    yearStep_ = 1;
    plot_->xAxis->setRange(first - leftMargin, last + rightMargin);
    plot_->xAxis->setLabel(tr("Year"));
}

ChartPage::YearSpan ChartPage::setYearsBeside(const Evaluation& e, const std::vector<const Projection*>& projections)
{
    int first = e.baseYear;
    int atEndYear = 0;
    for (const Projection* p : projections) {
        first = std::min(first, p->year);
        atEndYear += p->year == e.endYear;
    }
    const double offset = 0.15 + (atEndYear > 0 ? sideBySide(atEndYear - 1, atEndYear) + 0.1 : 0);
    setYears(first, e.endYear, 0.5, offset + 0.75);
    return {first, offset};
}

ChartPage::~ChartPage() = default;

QCPGraph* ChartPage::addLine(const QString& objectName, const QString& legendName, QRgb colour,
                             const QVector<double>& years, const QVector<double>& values, Qt::PenStyle style,
                             double width)
{
    QCPGraph* graph = keptGraph(objectName, legendName);
    graph->setName(legendName);
    graph->setPen(QPen(lineColour(colour), highContrast() ? width * 1.5 : width, style, Qt::RoundCap, Qt::RoundJoin));
    graph->setData(years, values, true);
    return graph;
}

QCPGraph* ChartPage::addMarkers(const QString& objectName, const QString& legendName)
{
    QCPGraph* graph = keptGraph(objectName, legendName);
    graph->data()->clear();
    graph->setName(legendName);
    graph->setLineStyle(QCPGraph::lsNone);
    if (legendName.isEmpty())
        graph->removeFromLegend();
    return graph;
}

QCPGraph* ChartPage::keptGraph(const QString& objectName, const QString& legendName)
{
    if (QCPGraph* graph = reuseLine(objectName, legendName))
        return graph;
    QCPGraph* graph = addGraph();
    graph->setObjectName(objectName);
    graph->setProperty(kReusableLine, true);
    return graph;
}

QCPGraph* ChartPage::addGraph(QCPAxis* keyAxis, QCPAxis* valueAxis)
{
    // As QCustomPlot::addGraph, with the chart's own graph (chart_graph.h); it joins the plot as made.
    QCPGraph* graph = new ChartGraph(keyAxis ? keyAxis : plot_->xAxis, valueAxis ? valueAxis : plot_->yAxis, stamps_);
    addToLegend(graph);
    return graph;
}

void ChartPage::addToLegend(QCPAbstractPlottable* plottable)
{
    addMeasuredLegendEntry(plottable, legendSizes_, shapes_, icons_);
}

QCPItemText* ChartPage::addText()
{
    return texts_->take();
}

QCPGraph* ChartPage::reuseLine(const QString& objectName, const QString& legendName)
{
    // Only the next line kept from the last drawing, so the lines keep the order (on the chart and
    // in the legend) that drawing them anew would give; once one differs, the rest are drawn anew.
    if (nextReusable_ < reusable_.size()) {
        QCPGraph* graph = reusable_[nextReusable_];
        if (graph->objectName() == objectName && graph->valueAxis() == plot_->yAxis
            && (legendName.isEmpty() || plot_->legend->hasItemWithPlottable(graph))) {
            ++nextReusable_;
            // As a new graph starts: what the pages set after addLine is set again.
            graph->setBrush(Qt::NoBrush);
            graph->setChannelFillGraph(nullptr);
            graph->setAntialiasedFill(true);
            graph->setScatterStyle(QCPScatterStyle());
            graph->setLineStyle(QCPGraph::lsLine);
            return graph;
        }
    }
    dropUnusedLines();
    return nullptr;
}

void ChartPage::dropUnusedLines()
{
    for (qsizetype i = nextReusable_; i < reusable_.size(); ++i)
        plot_->removePlottable(reusable_[i]);
    reusable_.resize(nextReusable_);
}

double ChartPage::addPinnedLines(const ScenarioSnapshot& snapshot, double YearResult::*field, double scale)
{
    double top = 0;
    for (std::size_t i = 0; i < snapshot.pinned.size(); ++i) {
        const PinnedScenario& pin = snapshot.pinned[i];
        QVector<double> years;
        QVector<double> values;
        for (const auto& y : pin.evaluation.years) {
            years.append(y.year);
            values.append(y.*field * scale);
            top = std::max(top, values.back());
        }
        addLine(QStringLiteral("pinned_%1").arg(i), tr("Pinned: %1").arg(pin.name), pin.colour.rgb(), years, values,
                Qt::DashLine, 2.5);
    }
    return top;
}

double ChartPage::valueAxisTop(double top, double underLegend, double legendShare) const
{
    return niceCeiling(std::max(top * 1.12, underLegend / (1 - legendShare) * 1.05));
}

double ChartPage::legendShareByEntries(double perEntry)
{
    dropUnusedLines(); // the legend counts only what this drawing drew
    return std::min(0.45, perEntry * (plot_->legend->itemCount() + 1));
}

void ChartPage::addBands(const QVector<double>& years, const QList<BandSeries>& bands)
{
    for (const BandSeries& band : bands) {
        QCPGraph* low =
            addLine(band.name + QStringLiteral("_p10"), QString(), band.colour, years, band.p10, Qt::NoPen, 0);
        QCPGraph* high =
            addLine(band.name + QStringLiteral("_p90"), QString(), band.colour, years, band.p90, Qt::NoPen, 0);
        high->setBrush(bandBrush(band.colour));
        high->setChannelFillGraph(low);
        // A translucent fill between lines it does not stroke: without antialiasing its edges
        // step by at most a pixel of a faint colour, and it draws several times faster.
        high->setAntialiasedFill(false);
        // Dotted, unlike the dashed lines of pinned scenarios.
        QCPGraph* median =
            addLine(band.name + QStringLiteral("_p50"), QString(), band.colour, years, band.p50, Qt::DotLine, 1.5);
        median->setPen(medianPen(median->pen()));
        for (QCPGraph* g : {low, high, median})
            g->removeFromLegend();
    }
    const QRgb ink = foreground().rgb();
    QCPGraph* shading = addLine(QStringLiteral("bands_legend"), tr("P10–P90 range"), ink, {}, {}, Qt::NoPen, 0);
    shading->setBrush(bandBrush(ink));
    QCPGraph* medians = addLine(QStringLiteral("medians_legend"), tr("Median (P50)"), ink, {}, {}, Qt::DotLine, 1.5);
    medians->setPen(medianPen(medians->pen()));
}

void ChartPage::addEndLabel(QCPGraph* graph, QRgb colour, const QString& text, double offset)
{
    if (graph->dataCount() == 0)
        return;
    // Connected on first use, after the page's own layout work (crowded citation labels may raise
    // the value axis), so the labels are spread on the axis as drawn.
    if (!spreadsEndLabels_) {
        connect(plot_, &QCustomPlot::afterLayout, this, &ChartPage::spreadEndLabels);
        spreadsEndLabels_ = true;
    }
    const auto last = graph->data()->at(graph->dataCount() - 1);
    QCPItemText* label = addText();
    label->setText(text);
    label->setClipToAxisRect(false); // a value near zero still shows its whole label
    label->setFont(chartFont(1.2, true));
    label->setColor(textColour(colour));
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    label->position->setCoords(last->key + offset, last->value);
    endLabels_.push_back({label, last->value});
    // The label stands right of the plot: keep room for it there, whatever the type size.
    const int room = QFontMetrics(label->font()).horizontalAdvance(text) + 12;
    QMargins margins = plot_->axisRect()->minimumMargins();
    margins.setRight(std::max(margins.right(), room));
    plot_->axisRect()->setMinimumMargins(margins);
}

void ChartPage::spreadEndLabels()
{
    // From the lowest up, each at its value or just above the one below it.
    std::vector<EndLabel> labels = endLabels_;
    std::sort(labels.begin(), labels.end(), [](const EndLabel& a, const EndLabel& b) { return a.value < b.value; });
    double above = std::numeric_limits<double>::infinity(); // the top of the last label placed, in pixels
    for (const EndLabel& l : labels) {
        const double height = QFontMetricsF(l.text->font()).height();
        const double y = std::min(plot_->yAxis->coordToPixel(l.value), above - height / 2);
        l.text->position->setCoords(l.text->position->coords().x(), plot_->yAxis->pixelToCoord(y));
        above = y - height / 2;
    }
}

QCPItemLine* ChartPage::addRangeBar(double x, double low, double high, const QColor& colour, Qt::PenStyle style,
                                    bool capped)
{
    QCPItemLine* bar = bars_->take();
    bar->start->setCoords(x, low);
    bar->end->setCoords(x, high);
    bar->setPen(QPen(colour, 4, style, Qt::FlatCap));
    if (capped) {
        bar->setHead(QCPLineEnding(QCPLineEnding::esBar, 16));
        bar->setTail(QCPLineEnding(QCPLineEnding::esBar, 16));
    }
    return bar;
}

QCPScatterStyle ChartPage::rangeLegendStyle(const QColor& colour)
{
    QPainterPath beam;
    beam.moveTo(-4, -6);
    beam.lineTo(4, -6);
    beam.moveTo(0, -6);
    beam.lineTo(0, 6);
    beam.moveTo(-4, 6);
    beam.lineTo(4, 6);
    return QCPScatterStyle(beam, QPen(colour, 3), Qt::NoBrush, 13);
}

QString ChartPage::projectionLabel(const ScenarioSnapshot& s, const Projection& p)
{
    const auto number = s.citations.numberOf(p.source);
    if (!number)
        return {};
    return p.own ? tr("[%1] (yours)").arg(*number) : QStringLiteral("[%1]").arg(*number);
}

QCPItemText* ChartPage::addCitationLabel(CrowdedLabels& labels, const QString& text, const QColor& colour, double x,
                                         double low, double high, bool markerOnTop)
{
    QCPItemText* label = addText();
    label->setText(text);
    label->setFont(chartFont(1.0, true));
    label->setColor(textColour(colour.rgb()));
    label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    label->position->setCoords(x, high);
    labels.add(label, high > low && !markerOnTop ? 6 : 9, low);
    return label;
}

bool ChartPage::highContrast() const
{
    return isHighContrast(palette());
}

QColor ChartPage::lineColour(QRgb colour) const
{
    const QColor base = palette().color(QPalette::Base);
    const bool darkBase = contrastRatio(base, Qt::black) < contrastRatio(base, Qt::white);
    return highContrast() || darkBase ? readableOn(QColor(colour), base, 3) : QColor(colour);
}

QColor ChartPage::textColour(QRgb colour) const
{
    return readableOn(QColor(colour), palette().color(QPalette::Base), highContrast() ? 7 : 4.5);
}

QBrush ChartPage::bandBrush(QRgb colour) const
{
    if (highContrast())
        return QBrush(lineColour(colour), Qt::BDiagPattern);
    QColor fill(colour);
    fill.setAlpha(45);
    return fill;
}

QBrush ChartPage::areaBrush(QRgb colour) const
{
    QColor fill(colour);
    fill.setAlpha(highContrast() ? 255 : 150);
    return fill;
}

QCPGraph* ChartPage::graphNamed(const QString& name) const
{
    for (int i = 0; i < plot_->graphCount(); ++i)
        if (QCPGraph* g = plot_->graph(i); g->objectName() == name && reusable_.indexOf(g) < nextReusable_)
            return g; // not a line of the last drawing this one has not drawn (yet)
    return nullptr;
}

QString ChartPage::readoutText() const
{
    return readout_ && readout_->visible() ? readout_->text() : QString();
}

bool ChartPage::event(QEvent* event)
{
    // QCustomPlot ignores the palette: restyle when it changes (dark mode, high contrast).
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        redraw();
    // Shown to its parent (its tab chosen), even in a window not yet on screen: catch up.
    if ((event->type() == QEvent::ShowToParent || event->type() == QEvent::Show) && outOfDate_)
        display(document_->snapshot());
    if (event->type() == QEvent::Leave)
        hideReadout();
    return QWidget::event(event);
}

void ChartPage::placeLegend(LegendPlace place, int columns)
{
    QCPLegend* legend = plot_->legend;
    QCPLayoutGrid* grid = plot_->plotLayout();
    const LegendPlace now = legend->layout() == grid                               ? LegendPlace::Below
                            : legend->layout() == plot_->axisRect()->insetLayout() ? LegendPlace::Inside
                                                                                   : LegendPlace::Right;
    if (place == LegendPlace::Below && now == LegendPlace::Below && legend->wrap() != columns) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    }
    if (place == now)
        return;
    if (now == LegendPlace::Inside) {
        plot_->axisRect()->insetLayout()->take(legend);
    } else if (now == LegendPlace::Below) {
        grid->take(legend);
        grid->simplify();
    } else {
        auto* column = qobject_cast<QCPLayoutGrid*>(legend->layout());
        column->take(legend);
        grid->remove(column); // deletes the empty column
        grid->simplify();
    }
    switch (place) {
    case LegendPlace::Below: {
        const int row = grid->rowCount();
        grid->addElement(row, 0, legend);
        grid->setRowStretchFactor(row, 0.001); // as tall as its entries, no taller
        legend->setWrap(columns);              // set first, as the fill order rearranges by it
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        legend->setBorderPen(Qt::NoPen); // a frame across the whole width would only box the text
        legend->setMargins(QMargins(12, 4, 12, 4));
        break;
    }
    case LegendPlace::Right: {
        int row = 0;
        while (row < grid->rowCount() && grid->element(row, 0) != plot_->axisRect())
            ++row;
        // In a column of its own, at the top: an empty row under it takes the height to spare, so
        // the entries keep their spacing.
        auto* column = new QCPLayoutGrid;
        grid->addElement(row, 1, column);
        grid->setColumnStretchFactor(1, 0.001); // as wide as its entries, no wider
        column->addElement(0, 0, legend);
        column->expandTo(2, 1);
        column->setRowStretchFactors({0.001, 1});
        legend->setWrap(0);
        legend->setFillOrder(QCPLayoutGrid::foRowsFirst);
        legend->setBorderPen(Qt::NoPen);
        legend->setMargins(QMargins(12, 4, 16, 4));
        break;
    }
    case LegendPlace::Inside:
        legend->setWrap(0);
        legend->setFillOrder(QCPLayoutGrid::foRowsFirst);
        legend->setBorderPen(legendBorder_);
        plot_->axisRect()->insetLayout()->addElement(legend, Qt::AlignTop | Qt::AlignLeft);
        break;
    }
    fillLegend(); // moved in or out of the plot
}

void ChartPage::fillLegend()
{
    // Inside the plot, the legend's box hides the grid lines under it. Below or beside the plot
    // nothing is under it but the chart's background, of the colour it would be filled with.
    const bool inside = plot_->legend->layout() == plot_->axisRect()->insetLayout();
    plot_->legend->setBrush(inside ? legendBrush_ : QBrush(Qt::NoBrush));
}

void ChartPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitText(plot_->size());
}

void ChartPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Follow the window to other screens, whose pixel ratio may differ (1x, 1.5x, 2x).
    QWindow* handle = window()->windowHandle();
    if (handle && handle != watchedWindow_) {
        watchedWindow_ = handle;
        connect(handle, &QWindow::screenChanged, this, &ChartPage::matchPixelRatio);
    }
    matchPixelRatio();
}

void ChartPage::matchPixelRatio()
{
    // QCustomPlot 2.1 reads the device pixel ratio once, when it is created: tell it when it changes,
    // or the chart is drawn blurred (or too small) on the new screen.
    const double ratio = devicePixelRatioF();
    if (plot_->bufferDevicePixelRatio() != ratio) {
        plot_->setBufferDevicePixelRatio(ratio);
        plot_->replot(QCustomPlot::rpQueuedReplot);
    }
}

void ChartPage::onMouseMove(QMouseEvent* event)
{
    if (!readout_ || firstYear_ == lastYear_)
        return;
    const double x = plot_->xAxis->pixelToCoord(event->position().x());
    const int year = static_cast<int>(std::lround(x));
    const QString text = (year >= firstYear_ && year <= lastYear_) ? readout(year) : QString();
    if (text.isEmpty()) {
        hideReadout();
        return;
    }
    readout_->setText(text);
    readout_->setVisible(true);
    while (tracers_.size() < hoverGraphs_.size()) {
        auto* tracer = new QCPItemTracer(plot_);
        tracer->setLayer(QStringLiteral("hover"));
        tracer->setStyle(QCPItemTracer::tsCircle);
        tracer->setSize(11);
        tracers_.append(tracer);
    }
    for (int i = 0; i < hoverGraphs_.size(); ++i) {
        tracers_[i]->setGraph(hoverGraphs_[i]);
        tracers_[i]->setGraphKey(year);
        tracers_[i]->setPen(QPen(hoverGraphs_[i]->pen().color(), 2));
        tracers_[i]->setBrush(palette().color(QPalette::Base));
        tracers_[i]->setVisible(true);
    }
    setHoverBuffered(true);
}

void ChartPage::hideReadout()
{
    if (!readout_ || !readout_->visible())
        return;
    readout_->setVisible(false);
    for (auto* tracer : tracers_)
        tracer->setVisible(false);
    setHoverBuffered(false);
}

void ChartPage::setHoverBuffered(bool buffered)
{
    // A layer that changes mode invalidates the buffers, so its replot redraws the whole chart
    // once; after that a buffered hover layer redraws alone.
    QCPLayer* hover = plot_->layer(QStringLiteral("hover"));
    hover->setMode(buffered ? QCPLayer::lmBuffered : QCPLayer::lmLogical);
    hover->replot();
}

} // namespace gridshare::gui
