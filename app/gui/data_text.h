#pragma once
// The built-in data's names in the window's language: preset and region names, projection labels.
// A user's own data files keep their wording (they have no translation, so they read as written).

#include <QString>

#include <string>
#include <vector>

namespace gridshare::gui {

QString dataText(const std::string& text);

// Every built-in name that has a translation, in English.
const std::vector<const char*>& builtInDataTexts();

} // namespace gridshare::gui
