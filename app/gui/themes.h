// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's look: the system's palette, or GridShare's light, dark or high-contrast one (for
// projectors: pure black on white). Charts draw from the palette, so they follow.

#include "document/settings.h"

#include <QColor>
#include <QPalette>
#include <QString>

#include <optional>

class QWidget;

namespace gridshare::gui {

// "system", "light", "dark", "high-contrast"
QString themeKey(Settings::Theme theme);
std::optional<Settings::Theme> themeFromKey(const QString& key);

// The palette of a theme; System returns the palette the platform gave the application.
QPalette themePalette(Settings::Theme theme);

// Applies the theme to the whole application.
void applyTheme(Settings::Theme theme);

// The colour that says "not taken" (a refused value, a field in error): the orange of the charts'
// AI series made readable on the palette's base and window colours (4.5:1), or in high contrast a
// dark red of its own (7:1). See document/colours.h.
QColor refusalColour(const QPalette& palette);

// True for GridShare's high-contrast palette (pure black on white); charts then draw wider lines,
// a black grid and no pale fills.
bool isHighContrast(const QPalette& palette);

// The WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);

// The colour made darker (on a light background) or lighter (on a dark one) until it reaches the
// ratio against the background; unchanged when it already does.
QColor readableOn(const QColor& colour, const QColor& background, double ratio = 4.5);

// Secondary text (units, ranges, details): between the text and the window colour, but readable
// (4.5:1) on both the window and the base colour.
QColor mutedTextColour(const QPalette& palette);

// Gives a label the muted colour of a palette (its container's, which has already changed when the
// container hears of a change; the label's parent may not have yet). Call again on every change.
void showAsMutedText(QWidget* label, const QPalette& palette);

} // namespace gridshare::gui
