// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/startup_notices.h"

#include "common/message_text.h"
#include "common/user_data.h"
#include "document/parameter_presentation.h"
#include "document/scenario_document.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace gridshare::gui {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StartupNotices)
};

// A warning that leaves the window usable: the first lines in the box, all of them under Details.
QMessageBox* notice(const QString& title, const QString& text, const QStringList& lines, QWidget* window)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, window);
    box->setObjectName(QStringLiteral("startupNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!lines.isEmpty()) {
        box->setInformativeText(lines.mid(0, 3).join(QLatin1Char('\n')));
        box->setDetailedText(lines.join(QLatin1Char('\n')));
    }
    box->setWindowModality(Qt::NonModal);
    box->show();
    return box;
}

// A record that cannot be read is named, never skipped in silence; it is kept unless the person
// deletes it.
void reportUnreadable(const std::vector<Autosaver::Unreadable>& unreadable, QWidget* window)
{
    if (!qEnvironmentVariableIsEmpty("GRIDSHARE_RECOVERY_ANSWER"))
        return; // an automated test: the records are kept
    for (const auto& record : unreadable) {
        QMessageBox box(QMessageBox::Warning, Text::tr("An autosaved scenario cannot be read"),
                        Text::tr("%1 cannot be read: %2. It is kept; delete it if it holds nothing you need.")
                            .arg(QDir::toNativeSeparators(record.recordPath), record.reason),
                        QMessageBox::NoButton, window);
        QPushButton* remove = box.addButton(Text::tr("Delete"), QMessageBox::DestructiveRole);
        box.setDefaultButton(box.addButton(Text::tr("Keep"), QMessageBox::RejectRole));
        box.exec();
        if (box.clickedButton() == remove)
            Autosaver::discard(record.recordPath);
    }
}

} // namespace

QString changesOf(const Scenario& scenario)
{
    constexpr std::size_t kShown = 3;
    QStringList changes;
    for (const auto& [param, value] : scenario.parameters) {
        if (changes.size() == qsizetype(kShown))
            break;
        const QString currency = QString::fromStdString(scenario.currency.value_or(std::string()));
        changes.append(QStringLiteral("%1 %2 %3")
                           .arg(presentation(param).label, formatValue(param, value, QLocale()),
                                displayUnit(presentation(param), currency))
                           .trimmed());
    }
    if (changes.isEmpty())
        return Text::tr("no values changed");
    const QString shown = changes.join(QStringLiteral(", "));
    if (scenario.parameters.size() > kShown)
        return Text::tr("%1 and %2 more").arg(shown).arg(scenario.parameters.size() - kShown);
    return shown;
}

QMessageBox* showDataWarnings(const Dataset::Loaded& loaded, QWidget* window)
{
    if (loaded.warningIssues.empty())
        return nullptr;
    QStringList lines;
    for (const auto& warning : loaded.warningIssues)
        lines.append(describe(warning));
    return notice(Text::tr("Some of your data files are not used"),
                  Text::tr("GridShare uses its built-in data in place of these files of yours in %1. Fix or "
                           "remove them; they are never overwritten.")
                      .arg(QDir::toNativeSeparators(userDataFolder())),
                  lines, window);
}

QMessageBox* showAutosaveFailure(const QString& reason, QWidget* window)
{
    return notice(Text::tr("Autosave is off"),
                  Text::tr("Unsaved changes cannot be autosaved: %1. They would be lost in a crash; save your "
                           "work to keep it.")
                      .arg(reason),
                  {}, window);
}

void offerRecovery(ScenarioDocument& document, QWidget* window, Autosaver& autosaver, const QString& folder)
{
    const auto found = Autosaver::scan(folder);
    reportUnreadable(found.unreadable, window);
    if (found.recoverable.empty())
        return;
    const auto& newest = found.recoverable.front();
    const QString name = QString::fromStdString(newest.record.scenario.name);
    const QString from = newest.record.originalFile.empty()
                             ? Text::tr("never saved")
                             : QDir::toNativeSeparators(QString::fromStdString(newest.record.originalFile));
    const QDateTime savedAt = QDateTime::fromString(QString::fromStdString(newest.record.savedAt), Qt::ISODate);
    QString text = Text::tr("GridShare did not close normally. Recover the unsaved changes to \"%1\" (%2), "
                            "autosaved %3?")
                       .arg(name, from, QLocale().toString(savedAt.toLocalTime(), QLocale::ShortFormat))
                   + QStringLiteral("\n\n") + changesOf(newest.record.scenario);
    if (found.recoverable.size() > 1)
        text += QStringLiteral("\n\n")
                + Text::tr("Other autosaved scenarios (%1) are offered at the next start.")
                      .arg(found.recoverable.size() - 1);
    // Automated tests answer without a dialog; a person is always asked.
    const QByteArray answer = qgetenv("GRIDSHARE_RECOVERY_ANSWER");
    bool recover = answer == "recover";
    if (answer.isEmpty()) {
        QMessageBox box(QMessageBox::Question, Text::tr("Recover unsaved changes?"), text, QMessageBox::NoButton,
                        window);
        QPushButton* recoverButton = box.addButton(Text::tr("Recover"), QMessageBox::AcceptRole);
        box.addButton(Text::tr("Discard"), QMessageBox::DestructiveRole);
        box.setDefaultButton(recoverButton);
        box.exec();
        recover = box.clickedButton() == recoverButton;
    }
    if (!recover) {
        Autosaver::discard(newest.recordPath);
        return;
    }
    document.replaceWith(newest.record.scenario, QString(), true);
    document.setSuggestedPath(QString::fromStdString(newest.record.originalFile));
    autosaver.adopt(newest);
}

} // namespace gridshare::gui
