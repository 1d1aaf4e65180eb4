#include "quantity_edit.h"

#include "../common/message_text.h"

#include <QLabel>

namespace gridshare::gui {

QuantityEdit::QuantityEdit(Param param, QWidget* parent) : QLineEdit(parent), param_(param)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0.000000")) + 16);
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00000.0000")) + 16);
    setAccessibleName(presentation(param).label);
    // What the number means and what it accepts, for screen readers (the window shows both nearby).
    const ParamSpec& s = spec(param);
    setAccessibleDescription(tr("%1. From %2 to %3 %4.")
                                 .arg(translatedCore(s.meaning), formatValue(param, s.min, locale()),
                                      formatValue(param, s.max, locale()),
                                      displayUnit(presentation(param), tr("currency"))));
    connect(this, &QLineEdit::editingFinished, this, &QuantityEdit::commit);
    connect(this, &QLineEdit::textEdited, this, [this] {
        markRefused(false);
        emit refused(QString());
    });
}

void QuantityEdit::showValue(double modelValue)
{
    if (hasFocus() && isModified())
        return;
    setText(formatValue(param_, modelValue, locale()));
    setModified(false);
    markRefused(false);
}

QuantityEdit::Reading QuantityEdit::read() const
{
    const auto& p = presentation(param_);
    const auto typed = parseQuantity(text(), p.style, locale());
    if (!typed) {
        const QString example = p.style == QuantityStyle::Count     ? tr("2.5B, 200M or 2.5e9")
                                : p.style == QuantityStyle::Percent ? tr("12 or 12%")
                                                                    : locale().toString(1.25);
        return {std::nullopt, tr("\"%1\" is not a number; type for example %2").arg(text(), example)};
    }
    const double value = *typed / p.displayFactor;
    const ParamSpec& s = spec(param_);
    if (value < s.min || value > s.max) {
        return {std::nullopt,
                tr("%1 is outside the valid range %2 to %3")
                    .arg(text(), formatValue(param_, s.min, locale()), formatValue(param_, s.max, locale()))};
    }
    return {value, QString()};
}

void QuantityEdit::commit()
{
    if (!isModified())
        return;
    const Reading reading = read();
    if (!reading.value) {
        markRefused(true);
        emit refused(reading.problem);
        return;
    }
    setModified(false);
    markRefused(false);
    emit refused(QString());
    emit valueEntered(*reading.value);
}

void showRefusalsIn(QuantityEdit* edit, QLabel* hint)
{
    QObject::connect(edit, &QuantityEdit::refused, hint, [hint](const QString& problem) {
        hint->setText(problem);
        hint->setVisible(!problem.isEmpty());
    });
}

void QuantityEdit::markRefused(bool refusedNow)
{
    setProperty("refused", refusedNow);
    setStyleSheet(refusedNow ? QStringLiteral("QLineEdit { border: 2px solid #D55E00; }") : QString());
}

} // namespace gridshare::gui
