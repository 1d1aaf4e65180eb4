// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/main_window.h"

#include "document/settings.h"
#include "gui/charts/regions_chart_page.h"
#include "gui/charts/sensitivity_chart_page.h"
#include "gui/charts/share_chart_page.h"
#include "gui/compare_menu.h"
#include "gui/controls/controls_panel.h"
#include "gui/controls/parameter_control.h"
#include "gui/document_actions.h"
#include "gui/export/export_actions.h"
#include "gui/export/sources_export_action.h"
#include "gui/help_menu.h"
#include "gui/panels/citations_panel.h"
#include "gui/panels/key_figures_strip.h"
#include "gui/panels/problem_banner.h"
#include "gui/presentation_actions.h"
#include "gui/projection_import_action.h"
#include "gui/region_comparison_menu.h"
#include "gui/scenario_tool_bar.h"
#include "gui/view_actions.h"
#include "gui/window_fit.h"

#include <qcustomplot.h>

#include <QAction>
#include <QCloseEvent>
#include <QKeySequence>
#include <QMenuBar>
#include <QMimeData>
#include <QSlider>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

namespace gridshare::gui {

MainWindow::MainWindow(ScenarioDocument* document, Settings* settings, QWidget* parent)
    : QMainWindow(parent), document_(document), settings_(settings),
      actions_(new DocumentActions(document, settings, this)), viewActions_(new ViewActions(settings, this)),
      controls_(new ControlsPanel(document, this)), keyFigures_(new KeyFiguresStrip(this))
{
    splitter_ = new QSplitter(Qt::Horizontal, this);
    splitter_->addWidget(controls_);
    splitter_->addWidget(buildCentre());
    sideTabs_ = new SidePanels(document_, settings_, this);
    splitter_->addWidget(sideTabs_);
    splitter_->setStretchFactor(0, 0);
    splitter_->setStretchFactor(1, 1);
    splitter_->setStretchFactor(2, 0);
    splitter_->setSizes(panelWidths(kPreferredWindowSize.width()));
    splitter_->setChildrenCollapsible(false);
    // Until the person drags the dividers, the panels follow the window's width (window_fit.h).
    connect(splitter_, &QSplitter::splitterMoved, this, [this] { panelsSizedByHand_ = true; });
    setCentralWidget(splitter_);
    exports_ = new ExportActions(
        document_, settings_, [this] { return page(view()); }, this);
    toolBar_ = new ScenarioToolBar(document_, this);
    addToolBar(toolBar_);
    connect(viewActions_, &ViewActions::viewChosen, this, &MainWindow::setView);
    keyFigures_->setInGigawatts(viewActions_->keyFiguresInGigawatts());
    connect(viewActions_, &ViewActions::keyFiguresInGigawattsChanged, keyFigures_, &KeyFiguresStrip::setInGigawatts);
    buildMenus();
    setAcceptDrops(true);
    restoreGeometry(settings_->windowGeometry());
    restoreState(settings_->windowState());

    connect(document_, &ScenarioDocument::changed, this, &MainWindow::showTitle);
    connect(controls_, &ControlsPanel::parameterSelected, this, &MainWindow::showSourceOf);
    // The keyboard starts on the first headline slider (below): its source is marked from the first
    // frame, so the Sources text is laid out once, not again when the window gets the focus.
    showSourceOf(Param::QueriesPerDay);
    // The views follow the document themselves; a page not shown draws when it is. Pages made
    // later follow it from the start.
    pagesFollow_ = true;
    for (const auto& [view, made] : pageFor_)
        made->follow(*document_);
    keyFigures_->follow(*document_);
    citations()->follow(*document_);
    showTitle();
    // Tab reads the window as a person does: scenario choice, controls top to bottom, the views,
    // then the sources.
    QList<QWidget*> order{toolBar_->regions(), toolBar_->currencies(), toolBar_->presets()};
    order += controls_->focusOrder();
    order += {viewTabs_, sideTabs_->tabBar(), citations()};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    // The keyboard starts on the first headline slider: arrow keys move it at once.
    controls_->control(Param::QueriesPerDay)->slider()->setFocus();
}

QWidget* MainWindow::buildCentre()
{
    auto* centre = new QWidget(this);
    auto* layout = new QVBoxLayout(centre);
    viewTabs_ = new QTabBar(centre);
    viewTabs_->setExpanding(false);
    pages_ = new QStackedWidget(centre);
    for (ChartView view : kChartViews)
        viewTabs_->addTab(viewTitle(view));
    // The page shown draws itself if the document changed while it was hidden; a view's page is
    // made when it is first shown or asked for (page()).
    page(view());
    connect(viewTabs_, &QTabBar::currentChanged, pages_,
            [this](int index) { pages_->setCurrentWidget(page(kChartViews[static_cast<std::size_t>(index)])); });
    layout->addWidget(new ProblemBanner(document_, centre));
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

    viewActions_->addHistoryTo(viewMenu, document_->undoStack());
    viewMenu->addSeparator();
    presenting_ = new PresentationActions(
        document_, settings_, viewActions_, [this] { return view(); },
        static_cast<const RegionsChartPage*>(page(ChartView::Regions)), this);
    presenting_->addTo(viewMenu);
    viewMenu->addSeparator();
    viewActions_->addAppearanceTo(viewMenu);
    auto* regions = static_cast<RegionsChartPage*>(page(ChartView::Regions));
    menuBar()->addMenu(new CompareMenu(document_, toolBar_->pinAction(),
                                       regionComparisonMenu(regions, settings_, document_, this), this));
    addHelpMenu(this, document_->data().edition);
}

PresentationWindow* MainWindow::present()
{
    return presenting_->present();
}

PresentationWindow* MainWindow::presentation() const
{
    return presenting_->presentation();
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
    if (const auto made = pageFor_.find(view); made != pageFor_.end())
        return made->second;
    // Made when first needed: each page costs its construction and a first replot, which the
    // hidden ones spent at start-up for a view not looked at.
    ChartPage* page = createChartPage(view, pages_);
    if (auto* tornado = qobject_cast<SensitivityChartPage*>(page))
        connect(tornado, &SensitivityChartPage::parameterClicked, this, &MainWindow::selectParameter);
    // The toggle is the one owner; each page redraws itself.
    page->setProjectionsVisible(viewActions_->projectionsVisible());
    connect(viewActions_, &ViewActions::projectionsVisibleChanged, page, &ChartPage::setProjectionsVisible);
    pageFor_[view] = page;
    pages_->addWidget(page);
    if (pagesFollow_)
        page->follow(*document_);
    return page;
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
    return static_cast<ShareChartPage*>(page(ChartView::Share));
}

void MainWindow::renderNow()
{
    document_->finishPendingWork();
    page(view())->plot()->replot(QCustomPlot::rpImmediateRefresh);
}

void MainWindow::showTitle()
{
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
    citations()->highlight(QString::fromStdString(provenance.source));
}

} // namespace gridshare::gui
