// SPDX-License-Identifier: GPL-3.0-or-later
// The document on its own, without a window or a widget (it links gridshare_document only): undo,
// merged interactions and the names of undo steps, pins, bands that arrive for the latest values,
// autosave and recovery, typed settings.

#include "document/autosaver.h"
#include "document/latest_job.h"
#include "document/scenario_document.h"
#include "document/settings.h"
#include "document/snapshot_builder.h"

#include "gridshare/monte_carlo.h"
#include "gridshare/sobol.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gridshare;
using namespace gridshare::gui;

class TestDocumentModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        settings_ = std::make_unique<Settings>();
        document_ = std::make_unique<ScenarioDocument>(Dataset::builtin());
    }

    void cleanup()
    {
        document_.reset();
        settings_.reset();
    }

    void anInteractionIsOneUndoStepNamedForPeople()
    {
        const double before = document_->value(Param::QueryGrowth);
        const int steps = document_->undoStack()->count();
        document_->beginInteraction();
        for (double growth : {0.30, 0.35, 0.40, 0.45})
            document_->setValue(Param::QueryGrowth, growth);
        document_->endInteraction();
        QCOMPARE(document_->undoStack()->count(), steps + 1);
        QCOMPARE(document_->value(Param::QueryGrowth), 0.45);
        QCOMPARE(document_->undoStack()->undoText(), QStringLiteral("Change Request growth"));
        document_->undoStack()->undo();
        QCOMPARE(document_->value(Param::QueryGrowth), before);
        QCOMPARE(document_->snapshot()->resolved.values[Param::QueryGrowth], before);
        document_->undoStack()->redo();
        QCOMPARE(document_->snapshot()->resolved.values[Param::QueryGrowth], 0.45);
        QVERIFY(document_->isModified());
    }

    // The document's snapshot is what buildSnapshot makes of its state and data: nothing else goes in.
    void theSnapshotIsAPureFunctionOfTheState()
    {
        document_->setValue(Param::QueryGrowth, 0.42);
        DocumentState state;
        state.presetId = "us-2024";
        state.baseline = Dataset::builtin().preset("us-2024")->scenario;
        state.scenario = state.baseline;
        state.scenario.parameters[Param::QueryGrowth] = 0.42;
        const auto data = std::make_shared<const Dataset>(Dataset::builtin());
        const BuiltSnapshot built = buildSnapshot(state, data, {}, nullptr);
        QVERIFY(built.snapshot);
        const ScenarioSnapshot& mine = *document_->snapshot();
        QCOMPARE(built.snapshot->evaluation.years.back().aiShare, mine.evaluation.years.back().aiShare);
        QCOMPARE(built.snapshot->citations.entries.size(), mine.citations.entries.size());
        QCOMPARE(built.snapshot->projections.size(), mine.projections.size());
        QCOMPARE(built.snapshot->defaults, mine.defaults);
        QCOMPARE(built.snapshot->regionName, mine.regionName);

        // A state that does not resolve gives its issues and no snapshot.
        state.scenario.region = "atlantis";
        const BuiltSnapshot refused = buildSnapshot(state, data, {}, nullptr);
        QVERIFY(!refused.snapshot);
        QVERIFY(!refused.issues.empty());
    }

    // A page may still hold a snapshot of data replaced since: the snapshot keeps that data alive.
    void aSnapshotKeepsItsDataAlive()
    {
        const SnapshotPtr before = document_->snapshot();
        const Dataset* oldData = before->data.get();
        Dataset edited = document_->data();
        document_->replaceData(std::move(edited));
        QVERIFY(document_->snapshot()->data.get() != oldData);
        QCOMPARE(before->data.get(), oldData);
        QVERIFY(!before->data->regions.empty()); // still readable (ASan checks the memory)
        QVERIFY(!before->citations.entries.empty());
        QVERIFY(!before->citations.entries.front().source->id.empty());
    }

    // Of jobs started one after another, only the last one's result arrives, once.
    void onlyTheLatestJobDelivers()
    {
        QList<int> delivered;
        {
            LatestJob<int> job([&delivered](int r) { delivered.append(r); });
            for (int n = 1; n <= 3; ++n)
                job.start([n](const std::atomic<bool>*) { return n; });
            job.finish();
            QCOMPARE(delivered, QList<int>{3});
            QCoreApplication::processEvents(); // the watcher's own signal delivers nothing more
            QCoreApplication::processEvents();
            QCOMPARE(delivered, QList<int>{3});
            job.start([](const std::atomic<bool>*) { return 4; });
            job.cancel();
            job.finish();
            QTest::qWait(50);
            QCOMPARE(delivered, QList<int>{3}); // a cancelled job never delivers
            QVERIFY(!job.pending());
        }
    }

    void aDragBackToItsStartLeavesNoStep()
    {
        const double before = document_->value(Param::QueryGrowth);
        const int steps = document_->undoStack()->count();
        document_->beginInteraction();
        for (double growth : {0.30, 0.35, before})
            document_->setValue(Param::QueryGrowth, growth);
        document_->endInteraction();
        QCOMPARE(document_->undoStack()->count(), steps);
        QVERIFY(!document_->isModified());
        QCOMPARE(document_->snapshot()->resolved.values[Param::QueryGrowth], before);
    }

    void aValueOutsideItsRangeIsRefused()
    {
        document_->setRange(Param::Pue, Range{1.1, 1.3});
        document_->setValue(Param::Pue, 1.2);
        const int steps = document_->undoStack()->count();
        QString reason;
        connect(document_.get(), &ScenarioDocument::valueRefused, this,
                [&reason](Param, const QString& why) { reason = why; });
        document_->setValue(Param::Pue, 1.5); // outside the uncertainty range the person set
        QVERIFY(reason.contains(QStringLiteral("outside the uncertainty range")));
        QCOMPARE(document_->value(Param::Pue), 1.2);
        QCOMPARE(document_->undoStack()->count(), steps);
    }

    void pinsAreKeptUpToFour()
    {
        int signals_ = 0;
        connect(document_.get(), &ScenarioDocument::pinnedChanged, this, [&signals_] { ++signals_; });
        for (int i = 0; i < 4; ++i) {
            document_->setValue(Param::QueryGrowth, 0.3 + 0.1 * i);
            QVERIFY(document_->pinCurrent());
        }
        QVERIFY(!document_->pinCurrent()); // a fifth is refused
        QCOMPARE(document_->snapshot()->pinned.size(), std::size_t(4));
        QCOMPARE(signals_, 4);
        document_->unpin(0);
        QCOMPARE(document_->snapshot()->pinned.size(), std::size_t(3));
        document_->clearPinned();
        QVERIFY(document_->snapshot()->pinned.empty());
    }

    void presetAndRegionChangesUndo()
    {
        document_->loadPreset(QStringLiteral("china-2024"));
        QCOMPARE(document_->currency(), QStringLiteral("CNY"));
        document_->undoStack()->undo();
        QCOMPARE(document_->currency(), QStringLiteral("USD"));
        QCOMPARE(QString::fromStdString(document_->preset()->id), QStringLiteral("us-2024"));
    }

    void autosaveSurvivesACrash()
    {
        QTemporaryDir folder;
        document_->setValue(Param::QueryGrowth, 0.9);
        {
            Autosaver autosaver(document_.get(), folder.path(), 60000);
            autosaver.saveNow();
            QVERIFY(QFile::exists(autosaver.recordPath()));
            // While this session runs, its record is not offered to anyone else.
            QVERIFY(Autosaver::findRecoverable(folder.path()).empty());
        } // gone without finishCleanly(): as after kill -9

        const auto found = Autosaver::findRecoverable(folder.path());
        QCOMPARE(found.size(), std::size_t(1));
        ScenarioDocument recovered(Dataset::builtin());
        recovered.replaceWith(found.front().record.scenario, QString::fromStdString(found.front().record.originalFile),
                              true);
        QCOMPARE(recovered.value(Param::QueryGrowth), 0.9);
        QVERIFY(recovered.isModified()); // recovered work is not yet saved anywhere
        Autosaver::discard(found.front());
        QVERIFY(Autosaver::findRecoverable(folder.path()).empty());
    }

    void cleanExitLeavesNothingToRecover()
    {
        QTemporaryDir folder;
        document_->setValue(Param::QueryGrowth, 0.9);
        Autosaver autosaver(document_.get(), folder.path(), 60000);
        autosaver.saveNow();
        autosaver.finishCleanly();
        QVERIFY(!QFile::exists(autosaver.recordPath()));
        QVERIFY(Autosaver::findRecoverable(folder.path()).empty());
    }

    void savedDocumentsAreNotAutosaved()
    {
        QTemporaryDir folder;
        Autosaver autosaver(document_.get(), folder.path(), 60000);
        autosaver.saveNow();
        QVERIFY(!QFile::exists(autosaver.recordPath()));
    }

    void bandsArriveForTheLatestValues()
    {
        QVERIFY(document_->loadPreset(QStringLiteral("efficient-inference-2025")));
        // Five quick changes, as a drag makes: the central line follows each at once...
        for (double growth : {0.3, 0.4, 0.5, 0.6, 0.7}) {
            document_->setValue(Param::QueryGrowth, growth);
            const auto& snapshot = *document_->snapshot();
            const auto central = evaluateYears(snapshot.resolved.values, snapshot.resolved.householdKwhPerYear,
                                               snapshot.resolved.baseYear, snapshot.resolved.endYear);
            QCOMPARE(snapshot.evaluation.years.back().aiShare, central.back().aiShare);
            QCOMPARE(snapshot.resolved.values[Param::QueryGrowth], growth);
        }
        // ...and the bands that arrive are those of the last values, as computed without threads.
        document_->finishPendingWork();
        const auto& snapshot = *document_->snapshot();
        QVERIFY(!snapshot.bandsPending);
        const auto expected = monteCarloBands(snapshot.resolved);
        QCOMPARE(snapshot.evaluation.bands.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(snapshot.evaluation.bands[i].aiShare.p10, expected[i].aiShare.p10);
            QCOMPARE(snapshot.evaluation.bands[i].aiShare.p90, expected[i].aiShare.p90);
            QCOMPARE(snapshot.evaluation.bands[i].datacenterShare.p50, expected[i].datacenterShare.p50);
        }
    }

    void bandsArriveWithoutWaiting()
    {
        QVERIFY(document_->loadPreset(QStringLiteral("efficient-inference-2025")));
        QTRY_VERIFY_WITH_TIMEOUT(!document_->snapshot()->bandsPending, 10000); // through the event loop
        QVERIFY(!document_->snapshot()->evaluation.bands.empty());
        QVERIFY(document_->loadPreset(QStringLiteral("us-2024")));
        QVERIFY(!document_->snapshot()->bandsPending); // no ranges, nothing to compute
        QVERIFY(document_->snapshot()->evaluation.bands.empty());
    }

    // The bands are published as soon as they are in, and the Sobol indices, ten times slower,
    // after them: a chart that draws bands does not wait for the indices.
    void sobolIndicesFollowTheBands()
    {
        QVERIFY(document_->loadPreset(QStringLiteral("efficient-inference-2025")));
        document_->finishPendingWork();
        QVERIFY(document_->snapshot()->sobol);
        std::vector<QString> order;
        SnapshotPtr atBands;
        connect(document_.get(), &ScenarioDocument::bandsArrived, this, [&](const SnapshotPtr& s) {
            order.push_back(QStringLiteral("bands"));
            atBands = s;
        });
        connect(document_.get(), &ScenarioDocument::sobolArrived, this,
                [&](const SnapshotPtr&) { order.push_back(QStringLiteral("sobol")); });
        // Another seed: other bands and other indices for the same ranges.
        const auto before = *document_->snapshot()->sobol;
        MonteCarloSettings settings = document_->scenario().monteCarlo;
        settings.seed += 1;
        document_->setMonteCarlo(settings);
        QVERIFY(document_->snapshot()->bandsPending);
        QVERIFY(document_->snapshot()->sobolPending);
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), std::size_t(2), 20000); // through the event loop
        QCOMPARE(order.front(), QStringLiteral("bands"));
        QVERIFY(atBands && !atBands->bandsPending && atBands->sobolPending);
        QVERIFY(!atBands->evaluation.bands.empty());
        const auto& now = *document_->snapshot();
        QVERIFY(!now.bandsPending && !now.sobolPending);
        QVERIFY(now.sobol);
        // The indices of the new seed, as computed without threads.
        const auto expected = sobolIndices(now.resolved);
        QVERIFY(expected);
        QCOMPARE(now.sobol->parameters.size(), expected->parameters.size());
        for (std::size_t i = 0; i < expected->parameters.size(); ++i)
            QCOMPARE(now.sobol->parameters[i].aiShare.total, expected->parameters[i].aiShare.total);
        QVERIFY(now.sobol->parameters.front().aiShare.total != before.parameters.front().aiShare.total);
    }

    void typedSettings()
    {
        for (int i = 0; i < Settings::kMaxRecentFiles + 3; ++i)
            settings_->addRecentFile(QStringLiteral("/tmp/file%1.gridshare.json").arg(i));
        settings_->addRecentFile(QStringLiteral("/tmp/file3.gridshare.json"));
        const QStringList recent = settings_->recentFiles();
        QCOMPARE(recent.size(), Settings::kMaxRecentFiles);
        QCOMPARE(recent.first(), QStringLiteral("/tmp/file3.gridshare.json"));
        QCOMPARE(recent.count(QStringLiteral("/tmp/file3.gridshare.json")), 1);
        settings_->setTheme(Settings::Theme::HighContrast);
        QCOMPARE(Settings().theme(), Settings::Theme::HighContrast);
        settings_->setLastExportFolder(QStringLiteral("/tmp/exports"));
        QCOMPARE(Settings().lastExportFolder(), QStringLiteral("/tmp/exports"));
    }

private:
    std::unique_ptr<Settings> settings_;
    std::unique_ptr<ScenarioDocument> document_;
};

QTEST_GUILESS_MAIN(TestDocumentModel)
#include "tst_document_model.moc"
