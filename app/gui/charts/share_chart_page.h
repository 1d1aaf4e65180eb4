// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main view: AI and data-centre shares of national electricity, year by year, with the
// uncertainty band and the published projections numbered as in the citations panel.

#include "gui/charts/chart_page.h"
#include "gui/charts/crowded_labels.h"
#include "gui/charts/marker_tooltips.h"

namespace gridshare::gui {

class ShareChartPage : public ChartPage {
    Q_OBJECT

public:
    explicit ShareChartPage(QWidget* parent = nullptr);

    // The "[n]" labels drawn beside published projections, in drawing order.
    QStringList citationLabels() const;
    QList<int> citedNumbers() const override { return citedNumbers_; }
    bool showsBands() const override { return showsBands_; }

    bool drawsProjections() const override { return true; }

    // What hovering over the n-th drawn projection says (its source, value, date and level; for one
    // published only in TWh, the consumption that placed it), in drawing order.
    QString projectionTooltip(int index) const;
    int projectionMarkerCount() const { return int(markers_.size()); }

protected:
    void draw(const ScenarioSnapshot& snapshot) override;
    QString readout(int year) const override;

private:
    bool updateBands(const ScenarioSnapshot& snapshot) override;
    void drawBands(const ScenarioSnapshot& snapshot, const QVector<double>& years);
    static QList<BandSeries> bandSeries(const std::vector<YearBands>& bands);
    // The top of the value axis with these bands drawn.
    double axisTopWith(const std::vector<YearBands>& bands);
    double drawProjections(const ScenarioSnapshot& snapshot);
    void showProjectionTooltip(QMouseEvent* event);

    std::vector<MarkerTooltip> markers_; // where each projection sits (percent), for its tooltip
    CrowdedLabels crowdedLabels_;

    QStringList citationLabels_;
    QList<int> citedNumbers_; // each number once, in drawing order
    bool showsBands_ = false;
    double endLabelOffset_ = 0.15;
    double legendRight_ = 0;         // the year under the legend's right edge
    double leftTop_ = 0;             // the highest value drawn left of it, in percent
    double topWithoutBands_ = 0;     // the highest value drawn, bands left out
    double leftTopWithoutBands_ = 0; // and left of the legend's edge
    double axisTop_ = 0;             // as drawn
    std::vector<YearResult> years_;
};

} // namespace gridshare::gui
