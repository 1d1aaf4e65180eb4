// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every chart view shares: a QCustomPlot styled from the widget's palette, a title with a
// subtitle, one tick per year and a hover readout of the year under the mouse.

#include "document/bands_wait.h"
#include "document/colours.h"
#include "document/scenario_snapshot.h"

#include <QBrush>
#include <QByteArray>
#include <QFont>
#include <QPen>
#include <QWidget>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QCustomPlot;
class QCPAbstractPlottable;
class QCPAxis;
class QCPGraph;
class QCPItemLine;
class QCPItemText;
class QCPItemTracer;
class QCPScatterStyle;
class QCPTextElement;
class QMouseEvent;
class QShowEvent;
class QWindow;

namespace gridshare::gui {

inline constexpr int kReplacedAlpha = 110; // published editions replaced by a newer one are drawn faded

class CrowdedLabels;
struct LegendEntrySizes;
class MeasuredTextElement;
class ScenarioDocument;
class LegendIconStamps;
class RangeBarPool;
class TextItemPool;
class ScatterStamps;
class ShapedTexts;

// The first round value (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten) at or above value:
// the top of a value axis.
double niceCeiling(double value);
// Where the index-th of count published figures for one year stands, in years from it: side by
// side, within about a year.
double sideBySide(int index, int count);
// Where each published figure (its year, and a value that orders it) stands on a time axis: those of
// one year side by side, lower values further left, so a crowded year's labels rise with them.
std::vector<double> sideBySideYears(const std::vector<std::pair<int, double>>& figures);

class ChartPage : public QWidget {
    Q_OBJECT

public:
    explicit ChartPage(QWidget* parent = nullptr);
    ~ChartPage() override;

    QCustomPlot* plot() const { return plot_; }

    // Shows the document's evaluations from now on: each one as it is published, and only the new
    // bands when just they arrived. A page that is hidden (another view's tab is chosen) only notes
    // that it is out of date, and draws the document's latest when it is shown.
    void follow(const ScenarioDocument& document);
    // Draws the snapshot and keeps it, to redraw when the palette changes.
    void display(const SnapshotPtr& snapshot);
    // Draws the kept snapshot again (a page's own choices changed); a hidden page that follows the
    // document waits until it is shown.
    void redraw();
    // Shows a snapshot that differs from the one shown only by its uncertainty bands (they arrived
    // from their worker thread): redraws only the bands where the page can, else all of it.
    void displayNewBands(const SnapshotPtr& snapshot);
    // The snapshot drawn last.
    const SnapshotPtr& shownSnapshot() const { return snapshot_; }
    // How many times the page has drawn a snapshot whole (tests: a hidden page does not draw).
    int drawings() const { return drawings_; }

    // The graph with this object name, for tests and exports.
    QCPGraph* graphNamed(const QString& name) const;

    QString title() const;
    QString subtitle() const { return subtitleText_; } // as set, before fitText wraps it

    // The citation numbers drawn on the chart, for an exported figure's footer.
    virtual QList<int> citedNumbers() const { return {}; }
    // The table a CSV export of this view writes, where it is not the yearly table of the scenario.
    virtual std::optional<QByteArray> csvTable() const { return std::nullopt; }
    // Whether the chart shades uncertainty bands, which the footer then explains.
    virtual bool showsBands() const { return false; }
    // Whether the chart draws the Sobol indices, which arrive after the bands.
    virtual bool drawsSobol() const { return false; }

    // Views that draw published projections can hide them, to reveal them in a talk; the page redraws.
    virtual bool drawsProjections() const { return false; }
    void setProjectionsVisible(bool visible);
    bool projectionsVisible() const { return projectionsVisible_; }

    // What the hover readout says now; empty while it is hidden.
    QString readoutText() const;

    // Lays the titles and axis titles out for a chart of this size: long ones wrap onto more lines
    // rather than run off the edge. The window calls it as the chart resizes; an export calls it for
    // the figure's size, then again for the widget's.
    void fitText(QSize size);

    // Presentation mode leaves the subtitle out: the slide's own title names the scenario.
    void setShowsSubtitle(bool shows) { showsSubtitle_ = shows; }

protected:
    virtual void draw(const ScenarioSnapshot& snapshot) = 0;
    // Gives the drawn band graphs the snapshot's bands, when nothing else on the chart would change;
    // false to have the whole chart drawn.
    virtual bool updateBands(const ScenarioSnapshot& snapshot)
    {
        Q_UNUSED(snapshot);
        return false;
    }

    // Called by fitText once the plot is laid out at its size, with the axis rectangle: a chart whose
    // labels depend on the room they get (the tornado's rows) fits them here.
    virtual void fitPlotArea(const QRect& axisRect) { Q_UNUSED(axisRect); }

    // Clears everything drawn for the previous snapshot and restyles from the palette.
    void beginDrawing();
    void setTitle(const QString& title, const QString& subtitle);
    void setYears(int first, int last, double leftMargin = 0.5, double rightMargin = 0.5);
    // The evaluated years and, before them, those of the published projections drawn, with room at
    // the right for the lines' end values beside any projections of the end year. Returns the first
    // year and how far right of the end year the end values stand.
    struct YearSpan {
        int first;
        double endLabelOffset;
    };
    YearSpan setYearsBeside(const Evaluation& evaluation, const std::vector<const Projection*>& projections);
    // A graph with its legend entry (removeFromLegend where it needs none), on the plot's x and y
    // axes unless others are given. The plot adds no entries itself: the page adds entries that
    // measure their text once and draw it shaped once.
    QCPGraph* addGraph(QCPAxis* keyAxis = nullptr, QCPAxis* valueAxis = nullptr);
    // The legend entry of a plottable the page made itself (bars), as addGraph gives a graph.
    void addToLegend(QCPAbstractPlottable* plottable);
    // A text item that draws its text shaped once on screen.
    QCPItemText* addText();
    QCPGraph* addLine(const QString& objectName, const QString& legendName, QRgb colour, const QVector<double>& years,
                      const QVector<double>& values, Qt::PenStyle style = Qt::SolidLine, double width = 3);
    // An empty graph for markers (points, no line), with its legend entry unless legendName is empty.
    // Kept for the next drawing as addLine's lines are: a step that draws the same kinds of
    // markers creates no graphs and no legend entries.
    QCPGraph* addMarkers(const QString& objectName, const QString& legendName);

    // Dashed lines of one result for each pinned scenario, in its colour; returns their largest value
    // so the axis can include them.
    double addPinnedLines(const ScenarioSnapshot& snapshot, double YearResult::*field, double scale = 1);

    // The top of the value axis: above the highest value drawn (top) and, with the legend in the
    // plot's top-left corner taking legendShare of its height, above the highest value drawn under it.
    double valueAxisTop(double top, double underLegend, double legendShare) const;
    // The share of the plot's height the legend takes in its corner, at perEntry for each entry.
    double legendShareByEntries(double perEntry);
    // The legend beside or under the plot, never in its corner: for views whose legend is long and
    // whose values fill the corner.
    void setLegendOutside(bool outside) { legendOutside_ = outside; }

    // One shaded P10-P90 band and its dotted median for each series, and one legend entry for the
    // shading and one for the medians, in the text's colour, standing for every band.
    struct BandSeries {
        QString name; // the graphs are name_p10, name_p50 and name_p90
        QRgb colour;
        QVector<double> p10, p50, p90;
    };
    void addBands(const QVector<double>& years, const QList<BandSeries>& bands);
    // New data for bands addBands drew; false when one of them is not drawn.
    bool setBandData(const QVector<double>& years, const QList<BandSeries>& bands);

    // The value at a line's last point, right of the plot in the line's colour. Labels that would
    // overlap are moved apart once the chart is laid out.
    void addEndLabel(QCPGraph* graph, QRgb colour, const QString& text, double offset);

    // A published range: a bar with end caps from low to high.
    // Without caps where markers stand on its ends.
    QCPItemLine* addRangeBar(double x, double low, double high, const QColor& colour,
                             Qt::PenStyle style = Qt::SolidLine, bool capped = true);
    // The legend's sign for such a bar: an I-beam.
    static QCPScatterStyle rangeLegendStyle(const QColor& colour);
    // A projection's citation label: "[n]", "[n] (yours)" for one the user imported, empty when its
    // source is not cited.
    static QString projectionLabel(const ScenarioSnapshot& s, const Projection& p);
    // A published figure's "[n]" on top of its marker (a point at high, or a bar down to low, capped
    // or with a marker on top), kept clear of the others by labels.
    QCPItemText* addCitationLabel(CrowdedLabels& labels, const QString& text, const QColor& colour, double x,
                                  double low, double high, bool markerOnTop = false);

    // The text shown for the year under the mouse; empty hides the readout.
    virtual QString readout(int year) const = 0;
    // The graphs the readout marks with a dot.
    void setHoverGraphs(QList<QCPGraph*> graphs) { hoverGraphs_ = std::move(graphs); }

    QColor foreground() const;
    QFont chartFont(double scale = 1.0, bool bold = false) const;

    // Colours from the chart palette as this theme draws them. High contrast (themes.h) widens
    // lines, hatches bands and fills areas solid; on dark and high-contrast backgrounds a line is
    // brought to 3:1 against it, and chart text everywhere to 4.5:1 (7:1 in high contrast).
    bool highContrast() const;
    QColor lineColour(QRgb colour) const;
    QColor textColour(QRgb colour) const;
    QBrush bandBrush(QRgb colour) const; // an uncertainty band
    QBrush areaBrush(QRgb colour) const; // a stacked area

    bool event(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // Whether a hidden page waits to be shown rather than draw now: one that follows the document
    // and would not be seen were its window shown.
    bool waitsToBeShown() const;
    void showPublished(const SnapshotPtr& snapshot, bool onlyBands);
    void showSobol(const SnapshotPtr& snapshot);
    void replotWhenBandsIn(bool bandsComing);
    void onMouseMove(QMouseEvent* event);
    void hideReadout();
    void setHoverBuffered(bool buffered);
    // The graph kept from the last drawing for this one, or a new graph kept for the next.
    QCPGraph* keptGraph(const QString& objectName, const QString& legendName);
    QCPGraph* reuseLine(const QString& objectName, const QString& legendName);
    void dropUnusedLines();
    void matchPixelRatio();
    void spreadEndLabels();
    // A title or axis title broken into lines for a width, as wrapped last for the same text, font
    // and width: fitText runs at every drawing, and they rarely change.
    QString wrappedOnce(const QString& text, const QFont& font, double width);
    // The legend inside the plot's corner, or in rows of `columns` entries under it where the
    // chart is too narrow or too short to keep it off the data.
    // Inside the plot's top-left corner, under the plot in `columns` columns, or in a column at its
    // right (short, wide charts: a slide, presentation mode), where height is scarcer than width.
    enum class LegendPlace { Inside, Below, Right };
    void placeLegend(LegendPlace place, int columns = 2);
    void fillLegend();

    QCustomPlot* plot_;
    std::shared_ptr<LegendEntrySizes> legendSizes_; // the legend's entries, measured once
    std::shared_ptr<ShapedTexts> shapes_;           // legend entries and text items, shaped once
    std::shared_ptr<ScatterStamps> stamps_;         // the graphs' scatter marks, drawn once
    std::shared_ptr<LegendIconStamps> icons_;       // the legend's icons, drawn once
    std::unique_ptr<TextItemPool> texts_;           // text items, kept from one drawing to the next
    std::unique_ptr<RangeBarPool> bars_;            // range bars, kept as the text items are
    QWindow* watchedWindow_ = nullptr;
    const ScenarioDocument* document_ = nullptr; // followed, when the page shows the document
    SnapshotPtr snapshot_;
    bool outOfDate_ = false; // hidden while the document changed: draws when shown
    BandsWait bandsWait_;    // see replotWhenBandsIn
    int drawings_ = 0;
    MeasuredTextElement* title_ = nullptr;
    MeasuredTextElement* subtitle_ = nullptr;
    // As drawn, before fitText wraps them.
    QString titleText_;
    QString subtitleText_;
    QList<QPair<QCPAxis*, QString>> axisLabels_;
    struct WrappedText {
        QString text;
        QFont font;
        double width;
        QString lines;
    };
    std::vector<WrappedText> wrappedTexts_;
    QPen legendBorder_;
    QBrush legendBrush_; // the legend's fill inside the plot
    bool showsSubtitle_ = true;
    bool projectionsVisible_ = true;
    bool legendOutside_ = false;
    struct EndLabel {
        QCPItemText* text;
        double value;
    };
    std::vector<EndLabel> endLabels_;
    bool spreadsEndLabels_ = false;
    QCPItemText* readout_ = nullptr;
    QList<QCPItemTracer*> tracers_;
    QList<QCPGraph*> hoverGraphs_;
    QList<QCPGraph*> reusable_; // the lines of the last drawing, in order
    qsizetype nextReusable_ = 0;
    int firstYear_ = 0;
    int lastYear_ = 0;
    int yearStep_ = 1; // years between labelled ticks, more where they would collide
    void fitYearTicks();
};

} // namespace gridshare::gui
