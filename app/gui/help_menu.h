// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Help: the keyboard shortcuts (read from the menus themselves, so the list is always true, with
// the keys of presentation mode) and About GridShare.

#include "gridshare/dataset.h"

class QMainWindow;
class QMenu;
class QString;

namespace gridshare::gui {

// Adds Help to the window's menu bar, after the menus already there; returns it. About names the
// data edition the defaults come from.
QMenu* addHelpMenu(QMainWindow* window, const DataEdition& edition);

// Rich text: every menu and toolbar action that has a shortcut, menu by menu, then presentation
// mode's keys.
QString keyboardShortcutsHtml(const QMainWindow* window);

} // namespace gridshare::gui
