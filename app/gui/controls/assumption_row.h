// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One parameter of the Assumptions section: name and source badge, then the value box, unit,
// valid range and a reset button, with a line for refused text.

#include "gui/controls/quantity_edit.h"
#include "gui/controls/range_editor.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace gridshare::gui {

class ElidedLabel;

class AssumptionRow : public QWidget {
    Q_OBJECT

public:
    explicit AssumptionRow(Param param, QWidget* parent = nullptr);

    Param param() const { return param_; }
    QuantityEdit* edit() const { return edit_; }
    QToolButton* resetButton() const { return reset_; }
    QToolButton* sourceBadge() const { return badge_; }
    RangeEditor* rangeEditor() const { return range_; }
    // The widgets Tab visits, in reading order: box, ±, reset, then the range boxes.
    QList<QWidget*> focusOrder() const;

    void showValue(double modelValue, const QString& currency, bool isDefault);
    void showSource(const QString& badge, const QString& tooltip);

signals:
    void valueEntered(gridshare::Param param, double modelValue);
    void resetRequested(gridshare::Param param);
    void selected(gridshare::Param param);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    Param param_;
    QuantityEdit* edit_;
    ElidedLabel* unit_;
    QLabel* hint_;
    QToolButton* reset_;
    QToolButton* badge_;
    RangeEditor* range_;
    QLabel* rangeLabel_ = nullptr; // the valid range, in muted text
};

} // namespace gridshare::gui
