// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sizes that fit the screen GridShare opens on, from a 1280x720 projector up: the first window and
// how the main window shares its width between the controls, the chart and the sources.

#include <QList>
#include <QRect>
#include <QSize>

class QWidget;

namespace gridshare::gui {

inline constexpr QSize kPreferredWindowSize{1600, 900};

// Places a window that has no saved geometry: the preferred size, centred, where the screen's
// available area holds it; the whole available area otherwise. Returns true when the window should
// then be shown maximised (a 1280x720 projector, a 1366x768 laptop, 1920x1080 at 150 %).
bool placeFirstWindow(QWidget& window, const QRect& available, QSize preferred = kPreferredWindowSize);

// The widths of the controls, the chart and the side panel for a window this wide: the side panels
// keep their preferred widths on large screens and give way first on small ones.
QList<int> panelWidths(int width);

} // namespace gridshare::gui
