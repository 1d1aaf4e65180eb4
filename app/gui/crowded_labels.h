// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Citation labels ("[n]") standing on their markers: where several crowd, each rises just clear of
// the labels below it and of the other markers (a point, or a range's end caps). The work is done in pixels, after the plot is laid out and before it is drawn
// (on screen and in every export), so it holds at any size.

#include <QPointer>

#include <optional>
#include <vector>

#include <qcustomplot.h>

class QCustomPlot;
class QCPGraph;
class QCPItemText;

namespace gridshare::gui {

class CrowdedLabels {
public:
    explicit CrowdedLabels(QCustomPlot* plot);

    void clear()
    {
        labels_.clear();
        lines_.clear();
        chartRange_.reset();
    }
    // A label aligned bottom-centre on the top of its marker, with `gap` pixels between the two; the
    // marker reaches down to `low` (in the value axis' units; the label's own value for a point).
    void add(QCPItemText* text, int gap, double low);
    // The points of a line, which the labels keep clear of too.
    void avoid(QCPGraph* line) { lines_.emplace_back(line); }

private:
    void spread();
    double spreadOnce(); // returns the top of the highest label, in pixels

    QCustomPlot* plot_;
    struct Label {
        QPointer<QCPItemText> text;
        int gap;
        double low;
    };
    std::vector<Label> labels_;
    std::vector<QPointer<QCPGraph>> lines_;
    std::optional<QCPRange> chartRange_; // the value axis' range as the chart set it
};

} // namespace gridshare::gui
