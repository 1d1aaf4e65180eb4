// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The scenario being explored. Owns what the person set, the baseline that Reset returns to (a
// preset, or a region's defaults), the file it belongs to and the undo history; re-evaluates
// through core/ after every change and publishes the result as a snapshot.

#include "document/document_state.h"
#include "document/latest_job.h"
#include "document/pinned_scenarios.h"
#include "document/scenario_snapshot.h"

#include "gridshare/data_edition.h"
#include "gridshare/dataset.h"
#include "gridshare/scenario.h"

#include <QObject>
#include <QUndoStack>

#include <atomic>
#include <memory>
#include <vector>

namespace gridshare::gui {

class ScenarioDocument : public QObject {
    Q_OBJECT

public:
    explicit ScenarioDocument(const Dataset& data, QObject* parent = nullptr);
    ~ScenarioDocument() override;

    const Dataset& data() const { return *data_; }
    const Scenario& scenario() const { return state_.scenario; }
    const Preset* preset() const; // null when the baseline is a region's defaults
    const Region& region() const;
    QString currency() const;
    QString name() const { return QString::fromStdString(state_.scenario.name); }

    double value(Param p) const;
    std::optional<Range> range(Param p) const;
    double defaultValue(Param p) const;
    Provenance defaultProvenance(Param p) const;
    bool isDefault(Param p) const { return value(p) == defaultValue(p); }

    // The last valid evaluation; problems with the current values, when there are any.
    const SnapshotPtr& snapshot() const { return snapshot_; }
    const Issues& issues() const { return issues_; }

    QUndoStack* undoStack() { return &undo_; }
    bool isModified() const { return !undo_.isClean(); }
    QString filePath() const { return filePath_; }
    // Where Save As proposes to save: the file, or for recovered work with no file of its own the
    // file it was recovered from (it is written there only once the person has seen the path).
    QString suggestedPath() const { return filePath_.isEmpty() ? suggestedPath_ : filePath_; }
    void setSuggestedPath(const QString& path) { suggestedPath_ = path; }

    // Why value cannot be the value of p (it is outside p's uncertainty range: a file with it could
    // not be opened again), or empty when it can.
    QString refusalOf(Param p, double value) const;

    // The scenario as a file stores it: with the preset it started from, the data's edition and
    // the value of every default it uses.
    Scenario scenarioForSaving() const;
    // After a save: this is now the file's content.
    void markSaved(const QString& filePath);
    // Replaces everything (New, Open, Revert, recovery); not an undo step.
    void replaceWith(const Scenario& scenario, const QString& filePath, bool modified);
    void startNew();
    // New data (edited exchange rates), evaluated at once; not an undo step. A price the person
    // set stays as set, in the scenario's currency; a preset's price converted to it follows the
    // new rates, and so do the region's defaults.
    void replaceData(Dataset data);

    // Scenarios kept on the charts for comparison; not part of the undo history or the file.
    static constexpr std::size_t kMaxPinned = PinnedScenarios::kMax;
    const std::vector<PinnedScenario>& pinned() const { return pinned_.all(); }
    bool pinCurrent(); // false when four are pinned already
    void unpin(int index);
    void clearPinned();

    // Waits for the bands and Sobol indices being computed and publishes them (screenshots,
    // exports, tests).
    void finishPendingWork();

public slots:
    // A value outside the parameter's uncertainty range is refused: valueRefused() says why.
    void setValue(gridshare::Param p, double value);
    // Several values as one undo step (the command line's --set).
    void setValues(const std::map<gridshare::Param, double>& values);
    void resetValue(gridshare::Param p);
    void setRange(gridshare::Param p, const gridshare::Range& range);
    void clearRange(gridshare::Param p);
    void setMonteCarlo(const gridshare::MonteCarloSettings& settings);
    void resetAll();
    bool loadPreset(const QString& id);
    bool loadRegion(const QString& id);
    // Costs in another currency; a price the person set is converted at the cited rate. Undoable.
    bool setCurrency(const QString& code);
    // A file opened with newer data: its saved values of the defaults that moved become its own,
    // as one undo step.
    void keepSavedValues(const std::vector<gridshare::MovedDefault>& moved);

    // While an interaction lasts (a slider held down), its changes merge into one undo step.
    void beginInteraction();
    void endInteraction();

signals:
    // Values, the evaluation, the pins or whether the file is saved changed; not said when only the
    // evaluation's bands or Sobol indices arrive (bandsArrived, sobolArrived). For listeners that
    // read back all they show (the controls, the toolbar, the title, What it takes).
    void changed();
    // A new evaluation, of other values, pins or data: what the pages, key figures and sources draw.
    void snapshotChanged(const gridshare::gui::SnapshotPtr& snapshot);
    // The uncertainty bands of the evaluation shown arrived from their worker thread: the snapshot
    // differs from the last one only by them, so a chart can redraw just them. Views that wait for
    // them (a snapshot's bandsPending) wait no longer than a frame (bands_wait.h).
    void bandsArrived(const gridshare::gui::SnapshotPtr& snapshot);
    // Then its Sobol indices: the snapshot differs from the last one only by them.
    void sobolArrived(const gridshare::gui::SnapshotPtr& snapshot);
    void modifiedChanged(bool modified);
    void valueRefused(gridshare::Param param, const QString& reason);
    void filePathChanged(const QString& path);
    void dataReplaced(); // before the re-evaluation's changed()
    void pinnedChanged();

private:
    friend class DocumentStateCommand;
    void apply(const DocumentState& state);
    void push(const DocumentState& after, const QString& text, int mergeKey = 0);
    DocumentState presetState(const Preset& preset) const;
    DocumentState regionState(const Region& region) const;
    void reevaluate();
    void startBands(const ResolvedScenario& resolved);
    void republishPinned();

    // Held by every snapshot too: a page may still draw from a snapshot of data replaced since.
    std::shared_ptr<const Dataset> data_;
    DocumentState state_;
    QUndoStack undo_;
    QString filePath_;
    QString suggestedPath_;
    int interaction_ = 0; // non-zero while a slider is held
    int interactionCount_ = 0;
    SnapshotPtr snapshot_;
    Issues issues_;
    PinnedScenarios pinned_;
    // The bands, then the Sobol indices, of the scenario shown, off the GUI thread: one after the
    // other, so that the bands (a millisecond or two) are drawn without waiting for the indices.
    void onBandsReady(std::vector<YearBands> bands);
    void onSobolReady(std::optional<ScenarioSobol> sobol);
    LatestJob<std::vector<YearBands>> bands_;
    LatestJob<std::optional<ScenarioSobol>> sobol_;
};

} // namespace gridshare::gui
