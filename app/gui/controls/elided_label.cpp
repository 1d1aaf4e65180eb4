// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controls/elided_label.h"

#include <QEvent>

namespace gridshare::gui {

ElidedLabel::ElidedLabel(const QString& text, QWidget* parent) : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setFullText(text);
}

void ElidedLabel::setDescription(const QString& description)
{
    description_ = description;
    elide();
}

void ElidedLabel::setKeepWholeUpTo(int pixels)
{
    keepWhole_ = pixels;
    updateGeometry();
}

void ElidedLabel::setFullText(const QString& text)
{
    full_ = text;
    updateGeometry();
    elide();
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().horizontalAdvance(full_) + m.left() + m.right(), QLabel::sizeHint().height()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for a few characters and the ellipsis: the rest of the row decides how much more.
    const QMargins m = contentsMargins();
    const int whole = fontMetrics().horizontalAdvance(full_);
    const int least = whole <= keepWhole_ ? whole : fontMetrics().horizontalAdvance(QStringLiteral("MM…"));
    return {least + m.left() + m.right(), QLabel::minimumSizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        elide();
}

void ElidedLabel::elide()
{
    const QString shown = fontMetrics().elidedText(full_, Qt::ElideRight, contentsRect().width());
    if (shown != text())
        setText(shown);
    QStringList tip;
    if (shown != full_)
        tip.append(full_);
    if (!description_.isEmpty() && description_ != full_)
        tip.append(description_);
    setToolTip(tip.join(QLatin1Char('\n')));
}

} // namespace gridshare::gui
