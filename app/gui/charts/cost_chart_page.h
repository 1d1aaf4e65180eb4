// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What AI's electricity costs each year, as bars in the scenario's currency.

#include "gui/charts/chart_page.h"

namespace gridshare::gui {

class CostChartPage : public ChartPage {
    Q_OBJECT

public:
    using ChartPage::ChartPage;

protected:
    void draw(const ScenarioSnapshot& s) override;
    QString readout(int year) const override;

private:
    std::vector<YearResult> years_;
    double costScale_ = 1;
    QString costUnit_;
};

} // namespace gridshare::gui
