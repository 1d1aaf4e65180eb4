// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One parameter of the Assumptions section: name and source badge, then the value box, unit,
// valid range and a reset button, with a line for refused text.

#include "gui/controls/parameter_field.h"

class QLabel;
class QToolButton;

namespace gridshare::gui {

class ElidedLabel;

class AssumptionRow : public ParameterField {
    Q_OBJECT

public:
    explicit AssumptionRow(Param param, QWidget* parent = nullptr);

    QToolButton* resetButton() const { return reset_; }
    // The widgets Tab visits, in reading order: box, ±, reset, then the range boxes.
    QList<QWidget*> focusOrder() const;

    void showValue(double modelValue, const QString& currency, bool isDefault);

protected:
    void changeEvent(QEvent* event) override;

private:
    ElidedLabel* unit_;
    QToolButton* reset_;
    QLabel* rangeLabel_ = nullptr; // the valid range, in muted text
};

} // namespace gridshare::gui
