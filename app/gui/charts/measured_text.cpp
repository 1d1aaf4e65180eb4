// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/measured_text.h"

#include <utility>

namespace gridshare::gui {

bool MeasuredTextElement::Measured::matches(const QCPTextElement& element) const
{
    return text == element.text() && font == element.font() && margins == element.margins();
}

QSize MeasuredTextElement::minimumOuterSizeHint() const
{
    if (!minimum_ || !minimum_->matches(*this))
        minimum_ = Measured{text(), font(), margins(), QCPTextElement::minimumOuterSizeHint()};
    return minimum_->size;
}

QSize MeasuredTextElement::maximumOuterSizeHint() const
{
    if (!maximum_ || !maximum_->matches(*this))
        maximum_ = Measured{text(), font(), margins(), QCPTextElement::maximumOuterSizeHint()};
    return maximum_->size;
}

MeasuredLegendItem::MeasuredLegendItem(QCPLegend* legend, QCPAbstractPlottable* plottable,
                                       std::shared_ptr<LegendEntrySizes> sizes)
    : QCPPlottableLegendItem(legend, plottable), sizes_(std::move(sizes))
{}

QSize MeasuredLegendItem::minimumOuterSizeHint() const
{
    if (!mPlottable)
        return QCPPlottableLegendItem::minimumOuterSizeHint();
    const QFont font = getFont();
    const QSize iconSize = mParentLegend->iconSize();
    const int padding = mParentLegend->iconTextPadding();
    auto it = sizes_->byText.find(mPlottable->name());
    if (it == sizes_->byText.end() || it->font != font || it->iconSize != iconSize || it->iconTextPadding != padding
        || it->margins != margins())
        it = sizes_->byText.insert(
            mPlottable->name(), {font, iconSize, padding, margins(), QCPPlottableLegendItem::minimumOuterSizeHint()});
    return it->size;
}

void measureLegendEntriesOnce(QCPLegend* legend, const std::shared_ptr<LegendEntrySizes>& sizes)
{
    for (int i = 0; i < legend->elementCount(); ++i) {
        auto* entry = qobject_cast<QCPPlottableLegendItem*>(legend->elementAt(i));
        if (!entry || dynamic_cast<MeasuredLegendItem*>(entry))
            continue;
        int row = 0;
        int column = 0;
        legend->indexToRowCol(i, row, column);
        QCPAbstractPlottable* plottable = entry->plottable();
        legend->take(entry);
        delete entry;
        legend->addElement(row, column, new MeasuredLegendItem(legend, plottable, sizes));
    }
}

} // namespace gridshare::gui
