// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The tornado: how far the end year's AI share moves when each parameter goes to the low and high
// end of its range (or by the stated step), largest first. Clicking a bar selects its control.

#include "gui/charts/chart_page.h"

namespace gridshare::gui {

class SensitivityChartPage : public ChartPage {
    Q_OBJECT

public:
    explicit SensitivityChartPage(QWidget* parent = nullptr);

    // The parameters in drawing order, top bar first.
    const std::vector<Param>& order() const { return order_; }
    // Emits parameterClicked for the bar at this position in order(), as a click on it would.
    void clickBar(int index);
    // How many of the bars the chart's height has room for at its last fitText (the top ones).
    int shownBars() const { return shown_; }
    bool drawsSobol() const override { return true; }

signals:
    void parameterClicked(gridshare::Param p);

protected:
    void draw(const ScenarioSnapshot& snapshot) override;
    QString readout(int) const override { return QString(); }
    void fitPlotArea(const QRect& axisRect) override;

private:
    std::vector<Param> order_;
    int shown_ = 0;
};

} // namespace gridshare::gui
