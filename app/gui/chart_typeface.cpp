// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/chart_typeface.h"

#include "common/console.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>
#include <QStringList>

namespace gridshare::gui {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

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
        if (id < 0 || QFontDatabase::applicationFontFamilies(id).value(0) != bundledChartFamily()) {
            writeError(Text::tr("warning: the charts' typeface could not be loaded; charts use the system's font"));
            return false;
        }
    }
    registered() = true;
    return true;
}

QString chartFamily(const QFont& font)
{
    return registered() ? bundledChartFamily() : QFontInfo(font).family();
}

} // namespace gridshare::gui
