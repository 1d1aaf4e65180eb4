// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Series taken from a scenario's yearly results, as the views that plot them over the years need them.

#include "gridshare/model.h"

#include <QVector>

#include <vector>

class QCPAxis;

namespace gridshare::gui {

QVector<double> yearsOf(const std::vector<YearResult>& years);
QVector<double> valuesOf(const std::vector<YearResult>& years, double YearResult::*field, double scale = 1);
QVector<double> sum(const QVector<double>& a, const QVector<double>& b);
// The result for a year, or null when the year was not evaluated (the hover readout's lookup).
const YearResult* resultFor(const std::vector<YearResult>& years, int year);
// A value axis from zero to a little above the largest value (and at least atLeast).
void fitY(QCPAxis* axis, const QVector<double>& values, double atLeast = 0);

} // namespace gridshare::gui
