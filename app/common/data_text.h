// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The built-in data's words in the window's language: preset and region names, projection labels,
// assumptions and notes.
// A user's own data files keep their wording (they have no translation, so they read as written).

#include "gridshare/dataset.h"

#include <QString>

#include <string>
#include <vector>

namespace gridshare::gui {

QString dataText(const std::string& text);

// A region's name in the window's language: a region of the person's own with a Chinese name
// shows it when GridShare speaks Chinese; built-in names are translated.
QString regionName(const Region& region);

// Every built-in name that has a translation, in English.
const std::vector<const char*>& builtInDataTexts();

// Every built-in assumption and note (why a default was chosen, what a figure rests on), in
// English; dataText translates them too.
const std::vector<const char*>& builtInNoteTexts();

} // namespace gridshare::gui
