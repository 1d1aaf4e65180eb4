// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every chart view shares: a QCustomPlot styled from the widget's palette, a title with a
// subtitle, one tick per year and a hover readout of the year under the mouse.

#include "scenario_snapshot.h"

#include <QBrush>
#include <QPen>
#include <QWidget>

class QCustomPlot;
class QCPAxis;
class QCPGraph;
class QCPItemText;
class QCPItemTracer;
class QCPTextElement;
class QMouseEvent;
class QShowEvent;
class QWindow;

namespace gridshare::gui {

namespace palette {
// Okabe-Ito: distinguishable with the common colour-vision deficiencies.
inline constexpr QRgb kAi = 0xD55E00;          // vermillion
inline constexpr QRgb kDatacentres = 0x0072B2; // blue
inline constexpr QRgb kTraining = 0xE69F00;    // orange
inline constexpr QRgb kOtherDc = 0x56B4E9;     // sky blue
inline constexpr QRgb kCost = 0x009E73;        // bluish green
inline constexpr QRgb kPerQuery = 0xCC79A7;    // reddish purple
inline constexpr QRgb kWater = 0x56B4E9;       // sky blue
inline constexpr QRgb kCo2 = 0x595959;         // dark grey
} // namespace palette

class ChartPage : public QWidget {
    Q_OBJECT

public:
    explicit ChartPage(QWidget* parent = nullptr);

    QCustomPlot* plot() const { return plot_; }

    // Draws the snapshot and keeps it, to redraw when the palette changes.
    void display(const SnapshotPtr& snapshot);
    // Draws the kept snapshot again (a page's own choices changed).
    void redraw();

    // The graph with this object name, for tests and exports.
    QCPGraph* graphNamed(const QString& name) const;

    QString title() const;

    // The citation numbers drawn on the chart, for an exported figure's footer.
    virtual QList<int> citedNumbers() const { return {}; }
    // Whether the chart shades uncertainty bands, which the footer then explains.
    virtual bool showsBands() const { return false; }

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

    // Clears everything drawn for the previous snapshot and restyles from the palette.
    void beginDrawing();
    void setTitle(const QString& title, const QString& subtitle);
    void setYears(int first, int last, double leftMargin = 0.5, double rightMargin = 0.5);
    QCPGraph* addLine(const QString& objectName, const QString& legendName, QRgb colour, const QVector<double>& years,
                      const QVector<double>& values, Qt::PenStyle style = Qt::SolidLine, double width = 3);

    // Dashed lines of one result for each pinned scenario, in its colour; returns their largest value
    // so the axis can include them.
    double addPinnedLines(const ScenarioSnapshot& snapshot, double YearResult::*field, double scale = 1);

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
    void onMouseMove(QMouseEvent* event);
    void hideReadout();
    void matchPixelRatio();
    // The legend inside the plot's corner, or in rows of `columns` entries under it where the
    // chart is too narrow or too short to keep it off the data.
    // Inside the plot's top-left corner, under the plot in `columns` columns, or in a column at its
    // right (short, wide charts: a slide, presentation mode), where height is scarcer than width.
    enum class LegendPlace { Inside, Below, Right };
    void placeLegend(LegendPlace place, int columns = 2);

    QCustomPlot* plot_;
    QWindow* watchedWindow_ = nullptr;
    SnapshotPtr snapshot_;
    QCPTextElement* title_ = nullptr;
    QCPTextElement* subtitle_ = nullptr;
    // As drawn, before fitText wraps them.
    QString titleText_;
    QString subtitleText_;
    QList<QPair<QCPAxis*, QString>> axisLabels_;
    QPen legendBorder_;
    bool showsSubtitle_ = true;
    QCPItemText* readout_ = nullptr;
    QList<QCPItemTracer*> tracers_;
    QList<QCPGraph*> hoverGraphs_;
    int firstYear_ = 0;
    int lastYear_ = 0;
    int yearStep_ = 1; // years between labelled ticks, more where they would collide
    void fitYearTicks();
};

} // namespace gridshare::gui
