// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controls/range_editor.h"

#include "gridshare/analysis.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace gridshare::gui {

RangeEditor::RangeEditor(Param param, QWidget* parent)
    : QWidget(parent), param_(param), toggle_(new QToolButton(parent)), tabAfter_(toggle_)
{
    const QString name = presentation(param).label;
    toggle_->setText(QStringLiteral("±"));
    toggle_->setCheckable(true);
    toggle_->setAutoRaise(true);
    toggle_->setToolTip(tr("Give %1 an uncertainty range (P10–P90 bands)").arg(name));
    toggle_->setAccessibleName(tr("Uncertainty range of %1").arg(name));
    toggle_->setAccessibleDescription(toggle_->toolTip());
    hide();

    connect(toggle_, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            buildBoxes();
        setVisible(on);
        if (!on) {
            if (hint_)
                hint_->hide();
            emit rangeCleared(param_);
        } else if (low_->text().isEmpty() || high_->text().isEmpty()) {
            // A first range to adjust: the tornado's span, levels +-20% and rates +-10 points.
            const Range span = defaultSpan(param_, current_);
            low_->showValue(span.low);
            high_->showValue(span.high);
            emit rangeEntered(param_, span);
            low_->setFocus();
        }
    });
}

void RangeEditor::buildBoxes()
{
    // Most parameters never get a range: their boxes are made when one is first given (a window
    // with one of these per control is quicker to build and show).
    if (low_)
        return;
    const QString name = presentation(param_).label;
    low_ = new QuantityEdit(param_, this);
    high_ = new QuantityEdit(param_, this);
    hint_ = new QLabel(this);
    low_->setAccessibleName(tr("Low end of %1").arg(name));
    high_->setAccessibleName(tr("High end of %1").arg(name));
    hint_->setObjectName(QStringLiteral("refusal"));
    hint_->setWordWrap(true);
    hint_->hide();

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("range"), this));
    row->addWidget(low_);
    row->addWidget(new QLabel(QStringLiteral("–"), this));
    row->addWidget(high_);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(hint_);

    for (QuantityEdit* edit : {low_, high_}) {
        connect(edit, &QuantityEdit::valueEntered, this, [this, edit] { commit(edit); });
        showRefusalsIn(edit, hint_);
    }
    // Tab reaches the boxes where the owner's row puts them (focusOrder of the owner).
    QWidget::setTabOrder(tabAfter_, low_);
    QWidget::setTabOrder(low_, high_);
}

QuantityEdit* RangeEditor::lowEdit()
{
    buildBoxes();
    return low_;
}

QuantityEdit* RangeEditor::highEdit()
{
    buildBoxes();
    return high_;
}

QList<QWidget*> RangeEditor::boxes() const
{
    if (!low_)
        return {};
    return {low_, high_};
}

bool RangeEditor::isSettled() const
{
    return !low_ || (low_->isSettled() && high_->isSettled());
}

void RangeEditor::showRange(const std::optional<Range>& range, double current)
{
    current_ = current;
    const QSignalBlocker block(toggle_);
    toggle_->setChecked(range.has_value());
    if (range)
        buildBoxes();
    setVisible(range.has_value() || toggle_->isChecked());
    if (range) {
        low_->showValue(range->low);
        high_->showValue(range->high);
    }
}

void RangeEditor::commit(QuantityEdit* entered)
{
    const auto low = low_->read().value;
    const auto high = high_->read().value;
    if (!low || !high)
        return; // the other box is not filled in yet
    if (*low > current_ || *high < current_) {
        // The box keeps what was typed while it has the keyboard; leaving it puts back the range in use.
        entered->showRefusal(
            tr("The range must contain the current value %1.").arg(formatValue(param_, current_, locale())));
        return;
    }
    emit rangeEntered(param_, Range{*low, *high});
}

} // namespace gridshare::gui
