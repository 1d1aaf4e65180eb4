// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Citation labels ("[n]") standing on their markers: where several crowd, each rises just clear of
// the labels below it and of the other markers (a point, or a range's end caps). Where even a raised
// axis leaves no room, as in a small figure with many sources at one year, neighbouring labels of one
// colour become one ("[9–11]"), as a reference list would cite them. The work is done in pixels, after
// the plot is laid out and before it is drawn (on screen and in every export), so it holds at any size.

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPointer>
#include <QString>

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
    double spreadWithinRange(); // returns the top of the highest label, in pixels
    double spreadOnce();
    bool mergeNeighbours(); // false when no two labels can become one
    // A label's text width, measured once for its text and font: every layout spreads the labels
    // several times, and their texts are the same at each slider step.
    double advanceOf(const QCPItemText& text);

    QCustomPlot* plot_;
    struct Label {
        QPointer<QCPItemText> text;
        int gap;
        double low;
        QString own; // its text and colour before any merging
        QColor ownColour;
        std::vector<int> ownCited; // its own number; empty where its text is not "[n]"
        std::vector<int> cited;    // the numbers it shows
        bool shown = true;         // false once merged into another
    };
    std::vector<Label> labels_;
    std::vector<QPointer<QCPGraph>> lines_;
    std::optional<QCPRange> chartRange_; // the value axis' range as the chart set it
    QFont advancesFont_;
    QHash<QString, double> advances_; // in advancesFont_
};

} // namespace gridshare::gui
