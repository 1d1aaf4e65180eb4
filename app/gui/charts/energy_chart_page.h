// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Data-centre electricity by use, as stacked areas: other data centres, AI training, AI serving requests.

#include "gui/charts/chart_page.h"

namespace gridshare::gui {

class EnergyChartPage : public ChartPage {
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
