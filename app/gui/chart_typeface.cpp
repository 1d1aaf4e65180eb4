// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/chart_typeface.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>
#include <QStringList>

namespace gridshare::gui {
namespace {

bool& registered()
{
    static bool added = false;
    return added;
}

} // namespace

bool registerChartTypeface()
{
    if (registered())
        return true;
    for (const auto* file :
         {":/fonts/GridShareSans-Regular.ttf", ":/fonts/GridShareSans-Bold.ttf", ":/fonts/GridShareSans-Oblique.ttf"}) {
        const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
        if (id < 0 || QFontDatabase::applicationFontFamilies(id).value(0) != bundledChartFamily())
            return false;
    }
    registered() = true;
    return true;
}

QString chartFamily(const QFont& font)
{
    return registered() ? bundledChartFamily() : QFontInfo(font).family();
}

} // namespace gridshare::gui
