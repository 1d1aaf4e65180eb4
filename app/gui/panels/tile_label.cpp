// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/tile_label.h"

#include <QEvent>

namespace gridshare::gui {

QString TileLabel::formOf(const QString& text)
{
    const auto isDigit = [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); };
    QString form;
    form.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (!isDigit(text[i])) {
            form.append(text[i++]);
            continue;
        }
        // A number, with its decimal and thousands separators, whatever its length.
        while (i < text.size() && (isDigit(text[i]) || text[i] == QLatin1Char('.') || text[i] == QLatin1Char(',')))
            ++i;
        form.append(QLatin1Char('0'));
    }
    return form;
}

bool TileLabel::event(QEvent* event)
{
    if (event->type() == QEvent::ScreenChangeInternal) // another resolution: measured anew
        sizes_.reset();
    return QLabel::event(event);
}

const TileLabel::Sizes& TileLabel::measured() const
{
    // A layout asks for both hints: the text's form is worked out once per text.
    QString shown = text();
    if (shown != formedText_) {
        form_ = formOf(shown);
        formedText_ = std::move(shown);
    }
    if (!sizes_ || measuredFont_ != font() || measuredForm_ != form_) {
        measuredFont_ = font();
        measuredForm_ = form_;
        sizes_ = Sizes{QLabel::sizeHint(), QLabel::minimumSizeHint()};
    }
    return *sizes_;
}

} // namespace gridshare::gui
