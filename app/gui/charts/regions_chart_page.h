// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Compare regions: the scenario's assumptions applied to several regions at once, each with its own
// data (gridshare/region_comparison.h), as one horizontal bar a region of the end year's share,
// largest at the top, with the base year's share marked on it.

#include "gui/charts/chart_page.h"

#include "gridshare/region_comparison.h"

#include <QStringList>

#include <optional>

namespace gridshare::gui {

class RegionsChartPage : public ChartPage {
    Q_OBJECT

public:
    enum class Measure { AiShare, DatacenterShare };

    explicit RegionsChartPage(QWidget* parent = nullptr);

    // The regions to compare, by id; empty for every region of the data. The caller redisplays.
    void setRegions(const QStringList& ids) { regions_ = ids; }
    const QStringList& regions() const { return regions_; }
    void setMeasure(Measure measure) { measure_ = measure; }
    Measure measure() const { return measure_; }

    // What the chart shows, in the order asked for, and the ids in drawing order, top bar first.
    const RegionComparison& comparison() const { return comparison_; }
    const std::vector<std::string>& order() const { return order_; }

    std::optional<QByteArray> csvTable() const override;

protected:
    void draw(const ScenarioSnapshot& snapshot) override;
    QString readout(int) const override { return QString(); }
    void fitPlotArea(const QRect& axisRect) override;

private:
    QStringList regions_;
    Measure measure_ = Measure::AiShare;
    RegionComparison comparison_;
    std::vector<std::string> order_;
    double largest_ = 0; // of the values drawn, in percent
    QList<class QCPItemText*> valueLabels_;
};

} // namespace gridshare::gui
