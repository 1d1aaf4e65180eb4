// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario documents in the window: save and open give back every field; a failed write keeps the
// old file; a bad file never touches the open document; a slider drag is one undo step; revert and
// drop. What the document does on its own is tst_document_model.

#include "bad_inputs.h"

#include "gui/controls/controls_panel.h"
#include "gui/document_actions.h"
#include "window_fixture.h"

#include "document/scenario_document.h"
#include "document/scenario_files.h"
#include "gui/controls/parameter_control.h"
#include "gui/main_window.h"

#include "gridshare/scenario_io.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <sys/resource.h>

using namespace gridshare;
using namespace gridshare::gui;

class TestDocuments : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { testing::WindowFixture::enableTestMode(); }

    void init()
    {
        fixture_.create();
        errors_.clear();
        DocumentActions::Prompts prompts;
        prompts.openFileName = [] { return QString(); };
        prompts.saveFileName = [](const QString&) { return QString(); };
        prompts.error = [this](const QString&, const QString& message) { errors_.append(message); };
        prompts.unsavedChanges = [](const QString&) { return DocumentActions::Prompts::Answer::Discard; };
        actions()->setPrompts(prompts);
    }

    void cleanup() { fixture_.destroy(); }

    void saveAndOpenGiveBackEveryField()
    {
        document_->loadPreset(QStringLiteral("chatgpt-2024"));
        document_->setValue(Param::QueryGrowth, 0.8712345678901234);
        document_->setValue(Param::Pue, 1.1 + 1e-15);
        const Scenario before = document_->scenarioForSaving();
        const QString path = dir_.filePath(QStringLiteral("seed.gridshare.json"));
        QVERIFY(actions()->saveAs(path));
        QVERIFY(!document_->isModified());
        QVERIFY(!window_->isWindowModified());

        document_->startNew();
        QVERIFY(actions()->openFile(path));
        QVERIFY(document_->scenarioForSaving() == before); // every field, every bit
        QCOMPARE(document_->value(Param::Pue), 1.1 + 1e-15);
        QCOMPARE(document_->filePath(), path);
        QVERIFY(!document_->isModified());
        // The preset travels with the file: its values keep their sources.
        QCOMPARE(QString::fromStdString(document_->defaultProvenance(Param::QueriesPerDay).source),
                 QStringLiteral("seed-article"));
        QCOMPARE(settings_->recentFiles().value(0), path);
    }

    void titleMarksUnsavedChanges()
    {
        QVERIFY(!window_->isWindowModified());
        document_->setValue(Param::Pue, 1.3);
        QVERIFY(window_->isWindowModified());
        QVERIFY(window_->windowTitle().contains(QStringLiteral("[*]")));
        document_->undoStack()->undo();
        QVERIFY(!window_->isWindowModified()); // back to what was saved
    }

    void failedWriteKeepsTheOldFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        // Root can write into any folder, so "unwritable" is a folder that cannot exist: one whose
        // parent is a file.
        // No file was there: the message says nothing was written, not that a previous file is unchanged.
        QTest::newRow("folder that cannot exist") << QStringLiteral("blocker/inside.gridshare.json")
                                                  << "inside.gridshare.json was not saved: Not a directory; nothing "
                                                     "was written.";
    }

    void failedWriteKeepsTheOldFile()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        QFile blocker(dir_.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        document_->setValue(Param::Pue, 1.3);
        QVERIFY(!actions()->saveAs(dir_.filePath(path)));
        QVERIFY(document_->isModified()); // still unsaved, and says so
        QCOMPARE(errors_.size(), 1);
        QVERIFY2(errors_.first().contains(reason), qPrintable(errors_.first()));
    }

    void fullDiskKeepsTheOldFile()
    {
        // A real failing write: the file size limit makes the kernel refuse bytes past 64, as a
        // full disk would (EFBIG instead of ENOSPC).
        const QString path = dir_.filePath(QStringLiteral("precious.gridshare.json"));
        QVERIFY(actions()->saveAs(path));
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();
        QVERIFY(before.size() > 64);

        document_->setValue(Param::Pue, 1.4);
        rlimit old{};
        getrlimit(RLIMIT_FSIZE, &old);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 64;
        setrlimit(RLIMIT_FSIZE, &small);
        const bool saved = actions()->save();
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!saved);
        QVERIFY(document_->isModified());
        QCOMPARE(errors_.size(), 1);
        QVERIFY2(errors_.first().contains(QStringLiteral("previous file is unchanged")), qPrintable(errors_.first()));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), before);
    }

    void badFilesLeaveTheDocumentUntouched_data() { testing::addBadInputRows(); }

    void badFilesLeaveTheDocumentUntouched()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, pointer);
        document_->loadPreset(QStringLiteral("arm-ceo-claim"));
        document_->setValue(Param::Pue, 1.25);
        const Scenario before = document_->scenarioForSaving();
        const int steps = document_->undoStack()->count();

        const QString path = dir_.filePath(QStringLiteral("bad.gridshare.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        QVERIFY(!actions()->openFile(path));

        QVERIFY(document_->scenarioForSaving() == before);
        QCOMPARE(document_->undoStack()->count(), steps);
        QVERIFY(document_->isModified());
        QCOMPARE(errors_.size(), 1);
        QVERIFY2(errors_.first().contains(QStringLiteral("bad.gridshare.json: ")
                                          + (pointer.isEmpty() ? QString() : pointer + QStringLiteral(": "))),
                 qPrintable(errors_.first()));
        QVERIFY(errors_.first().contains(QStringLiteral("unchanged")));
    }

    void aSliderDragIsOneUndoStep()
    {
        ParameterControl* control = window_->controls()->control(Param::QueryGrowth);
        const double before = document_->value(Param::QueryGrowth);
        const int steps = document_->undoStack()->count();
        QSlider* slider = control->slider();
        slider->setSliderDown(true); // pressed: an interaction begins
        emit slider->sliderPressed();
        for (int position = 200; position <= 400; position += 20)
            slider->setValue(position);
        emit slider->sliderReleased();
        slider->setSliderDown(false);
        QCOMPARE(document_->undoStack()->count(), steps + 1);
        QCOMPARE(document_->value(Param::QueryGrowth), control->valueAt(400));
        document_->undoStack()->undo();
        QCOMPARE(document_->value(Param::QueryGrowth), before);
        document_->undoStack()->redo();
        QCOMPARE(document_->value(Param::QueryGrowth), control->valueAt(400));
        // Two separate typed edits are two steps.
        document_->setValue(Param::Pue, 1.3);
        document_->setValue(Param::Pue, 1.4);
        QCOMPARE(document_->undoStack()->count(), steps + 3);
        // The history and Edit > Undo name parameters as the controls do, never by program key.
        QCOMPARE(document_->undoStack()->undoText(), QStringLiteral("Change PUE (power usage effectiveness)"));
        const double growth = document_->value(Param::QueryGrowth);
        document_->setRange(Param::QueryGrowth, Range{growth - 0.1, growth + 0.1});
        QCOMPARE(document_->undoStack()->undoText(), QStringLiteral("Range of Request growth"));
        document_->clearRange(Param::QueryGrowth);
        QCOMPARE(document_->undoStack()->undoText(), QStringLiteral("Remove the range of Request growth"));
    }

    void revertReturnsToTheFile()
    {
        const QString path = dir_.filePath(QStringLiteral("revert.gridshare.json"));
        document_->setValue(Param::Pue, 1.3);
        QVERIFY(actions()->saveAs(path));
        document_->setValue(Param::Pue, 1.6);
        QVERIFY(actions()->revertAction()->isEnabled());
        QVERIFY(actions()->revert());
        QCOMPARE(document_->value(Param::Pue), 1.3);
        QVERIFY(!document_->isModified());
    }

    void droppingAFileOpensIt()
    {
        const QString path = dir_.filePath(QStringLiteral("dropped.gridshare.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "gridshare-scenario", "version": 1, "name": "Dropped", "region": "EU"})");
        file.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window_.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window_.get(), &drop);
        QCOMPARE(document_->name(), QStringLiteral("Dropped"));
        QCOMPARE(document_->currency(), QStringLiteral("EUR"));
        QCOMPARE(document_->filePath(), path);
    }

private:
    DocumentActions* actions() const { return window_->documentActions(); }

    QTemporaryDir dir_;
    QStringList errors_;
    testing::WindowFixture fixture_;
    std::unique_ptr<Settings>& settings_ = fixture_.settings;
    std::unique_ptr<ScenarioDocument>& document_ = fixture_.document;
    std::unique_ptr<MainWindow>& window_ = fixture_.window;
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
