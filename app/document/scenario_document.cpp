// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/scenario_document.h"

#include "common/data_text.h"
#include "document/parameter_presentation.h"
#include "document/snapshot_builder.h"

#include "gridshare/projections.h"
#include "gridshare/region_entry.h"
#include "gridshare/resolve.h"

#include <QUndoCommand>

#include <algorithm>

namespace gridshare::gui {

// One undo step: the state before and after. Steps with the same non-zero merge key (the changes
// of one slider drag) merge, so the whole drag undoes at once.
class DocumentStateCommand : public QUndoCommand {
public:
    DocumentStateCommand(ScenarioDocument* document, DocumentState before, DocumentState after, const QString& text,
                         int mergeKey)
        : QUndoCommand(text), document_(document), before_(std::move(before)), after_(std::move(after)),
          mergeKey_(mergeKey)
    {}

    void undo() override { document_->apply(before_); }
    void redo() override { document_->apply(after_); }
    int id() const override { return mergeKey_ == 0 ? -1 : 1; }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const DocumentStateCommand*>(other);
        if (next->mergeKey_ != mergeKey_)
            return false;
        after_ = next->after_;
        // A drag that ends where it began changed nothing: the step leaves the history.
        setObsolete(after_ == before_);
        return true;
    }

private:
    ScenarioDocument* document_;
    DocumentState before_;
    DocumentState after_;
    int mergeKey_;
};

namespace {

// A parameter as the history and the Edit menu name it: by its name, never its program key.
QString nameOf(Param p)
{
    return presentation(p).label;
}

} // namespace

ScenarioDocument::ScenarioDocument(const Dataset& data, QObject* parent)
    : QObject(parent), data_(std::make_shared<const Dataset>(data)),
      bands_([this](std::vector<YearBands> bands) { onBandsReady(std::move(bands)); }),
      sobol_([this](std::optional<ScenarioSobol> sobol) { onSobolReady(std::move(sobol)); })
{
    connect(&undo_, &QUndoStack::cleanChanged, this, [this](bool clean) {
        emit modifiedChanged(!clean);
        emit changed();
    });
    startNew();
}

ScenarioDocument::~ScenarioDocument() = default;

const Preset* ScenarioDocument::preset() const
{
    return presetOf(state_, *data_);
}

const Region& ScenarioDocument::region() const
{
    return regionOf(state_, *data_);
}

QString ScenarioDocument::currency() const
{
    return currencyCodeOf(state_, *data_);
}

double ScenarioDocument::value(Param p) const
{
    return valueOf(state_, *data_, p);
}

std::optional<Range> ScenarioDocument::range(Param p) const
{
    const auto it = state_.scenario.ranges.find(p);
    return it == state_.scenario.ranges.end() ? std::nullopt : std::optional<Range>(it->second);
}

double ScenarioDocument::defaultValue(Param p) const
{
    return defaultOf(state_, *data_, p);
}

Provenance ScenarioDocument::defaultProvenance(Param p) const
{
    return defaultProvenanceOf(state_, *data_, p);
}

Scenario ScenarioDocument::scenarioForSaving() const
{
    Scenario s = state_.scenario;
    s.preset = state_.presetId;
    return withUsedDefaults(s, *data_);
}

QString ScenarioDocument::refusalOf(Param p, double value) const
{
    const auto r = range(p);
    if (!r || (value >= r->low && value <= r->high))
        return {};
    const QString unit = displayUnit(presentation(p), currency());
    const QLocale locale;
    return tr("%1 %2 is outside the uncertainty range %3–%4 %2; widen or remove the range first (±).")
        .arg(formatValue(p, value, locale), unit, formatValue(p, r->low, locale), formatValue(p, r->high, locale));
}

void ScenarioDocument::markSaved(const QString& filePath)
{
    suggestedPath_.clear();
    if (filePath_ != filePath) {
        filePath_ = filePath;
        emit filePathChanged(filePath_);
    }
    undo_.setClean();
}

void ScenarioDocument::replaceWith(const Scenario& scenario, const QString& filePath, bool modified)
{
    // A file that carries its region's values brings them into the data (over a local region of
    // the same id), so it gives the numbers it was saved with; saving writes them again.
    if (!scenario.regionData.empty())
        if (auto carried = dataWithCarriedRegion(scenario, *data_)) {
            data_ = std::make_shared<const Dataset>(std::move(carried).value());
            emit dataReplaced();
        }
    DocumentState state;
    state.scenario = scenario;
    state.scenario.regionData.clear();
    const Preset* preset = data_->preset(scenario.preset);
    if (preset) {
        state.presetId = preset->id;
        state.baseline = preset->scenario;
    } else {
        state.baseline.region = scenario.region;
        state.baseline.currency = scenario.currency;
    }
    state.scenario.preset.clear(); // kept in presetId; written back on save
    // A preset's own name and a region's defaults are named in the window's language.
    if (preset && scenario.name == preset->name)
        state.scenario.name = dataText(preset->name).toStdString();
    else if (const Region* region = data_->region(scenario.region);
             !preset && region && scenario.name.empty() && filePath.isEmpty())
        state.scenario.name = regionState(*region).scenario.name;
    // What the file recorded of its defaults is for the question on opening, not part of the state.
    state.scenario.dataEdition.clear();
    state.scenario.usedDefaults.clear();
    state.baseline.name = state.scenario.name;
    undo_.clear();
    filePath_ = filePath;
    suggestedPath_.clear();
    emit filePathChanged(filePath_);
    apply(state);
    if (modified)
        undo_.resetClean(); // no step leads back to the file's content: it stays modified
}

void ScenarioDocument::startNew()
{
    const Preset* preset = data_->preset(data_->defaultPreset);
    undo_.clear();
    filePath_.clear();
    suggestedPath_.clear();
    emit filePathChanged(filePath_);
    apply(preset ? presetState(*preset) : regionState(data_->regions.front()));
}

void ScenarioDocument::setValue(Param p, double value)
{
    if (value == this->value(p))
        return;
    if (const QString refusal = refusalOf(p, value); !refusal.isEmpty()) {
        emit valueRefused(p, refusal);
        return;
    }
    DocumentState after = state_;
    // A value the baseline leaves to the region is stored only while it differs from it, so a
    // saved scenario keeps following the region's data.
    if (!state_.baseline.parameters.count(p) && value == defaultValue(p))
        after.scenario.parameters.erase(p);
    else
        after.scenario.parameters[p] = value;
    push(after, tr("Change %1").arg(nameOf(p)), interaction_);
}

void ScenarioDocument::setValues(const std::map<Param, double>& values)
{
    DocumentState after = state_;
    for (const auto& [p, value] : values) {
        if (!state_.baseline.parameters.count(p) && value == defaultValue(p))
            after.scenario.parameters.erase(p);
        else
            after.scenario.parameters[p] = value;
    }
    if (after.scenario == state_.scenario)
        return;
    push(after, tr("Values from the command line"));
}

void ScenarioDocument::resetValue(Param p)
{
    setValue(p, defaultValue(p));
}

void ScenarioDocument::setRange(Param p, const Range& range)
{
    if (this->range(p) == range)
        return;
    if (value(p) < range.low || value(p) > range.high) {
        const QLocale locale;
        emit valueRefused(p, tr("The range must contain the current value %1.").arg(formatValue(p, value(p), locale)));
        return;
    }
    DocumentState after = state_;
    after.scenario.ranges[p] = range;
    push(after, tr("Range of %1").arg(nameOf(p)));
}

void ScenarioDocument::clearRange(Param p)
{
    if (!range(p))
        return;
    DocumentState after = state_;
    after.scenario.ranges.erase(p);
    push(after, tr("Remove the range of %1").arg(nameOf(p)));
}

void ScenarioDocument::setMonteCarlo(const MonteCarloSettings& settings)
{
    if (settings == state_.scenario.monteCarlo)
        return;
    DocumentState after = state_;
    after.scenario.monteCarlo = settings;
    push(after, tr("Uncertainty samples and seed"));
}

void ScenarioDocument::resetAll()
{
    DocumentState after = state_;
    after.scenario.parameters = state_.baseline.parameters;
    after.scenario.ranges = state_.baseline.ranges;
    if (after.scenario == state_.scenario)
        return;
    push(after, tr("Reset all values"));
}

bool ScenarioDocument::loadPreset(const QString& id)
{
    const Preset* preset = data_->preset(id.toStdString());
    if (!preset)
        return false;
    push(presetState(*preset), tr("Load preset %1").arg(dataText(preset->name)));
    return true;
}

bool ScenarioDocument::loadRegion(const QString& id)
{
    const Region* region = data_->region(id.toStdString());
    if (!region)
        return false;
    push(regionState(*region), tr("Switch to %1").arg(regionName(*region)));
    return true;
}

void ScenarioDocument::beginInteraction()
{
    interaction_ = ++interactionCount_;
}

void ScenarioDocument::endInteraction()
{
    interaction_ = 0;
}

DocumentState ScenarioDocument::presetState(const Preset& preset) const
{
    DocumentState state;
    state.presetId = preset.id;
    state.baseline = preset.scenario;
    state.scenario = preset.scenario;
    // A preset's scenario is named after it; in Chinese, with its Chinese name.
    if (preset.scenario.name == preset.name)
        state.baseline.name = state.scenario.name = dataText(preset.name).toStdString();
    return state;
}

DocumentState ScenarioDocument::regionState(const Region& region) const
{
    DocumentState state;
    state.baseline.region = region.id;
    state.baseline.name = tr("%1 defaults").arg(regionName(region)).toStdString();
    state.scenario = state.baseline;
    return state;
}

void ScenarioDocument::push(const DocumentState& after, const QString& text, int mergeKey)
{
    undo_.push(new DocumentStateCommand(this, state_, after, text, mergeKey));
}

void ScenarioDocument::apply(const DocumentState& state)
{
    state_ = state;
    reevaluate();
}

void ScenarioDocument::reevaluate()
{
    BuiltSnapshot built = buildSnapshot(state_, data_, pinned_.all(), snapshot_.get());
    Q_ASSERT(built.snapshot ? built.issues.empty() : !built.issues.empty());
    issues_ = std::move(built.issues);
    if (built.snapshot) {
        // Bands for an earlier state are never shown with this one.
        sobol_.cancel();
        if (built.snapshot->bandsPending)
            startBands(built.snapshot->resolved);
        else
            bands_.cancel();
        snapshot_ = std::move(built.snapshot);
        emit snapshotChanged(SnapshotPtr(snapshot_)); // a copy: a listener may publish another
    }
    emit changed();
}

void ScenarioDocument::startBands(const ResolvedScenario& resolved)
{
    bands_.start([resolved](const std::atomic<bool>* cancelled) { return monteCarloBands(resolved, cancelled); });
}

void ScenarioDocument::onBandsReady(std::vector<YearBands> bands)
{
    if (!snapshot_ || !snapshot_->bandsPending || bands.empty())
        return; // nothing waits for them, or they were cancelled
    auto snapshot = std::make_shared<ScenarioSnapshot>(*snapshot_);
    snapshot->evaluation.bands = std::move(bands);
    snapshot->bandsPending = false;
    snapshot_ = std::move(snapshot);
    if (snapshot_->sobolPending)
        sobol_.start([resolved = snapshot_->resolved](const std::atomic<bool>* cancelled) {
            return sobolIndices(resolved, cancelled);
        });
    emit bandsArrived(SnapshotPtr(snapshot_));
}

void ScenarioDocument::onSobolReady(std::optional<ScenarioSobol> sobol)
{
    if (!snapshot_ || !snapshot_->sobolPending)
        return;
    auto snapshot = std::make_shared<ScenarioSnapshot>(*snapshot_);
    snapshot->sobol = std::move(sobol);
    snapshot->sobolPending = false;
    snapshot_ = std::move(snapshot);
    emit sobolArrived(SnapshotPtr(snapshot_));
}

bool ScenarioDocument::setCurrency(const QString& code)
{
    if (code == currency())
        return true;
    auto scenario = inCurrency(state_.scenario, *data_, code.toStdString());
    auto baseline = inCurrency(state_.baseline, *data_, code.toStdString());
    if (!scenario || !baseline)
        return false;
    DocumentState after = state_;
    after.scenario = scenario.value();
    after.baseline = baseline.value();
    push(after, tr("Costs in %1").arg(code));
    return true;
}

void ScenarioDocument::keepSavedValues(const std::vector<MovedDefault>& moved)
{
    if (moved.empty())
        return;
    DocumentState after = state_;
    after.scenario = keepingSavedValues(after.scenario, moved);
    push(after, tr("Keep the values saved in the file"));
}

void ScenarioDocument::replaceData(Dataset data)
{
    const Scenario scenarioBefore = state_.scenario;
    // The baseline holds the preset's price converted to the baseline's currency: convert it again
    // at the new rates (core's followConvertedPrice says what moves).
    if (const Preset* preset = data.preset(state_.presetId))
        if (const auto fresh = inCurrency(preset->scenario, data, currencyOf(state_.baseline, data)))
            followConvertedPrice(state_.scenario, state_.baseline, fresh.value());
    data_ = std::make_shared<const Dataset>(std::move(data));
    if (!(state_.scenario == scenarioBefore))
        undo_.resetClean(); // what is open is no longer what the file holds
    emit dataReplaced();
    reevaluate();
}

bool ScenarioDocument::pinCurrent()
{
    if (!snapshot_ || !pinned_.pin(name(), snapshot_->evaluation))
        return false;
    republishPinned();
    return true;
}

void ScenarioDocument::unpin(int index)
{
    if (pinned_.unpin(index))
        republishPinned();
}

void ScenarioDocument::clearPinned()
{
    pinned_.clear();
    republishPinned();
}

void ScenarioDocument::republishPinned()
{
    if (snapshot_) {
        auto snapshot = std::make_shared<ScenarioSnapshot>(*snapshot_);
        snapshot->pinned = pinned_.all();
        snapshot_ = std::move(snapshot);
        emit snapshotChanged(SnapshotPtr(snapshot_));
    }
    emit pinnedChanged();
    emit changed();
}

void ScenarioDocument::finishPendingWork()
{
    if (snapshot_ && snapshot_->bandsPending)
        bands_.finish(); // delivered now, which starts the Sobol indices
    if (snapshot_ && snapshot_->sobolPending)
        sobol_.finish();
}

} // namespace gridshare::gui
