// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/side_panels.h"

#include "document/settings.h"
#include "gui/controls/what_it_takes_panel.h"
#include "gui/panels/citations_panel.h"
#include "gui/panels/implications_panel.h"

#include <QTabBar>

#include <algorithm>

namespace gridshare::gui {

SidePanels::SidePanels(ScenarioDocument* document, Settings* settings, QWidget* parent)
    : QTabWidget(parent), citations_(new CitationsPanel(this)), whatItTakes_(new WhatItTakesPanel(document, this)),
      implications_(new ImplicationsPanel(document, this))
{
    addTab(citations_, tr("Sources"));
    addTab(whatItTakes_, tr("What it takes"));
    addTab(implications_, tr("Implies"));
    // Three titles in a narrow panel: shortened with "…" (the tooltip says them whole), never scrolled.
    tabBar()->setUsesScrollButtons(false);
    tabBar()->setElideMode(Qt::ElideRight);
    setTabToolTip(0, tr("Sources"));
    setTabToolTip(1, tr("What it takes"));
    setTabToolTip(2, tr("What this implies: accelerators, tokens, requests and GW beside figures people know"));
    setCurrentIndex(std::clamp(settings->sidePanel(), 0, count() - 1));
    connect(this, &QTabWidget::currentChanged, settings, &Settings::setSidePanel);
    setMinimumWidth(220);
    setAccessibleName(tr("Sources, what it takes and what this implies"));
}

} // namespace gridshare::gui
