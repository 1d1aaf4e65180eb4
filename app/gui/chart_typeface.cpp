// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/chart_typeface.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>
#include <QStringList>

namespace gridshare::gui {
namespace {

QString& registeredFamily()
{
    static QString family;
    return family;
}

} // namespace

bool registerChartTypeface()
{
    if (!registeredFamily().isEmpty())
        return true;
    QString family;
    for (const auto* file :
         {":/fonts/GridShareSans-Regular.ttf", ":/fonts/GridShareSans-Bold.ttf", ":/fonts/GridShareSans-Oblique.ttf"}) {
        const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
        if (id < 0)
            return false;
        family = QFontDatabase::applicationFontFamilies(id).value(0);
    }
    registeredFamily() = family;
    return !family.isEmpty();
}

QString chartFamily(const QFont& font)
{
    return registeredFamily().isEmpty() ? QFontInfo(font).family() : registeredFamily();
}

} // namespace gridshare::gui
