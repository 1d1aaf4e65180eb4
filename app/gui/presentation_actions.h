// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The View menu's presentation entries: Present (F5) opens presentation mode on the open scenario
// and the playlist, with the window's view, projections and compared regions; Presentation
// Playlist… edits the playlist. The playlist and the type size are kept in the settings.

#include "gui/charts/chart_views.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QMenu;
class QWidget;

namespace gridshare::gui {

class PresentationWindow;
class RegionsChartPage;
class ScenarioDocument;
class Settings;
class ViewActions;

class PresentationActions : public QObject {
    Q_OBJECT

public:
    // view says which view the window shows; regions is its Compare regions page.
    PresentationActions(const ScenarioDocument* document, Settings* settings, const ViewActions* viewActions,
                        std::function<ChartView()> view, const RegionsChartPage* regions, QWidget* window);

    void addTo(QMenu* menu);

    // The chart full screen, stepping through the playlist. Returns the window it opened, or the
    // one open already.
    PresentationWindow* present();
    PresentationWindow* presentation() const; // null when not presenting

private:
    void editPlaylist();

    const ScenarioDocument* document_;
    Settings* settings_;
    const ViewActions* viewActions_;
    std::function<ChartView()> view_;
    const RegionsChartPage* regions_;
    QWidget* window_;
    QPointer<PresentationWindow> presentation_;
};

} // namespace gridshare::gui
