// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The water and CO₂ of AI's electricity: water on the left axis, CO₂ dashed on the right.

#include "gui/charts/chart_page.h"

namespace gridshare::gui {

class WaterChartPage : public ChartPage {
    Q_OBJECT

public:
    using ChartPage::ChartPage;

protected:
    void draw(const ScenarioSnapshot& s) override;
    QString readout(int year) const override;

private:
    std::vector<YearResult> years_;
};

} // namespace gridshare::gui
