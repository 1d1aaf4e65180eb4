// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/presentation_actions.h"

#include "document/playlist.h"
#include "document/scenario_document.h"
#include "document/settings.h"
#include "gui/charts/regions_chart_page.h"
#include "gui/panels/key_figures_strip.h"
#include "gui/playlist_dialog.h"
#include "gui/presentation_window.h"
#include "gui/view_actions.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>

namespace gridshare::gui {

PresentationActions::PresentationActions(const ScenarioDocument* document, Settings* settings,
                                         const ViewActions* viewActions, std::function<ChartView()> view,
                                         const RegionsChartPage* regions, QWidget* window)
    : QObject(window), document_(document), settings_(settings), viewActions_(viewActions), view_(std::move(view)),
      regions_(regions), window_(window)
{}

void PresentationActions::addTo(QMenu* menu)
{
    QAction* present = menu->addAction(tr("P&resent"), this, &PresentationActions::present);
    present->setShortcut(QKeySequence(Qt::Key_F5));
    present->setToolTip(tr("Full screen with the playlist: PageDown/PageUp step, P shows projections, Esc "
                           "leaves (F5)"));
    menu->addAction(tr("Presentation Pl&aylist…"), this, &PresentationActions::editPlaylist);
}

PresentationWindow* PresentationActions::present()
{
    if (presentation_)
        return presentation_;
    const ChartView view = view_();
    presentation_ = new PresentationWindow(document_->data(), document_->scenarioForSaving(),
                                           playlistFromStored(settings_->presentationPlaylist(), document_->data()),
                                           view == ChartView::Sensitivity ? ChartView::Share : view,
                                           viewActions_->projectionsVisible(), settings_->presentationZoom(), window_);
    presentation_->keyFigures()->setInGigawatts(settings_->keyFiguresInGigawatts());
    if (auto* regions = qobject_cast<RegionsChartPage*>(presentation_->chart())) {
        regions->setRegions(regions_->regions());
        regions->setMeasure(regions_->measure());
        regions->redraw();
    }
    connect(presentation_, &PresentationWindow::closed, this,
            [this](double zoom) { settings_->setPresentationZoom(zoom); });
    presentation_->showFullScreen();
    presentation_->activateWindow();
    presentation_->setFocus();
    return presentation_;
}

PresentationWindow* PresentationActions::presentation() const
{
    return presentation_;
}

void PresentationActions::editPlaylist()
{
    PlaylistDialog dialog(playlistFromStored(settings_->presentationPlaylist(), document_->data()), document_->data(),
                          window_);
    if (dialog.exec() == QDialog::Accepted)
        settings_->setPresentationPlaylist(storedPlaylist(dialog.entries()));
}

} // namespace gridshare::gui
