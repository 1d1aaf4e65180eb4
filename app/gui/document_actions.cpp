// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/document_actions.h"

#include "common/message_text.h"
#include "document/parameter_presentation.h"
#include "document/scenario_document.h"
#include "document/scenario_files.h"
#include "document/settings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace gridshare::gui {
namespace {

QString describe(const Issues& issues)
{
    QStringList lines;
    for (const Issue& issue : issues)
        lines.append(gridshare::describe(issue));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString DocumentActions::scenarioFileFilter()
{
    // Translated on each call: a static built before main() installs the translations stays English.
    return tr("GridShare scenarios (*.gridshare.json);;JSON files (*.json);;All files (*)");
}

DocumentActions::DocumentActions(ScenarioDocument* document, Settings* settings, QWidget* window)
    : QObject(window), document_(document), settings_(settings), window_(window)
{
    prompts_.openFileName = [this] {
        return QFileDialog::getOpenFileName(window_, tr("Open scenario"), QString(), scenarioFileFilter());
    };
    prompts_.saveFileName = [this](const QString& suggestion) {
        return QFileDialog::getSaveFileName(window_, tr("Save scenario"), suggestion, scenarioFileFilter());
    };
    prompts_.error = [this](const QString& title, const QString& message) {
        QMessageBox::warning(window_, title, message);
    };
    prompts_.unsavedChanges = [this](const QString& name) {
        const auto button =
            QMessageBox::question(window_, tr("Unsaved changes"), tr("Save the changes to \"%1\" first?").arg(name),
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return button == QMessageBox::Save      ? Prompts::Answer::Save
               : button == QMessageBox::Discard ? Prompts::Answer::Discard
                                                : Prompts::Answer::Cancel;
    };

    prompts_.keepSavedValues = [this](const QString& title, const QString& text) {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, window_);
        QPushButton* keep = box.addButton(tr("Keep the saved values"), QMessageBox::AcceptRole);
        box.addButton(tr("Use the new values"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.exec();
        return box.clickedButton() == keep;
    };

    new_ = new QAction(tr("&New"), this);
    new_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    open_ = new QAction(tr("&Open…"), this);
    open_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    save_ = new QAction(tr("&Save"), this);
    save_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    saveAs_ = new QAction(tr("Save &As…"), this);
    saveAs_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    revert_ = new QAction(tr("Re&vert to Saved"), this);
    recent_ = new QMenu(tr("Open &Recent"), window);

    connect(new_, &QAction::triggered, this, &DocumentActions::startNew);
    connect(open_, &QAction::triggered, this, [this] {
        if (!maybeSave())
            return;
        const QString path = prompts_.openFileName();
        if (!path.isEmpty())
            openFile(path);
    });
    connect(save_, &QAction::triggered, this, &DocumentActions::save);
    connect(saveAs_, &QAction::triggered, this, [this] {
        const QString path = prompts_.saveFileName(saveSuggestion());
        if (!path.isEmpty())
            saveAs(path);
    });
    connect(revert_, &QAction::triggered, this, &DocumentActions::revert);
    connect(settings_, &Settings::recentFilesChanged, this, &DocumentActions::fillRecentMenu);
    connect(document_, &ScenarioDocument::modifiedChanged, this, &DocumentActions::updateActions);
    connect(document_, &ScenarioDocument::filePathChanged, this, &DocumentActions::updateActions);
    fillRecentMenu();
    updateActions();
}

bool DocumentActions::openFile(const QString& path)
{
    const auto read = readScenario(path, document_->data());
    if (!read) {
        prompts_.error(tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                       tr("The scenario open now is unchanged.\n\n%1").arg(describe(read.issues())));
        return false;
    }
    document_->replaceWith(read.value(), QFileInfo(path).absoluteFilePath(), false);
    settings_->addRecentFile(QFileInfo(path).absoluteFilePath());
    askAboutMovedDefaults(read.value());
    return true;
}

// Says which defaults moved since the file was saved (old -> new, with the new source) and lets the
// person keep the saved values, as one undo step, or take the new ones.
void DocumentActions::askAboutMovedDefaults(const Scenario& opened)
{
    const Dataset& data = document_->data();
    const MovedDefaults moved = movedDefaults(opened, data);
    if (moved.moved.empty())
        return;
    const QString currency = document_->currency();
    QStringList lines;
    for (const MovedDefault& m : moved.moved) {
        const ParameterPresentation& p = presentation(m.param);
        const QString unit = displayUnit(p, currency);
        auto value = [&](double v) { return formatValue(m.param, v, window_->locale()) + QLatin1Char(' ') + unit; };
        QString why;
        if (m.provenance.isAssumption()) {
            why = tr("an assumption");
        } else {
            const Source* source = data.source(m.provenance.source);
            why = tr("new source: %1 (%2)")
                      .arg(source ? QString::fromStdString(source->title + ", " + source->publisher)
                                  : QString::fromStdString(m.provenance.source),
                           QString::fromStdString(m.provenance.level));
        }
        lines.append(QStringLiteral("• %1: %2 → %3 (%4)").arg(p.label, value(m.saved), value(m.current), why));
    }
    const QString saved =
        moved.savedEdition.version.empty()
            ? tr("an earlier edition of GridShare's data")
            : tr("GridShare's data of %1")
                  .arg(QString::fromStdString(moved.savedEdition.asOf.empty() ? moved.savedEdition.version
                                                                              : moved.savedEdition.asOf));
    const QString text =
        tr("This file was saved with %1. The data now is edition %2, as of %3. Defaults the file used that have "
           "moved since (%4):")
            .arg(saved, QString::fromStdString(data.edition.version), QString::fromStdString(data.edition.asOf))
            .arg(moved.moved.size())
        + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
        + tr("Keep the saved values to reproduce the file's numbers (one step that Undo takes back), or use the "
             "new values.");
    if (prompts_.keepSavedValues && prompts_.keepSavedValues(tr("Defaults have moved since this file was saved"), text))
        document_->keepSavedValues(moved.moved);
}

bool DocumentActions::save()
{
    // Recovered work is saved where the person chooses, seeing the path it came from first.
    if (document_->filePath().isEmpty()) {
        const QString path = prompts_.saveFileName(saveSuggestion());
        return !path.isEmpty() && saveAs(path);
    }
    return saveAs(document_->filePath());
}

QString DocumentActions::saveSuggestion() const
{
    return document_->suggestedPath().isEmpty() ? document_->name() + QStringLiteral(".gridshare.json")
                                                : document_->suggestedPath();
}

bool DocumentActions::saveAs(const QString& path)
{
    const QString problem = writeScenario(path, document_->scenarioForSaving(), document_->data());
    if (!problem.isEmpty()) {
        prompts_.error(tr("Not saved"), tr("%1 was not saved: %2.").arg(QDir::toNativeSeparators(path), problem));
        return false;
    }
    document_->markSaved(QFileInfo(path).absoluteFilePath());
    settings_->addRecentFile(QFileInfo(path).absoluteFilePath());
    return true;
}

bool DocumentActions::revert()
{
    if (document_->filePath().isEmpty())
        return false;
    const auto read = readScenario(document_->filePath(), document_->data());
    if (!read) {
        prompts_.error(tr("Cannot revert"), describe(read.issues()));
        return false;
    }
    document_->replaceWith(read.value(), document_->filePath(), false);
    askAboutMovedDefaults(read.value());
    return true;
}

bool DocumentActions::startNew()
{
    if (!maybeSave())
        return false;
    document_->startNew();
    return true;
}

bool DocumentActions::maybeSave()
{
    if (!document_->isModified())
        return true;
    switch (prompts_.unsavedChanges(document_->name())) {
    case Prompts::Answer::Save:
        return save();
    case Prompts::Answer::Discard:
        return true;
    case Prompts::Answer::Cancel:
        break;
    }
    return false;
}

void DocumentActions::fillRecentMenu()
{
    recent_->clear();
    const QStringList files = settings_->recentFiles();
    for (const QString& path : files) {
        QAction* action = recent_->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (!maybeSave())
                return;
            if (!QFileInfo::exists(path)) {
                prompts_.error(tr("Cannot open"), tr("%1 no longer exists.").arg(path));
                settings_->removeRecentFile(path);
                return;
            }
            openFile(path);
        });
    }
    recent_->setEnabled(!files.isEmpty());
}

void DocumentActions::updateActions()
{
    revert_->setEnabled(!document_->filePath().isEmpty() && document_->isModified());
}

} // namespace gridshare::gui
