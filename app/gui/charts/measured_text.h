// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// QCustomPlot measures every title and legend entry again, shaping its text anew, each time it lays
// a chart out: several times a replot, and again when a page fits its text to the chart's size.
// These elements measure once, for as long as their text, font and margins stay the same; what
// they draw is QCustomPlot's own. Legend entries also draw their text shaped once (shaped_text.h).

#include <qcustomplot.h>

#include <QHash>

#include <memory>
#include <optional>
#include <utility>

namespace gridshare::gui {

class ShapedTexts;

class MeasuredTextElement : public QCPTextElement {
public:
    using QCPTextElement::QCPTextElement;

    // Draws one line of text on screen from its shaped layout, kept in these.
    void shapeWith(std::shared_ptr<ShapedTexts> shapes) { shapes_ = std::move(shapes); }

protected:
    QSize minimumOuterSizeHint() const override;
    QSize maximumOuterSizeHint() const override;
    void draw(QCPPainter* painter) override;

private:
    struct Measured {
        QString text;
        QFont font;
        QMargins margins;
        QSize size;
        bool matches(const QCPTextElement& element) const;
    };
    mutable std::optional<Measured> minimum_;
    mutable std::optional<Measured> maximum_;
    std::shared_ptr<ShapedTexts> shapes_;
};

// Legend entries' sizes by their text, kept by a chart for its entries: the entries of graphs
// drawn anew at each drawing find theirs measured.
struct LegendEntrySizes {
    struct Entry {
        QFont font;
        QSize iconSize;
        int iconTextPadding;
        QMargins margins;
        QSize size;
    };
    QHash<QString, Entry> byText;
};

class LegendIconStamps;
class ShapedTexts;

// Drawn as QCPPlottableLegendItem draws; on screen, its text from shapes and its icon from icons,
// where given.
class MeasuredLegendItem : public QCPPlottableLegendItem {
public:
    MeasuredLegendItem(QCPLegend* legend, QCPAbstractPlottable* plottable, std::shared_ptr<LegendEntrySizes> sizes,
                       std::shared_ptr<ShapedTexts> shapes = nullptr,
                       std::shared_ptr<LegendIconStamps> icons = nullptr);

protected:
    QSize minimumOuterSizeHint() const override;
    void draw(QCPPainter* painter) override;

private:
    std::shared_ptr<LegendEntrySizes> sizes_;
    std::shared_ptr<ShapedTexts> shapes_;
    std::shared_ptr<LegendIconStamps> icons_;
};

// Gives the plottable a measured entry at the end of its plot's legend, where QCustomPlot adds a
// plain one to a plot that adds plottables to its legend itself; false when it has an entry.
bool addMeasuredLegendEntry(QCPAbstractPlottable* plottable, const std::shared_ptr<LegendEntrySizes>& sizes,
                            const std::shared_ptr<ShapedTexts>& shapes = nullptr,
                            const std::shared_ptr<LegendIconStamps>& icons = nullptr);

} // namespace gridshare::gui
