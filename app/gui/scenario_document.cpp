#include "scenario_document.h"

#include "gridshare/resolve.h"

namespace gridshare::gui {

ScenarioDocument::ScenarioDocument(const Dataset& data, QObject* parent) : QObject(parent), data_(data)
{
    if (!loadPreset(QString::fromStdString(data_.defaultPreset)))
        loadRegion(QStringLiteral("US"));
}

const Region& ScenarioDocument::region() const
{
    const Region* r = data_.region(scenario_.region);
    return r ? *r : data_.regions.front();
}

QString ScenarioDocument::currency() const
{
    return QString::fromStdString(scenario_.currency.value_or(region().currency));
}

double ScenarioDocument::value(Param p) const
{
    const auto it = scenario_.parameters.find(p);
    return it != scenario_.parameters.end() ? it->second : defaultValue(p);
}

double ScenarioDocument::defaultValue(Param p) const
{
    const auto it = baseline_.parameters.find(p);
    if (it != baseline_.parameters.end())
        return it->second;
    const Currency* c = data_.currency(currency().toStdString());
    return c ? regionDefault(data_, region(), *c, p) : region().at(p).value;
}

Provenance ScenarioDocument::defaultProvenance(Param p) const
{
    return gridshare::defaultProvenance(preset_, region(), p);
}

void ScenarioDocument::setValue(Param p, double value)
{
    if (value == this->value(p))
        return;
    // A value the baseline leaves to the region is stored only while it differs from it, so a
    // saved scenario keeps following the region's data.
    if (!baseline_.parameters.count(p) && value == defaultValue(p))
        scenario_.parameters.erase(p);
    else
        scenario_.parameters[p] = value;
    reevaluate();
}

void ScenarioDocument::resetValue(Param p)
{
    setValue(p, defaultValue(p));
}

void ScenarioDocument::resetAll()
{
    scenario_ = baseline_;
    reevaluate();
}

bool ScenarioDocument::loadPreset(const QString& id)
{
    const Preset* preset = data_.preset(id.toStdString());
    if (!preset)
        return false;
    setBaseline(preset->scenario, preset);
    return true;
}

bool ScenarioDocument::loadRegion(const QString& id)
{
    const Region* region = data_.region(id.toStdString());
    if (!region)
        return false;
    Scenario defaults;
    defaults.region = region->id;
    defaults.name = tr("%1 defaults").arg(QString::fromStdString(region->name)).toStdString();
    setBaseline(defaults, nullptr);
    return true;
}

void ScenarioDocument::setBaseline(const Scenario& baseline, const Preset* preset)
{
    baseline_ = baseline;
    scenario_ = baseline;
    preset_ = preset;
    reevaluate();
}

void ScenarioDocument::reevaluate()
{
    auto resolved = resolve(scenario_, data_);
    if (!resolved) {
        issues_ = resolved.issues();
        emit changed();
        return;
    }
    issues_.clear();
    auto snapshot = std::make_shared<ScenarioSnapshot>();
    snapshot->evaluation = evaluate(resolved.value());
    snapshot->scenarioName = QString::fromStdString(scenario_.name);
    snapshot->regionName = QString::fromStdString(region().name);
    snapshot->currency = QString::fromStdString(resolved.value().currency);
    snapshot->projections = projectionsFor(data_, scenario_.region);
    std::vector<Provenance> behindValues;
    for (const auto& ps : paramSpecs())
        behindValues.push_back(defaultProvenance(ps.param));
    behindValues.push_back(region().householdKwhPerYear.provenance);
    snapshot->citations = citationsFor(data_, snapshot->projections, behindValues);
    snapshot_ = std::move(snapshot);
    emit changed();
}

} // namespace gridshare::gui
