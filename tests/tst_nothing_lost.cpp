// SPDX-License-Identifier: GPL-3.0-or-later
// In the window, nothing the person has is lost and nothing they cannot open again is written:
// Save re-opens every state the controls reach; a value outside its range is refused with a
// reason; a refusal never outlives the value it was about; typed numbers are saved as typed;
// recovered work is autosaved before its record goes, and saved only where the person has seen;
// the autosave folder is its owner's alone and says when it cannot work; a broken data file is
// named in the window.

#include "window_fixture.h"

#include "common/user_data.h"
#include "document/autosaver.h"
#include "document/scenario_files.h"
#include "gui/controls/assumption_row.h"
#include "gui/controls/controls_panel.h"
#include "gui/controls/parameter_control.h"
#include "gui/controls/range_editor.h"
#include "gui/controls/what_it_takes_panel.h"
#include "gui/document_actions.h"
#include "gui/startup_notices.h"

#include "gridshare/scenario_io.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <sys/stat.h>
#include <unistd.h>

using namespace gridshare;
using namespace gridshare::gui;

namespace {

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

QLabel* visibleHintOf(QWidget* control)
{
    for (QLabel* label : control->findChildren<QLabel*>())
        if (label->isVisible() && label->objectName() == QLatin1String("refusal") && !label->text().isEmpty())
            return label;
    return nullptr;
}

mode_t modeOf(const QString& path)
{
    struct stat s {};
    return ::lstat(path.toLocal8Bit().constData(), &s) == 0 ? (s.st_mode & 07777) : mode_t(-1);
}

} // namespace

class TestNothingLost : public QObject {
    Q_OBJECT

    testing::WindowFixture fixture_;
    std::unique_ptr<ScenarioDocument>& document_ = fixture_.document;
    std::unique_ptr<MainWindow>& window_ = fixture_.window;
    QTemporaryDir dir_;
    QStringList errors_;
    QString proposed_; // what Save As proposed

    DocumentActions* actions() const { return window_->documentActions(); }

    // Saves the state the window is in and opens the file again: either the file gives back the
    // very same scenario, or nothing was written and the person was told why. "" when so.
    QString saveAndReopen(const QString& state)
    {
        const QString path = dir_.filePath(QStringLiteral("state.gridshare.json"));
        QFile::remove(path);
        errors_.clear();
        const Scenario before = document_->scenarioForSaving();
        if (!actions()->saveAs(path)) {
            if (QFile::exists(path))
                return state + QStringLiteral(": a refused save wrote the file");
            if (errors_.isEmpty() || !errors_.last().contains(QStringLiteral("could not be opened again")))
                return state + QStringLiteral(": refused without the reason: ") + errors_.join(QLatin1Char('\n'));
            return {};
        }
        const auto reopened = readScenario(path, document_->data());
        if (!reopened)
            return state + QStringLiteral(": Open refuses what Save wrote: ")
                   + QString::fromStdString(reopened.issues().front().describe());
        if (!(reopened.value() == before))
            return state + QStringLiteral(": the file does not give back the scenario");
        return {};
    }

    QList<QuantityEdit*> boxes() const
    {
        QList<QuantityEdit*> all;
        for (const auto& ps : paramSpecs())
            all.append(window_->controls()->control(ps.param) ? window_->controls()->control(ps.param)->edit()
                                                              : window_->controls()->assumptionEdit(ps.param));
        return all;
    }

    RangeEditor* rangeOf(Param p) const
    {
        if (ParameterControl* c = window_->controls()->control(p))
            return c->rangeEditor();
        return qobject_cast<AssumptionRow*>(window_->controls()->assumptionEdit(p)->parentWidget())->rangeEditor();
    }

private slots:
    void initTestCase()
    {
        testing::WindowFixture::enableTestMode();
        // Boxes are typed into with Latin keys: numbers in English, whatever the system speaks.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        fixture_.create();
        window_->show();
        window_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window_.get())); // focus moves only in the active window
        errors_.clear();
        DocumentActions::Prompts prompts;
        prompts.openFileName = [] { return QString(); };
        prompts.saveFileName = [this](const QString& suggestion) {
            proposed_ = suggestion;
            return QString();
        };
        prompts.error = [this](const QString&, const QString& message) { errors_.append(message); };
        prompts.unsavedChanges = [](const QString&) { return DocumentActions::Prompts::Answer::Discard; };
        actions()->setPrompts(prompts);
    }

    void cleanup() { fixture_.destroy(); }

    // GUI item 2: every state the controls reach, in every preset, region and currency, saves to a
    // file that opens again as the same scenario, or is not saved at all and says why.
    void everyStateTheControlsReachSavesAndReopens()
    {
        QComboBox* presets = window_->presetSelector();
        QComboBox* currencies = window_->currencySelector();
        for (int preset = 1; preset < presets->count(); ++preset) {
            presets->setCurrentIndex(preset);
            emit presets->activated(preset);
            for (int currency = 0; currency < currencies->count(); ++currency) {
                currencies->setCurrentIndex(currency);
                emit currencies->activated(currency);
                const QString where =
                    presets->itemText(preset) + QStringLiteral(" in ") + currencies->itemText(currency);
                QString problem = saveAndReopen(where);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
        }
        QComboBox* regions = window_->regionSelector();
        for (int region = 0; region < regions->count(); ++region) {
            regions->setCurrentIndex(region);
            emit regions->activated(region);
            for (const auto& ps : paramSpecs()) {
                const QString name = regions->itemText(region) + QLatin1Char('/') + QLatin1String(ps.key.data());
                if (ParameterControl* control = window_->controls()->control(ps.param))
                    for (int position : {0, 333, 500, 1000}) {
                        control->slider()->setValue(position);
                        const QString problem = saveAndReopen(name + QStringLiteral(" slider %1").arg(position));
                        QVERIFY2(problem.isEmpty(), qPrintable(problem));
                    }
                QuantityEdit* box = window_->controls()->control(ps.param)
                                        ? window_->controls()->control(ps.param)->edit()
                                        : window_->controls()->assumptionEdit(ps.param);
                for (double value : {ps.min, ps.max, document_->defaultValue(ps.param) * 1.1}) {
                    typeInto(box, formatValue(ps.param, value, box->locale()));
                    const QString problem = saveAndReopen(name + QStringLiteral(" typed ") + box->text());
                    QVERIFY2(problem.isEmpty(), qPrintable(problem));
                }
                // A range, then the value pushed to both ends of the valid range: refused or kept
                // inside the range, never saved outside it.
                rangeOf(ps.param)->toggle()->click();
                for (double value : {ps.min, ps.max}) {
                    typeInto(box, formatValue(ps.param, value, box->locale()));
                    const QString problem = saveAndReopen(name + QStringLiteral(" with a range, typed ") + box->text());
                    QVERIFY2(problem.isEmpty(), qPrintable(problem));
                }
                rangeOf(ps.param)->toggle()->click();
            }
            document_->resetAll();
        }
    }

    // GUI item 2: the route of the report: a range 20–60 %, then 90 % typed.
    void aValueOutsideItsRangeIsRefusedWithAReason()
    {
        document_->setValue(Param::QueryGrowth, 0.5); // the range below is 40–60 % around it
        ParameterControl* growth = window_->controls()->control(Param::QueryGrowth);
        RangeEditor* range = growth->rangeEditor();
        range->toggle()->click();
        typeInto(range->lowEdit(), QStringLiteral("20"));
        QCOMPARE(document_->range(Param::QueryGrowth), std::optional<Range>(Range{0.2, 0.6}));
        typeInto(growth->edit(), QStringLiteral("90"));
        QCOMPARE(document_->value(Param::QueryGrowth), 0.5); // refused
        QVERIFY(document_->issues().empty());
        QLabel* hint = visibleHintOf(growth);
        QVERIFY(hint);
        QVERIFY2(hint->text().contains(QStringLiteral("outside the uncertainty range 20–60")),
                 qPrintable(hint->text()));
        // The slider too: past the range's end it does not move the value.
        growth->slider()->setValue(growth->positionOf(2.0));
        QCOMPARE(document_->value(Param::QueryGrowth), 0.5);
        QCOMPARE(growth->slider()->value(), growth->positionOf(0.5));
        // Leaving the box puts back the value in use and clears the reason.
        growth->edit()->setFocus();
        window_->controls()->assumptionEdit(Param::Pue)->setFocus();
        QVERIFY(!growth->edit()->hasFocus());
        QCOMPARE(growth->edit()->text(), formatValue(Param::QueryGrowth, 0.5, growth->edit()->locale()));
        QVERIFY(!visibleHintOf(growth));
        QVERIFY(saveAndReopen(QStringLiteral("after the refusals")).isEmpty());
    }

    // GUI item 2, What it takes: Apply never sets a value the range leaves out.
    void whatItTakesRespectsTheRange()
    {
        document_->setValue(Param::QueryGrowth, 0.5); // the range below is 40–60 % around it
        RangeEditor* range = window_->controls()->control(Param::QueryGrowth)->rangeEditor();
        range->toggle()->click(); // 40–60 %
        WhatItTakesPanel* panel = window_->whatItTakes();
        panel->show();
        panel->ask(QStringLiteral("ai_share"), QStringLiteral("10"), 2030, Param::QueryGrowth);
        QVERIFY(panel->answer());
        QVERIFY(*panel->answer() > 0.6); // 67 % a year, outside 40–60 %
        auto* apply = panel->findChild<QPushButton*>();
        QVERIFY(apply && !apply->isEnabled());
        const QString result = panel->findChild<QLabel*>(QStringLiteral("goalSeekResult"))->text();
        QVERIFY2(result.contains(QStringLiteral("widen or remove the range first")), qPrintable(result));
        document_->setValue(Param::QueryGrowth, *panel->answer()); // what Apply would do
        QCOMPARE(document_->value(Param::QueryGrowth), 0.5);
        range->toggle()->click(); // without the range, Apply works
        QVERIFY(apply->isEnabled());
        apply->click();
        QCOMPARE(document_->value(Param::QueryGrowth), *panel->answer());
    }

    // GUI item 9: a reason under a box never outlives the value it was about.
    void aRefusalClearsWhenTheValueChanges_data()
    {
        QTest::addColumn<int>("route");
        QTest::newRow("reset all") << 0;
        QTest::newRow("preset") << 1;
        QTest::newRow("undo") << 2;
        QTest::newRow("leaving the box") << 3;
        QTest::newRow("Escape") << 4;
    }

    void aRefusalClearsWhenTheValueChanges()
    {
        QFETCH(int, route);
        ParameterControl* requests = window_->controls()->control(Param::QueriesPerDay);
        typeInto(requests->edit(), QStringLiteral("3B"));
        typeInto(requests->edit(), QStringLiteral("abc"));
        QVERIFY(visibleHintOf(requests));
        QCOMPARE(requests->edit()->text(), QStringLiteral("abc")); // kept while the person is at it
        switch (route) {
        case 0:
            document_->resetAll();
            break;
        case 1:
            document_->loadPreset(QStringLiteral("chatgpt-2024"));
            break;
        case 2:
            document_->undoStack()->undo();
            break;
        case 3:
            window_->controls()->assumptionEdit(Param::Pue)->setFocus();
            QVERIFY(!requests->edit()->hasFocus());
            break;
        default:
            QTest::keyClick(requests->edit(), Qt::Key_Escape);
            break;
        }
        QVERIFY(!visibleHintOf(requests));
        QVERIFY(!requests->edit()->property("refused").toBool());
        QCOMPARE(requests->edit()->text(),
                 formatValue(Param::QueriesPerDay, document_->value(Param::QueriesPerDay), requests->edit()->locale()));
    }

    // GUI item 15: 70 typed in a %/yr box is saved as 0.7, not 0.7000000000000001.
    void typedNumbersAreSavedAsTyped()
    {
        typeInto(window_->controls()->control(Param::QueryGrowth)->edit(), QStringLiteral("70"));
        typeInto(window_->controls()->assumptionEdit(Param::Pue), QStringLiteral("1.3"));
        ParameterControl* model = window_->controls()->control(Param::ModelGrowth);
        model->slider()->setValue(617);
        const QString path = dir_.filePath(QStringLiteral("typed.gridshare.json"));
        QVERIFY(actions()->saveAs(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("\"query_growth\": 0.7,") || text.contains("\"query_growth\": 0.7\n"), text.constData());
        QVERIFY(text.contains("\"pue\": 1.3"));
        // No fraction in the file carries a run of 0s or 9s from binary arithmetic (0.30000000000000004).
        QVERIFY2(
            !QString::fromUtf8(text).contains(QRegularExpression(QStringLiteral("\\.[0-9]*(0000000|9999999)[0-9]"))),
            text.constData());
    }

    // D5: recovered work is saved only where the person has seen: Save asks, proposing the path
    // the record names, and never writes there by itself.
    void recoveredWorkIsSavedOnlyThroughSaveAs()
    {
        QTemporaryDir folder;
        const QString victim = dir_.filePath(QStringLiteral("important.txt"));
        QFile file(victim);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("IMPORTANT USER DATA");
        file.close();
        AutosaveRecord record;
        record.scenario = document_->scenarioForSaving();
        record.scenario.parameters[Param::QueryGrowth] = 0.8;
        record.originalFile = victim.toStdString();
        record.savedAt = "2026-12-01T10:00:00Z";
        QVERIFY(writeAtomically(folder.filePath(QStringLiteral("5555.autosave.json")),
                                QByteArray::fromStdString(autosaveToText(record)))
                    .isEmpty());
        qputenv("GRIDSHARE_RECOVERY_ANSWER", "recover");
        Autosaver autosaver(document_.get(), folder.path(), 3600000);
        offerRecovery(*document_, window_.get(), autosaver, folder.path());
        qunsetenv("GRIDSHARE_RECOVERY_ANSWER");
        QCOMPARE(document_->value(Param::QueryGrowth), 0.8);
        QVERIFY(document_->filePath().isEmpty());
        QVERIFY(!actions()->save()); // the prompt is answered with Cancel
        QCOMPARE(proposed_, victim);
        file.open(QIODevice::ReadOnly);
        QCOMPARE(file.readAll(), QByteArray("IMPORTANT USER DATA"));
        autosaver.finishCleanly();
    }

    // D1: a recovered record stays until this session has autosaved the recovered work.
    void aRecoveredRecordStaysUntilTheWorkIsAutosaved()
    {
        QTemporaryDir folder;
        document_->setValue(Param::QueryGrowth, 0.9);
        QString crashed;
        {
            Autosaver first(document_.get(), folder.path(), 3600000);
            first.saveNow();
            crashed = first.recordPath();
        } // as after kill -9
        const auto found = Autosaver::findRecoverable(folder.path());
        QCOMPARE(found.size(), std::size_t(1));
        ScenarioDocument recovered(Dataset::builtin());
        recovered.replaceWith(found.front().record.scenario, QString(), true);
        Autosaver second(&recovered, folder.path(), 3600000);
        second.adopt(found.front());
        QVERIFY(QFile::exists(crashed));                            // nothing new is on disk yet: the old record stays
        QVERIFY(Autosaver::findRecoverable(folder.path()).empty()); // held: no other start offers it
        second.saveNow();
        QVERIFY(!QFile::exists(crashed));
        QVERIFY(QFile::exists(second.recordPath()));
    }

    // D5: the folder is its owner's and so are the records and locks, whatever the umask.
    void autosaveFilesAreTheOwnersAlone()
    {
        QTemporaryDir parent;
        const QString folder = parent.filePath(QStringLiteral("autosave"));
        const mode_t umaskBefore = ::umask(0);
        document_->setValue(Param::QueryGrowth, 0.9);
        Autosaver autosaver(document_.get(), folder, 3600000);
        autosaver.start();
        autosaver.saveNow();
        ::umask(umaskBefore);
        QCOMPARE(modeOf(folder), mode_t(0700));
        QCOMPARE(modeOf(autosaver.recordPath()), mode_t(0600));
        const QStringList locks = QDir(folder).entryList({QStringLiteral("*.lock")}, QDir::Files | QDir::Hidden);
        QCOMPARE(locks.size(), 1);
        QCOMPARE(modeOf(QDir(folder).filePath(locks.first())), mode_t(0600));
        autosaver.finishCleanly();
    }

    // D7, D22, D24: records that cannot be read are named (a link to /dev/zero is not followed, a
    // truncated one is not skipped in silence) and kept; a dead session's lock is cleaned away.
    void unreadableRecordsAreNamedAndStaleLocksCleaned()
    {
        QTemporaryDir folder;
        QCOMPARE(
            ::symlink("/dev/zero", folder.filePath(QStringLiteral("3333.autosave.json")).toLocal8Bit().constData()), 0);
        QFile truncated(folder.filePath(QStringLiteral("4444.autosave.json")));
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write("{\"format\": \"gridshare-autosave\", \"vers");
        truncated.close();
        QCOMPARE(::mkfifo(folder.filePath(QStringLiteral("6666.autosave.json")).toLocal8Bit().constData(), 0600), 0);
        {
            QLockFile dead(folder.filePath(QStringLiteral("7777.lock")));
            QVERIFY(dead.tryLock(0));
            // A lock left by a process that is gone: its pid is one that cannot be running.
            QFile lock(folder.filePath(QStringLiteral("7777.lock")));
            QVERIFY(lock.open(QIODevice::WriteOnly));
            lock.write("999999999\nGridShare\n" + QSysInfo::machineHostName().toUtf8() + "\n");
            lock.close();
            QFile::copy(folder.filePath(QStringLiteral("7777.lock")), folder.filePath(QStringLiteral("8888.lock")));
        }
        const auto found = Autosaver::scan(folder.path());
        QCOMPARE(found.recoverable.size(), std::size_t(0));
        QCOMPARE(found.unreadable.size(), std::size_t(3));
        QStringList reasons;
        for (const auto& u : found.unreadable)
            reasons.append(u.recordPath + QStringLiteral(": ") + u.reason);
        const QString all = reasons.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("3333.autosave.json: cannot be read: it is a symbolic link")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("4444.autosave.json: line 1, column")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("6666.autosave.json: cannot be read: it is a device, a pipe")),
                 qPrintable(all));
        QVERIFY(QFile::exists(truncated.fileName())); // kept
        QVERIFY(!QFile::exists(folder.filePath(QStringLiteral("8888.lock"))));
    }

    // D4: an autosave folder that cannot be made is said, once.
    void autosaveThatCannotWorkSaysSoOnce()
    {
        QTemporaryDir parent;
        QFile blocker(parent.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        document_->setValue(Param::QueryGrowth, 0.9);
        Autosaver autosaver(document_.get(), parent.filePath(QStringLiteral("blocker/autosave")), 3600000);
        QStringList said;
        connect(&autosaver, &Autosaver::failed, this, [&said](const QString& reason) { said.append(reason); });
        autosaver.start();
        autosaver.saveNow();
        autosaver.saveNow();
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().contains(QStringLiteral("blocker/autosave")), qPrintable(said.first()));
        QMessageBox* box = showAutosaveFailure(said.first(), window_.get());
        QVERIFY(box && box->isVisible() && !box->isModal());
        QVERIFY(box->text().contains(QStringLiteral("lost in a crash")));
        box->close();
    }

    // GUI item 16, D18: the window names the broken file, where, and that the built-in one is used.
    void brokenDataFilesAreNamedInTheWindow()
    {
        QTemporaryDir folder;
        QFile file(folder.filePath(QStringLiteral("currencies.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"gridshare-currencies\", \"version\": 1, \"currencies\": [");
        file.close();
        const auto loaded = Dataset::load(folder.path().toStdString());
        QMessageBox* box = showDataWarnings(loaded, window_.get());
        QVERIFY(box && box->isVisible() && !box->isModal());
        const QString text = box->informativeText() + box->detailedText();
        QVERIFY2(text.contains(file.fileName() + QStringLiteral(": line 1, column")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("using the built-in currencies.json instead")), qPrintable(text));
        box->close();
        QVERIFY(
            !showDataWarnings(Dataset::load(dir_.filePath(QStringLiteral("nothing")).toStdString()), window_.get()));
    }

    // One broken entry beside a good one: the window names the entry's file and place and says it
    // was skipped; the good entry is used.
    void aBrokenEntryIsNamedInTheWindow()
    {
        QTemporaryDir folder;
        QFile file(folder.filePath(QStringLiteral("currencies.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "gridshare-currencies", "version": 1, "currencies": [
            {"code": "XAA", "name": "Broken", "symbol": "A", "per_usd": {"value": -1, "assumption": "typo"}},
            {"code": "XBB", "name": "Good", "symbol": "B", "per_usd": {"value": 2, "assumption": "mine"}}]})");
        file.close();
        const auto loaded = Dataset::load(folder.path().toStdString());
        QVERIFY(loaded.dataset.currency("XBB"));
        QVERIFY(!loaded.dataset.currency("XAA"));
        QMessageBox* box = showDataWarnings(loaded, window_.get());
        QVERIFY(box && box->isVisible());
        const QString text = box->informativeText() + box->detailedText();
        QVERIFY2(text.contains(file.fileName()
                               + QStringLiteral(": /currencies/0/per_usd/value: -1 is outside the valid range")),
                 qPrintable(text));
        QVERIFY2(text.contains(file.fileName()
                               + QStringLiteral(": /currencies/0: skipped; the file's other entries are used")),
                 qPrintable(text));
        box->close();
    }
};

QTEST_MAIN(TestNothingLost)
#include "tst_nothing_lost.moc"
