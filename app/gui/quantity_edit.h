#pragma once
// A number box for one parameter: accepts what people type ("2.5B", "12%", "0,12"), refuses text
// that is not a number or is outside the valid range with a visible reason, and never changes
// what the person typed on its own.

#include "parameter_presentation.h"

#include <QLineEdit>

class QLabel;

namespace gridshare::gui {

class QuantityEdit : public QLineEdit {
    Q_OBJECT

public:
    explicit QuantityEdit(Param param, QWidget* parent = nullptr);

    Param param() const { return param_; }

    // Shows a model value, unless the person is in the middle of typing.
    void showValue(double modelValue);

    // The model value the text stands for, or the reason it is refused.
    struct Reading {
        std::optional<double> value;
        QString problem;
    };
    Reading read() const;

signals:
    void valueEntered(double modelValue);
    void refused(const QString& problem); // empty when the text is accepted again

private:
    void commit();
    void markRefused(bool refusedNow);

    Param param_;
};

// Shows the edit's refusals in `hint` (hidden while the text is accepted).
void showRefusalsIn(QuantityEdit* edit, QLabel* hint);

} // namespace gridshare::gui
