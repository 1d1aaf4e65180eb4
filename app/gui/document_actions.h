// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File > New, Open, Save, Save As, Open Recent and Revert for a ScenarioDocument. A bad file never
// touches the open document; a failed save leaves the previous file as it was. The dialogs are
// replaceable so tests can answer them.

#include "gridshare/scenario.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace gridshare::gui {

class ScenarioDocument;
class Settings;

class DocumentActions : public QObject {
    Q_OBJECT

public:
    // What the person is asked; each defaults to a standard dialog over the parent window.
    struct Prompts {
        std::function<QString()> openFileName;
        std::function<QString(const QString& suggestion)> saveFileName;
        std::function<void(const QString& title, const QString& message)> error;
        // Save, Discard or Cancel before the document is replaced.
        enum class Answer { Save, Discard, Cancel };
        std::function<Answer(const QString& name)> unsavedChanges;
        // A file opened with newer data whose defaults moved: true keeps the values it was saved
        // with, false takes the new ones. The text lists what moved.
        std::function<bool(const QString& title, const QString& text)> keepSavedValues;
    };

    DocumentActions(ScenarioDocument* document, Settings* settings, QWidget* window);

    // The file dialogs' filter for scenarios, in the language installed when it is called.
    static QString scenarioFileFilter();

    void setPrompts(Prompts prompts) { prompts_ = std::move(prompts); }

    QAction* newAction() const { return new_; }
    QAction* openAction() const { return open_; }
    QAction* saveAction() const { return save_; }
    QAction* saveAsAction() const { return saveAs_; }
    QAction* revertAction() const { return revert_; }
    QMenu* recentMenu() const { return recent_; }

    // Each returns whether it happened; problems are shown through the prompts.
    bool openFile(const QString& path);
    bool save();
    bool saveAs(const QString& path);
    bool revert();
    bool startNew();
    // Asks about unsaved changes; true when it is fine to replace or close the document.
    bool maybeSave();

private:
    QString saveSuggestion() const;
    void askAboutMovedDefaults(const Scenario& opened);
    void fillRecentMenu();
    void updateActions();

    ScenarioDocument* document_;
    Settings* settings_;
    QWidget* window_;
    Prompts prompts_;
    QAction* new_;
    QAction* open_;
    QAction* save_;
    QAction* saveAs_;
    QAction* revert_;
    QMenu* recent_;
};

} // namespace gridshare::gui
