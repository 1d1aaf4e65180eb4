// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/unit_names.h"

#include <QCoreApplication>

namespace gridshare::gui {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Currency)
};

} // namespace

QString currencyName(const QString& code)
{
    // Marked for lupdate one by one: the codes are data, their names are text.
    static const char* const names[][2] = {{"USD", QT_TRANSLATE_NOOP("Currency", "USD")},
                                           {"CNY", QT_TRANSLATE_NOOP("Currency", "CNY")},
                                           {"EUR", QT_TRANSLATE_NOOP("Currency", "EUR")}};
    for (const auto& [key, name] : names)
        if (code == QLatin1String(key))
            return Text::tr(name);
    return code;
}

} // namespace gridshare::gui
