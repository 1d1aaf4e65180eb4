// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A number box for one parameter: accepts what people type ("2.5B", "12%", "0,12"), refuses text
// that is not a number or is outside the valid range with a visible reason, and never changes
// what the person typed on its own while they are at it. Leaving the box or pressing Escape puts
// back the value in use; a reason shown stays until the value in use changes or the box is left.

#include "document/parameter_presentation.h"

#include <QLineEdit>

class QLabel;

namespace gridshare::gui {

class QuantityEdit : public QLineEdit {
    Q_OBJECT

public:
    explicit QuantityEdit(Param param, QWidget* parent = nullptr);

    Param param() const { return param_; }

    // Shows the model value in use, unless the person is typing in the box, or a reason is shown
    // for this same value.
    void showValue(double modelValue);

    // Nothing typed that is not yet taken, and no refusal shown: showing the value in use again
    // would leave the box as it is.
    bool isSettled() const { return !isModified() && !isRefused(); }

    // A reason the value entered was not taken (it is outside the parameter's uncertainty range).
    void showRefusal(const QString& problem);

    // The model value the text stands for, or the reason it is refused.
    struct Reading {
        std::optional<double> value;
        QString problem;
    };
    Reading read() const;

signals:
    void valueEntered(double modelValue);
    void refused(const QString& problem); // empty when the text is accepted again

protected:
    void focusOutEvent(QFocusEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void commit();
    void markRefused(bool refusedNow);
    bool isRefused() const;
    // The value in use again, without a reason.
    void restore();

    Param param_;
    std::optional<double> shown_; // the model value in use
};

// Shows the edit's refusals in `hint` (hidden while the text is accepted).
void showRefusalsIn(QuantityEdit* edit, QLabel* hint);

} // namespace gridshare::gui
