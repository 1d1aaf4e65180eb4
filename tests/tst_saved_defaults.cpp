// SPDX-License-Identifier: GPL-3.0-or-later
// A scenario file opened with newer data, in the window: it says which defaults moved (old -> new,
// with the new source) and keeps the saved values as one undo step, or takes the new ones.

#include "window_fixture.h"

#include "gui/document_actions.h"

#include "gridshare/scenario_io.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace gridshare;
using namespace gridshare::gui;

class TestSavedDefaults : public QObject {
    Q_OBJECT

    testing::WindowFixture f;
    QTemporaryDir dir_;
    QStringList asked_;
    bool keep_ = true;

    QString write(const QString& name, const QByteArray& text)
    {
        QFile file(dir_.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        // The messages below are read in English with English numbers, whatever the caller's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        testing::WindowFixture::enableTestMode();
    }

    void init()
    {
        f.create();
        asked_.clear();
        DocumentActions::Prompts prompts;
        prompts.openFileName = [] { return QString(); };
        prompts.saveFileName = [](const QString&) { return QString(); };
        prompts.error = [](const QString&, const QString& message) { qWarning("%s", qPrintable(message)); };
        prompts.unsavedChanges = [](const QString&) { return DocumentActions::Prompts::Answer::Discard; };
        prompts.keepSavedValues = [this](const QString&, const QString& text) {
            asked_.append(text);
            return keep_;
        };
        f.window->documentActions()->setPrompts(prompts);
    }

    void cleanup() { f.destroy(); }

    // Saved with the first edition (format version 1): 100 billion request-equivalents a day, 165 TWh
    // of other data centres. Keeping them is one undo step.
    void keepingTheSavedValuesIsOneUndoStep()
    {
        keep_ = true;
        const QString path = write(QStringLiteral("old.gridshare.json"),
                                   R"({"format": "gridshare-scenario", "version": 1, "name": "Old", "region": "US"})");
        QVERIFY(f.window->documentActions()->openFile(path));
        QCOMPARE(asked_.size(), 1);
        const QString text = asked_.front();
        QVERIFY2(text.contains(QStringLiteral("AI work, in typical requests a day")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("100B")) && text.contains(QStringLiteral("230B")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Energy and AI, International Energy Agency")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2026.12")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("queries_per_day"))); // people never see program keys

        QCOMPARE(f.document->value(Param::QueriesPerDay), 1e11);
        QCOMPARE(f.document->value(Param::OtherDcTwh), 165.0);
        QCOMPARE(f.document->undoStack()->count(), 1);
        f.document->undoStack()->undo(); // the new values, all at once
        QCOMPARE(f.document->value(Param::QueriesPerDay), 2.3e11);
        QCOMPARE(f.document->value(Param::OtherDcTwh), 146.92);
        f.document->undoStack()->redo();
        QCOMPARE(f.document->value(Param::TrainingShare), 0.4);
    }

    void takingTheNewValuesChangesNothing()
    {
        keep_ = false;
        const QString path =
            write(QStringLiteral("new.gridshare.json"),
                  R"({"format": "gridshare-scenario", "version": 1, "name": "Old", "region": "World"})");
        QVERIFY(f.window->documentActions()->openFile(path));
        QCOMPARE(asked_.size(), 1);
        QVERIFY(asked_.front().contains(QStringLiteral("27,700"))); // IEA's denominator, from Ember's 30,856
        QCOMPARE(f.document->value(Param::NationalTwh), 27700.0);
        QCOMPARE(f.document->undoStack()->count(), 0);
        QVERIFY(!f.document->isModified());
    }

    // A file saved now records its defaults and the edition: opened again, nothing is asked.
    void aFileSavedNowAsksNothing()
    {
        f.document->loadRegion(QStringLiteral("China"));
        const QString path = dir_.filePath(QStringLiteral("now.gridshare.json"));
        QVERIFY(f.window->documentActions()->saveAs(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("\"data_edition\": \"2026.12\""));
        QVERIFY(saved.contains("\"other_dc_twh\": 81.61"));
        QVERIFY(f.window->documentActions()->openFile(path));
        QVERIFY(asked_.isEmpty());
    }

    // A range saved around a default that has since moved fits only the saved default: the file
    // opens with it rather than being refused.
    void aRangeAroundAMovedDefaultOpensWithTheSavedValue()
    {
        const QString path = write(QStringLiteral("range.gridshare.json"),
                                   R"({"format": "gridshare-scenario", "version": 1, "name": "Ranged", "region": "US",
                                       "ranges": {"other_dc_growth": [0.04, 0.06]}})");
        QVERIFY(f.window->documentActions()->openFile(path));
        QCOMPARE(f.document->value(Param::OtherDcGrowth), 0.05);
        QVERIFY(f.document->issues().empty());
    }
};

QTEST_MAIN(TestSavedDefaults)
#include "tst_saved_defaults.moc"
