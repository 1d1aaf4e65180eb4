// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "../common/message_text.h"
#include "citation_text.h"
#include "citations_panel.h"
#include "controls_panel.h"
#include "currency_selector.h"
#include "../common/data_text.h"
#include "region_comparison_menu.h"
#include "region_selector.h"
#include "regions_chart_page.h"
#include "document_actions.h"
#include "exchange_rates_dialog.h"
#include "region_dialog.h"
#include "export_actions.h"
#include "help_menu.h"
#include "implications_panel.h"
#include "key_figures_strip.h"
#include "language.h"
#include "parameter_control.h"
#include "playlist_dialog.h"
#include "presentation_window.h"
#include "projection_import_action.h"
#include "sensitivity_chart_page.h"
#include "settings.h"
#include "sources_export_action.h"
#include "share_chart_page.h"
#include "themes.h"
#include "what_it_takes_panel.h"
#include "window_fit.h"

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
      keyFigures_(new KeyFiguresStrip(this)), citations_(new CitationsPanel(document->data(), this))
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
    buildToolBar();
    buildMenus();
    setAcceptDrops(true);
    restoreGeometry(settings_->windowGeometry());
    restoreState(settings_->windowState());

    connect(document_, &ScenarioDocument::changed, this, &MainWindow::onDocumentChanged);
    connect(controls_, &ControlsPanel::parameterSelected, this, &MainWindow::showSourceOf);
    onDocumentChanged();
    // Tab reads the window as a person does: scenario choice, controls top to bottom, the views,
    // then the sources.
    QList<QWidget*> order{regions_, currencies_, presets_};
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
    problem_->setStyleSheet(QStringLiteral("background: #B34700; color: white; padding: 6px; font-weight: bold;"));
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

void MainWindow::buildToolBar()
{
    QToolBar* bar = addToolBar(tr("Scenario"));
    bar->setObjectName(QStringLiteral("scenarioToolBar"));
    bar->setMovable(false);
    regions_ = new QComboBox(bar);
    regions_->setAccessibleName(tr("Region"));
    regions_->setMinimumContentsLength(18);
    fillRegionSelector(regions_, document_->data());
    presets_ = new QComboBox(bar);
    presets_->setAccessibleName(tr("Preset"));
    presets_->addItem(tr("Custom"), QString());
    for (const Preset& p : document_->data().presets)
        presets_->addItem(dataText(p.name), QString::fromStdString(p.id));
    presets_->setMinimumContentsLength(24);
    currencies_ = new QComboBox(bar);
    currencies_->setAccessibleName(tr("Currency"));
    fillCurrencySelector(currencies_, document_->data());
    connect(document_, &ScenarioDocument::dataReplaced, this, [this] {
        fillCurrencySelector(currencies_, document_->data());
        fillRegionSelector(regions_, document_->data());
        const QSignalBlocker block(regions_);
        regions_->setCurrentIndex(regions_->findData(QString::fromStdString(document_->scenario().region)));
    });
    currencies_->setToolTip(tr("The currency of prices and costs; rates are cited in the tooltip of each"));

    auto* regionLabel = new QLabel(tr("&Region"), bar);
    regionLabel->setBuddy(regions_);
    auto* presetLabel = new QLabel(tr("&Preset"), bar);
    presetLabel->setBuddy(presets_);
    bar->addWidget(regionLabel);
    bar->addWidget(regions_);
    auto* currencyLabel = new QLabel(tr("C&urrency"), bar);
    currencyLabel->setBuddy(currencies_);
    bar->addWidget(currencyLabel);
    bar->addWidget(currencies_);
    exchangeRates_ = exchangeRatesAction(document_, this);
    bar->addAction(exchangeRates_);
    regionsEditor_ = regionsAction(document_, this);
    bar->addAction(regionsEditor_);
    bar->addSeparator();
    bar->addWidget(presetLabel);
    bar->addWidget(presets_);
    bar->addSeparator();
    QAction* reset = bar->addAction(tr("Reset all"), document_, &ScenarioDocument::resetAll);
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    reset->setToolTip(tr("Return every value to the preset or region defaults (Ctrl+Shift+R)"));
    pin_ = bar->addAction(tr("Pin as baseline"), document_, &ScenarioDocument::pinCurrent);
    pin_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    pin_->setToolTip(tr("Keep this scenario on the charts as a dashed line to compare with (Ctrl+B); up to %1")
                         .arg(ScenarioDocument::kMaxPinned));

    connect(regions_, &QComboBox::activated, this,
            [this](int index) {
                if (const QString id = regions_->itemData(index).toString(); !id.isEmpty())
                    document_->loadRegion(id);
            });
    connect(currencies_, &QComboBox::activated, this,
            [this](int index) { document_->setCurrency(currencies_->itemData(index).toString()); });
    connect(presets_, &QComboBox::activated, this, [this](int index) {
        const QString id = presets_->itemData(index).toString();
        if (!id.isEmpty())
            document_->loadPreset(id);
    });
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
    edit->addAction(exchangeRates_);
    edit->addAction(regionsEditor_);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    int number = 1;
    for (ChartView view : kChartViews) {
        QAction* action = viewMenu->addAction(viewTitle(view), this, [this, view] { setView(view); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number++)));
    }
    viewMenu->addSeparator();
    projections_ = viewMenu->addAction(tr("Published &projections"));
    projections_->setCheckable(true);
    projections_->setChecked(true);
    projections_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(projections_, &QAction::toggled, this, [this](bool on) {
        for (ChartView view : kChartViews)
            if (page(view)->drawsProjections()) {
                page(view)->setProjectionsVisible(on);
                page(view)->display(document_->snapshot());
            }
    });

    QAction* inGigawatts = viewMenu->addAction(tr("Key Figures in &GW"));
    inGigawatts->setObjectName(QStringLiteral("keyFiguresInGigawatts"));
    inGigawatts->setCheckable(true);
    inGigawatts->setChecked(settings_->keyFiguresInGigawatts());
    keyFigures_->setInGigawatts(inGigawatts->isChecked());
    connect(inGigawatts, &QAction::toggled, this, [this](bool on) {
        settings_->setKeyFiguresInGigawatts(on);
        keyFigures_->setInGigawatts(on);
    });

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
    QMenu* themes = viewMenu->addMenu(tr("&Theme"));
    auto* themeGroup = new QActionGroup(themes);
    const std::pair<Settings::Theme, QString> choices[] = {{Settings::Theme::System, tr("&System")},
                                                           {Settings::Theme::Light, tr("&Light")},
                                                           {Settings::Theme::Dark, tr("&Dark")},
                                                           {Settings::Theme::HighContrast, tr("&High contrast")}};
    for (const auto& [theme, label] : choices) {
        QAction* action = themes->addAction(label);
        action->setCheckable(true);
        action->setChecked(settings_->theme() == theme);
        action->setObjectName(QStringLiteral("theme-") + themeKey(theme));
        themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = theme] {
            settings_->setTheme(theme);
            applyTheme(theme);
        });
    }
    buildLanguageMenu(viewMenu);
    buildCompareMenu();
    addHelpMenu(this, document_->data().edition);
}

// Each language is named in itself, so a person can find theirs whatever the window speaks now.
void MainWindow::buildLanguageMenu(QMenu* viewMenu)
{
    QMenu* languages = viewMenu->addMenu(tr("&Language"));
    auto* group = new QActionGroup(languages);
    const QString saved = settings_->language();
    QStringList choices{QString()};
    choices.append(availableLanguages());
    for (const QString& language : choices) {
        QAction* action =
            languages->addAction(language.isEmpty() ? tr("&System (%1)").arg(nativeLanguageName(systemLanguage()))
                                                    : nativeLanguageName(language));
        action->setCheckable(true);
        action->setChecked(saved == language);
        action->setObjectName(QStringLiteral("language-") + (language.isEmpty() ? QStringLiteral("system") : language));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            settings_->setLanguage(language);
            // Every text and number format is set up as the window is built, so the change waits.
            statusBar()->showMessage(tr("The language changes when GridShare next starts."), 10000);
        });
    }
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
    compare_->addAction(pin_);
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
                                           projections_->isChecked(), settings_->presentationZoom(), this);
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
    return kChartViews[static_cast<std::size_t>(viewTabs_->currentIndex())];
}

ChartPage* MainWindow::page(ChartView view) const
{
    return pageFor_.at(view);
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

    const QSignalBlocker blockRegions(regions_);
    const QSignalBlocker blockPresets(presets_);
    const QSignalBlocker blockCurrencies(currencies_);
    currencies_->setCurrentIndex(currencies_->findData(document_->currency()));
    regions_->setCurrentIndex(regions_->findData(QString::fromStdString(document_->scenario().region)));
    const Preset* preset = document_->preset();
    presets_->setCurrentIndex(preset ? presets_->findData(QString::fromStdString(preset->id)) : 0);
    setWindowTitle(tr("%1[*] — GridShare").arg(document_->name()));
    setWindowModified(document_->isModified());
    pin_->setEnabled(document_->snapshot() && document_->pinned().size() < ScenarioDocument::kMaxPinned);
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
