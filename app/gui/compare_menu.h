// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Compare menu: Pin as baseline, the regions the Compare regions view shows, and an Unpin entry
// for each pinned scenario (with its colour), which follow the pins themselves.

#include <QMenu>

namespace gridshare::gui {

class ScenarioDocument;

class CompareMenu : public QMenu {
    Q_OBJECT

public:
    CompareMenu(ScenarioDocument* document, QAction* pin, QMenu* regions, QWidget* parent = nullptr);

private:
    void fill();

    ScenarioDocument* document_;
    QAction* pin_;
    QMenu* regions_;
};

} // namespace gridshare::gui
