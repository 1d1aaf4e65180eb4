// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The views other than the grid share: energy by component (stacked), annual cost, energy per
// request, and water with CO₂.

#include "gui/charts/chart_page.h"
#include "gui/charts/chart_views.h"
#include "gui/charts/marker_tooltips.h"

namespace gridshare::gui {

class SeriesChartPage : public ChartPage {
    Q_OBJECT

public:
    explicit SeriesChartPage(ChartView view, QWidget* parent = nullptr);
    ChartView view() const { return view_; }

    QList<int> citedNumbers() const override { return citedNumbers_; }
    // Energy per request: what hovering over the n-th measured or estimated figure says, and its label.
    QString evidenceTooltip(int index) const;
    QStringList evidenceLabels() const { return evidenceLabels_; }

protected:
    void draw(const ScenarioSnapshot& snapshot) override;
    QString readout(int year) const override;

private:
    void drawEnergy(const ScenarioSnapshot& s, const QVector<double>& years);
    void drawCost(const ScenarioSnapshot& s, const QVector<double>& years);
    void drawPerQuery(const ScenarioSnapshot& s, const QVector<double>& years);
    void drawWater(const ScenarioSnapshot& s, const QVector<double>& years);
    void drawRequestEvidence(const ScenarioSnapshot& s);

    ChartView view_;
    std::vector<YearResult> years_;
    QString currency_;
    double costScale_ = 1;
    QString costUnit_;
    QList<int> citedNumbers_;
    QStringList evidenceLabels_;
    std::vector<MarkerTooltip> evidence_;
};

} // namespace gridshare::gui
