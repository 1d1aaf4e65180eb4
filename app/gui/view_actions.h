// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The View menu's own choices: one action per chart view (Ctrl+1…), whether the published
// projections are drawn (this is their one owner), key figures in GW, the History dock, the theme
// and the language. Each choice is kept in Settings where it outlives the session; the views listen
// to the signals, and the theme is applied from the settings' own.

#include "gui/charts/chart_views.h"

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace gridshare::gui {

class Settings;

class ViewActions : public QObject {
    Q_OBJECT

public:
    ViewActions(Settings* settings, QMainWindow* window);

    void addViewsTo(QMenu* menu); // the chart views, then the two toggles
    // The History dock, hidden at first, and its toggle (Ctrl+H).
    void addHistoryTo(QMenu* menu, QUndoStack* history);
    void addAppearanceTo(QMenu* menu); // Theme and Language submenus

    bool projectionsVisible() const;
    bool keyFiguresInGigawatts() const;

signals:
    void viewChosen(gridshare::gui::ChartView view);
    void projectionsVisibleChanged(bool visible);
    void keyFiguresInGigawattsChanged(bool inGigawatts);

private:
    void addThemes(QMenu* menu);
    void addLanguages(QMenu* menu);

    Settings* settings_;
    QMainWindow* window_;
    QAction* projections_;
    QAction* inGigawatts_;
};

} // namespace gridshare::gui
