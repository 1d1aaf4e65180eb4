// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/main_window.h"

#include "common/message_text.h"
#include "document/citation_text.h"
#include "gui/panels/citations_panel.h"
#include "gui/controls/controls_panel.h"
#include "common/data_text.h"
#include "gui/region_comparison_menu.h"
#include "gui/charts/regions_chart_page.h"
#include "gui/document_actions.h"
#include "gui/export/export_actions.h"
#include "gui/help_menu.h"
#include "gui/panels/implications_panel.h"
#include "gui/panels/key_figures_strip.h"
#include "gui/controls/parameter_control.h"
#include "gui/playlist_dialog.h"
#include "gui/scenario_tool_bar.h"
#include "gui/view_actions.h"
#include "gui/presentation_window.h"
#include "gui/projection_import_action.h"
#include "gui/charts/sensitivity_chart_page.h"
#include "document/settings.h"
#include "gui/export/sources_export_action.h"
#include "gui/charts/share_chart_page.h"
#include "gui/themes.h"
#include "gui/controls/what_it_takes_panel.h"
#include "gui/window_fit.h"

#include <qcustomplot.h>

#include <algorithm>

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalBlocker>
#include <QSlider>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoView>
#include <QVBoxLayout>

namespace gridshare::gui {

MainWindow::MainWindow(ScenarioDocument* document, Settings* settings, QWidget* parent)
    : QMainWindow(parent), document_(document), settings_(settings),
      actions_(new DocumentActions(document, settings, this)), controls_(new ControlsPanel(document, this)),
      keyFigures_(new KeyFiguresStrip(this)), citations_(new CitationsPanel(this))
{
    setWindowTitle(tr("GridShare"));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter_ = splitter;
    splitter->addWidget(controls_);
    splitter->addWidget(buildCentre());
    auto* side = new QTabWidget(this);
    side->addTab(citations_, tr("Sources"));
    whatItTakes_ = new WhatItTakesPanel(document_, side);
    side->addTab(whatItTakes_, tr("What it takes"));
    implications_ = new ImplicationsPanel(document_, side);
    side->addTab(implications_, tr("Implies"));
    sideTabs_ = side;
    // Three titles in a narrow panel: shortened with "…" (the tooltip says them whole), never scrolled.
    side->tabBar()->setUsesScrollButtons(false);
    side->tabBar()->setElideMode(Qt::ElideRight);
    side->setTabToolTip(0, tr("Sources"));
    side->setTabToolTip(1, tr("What it takes"));
    side->setTabToolTip(2, tr("What this implies: accelerators, tokens, requests and GW beside figures people know"));
    side->setCurrentIndex(std::clamp(settings_->sidePanel(), 0, side->count() - 1));
    connect(side, &QTabWidget::currentChanged, this, [this](int index) { settings_->setSidePanel(index); });
    side->setMinimumWidth(220);
    side->setAccessibleName(tr("Sources, what it takes and what this implies"));
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes(panelWidths(kPreferredWindowSize.width()));
    splitter->setChildrenCollapsible(false);
    // Until the person drags the dividers, the panels follow the window's width (window_fit.h).
    connect(splitter, &QSplitter::splitterMoved, this, [this] { panelsSizedByHand_ = true; });
    controls_->setMinimumWidth(260);
    setCentralWidget(splitter);
    exports_ = new ExportActions(
        document_, settings_, [this] { return page(view()); }, this);
    toolBar_ = new ScenarioToolBar(document_, this);
    addToolBar(toolBar_);
    viewActions_ = new ViewActions(settings_, this);
    connect(viewActions_, &ViewActions::viewChosen, this, &MainWindow::setView);
    connect(viewActions_, &ViewActions::projectionsVisibleChanged, this, [this](bool on) {
        for (ChartView view : kChartViews)
            if (page(view)->drawsProjections()) {
                page(view)->setProjectionsVisible(on);
                page(view)->display(document_->snapshot());
            }
    });
    keyFigures_->setInGigawatts(viewActions_->keyFiguresInGigawatts());
    connect(viewActions_, &ViewActions::keyFiguresInGigawattsChanged, keyFigures_, &KeyFiguresStrip::setInGigawatts);
    buildMenus();
    setAcceptDrops(true);
    restoreGeometry(settings_->windowGeometry());
    restoreState(settings_->windowState());

    connect(document_, &ScenarioDocument::changed, this, &MainWindow::onDocumentChanged);
    connect(controls_, &ControlsPanel::parameterSelected, this, &MainWindow::showSourceOf);
    // The keyboard starts on the first headline slider (below): its source is marked from the first
    // frame, so the Sources text is laid out once, not again when the window gets the focus.
    showSourceOf(Param::QueriesPerDay);
    onDocumentChanged();
    // Tab reads the window as a person does: scenario choice, controls top to bottom, the views,
    // then the sources.
    QList<QWidget*> order{toolBar_->regions(), toolBar_->currencies(), toolBar_->presets()};
    order += controls_->focusOrder();
    order += {viewTabs_, side->tabBar(), citations_};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    // The keyboard starts on the first headline slider: arrow keys move it at once.
    controls_->control(Param::QueriesPerDay)->slider()->setFocus();
}

QWidget* MainWindow::buildCentre()
{
    auto* centre = new QWidget(this);
    auto* layout = new QVBoxLayout(centre);
    problem_ = new QLabel(centre);
    problem_->setObjectName(QStringLiteral("scenarioProblem"));
    problem_->setWordWrap(true);
    // A darker vermillion than the charts': white text on it reads at 5:1.
    problem_->setStyleSheet(QStringLiteral("background: %1; color: white; padding: 6px; font-weight: bold;")
                                .arg(QColor(palette::kWarningBanner).name()));
    problem_->hide();
    viewTabs_ = new QTabBar(centre);
    viewTabs_->setExpanding(false);
    pages_ = new QStackedWidget(centre);
    for (ChartView view : kChartViews) {
        ChartPage* page = createChartPage(view, pages_);
        if (auto* tornado = qobject_cast<SensitivityChartPage*>(page))
            connect(tornado, &SensitivityChartPage::parameterClicked, this, &MainWindow::selectParameter);
        pageFor_[view] = page;
        pages_->addWidget(page);
        viewTabs_->addTab(viewTitle(view));
    }
    connect(viewTabs_, &QTabBar::currentChanged, this, [this](int index) {
        pages_->setCurrentIndex(index);
        page(view())->display(document_->snapshot());
    });
    layout->addWidget(problem_);
    layout->addWidget(keyFigures_);
    layout->addWidget(viewTabs_);
    layout->addWidget(pages_, 1);
    return centre;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(actions_->newAction());
    file->addAction(actions_->openAction());
    file->addMenu(actions_->recentMenu());
    file->addSeparator();
    file->addAction(actions_->saveAction());
    file->addAction(actions_->saveAsAction());
    file->addAction(actions_->revertAction());
    file->addSeparator();
    file->addAction(exports_->exportChartAction());
    file->addAction(exports_->exportReportAction());
    file->addAction(exports_->exportTableAction());
    file->addAction(exports_->printAction());
    file->addSeparator();
    file->addAction(importProjectionsAction(document_, this));
    file->addAction(exportSourcesAction(document_, this));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = document_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction* redo = document_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(exports_->copyChartAction());
    edit->addSeparator();
    edit->addAction(toolBar_->exchangeRatesAction());
    edit->addAction(toolBar_->regionsAction());

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewActions_->addViewsTo(viewMenu);

    auto* history = new QDockWidget(tr("History"), this);
    history->setObjectName(QStringLiteral("historyDock"));
    history->setWidget(new QUndoView(document_->undoStack(), history));
    addDockWidget(Qt::RightDockWidgetArea, history);
    history->hide();
    QAction* showHistory = history->toggleViewAction();
    showHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    viewMenu->addAction(showHistory);
    viewMenu->addSeparator();
    QAction* presentAction = viewMenu->addAction(tr("P&resent"), this, &MainWindow::present);
    presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    presentAction->setToolTip(tr("Full screen with the playlist: PageDown/PageUp step, P shows projections, Esc "
                                 "leaves (F5)"));
    viewMenu->addAction(tr("Presentation Pl&aylist…"), this, &MainWindow::editPlaylist);
    viewMenu->addSeparator();
    viewActions_->addAppearanceTo(viewMenu);
    buildCompareMenu();
    addHelpMenu(this, document_->data().edition);
}

void MainWindow::buildCompareMenu()
{
    compare_ = menuBar()->addMenu(tr("&Compare"));
    compareRegions_ = regionComparisonMenu(
        static_cast<RegionsChartPage*>(page(ChartView::Regions)), settings_,
        [this]() -> const Dataset& { return document_->data(); },
        [this] { page(ChartView::Regions)->display(document_->snapshot()); }, this);
    connect(document_, &ScenarioDocument::pinnedChanged, this, &MainWindow::fillCompareMenu);
    fillCompareMenu();
}

void MainWindow::fillCompareMenu()
{
    compare_->clear();
    compare_->addAction(toolBar_->pinAction());
    compare_->addMenu(compareRegions_);
    const auto& pinned = document_->pinned();
    if (pinned.empty())
        return;
    compare_->addSeparator();
    for (int i = 0; i < int(pinned.size()); ++i) {
        QPixmap swatch(12, 12);
        swatch.fill(pinned[i].colour);
        compare_->addAction(QIcon(swatch), tr("Unpin \"%1\"").arg(pinned[i].name), this,
                            [this, i] { document_->unpin(i); });
    }
    compare_->addAction(tr("Unpin &All"), document_, &ScenarioDocument::clearPinned);
}

PresentationWindow* MainWindow::present()
{
    if (presentation_)
        return presentation_;
    presentation_ = new PresentationWindow(document_->data(), document_->scenarioForSaving(),
                                           playlistFromStored(settings_->presentationPlaylist(), document_->data()),
                                           view() == ChartView::Sensitivity ? ChartView::Share : view(),
                                           viewActions_->projectionsVisible(), settings_->presentationZoom(), this);
    presentation_->keyFigures()->setInGigawatts(settings_->keyFiguresInGigawatts());
    if (auto* regions = qobject_cast<RegionsChartPage*>(presentation_->chart())) {
        const auto* shown = static_cast<RegionsChartPage*>(page(ChartView::Regions));
        regions->setRegions(shown->regions());
        regions->setMeasure(shown->measure());
        regions->redraw();
    }
    connect(presentation_, &PresentationWindow::closed, this,
            [this](double zoom) { settings_->setPresentationZoom(zoom); });
    presentation_->showFullScreen();
    presentation_->activateWindow();
    presentation_->setFocus();
    return presentation_;
}

PresentationWindow* MainWindow::presentation() const
{
    return presentation_;
}

void MainWindow::editPlaylist()
{
    PlaylistDialog dialog(playlistFromStored(settings_->presentationPlaylist(), document_->data()), document_->data(),
                          this);
    if (dialog.exec() == QDialog::Accepted)
        settings_->setPresentationPlaylist(storedPlaylist(dialog.entries()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!actions_->maybeSave()) {
        event->ignore();
        return;
    }
    settings_->setWindowGeometry(saveGeometry());
    settings_->setWindowState(saveState());
    event->accept();
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    if (!panelsSizedByHand_)
        splitter_->setSizes(panelWidths(splitter_->width()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = event->mimeData()->urls().value(0).toLocalFile();
    if (path.isEmpty() || !actions_->maybeSave())
        return;
    if (actions_->openFile(path))
        event->acceptProposedAction();
}

void MainWindow::setView(ChartView view)
{
    viewTabs_->setCurrentIndex(static_cast<int>(view));
}

ChartView MainWindow::view() const
{
    Q_ASSERT(viewTabs_->currentIndex() >= 0 && viewTabs_->currentIndex() < int(kChartViews.size()));
    return kChartViews[static_cast<std::size_t>(viewTabs_->currentIndex())];
}

ChartPage* MainWindow::page(ChartView view) const
{
    return pageFor_.at(view);
}

QComboBox* MainWindow::regionSelector() const
{
    return toolBar_->regions();
}

QComboBox* MainWindow::presetSelector() const
{
    return toolBar_->presets();
}

QComboBox* MainWindow::currencySelector() const
{
    return toolBar_->currencies();
}

QAction* MainWindow::pinAction() const
{
    return toolBar_->pinAction();
}

ShareChartPage* MainWindow::shareChart() const
{
    return static_cast<ShareChartPage*>(pageFor_.at(ChartView::Share));
}

void MainWindow::renderNow()
{
    document_->finishPendingWork();
    page(view())->plot()->replot(QCustomPlot::rpImmediateRefresh);
}

void MainWindow::onDocumentChanged()
{
    const SnapshotPtr& snapshot = document_->snapshot();
    // Only the visible view draws now; the others draw when they are shown.
    if (document_->changeIsBandsOnly())
        page(view())->displayNewBands(snapshot);
    else
        page(view())->display(snapshot);
    keyFigures_->display(snapshot);
    citations_->display(snapshot);

    const Issues& issues = document_->issues();
    if (!issues.empty()) {
        const Issue& first = issues.front();
        problem_->setText(
            tr("These values cannot be evaluated: %1. The charts show the last valid scenario.").arg(describe(first)));
    }
    problem_->setVisible(!issues.empty());

    setWindowTitle(tr("%1[*] — GridShare").arg(document_->name()));
    setWindowModified(document_->isModified());
}

void MainWindow::selectParameter(Param p)
{
    controls_->focusParameter(p);
    showSourceOf(p);
}

void MainWindow::showSourceOf(Param p)
{
    const Provenance provenance = document_->defaultProvenance(p);
    citations_->highlight(QString::fromStdString(provenance.source));
}

} // namespace gridshare::gui
