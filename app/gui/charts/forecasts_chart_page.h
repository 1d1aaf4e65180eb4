// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How forecasts moved: for the scenario's region and a target year (2030 unless chosen), every
// published projection for that year at its publication date, a publisher's successive editions
// joined, and the scenario's own value for the year as a horizontal line. Energy in TWh (a share
// is placed with the scenario's consumption, as its tooltip says) or power in GW.

#include "gui/charts/chart_page.h"
#include "gui/charts/crowded_labels.h"
#include "gui/charts/marker_tooltips.h"

#include "gridshare/projections.h"

class QComboBox;

namespace gridshare::gui {

class ForecastsChartPage : public ChartPage {
    Q_OBJECT

public:
    explicit ForecastsChartPage(QWidget* parent = nullptr);

    static constexpr int kDefaultTargetYear = 2030;
    void setTargetYear(int year);
    int targetYear() const { return targetYear_; }
    // Power (GW: capacity, average load, peak) instead of energy (TWh).
    void setPower(bool power);
    bool showsPower() const { return power_; }

    QComboBox* targetYearBox() const { return years_; }
    QComboBox* measureBox() const { return measure_; }

    QList<int> citedNumbers() const override { return citedNumbers_; }
    // The drawn editions in drawing order: their "[n]" labels and what hovering over them says.
    QStringList citationLabels() const { return labels_; }
    QString editionTooltip(int index) const;
    // The series drawn with two or more editions, joined by a line.
    int joinedSeries() const { return joined_; }

protected:
    void draw(const ScenarioSnapshot& snapshot) override;
    QString readout(int) const override { return QString(); }

private:
    void fillYears(const ScenarioSnapshot& snapshot);
    void showTooltip(QMouseEvent* event);

    QComboBox* years_;
    QComboBox* measure_;
    int targetYear_ = kDefaultTargetYear;
    bool power_ = false;
    QList<int> citedNumbers_;
    QStringList labels_;
    std::vector<MarkerTooltip> markers_;
    CrowdedLabels crowdedLabels_;
    int joined_ = 0;
    std::string filledFor_; // the region the year list was filled for
};

} // namespace gridshare::gui
