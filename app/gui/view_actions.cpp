// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/view_actions.h"

#include "document/settings.h"
#include "gui/language.h"
#include "gui/themes.h"

#include <QActionGroup>
#include <QDockWidget>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QUndoView>

namespace gridshare::gui {

ViewActions::ViewActions(Settings* settings, QMainWindow* window)
    : QObject(window), settings_(settings), window_(window),
      projections_(new QAction(tr("Published &projections"), this)),
      inGigawatts_(new QAction(tr("Key Figures in &GW"), this))
{
    projections_->setCheckable(true);
    projections_->setChecked(true);
    projections_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(projections_, &QAction::toggled, this, &ViewActions::projectionsVisibleChanged);

    inGigawatts_->setObjectName(QStringLiteral("keyFiguresInGigawatts"));
    inGigawatts_->setCheckable(true);
    inGigawatts_->setChecked(settings_->keyFiguresInGigawatts());
    connect(inGigawatts_, &QAction::toggled, this, [this](bool on) {
        settings_->setKeyFiguresInGigawatts(on);
        emit keyFiguresInGigawattsChanged(on);
    });
    // The theme chosen is applied as it is kept, whoever chose it.
    connect(settings_, &Settings::themeChanged, this, [this] { applyTheme(settings_->theme()); });
}

bool ViewActions::projectionsVisible() const
{
    return projections_->isChecked();
}

bool ViewActions::keyFiguresInGigawatts() const
{
    return inGigawatts_->isChecked();
}

void ViewActions::addViewsTo(QMenu* menu)
{
    int number = 1;
    for (ChartView view : kChartViews) {
        QAction* action = menu->addAction(viewTitle(view), this, [this, view] { emit viewChosen(view); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number++)));
    }
    menu->addSeparator();
    menu->addAction(projections_);
    menu->addAction(inGigawatts_);
}

void ViewActions::addHistoryTo(QMenu* menu, QUndoStack* history)
{
    auto* dock = new QDockWidget(tr("History"), window_);
    dock->setObjectName(QStringLiteral("historyDock"));
    dock->setWidget(new QUndoView(history, dock));
    window_->addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    QAction* show = dock->toggleViewAction();
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    menu->addAction(show);
}

void ViewActions::addAppearanceTo(QMenu* menu)
{
    addThemes(menu->addMenu(tr("&Theme")));
    addLanguages(menu->addMenu(tr("&Language")));
}

void ViewActions::addThemes(QMenu* menu)
{
    auto* group = new QActionGroup(menu);
    const std::pair<Settings::Theme, QString> choices[] = {{Settings::Theme::System, tr("&System")},
                                                           {Settings::Theme::Light, tr("&Light")},
                                                           {Settings::Theme::Dark, tr("&Dark")},
                                                           {Settings::Theme::HighContrast, tr("&High contrast")}};
    for (const auto& [theme, label] : choices) {
        QAction* action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(settings_->theme() == theme);
        action->setObjectName(QStringLiteral("theme-") + themeKey(theme));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = theme] { settings_->setTheme(theme); });
    }
}

// Each language is named in itself, so a person can find theirs whatever the window speaks now.
void ViewActions::addLanguages(QMenu* menu)
{
    auto* group = new QActionGroup(menu);
    const QString saved = settings_->language();
    QStringList choices{QString()};
    choices.append(availableLanguages());
    for (const QString& language : choices) {
        QAction* action =
            menu->addAction(language.isEmpty() ? tr("&System (%1)").arg(nativeLanguageName(systemLanguage()))
                                               : nativeLanguageName(language));
        action->setCheckable(true);
        action->setChecked(saved == language);
        action->setObjectName(QStringLiteral("language-") + (language.isEmpty() ? QStringLiteral("system") : language));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            settings_->setLanguage(language);
            // Every text and number format is set up as the window is built, so the change waits.
            window_->statusBar()->showMessage(tr("The language changes when GridShare next starts."), 10000);
        });
    }
}

} // namespace gridshare::gui
