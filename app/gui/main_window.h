// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The scenario window. Wires the document to the pages and the controls; computes nothing.

#include "gui/charts/chart_views.h"
#include "document/scenario_document.h"

#include <QMainWindow>
#include <QPointer>

#include <map>

class QComboBox;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabBar;
class QTabWidget;

namespace gridshare::gui {

class ChartPage;
class CitationsPanel;
class ControlsPanel;
class DocumentActions;
class ExportActions;
class ImplicationsPanel;
class KeyFiguresStrip;
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
    ChartPage* page(ChartView view) const;
    ShareChartPage* shareChart() const;
    ControlsPanel* controls() const { return controls_; }
    KeyFiguresStrip* keyFigures() const { return keyFigures_; }
    CitationsPanel* citations() const { return citations_; }
    WhatItTakesPanel* whatItTakes() const { return whatItTakes_; }
    ImplicationsPanel* implications() const { return implications_; }
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
    void buildCompareMenu();
    void fillCompareMenu();
    void editPlaylist();
    void onDocumentChanged();
    void showSourceOf(Param p);
    void selectParameter(Param p);

    ScenarioDocument* document_;
    Settings* settings_;
    DocumentActions* actions_;
    ExportActions* exports_ = nullptr;
    ScenarioToolBar* toolBar_ = nullptr;
    ViewActions* viewActions_ = nullptr;
    QMenu* compare_ = nullptr;
    QMenu* compareRegions_ = nullptr;
    QPointer<PresentationWindow> presentation_;
    ControlsPanel* controls_;
    KeyFiguresStrip* keyFigures_;
    CitationsPanel* citations_;
    WhatItTakesPanel* whatItTakes_ = nullptr;
    ImplicationsPanel* implications_ = nullptr;
    QTabWidget* sideTabs_ = nullptr;
    QSplitter* splitter_ = nullptr;
    bool panelsSizedByHand_ = false;
    QTabBar* viewTabs_ = nullptr;
    QStackedWidget* pages_ = nullptr;
    std::map<ChartView, ChartPage*> pageFor_;
    QLabel* problem_ = nullptr;
};

} // namespace gridshare::gui
