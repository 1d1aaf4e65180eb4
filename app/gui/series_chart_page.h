#pragma once
// The views other than the grid share: energy by component (stacked), annual cost, energy per
// request, and water with CO₂.

#include "chart_page.h"
#include "chart_views.h"

namespace gridshare::gui {

class SeriesChartPage : public ChartPage {
    Q_OBJECT

public:
    explicit SeriesChartPage(ChartView view, QWidget* parent = nullptr);
    ChartView view() const { return view_; }

protected:
    void draw(const ScenarioSnapshot& snapshot) override;
    QString readout(int year) const override;

private:
    void drawEnergy(const ScenarioSnapshot& s, const QVector<double>& years);
    void drawCost(const ScenarioSnapshot& s, const QVector<double>& years);
    void drawPerQuery(const ScenarioSnapshot& s, const QVector<double>& years);
    void drawWater(const ScenarioSnapshot& s, const QVector<double>& years);

    ChartView view_;
    std::vector<YearResult> years_;
    QString currency_;
    double costScale_ = 1;
    QString costUnit_;
};

} // namespace gridshare::gui
