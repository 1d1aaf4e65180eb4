// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controls/quantity_edit.h"

#include "common/message_text.h"
#include "common/quantity_text.h"
#include "gui/themes.h"

#include <QKeyEvent>
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
    const bool same = shown_ == modelValue;
    shown_ = modelValue;
    if (same && ((hasFocus() && isModified()) || isRefused()))
        return;
    restore();
}

void QuantityEdit::showRefusal(const QString& problem)
{
    markRefused(true);
    emit refused(problem);
}

void QuantityEdit::restore()
{
    if (shown_)
        setText(formatValue(param_, *shown_, locale()));
    setModified(false);
    if (isRefused()) {
        markRefused(false);
        emit refused(QString());
    }
}

bool QuantityEdit::isRefused() const
{
    return property("refused").toBool();
}

void QuantityEdit::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event); // commits what was typed
    if (event->reason() != Qt::PopupFocusReason && (isRefused() || isModified()))
        restore();
}

void QuantityEdit::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && (isRefused() || isModified())) {
        restore();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
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
    // Stored as the number meant, not 70 * 0.01 = 0.7000000000000001: fifteen digits are all a
    // double holds for sure, and more than anyone types.
    const double value = roundedToSignificant(*typed / p.displayFactor, 15);
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
        // Coloured when shown, so the colour is the theme's of that moment; from the window's palette,
        // as the hint's own carries its earlier colour.
        hint->setStyleSheet(QStringLiteral("color: %1;").arg(refusalColour(hint->window()->palette()).name()));
        hint->setText(problem);
        hint->setVisible(!problem.isEmpty());
    });
}

void QuantityEdit::markRefused(bool refusedNow)
{
    setProperty("refused", refusedNow);
    setStyleSheet(
        refusedNow
            ? QStringLiteral("QLineEdit { border: 2px solid %1; }").arg(refusalColour(window()->palette()).name())
            : QString());
}

} // namespace gridshare::gui
