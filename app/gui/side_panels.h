// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The tabs beside the chart: Sources, What it takes and What this implies. The tab last chosen is
// kept in the settings; a narrow panel shortens the titles rather than scrolling them.

#include <QTabWidget>

namespace gridshare::gui {

class CitationsPanel;
class ImplicationsPanel;
class ScenarioDocument;
class Settings;
class WhatItTakesPanel;

class SidePanels : public QTabWidget {
    Q_OBJECT

public:
    SidePanels(ScenarioDocument* document, Settings* settings, QWidget* parent = nullptr);

    CitationsPanel* citations() const { return citations_; }
    WhatItTakesPanel* whatItTakes() const { return whatItTakes_; }
    ImplicationsPanel* implications() const { return implications_; }

private:
    CitationsPanel* citations_;
    WhatItTakesPanel* whatItTakes_;
    ImplicationsPanel* implications_;
};

} // namespace gridshare::gui
