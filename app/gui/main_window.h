// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The scenario window. Puts the controls, the views and the side panels together and gives the
// views the document; they follow it themselves. Computes nothing and passes nothing on.

#include "document/scenario_document.h"
#include "gui/charts/chart_views.h"
#include "gui/side_panels.h"

#include <QMainWindow>

#include <map>

class QComboBox;
class QSplitter;
class QStackedWidget;
class QTabBar;

namespace gridshare::gui {

class ChartPage;
class CitationsPanel;
class ControlsPanel;
class DocumentActions;
class ExportActions;
class ImplicationsPanel;
class KeyFiguresStrip;
class PresentationActions;
class PresentationWindow;
class ScenarioToolBar;
class Settings;
class ShareChartPage;
class ViewActions;
class WhatItTakesPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(ScenarioDocument* document, Settings* settings, QWidget* parent = nullptr);

    void setView(ChartView view);
    ChartView view() const;
    ChartPage* page(ChartView view) const; // made when first shown or asked for
    ShareChartPage* shareChart() const;
    ControlsPanel* controls() const { return controls_; }
    KeyFiguresStrip* keyFigures() const { return keyFigures_; }
    CitationsPanel* citations() const { return sideTabs_->citations(); }
    WhatItTakesPanel* whatItTakes() const { return sideTabs_->whatItTakes(); }
    ImplicationsPanel* implications() const { return sideTabs_->implications(); }
    // Sources, What it takes, What this implies.
    QTabWidget* sideTabs() const { return sideTabs_; }
    QComboBox* regionSelector() const;
    QComboBox* presetSelector() const;
    QComboBox* currencySelector() const;
    DocumentActions* documentActions() const { return actions_; }
    ExportActions* exportActions() const { return exports_; }
    QAction* pinAction() const;

    // F5: the chart full screen, stepping through the playlist. Returns the window it opened.
    PresentationWindow* present();
    PresentationWindow* presentation() const; // null when not presenting

    // Draws every page now rather than at the next event loop turn (screenshots, exports).
    void renderNow();

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* buildCentre();
    void buildMenus();
    void showTitle();
    void showSourceOf(Param p);
    void selectParameter(Param p);

    ScenarioDocument* document_;
    Settings* settings_;
    DocumentActions* actions_;
    ViewActions* viewActions_;
    ExportActions* exports_ = nullptr;
    ScenarioToolBar* toolBar_ = nullptr;
    PresentationActions* presenting_ = nullptr;
    ControlsPanel* controls_;
    KeyFiguresStrip* keyFigures_;
    SidePanels* sideTabs_ = nullptr;
    QSplitter* splitter_ = nullptr;
    bool panelsSizedByHand_ = false;
    QTabBar* viewTabs_ = nullptr;
    QStackedWidget* pages_ = nullptr;
    // The pages made so far (page() makes the others when first asked for).
    mutable std::map<ChartView, ChartPage*> pageFor_;
    bool pagesFollow_ = false;
};

} // namespace gridshare::gui
