// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Power, as grid planners count it: the scenario's data-centre capacity and average load and the
// AI part's average load in GW, year by year, with the AI band (and the capacity's, where the data
// centres' other electricity and the load factor are not ranged), pinned scenarios and the region's
// published GW projections, each marked by what it measures (capacity, average load, peak demand)
// and numbered as in the citations panel.

#include "gui/charts/chart_page.h"
#include "gui/charts/crowded_labels.h"
#include "gui/charts/marker_tooltips.h"

namespace gridshare::gui {

class PowerChartPage : public ChartPage {
    Q_OBJECT

public:
    explicit PowerChartPage(QWidget* parent = nullptr);

    QList<int> citedNumbers() const override { return citedNumbers_; }
    bool showsBands() const override { return showsBands_; }
    bool drawsProjections() const override { return true; }

    // The published GW projections drawn (the region's, up to the end year), by year; their "[n]"
    // labels and what hovering over each says, in the same order.
    const std::vector<const Projection*>& drawnProjections() const { return drawn_; }
    QStringList citationLabels() const { return citationLabels_; }
    QString projectionTooltip(int index) const;

protected:
    void draw(const ScenarioSnapshot& snapshot) override;
    QString readout(int year) const override;

private:
    void drawBands(const ScenarioSnapshot& snapshot, const QVector<double>& years);
    // Returns the highest value drawn.
    double drawProjections(const ScenarioSnapshot& snapshot);

    std::vector<const Projection*> drawn_;
    QStringList citationLabels_;
    QList<int> citedNumbers_; // each number once, as the citations list them
    std::vector<MarkerTooltip> markers_;
    CrowdedLabels crowdedLabels_;
    bool showsBands_ = false;
    std::vector<YearResult> years_;
};

} // namespace gridshare::gui
