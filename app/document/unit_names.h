// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Names of currencies and energy units as a reader of the window's language expects them: "USD" and
// "kWh" in English, "美元" and "度" in Chinese. The words come from the translations.

#include <QString>

namespace gridshare::gui {

// "USD", "CNY", "EUR" in English; "美元", "元", "欧元" in Chinese. Unknown codes stay as they are.
QString currencyName(const QString& code);

} // namespace gridshare::gui
