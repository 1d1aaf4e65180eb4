// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/chart_series.h"

#include <qcustomplot.h>

#include <algorithm>

namespace gridshare::gui {

QVector<double> yearsOf(const std::vector<YearResult>& years)
{
    QVector<double> out;
    for (const auto& y : years)
        out.append(y.year);
    return out;
}

QVector<double> valuesOf(const std::vector<YearResult>& years, double YearResult::*field, double scale)
{
    QVector<double> values;
    for (const auto& y : years)
        values.append(y.*field * scale);
    return values;
}

QVector<double> sum(const QVector<double>& a, const QVector<double>& b)
{
    QVector<double> out(a.size());
    for (int i = 0; i < a.size(); ++i)
        out[i] = a[i] + b[i];
    return out;
}

const YearResult* resultFor(const std::vector<YearResult>& years, int year)
{
    const auto it = std::find_if(years.begin(), years.end(), [year](const YearResult& y) { return y.year == year; });
    return it == years.end() ? nullptr : &*it;
}

void fitY(QCPAxis* axis, const QVector<double>& values, double atLeast)
{
    const double top = std::max(atLeast, values.isEmpty() ? 1 : *std::max_element(values.begin(), values.end()));
    axis->setRange(0, top > 0 ? top * 1.15 : 1);
}

} // namespace gridshare::gui
