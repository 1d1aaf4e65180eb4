// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window_fit.h"

#include <QWidget>

#include <algorithm>

namespace gridshare::gui {

bool placeFirstWindow(QWidget& window, const QRect& available, QSize preferred)
{
    if (available.width() >= preferred.width() && available.height() >= preferred.height()) {
        window.resize(preferred);
        window.move(available.center() - QPoint(preferred.width() / 2, preferred.height() / 2));
        return false;
    }
    window.resize(available.size().boundedTo(preferred));
    window.move(available.topLeft());
    return true;
}

QList<int> panelWidths(int width)
{
    const int controls = std::clamp(int(width * 0.21), 270, 330);
    const int side = std::clamp(int(width * 0.2), 230, 320);
    return {controls, std::max(0, width - controls - side), side};
}

} // namespace gridshare::gui
