#pragma once
// The window's look: the system's palette, or GridShare's light, dark or high-contrast one (for
// projectors: pure black on white). Charts draw from the palette, so they follow.

#include "settings.h"

#include <QPalette>
#include <QString>

#include <optional>

namespace gridshare::gui {

// "system", "light", "dark", "high-contrast"
QString themeKey(Settings::Theme theme);
std::optional<Settings::Theme> themeFromKey(const QString& key);

// The palette of a theme; System returns the palette the platform gave the application.
QPalette themePalette(Settings::Theme theme);

// Applies the theme to the whole application.
void applyTheme(Settings::Theme theme);

} // namespace gridshare::gui
