// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The uncertainty range of one parameter, inline under its control: a "±" toggle shows low and
// high boxes. A range must contain the current value and stay inside the valid range; anything
// else is refused with a reason. Unchecking the toggle removes the range. The boxes are made when
// a range is first given or asked for.

#include "gui/controls/quantity_edit.h"

#include "gridshare/scenario.h"

#include <QWidget>

#include <optional>

class QLabel;
class QToolButton;

namespace gridshare::gui {

class RangeEditor : public QWidget {
    Q_OBJECT

public:
    explicit RangeEditor(Param param, QWidget* parent = nullptr);

    // The button that shows and hides the boxes; the owner places it beside its title.
    QToolButton* toggle() const { return toggle_; }
    QuantityEdit* lowEdit();
    QuantityEdit* highEdit();
    // Neither box holds typing or a refusal (boxes not made yet hold nothing).
    bool isSettled() const;

    // The widget Tab reaches just before the boxes (the toggle unless the owner says otherwise).
    void setTabAfter(QWidget* widget) { tabAfter_ = widget; }

    void showRange(const std::optional<Range>& range, double current);

    // The low and high boxes, in the order Tab visits them (the toggle sits with the owner's row);
    // none before they are made.
    QList<QWidget*> boxes() const;

signals:
    void rangeEntered(gridshare::Param param, const gridshare::Range& range);
    void rangeCleared(gridshare::Param param);

private:
    void buildBoxes();
    void commit(QuantityEdit* entered);

    Param param_;
    QToolButton* toggle_;
    QWidget* tabAfter_;
    QuantityEdit* low_ = nullptr;
    QuantityEdit* high_ = nullptr;
    QLabel* hint_ = nullptr;
    double current_ = 0;
};

} // namespace gridshare::gui
