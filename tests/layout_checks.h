// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers for tests that look at the window's layout as a person would see it.

#include <QApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QLabel>

#include <algorithm>

// Lets the layouts follow what just changed (a few event-loop turns: rows shown while a layout
// runs post new requests).
inline void settleLayouts()
{
    for (int turn = 0; turn < 4; ++turn) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
    }
}

// The widest line of a label's text in its own font.
inline int labelTextWidth(const QLabel* label)
{
    int widest = 0;
    for (const QString& line : label->text().split(QLatin1Char('\n')))
        widest = std::max(widest, label->fontMetrics().horizontalAdvance(line));
    return widest;
}
