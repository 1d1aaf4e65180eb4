// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario_document.h"

#include "../common/data_text.h"
#include "parameter_presentation.h"

#include "gridshare/projections.h"
#include "gridshare/region_entry.h"
#include "gridshare/resolve.h"

#include <QUndoCommand>

#include <QtConcurrent/QtConcurrentRun>
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

// Moves the baseline's price (or price range) to its freshly converted value, and the scenario's
// with it while the two are equal.
template <typename Map> void followPrice(Map& scenario, Map& baseline, const Map& fresh)
{
    const auto now = fresh.find(Param::PricePerKwh);
    const auto old = baseline.find(Param::PricePerKwh);
    if (now == fresh.end() || old == baseline.end())
        return;
    if (const auto set = scenario.find(Param::PricePerKwh); set != scenario.end() && set->second == old->second)
        set->second = now->second;
    old->second = now->second;
}

} // namespace

ScenarioDocument::ScenarioDocument(const Dataset& data, QObject* parent) : QObject(parent), data_(data)
{
    connect(&undo_, &QUndoStack::cleanChanged, this, [this] { emit changed(); });
    connect(&bands_, &QFutureWatcher<Uncertainty>::finished, this, &ScenarioDocument::onBandsReady);
    startNew();
}

ScenarioDocument::~ScenarioDocument()
{
    if (cancelBands_)
        cancelBands_->store(true);
    bands_.waitForFinished();
}

const Preset* ScenarioDocument::preset() const
{
    return state_.presetId.empty() ? nullptr : data_.preset(state_.presetId);
}

const Region& ScenarioDocument::region() const
{
    const Region* r = data_.region(state_.scenario.region);
    return r ? *r : data_.regions.front();
}

QString ScenarioDocument::currency() const
{
    return QString::fromStdString(state_.scenario.currency.value_or(region().currency));
}

double ScenarioDocument::value(Param p) const
{
    const auto it = state_.scenario.parameters.find(p);
    return it != state_.scenario.parameters.end() ? it->second : defaultValue(p);
}

std::optional<Range> ScenarioDocument::range(Param p) const
{
    const auto it = state_.scenario.ranges.find(p);
    return it == state_.scenario.ranges.end() ? std::nullopt : std::optional<Range>(it->second);
}

double ScenarioDocument::defaultValue(Param p) const
{
    const auto it = state_.baseline.parameters.find(p);
    if (it != state_.baseline.parameters.end())
        return it->second;
    const Currency* c = data_.currency(currency().toStdString());
    return c ? regionDefault(data_, region(), *c, p) : region().at(p).value;
}

Provenance ScenarioDocument::defaultProvenance(Param p) const
{
    return gridshare::defaultProvenance(preset(), region(), p);
}

Scenario ScenarioDocument::scenarioForSaving() const
{
    Scenario s = state_.scenario;
    s.preset = state_.presetId;
    return withUsedDefaults(s, data_);
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
        if (auto carried = dataWithCarriedRegion(scenario, data_)) {
            retired_.push_back(std::make_unique<const Dataset>(std::move(data_)));
            data_ = std::move(carried).value();
            emit dataReplaced();
        }
    DocumentState state;
    state.scenario = scenario;
    state.scenario.regionData.clear();
    const Preset* preset = data_.preset(scenario.preset);
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
    else if (const Region* region = data_.region(scenario.region);
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
    const Preset* preset = data_.preset(data_.defaultPreset);
    undo_.clear();
    filePath_.clear();
    suggestedPath_.clear();
    emit filePathChanged(filePath_);
    apply(preset ? presetState(*preset) : regionState(data_.regions.front()));
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
    const Preset* preset = data_.preset(id.toStdString());
    if (!preset)
        return false;
    push(presetState(*preset), tr("Load preset %1").arg(dataText(preset->name)));
    return true;
}

bool ScenarioDocument::loadRegion(const QString& id)
{
    const Region* region = data_.region(id.toStdString());
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

namespace {
// Whether Sobol indices computed before still name the parameters that are ranged now.
bool sameRangedParameters(const ScenarioSobol& sobol, const ResolvedScenario& resolved)
{
    if (sobol.parameters.size() != resolved.ranges.size())
        return false;
    return std::all_of(sobol.parameters.begin(), sobol.parameters.end(),
                       [&](const ParameterSobol& p) { return resolved.ranges.count(p.param) > 0; });
}
} // namespace

void ScenarioDocument::reevaluate()
{
    auto resolved = resolve(state_.scenario, data_);
    if (!resolved) {
        issues_ = resolved.issues();
        emit changed();
        return;
    }
    issues_.clear();
    ++generation_;
    auto snapshot = std::make_shared<ScenarioSnapshot>();
    snapshot->resolved = resolved.value();
    snapshot->evaluation = evaluate(resolved.value(), false);
    if (!resolved.value().ranges.empty()) {
        // Keep the last bands on screen while new ones are computed, so a drag does not flicker.
        if (snapshot_ && snapshot_->evaluation.bands.size() == snapshot->evaluation.years.size()
            && snapshot_->evaluation.baseYear == snapshot->evaluation.baseYear)
            snapshot->evaluation.bands = snapshot_->evaluation.bands;
        if (snapshot_ && snapshot_->sobol && sameRangedParameters(*snapshot_->sobol, resolved.value()))
            snapshot->sobol = snapshot_->sobol;
        snapshot->bandsPending = true;
        startBands(resolved.value());
    }
    snapshot->sensitivities = sensitivities(resolved.value(), *outputFromKey("ai_share"), resolved.value().endYear);
    snapshot->scenarioName = name();
    snapshot->regionName = regionName(region());
    snapshot->subNational = region().group == "sub-national";
    snapshot->currency = QString::fromStdString(resolved.value().currency);
    snapshot->data = &data_;
    snapshot->projections = projectionsFor(data_, state_.scenario.region, snapshot->evaluation.endYear);
    std::vector<Provenance> behindValues;
    for (const auto& ps : paramSpecs()) {
        const auto i = static_cast<std::size_t>(ps.param);
        snapshot->defaults[i] = defaultValue(ps.param);
        snapshot->defaultProvenance[i] = defaultProvenance(ps.param);
        behindValues.push_back(snapshot->defaultProvenance[i]);
    }
    behindValues.push_back(region().householdKwhPerYear.provenance);
    // Every projection for the region has a number, for views that draw more than the share chart.
    for (const Projection* p : allProjectionsFor(data_, state_.scenario.region))
        behindValues.push_back({p->source, p->level, {}, {}});
    // So is the per-request evidence the Energy per request view draws.
    for (const RequestEnergy& e : data_.requestEnergy)
        behindValues.push_back({e.source, e.level, {}, {}});
    // The volumes the request control is set beside are cited too.
    for (const ReferenceVolume& v : data_.referenceVolumes)
        if (v.scope == "World" || v.scope == state_.scenario.region)
            behindValues.push_back({v.source, v.level, {}, {}});
    snapshot->citations = citationsFor(data_, snapshot->projections, behindValues);
    snapshot->pinned = pinned_;
    snapshot_ = std::move(snapshot);
    emit changed();
}

void ScenarioDocument::startBands(const ResolvedScenario& resolved)
{
    if (cancelBands_)
        cancelBands_->store(true); // the running job's result would be stale
    cancelBands_ = std::make_shared<std::atomic<bool>>(false);
    bandsGeneration_ = generation_;
    // The watcher reports only the latest future; an older job still running is left to finish
    // (it stops within 512 samples) and its result is never read.
    bands_.setFuture(QtConcurrent::run([resolved, cancel = cancelBands_] {
        Uncertainty result{monteCarloBands(resolved, cancel.get()), std::nullopt};
        if (!result.bands.empty())
            result.sobol = sobolIndices(resolved, cancel.get());
        return result;
    }));
}

void ScenarioDocument::onBandsReady()
{
    if (bandsGeneration_ != generation_ || !snapshot_ || !snapshot_->bandsPending || bands_.isCanceled())
        return;
    Uncertainty result = bands_.result();
    if (result.bands.empty())
        return; // cancelled
    auto snapshot = std::make_shared<ScenarioSnapshot>(*snapshot_);
    snapshot->evaluation.bands = std::move(result.bands);
    snapshot->sobol = std::move(result.sobol);
    snapshot->bandsPending = false;
    snapshot_ = std::move(snapshot);
    changeIsBandsOnly_ = true;
    emit changed();
    changeIsBandsOnly_ = false;
}

bool ScenarioDocument::setCurrency(const QString& code)
{
    if (code == currency())
        return true;
    auto scenario = inCurrency(state_.scenario, data_, code.toStdString());
    auto baseline = inCurrency(state_.baseline, data_, code.toStdString());
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
    // at the new rates. The scenario's price moves with it only while the person has left it there.
    if (const Preset* preset = data.preset(state_.presetId)) {
        if (const auto fresh = inCurrency(preset->scenario, data, currencyOf(state_.baseline, data))) {
            followPrice(state_.scenario.parameters, state_.baseline.parameters, fresh.value().parameters);
            followPrice(state_.scenario.ranges, state_.baseline.ranges, fresh.value().ranges);
        }
    }
    // The old data moves out whole (its elements keep their addresses) and stays alive.
    retired_.push_back(std::make_unique<const Dataset>(std::move(data_)));
    data_ = std::move(data);
    if (!(state_.scenario == scenarioBefore))
        undo_.resetClean(); // what is open is no longer what the file holds
    emit dataReplaced();
    reevaluate();
}

bool ScenarioDocument::pinCurrent()
{
    if (!snapshot_ || pinned_.size() >= kMaxPinned)
        return false;
    // Each pin keeps its colour while others come and go: take the first one not in use.
    QColor colour;
    for (QRgb candidate : kPinnedColours)
        if (std::none_of(pinned_.begin(), pinned_.end(),
                         [&](const auto& p) { return p.colour == QColor(candidate); })) {
            colour = QColor(candidate);
            break;
        }
    Evaluation central = snapshot_->evaluation;
    central.bands.clear();
    // The same scenario pinned before and after a change needs two names in the legend.
    QString label = name();
    for (int n = 2; std::any_of(pinned_.begin(), pinned_.end(), [&](const auto& p) { return p.name == label; }); ++n)
        label = QStringLiteral("%1 (%2)").arg(name()).arg(n);
    pinned_.push_back({label, colour, std::move(central)});
    republishPinned();
    return true;
}

void ScenarioDocument::unpin(int index)
{
    if (index < 0 || index >= int(pinned_.size()))
        return;
    pinned_.erase(pinned_.begin() + index);
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
        snapshot->pinned = pinned_;
        snapshot_ = std::move(snapshot);
    }
    emit pinnedChanged();
    emit changed();
}

void ScenarioDocument::finishPendingWork()
{
    if (!snapshot_ || !snapshot_->bandsPending)
        return;
    bands_.waitForFinished();
    onBandsReady();
}

} // namespace gridshare::gui
