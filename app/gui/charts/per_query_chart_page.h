// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Electricity per AI request: the scenario's line on a log scale, with the published measurements,
// estimates and statements at their publication dates.

#include "gui/charts/chart_page.h"
#include "gui/charts/marker_tooltips.h"

namespace gridshare::gui {

class PerQueryChartPage : public ChartPage {
    Q_OBJECT

public:
    explicit PerQueryChartPage(QWidget* parent = nullptr);

    QList<int> citedNumbers() const override { return citedNumbers_; }
    // What hovering over the n-th measured or estimated figure says, and its label.
    QString evidenceTooltip(int index) const;
    QStringList evidenceLabels() const { return evidenceLabels_; }

protected:
    void draw(const ScenarioSnapshot& snapshot) override;
    QString readout(int year) const override;

private:
    void drawRequestEvidence(const ScenarioSnapshot& s);

    std::vector<YearResult> years_;
    QList<int> citedNumbers_;
    QStringList evidenceLabels_;
    std::vector<MarkerTooltip> evidence_;
};

} // namespace gridshare::gui
