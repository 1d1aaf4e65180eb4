#include "scenario_assembly.h"

#include "command_line.h"

#include "gridshare/scenario_io.h"
#include "gridshare/text.h"

#include <QCoreApplication>

#include <map>

namespace gridshare::cli {
namespace {

// The reasons are Issues, so their patterns are in the context "Core" with the other reasons.
AssembledScenario usageError(Message reason, std::string origin = {})
{
    AssembledScenario a;
    a.exitCode = BadUsage;
    a.issues.push_back({"", std::move(reason), std::move(origin)});
    return a;
}

std::string listOf(const std::vector<std::string>& items)
{
    std::string text;
    for (const auto& item : items)
        text += (text.empty() ? "" : ", ") + item;
    return text;
}

template <typename Items, typename Id> std::string idsOf(const Items& items, Id id)
{
    std::vector<std::string> ids;
    for (const auto& item : items)
        ids.push_back(item.*id);
    return listOf(ids);
}

// Applies one --set; returns a usage problem when the option itself is malformed. Values that
// are well-formed but out of range are left for validation, which names the pointer.
std::optional<Message> applySet(Scenario& s, const std::string& key, const std::string& value)
{
    if (key == "region") {
        s.region = value;
        return std::nullopt;
    }
    if (key == "currency") {
        s.currency = value;
        return std::nullopt;
    }
    const auto number = parseNumber(value);
    if (!number)
        return Message{GS_TRANSLATE_NOOP("Core", "\"%1\" is not a number (use a dot for decimals: 0.12, 2.5e9)"),
                       {value}};
    if (key == "base_year" || key == "end_year") {
        if (*number != static_cast<double>(static_cast<int>(*number)))
            return Message{GS_TRANSLATE_NOOP("Core", "\"%1\" is not a whole year"), {value}};
        if (key == "base_year")
            s.baseYear = static_cast<int>(*number);
        else
            s.endYear = static_cast<int>(*number);
        return std::nullopt;
    }
    const auto param = paramFromKey(key);
    if (!param) {
        if (const auto near = closestParamKey(key))
            return Message{
                GS_TRANSLATE_NOOP("Core",
                                  "unknown key \"%1\"; did you mean \"%2\"? (see `gridshare --help` for the keys)"),
                {key, std::string(*near)}};
        return Message{GS_TRANSLATE_NOOP("Core", "unknown key \"%1\" (see `gridshare --help` for the keys)"), {key}};
    }
    s.parameters[*param] = *number;
    return std::nullopt;
}

// "/parameters/pue" -> "pue"; "/base_year" -> "base_year": the --set key an issue is about.
std::string keyOfPointer(const std::string& pointer)
{
    const std::string prefix = "/parameters/";
    if (pointer.rfind(prefix, 0) == 0)
        return pointer.substr(prefix.size());
    return pointer.empty() ? pointer : pointer.substr(1);
}

} // namespace

AssembledScenario assembleScenario(const ScenarioRequest& request, const Dataset& data)
{
    if (!request.file.isEmpty() && !request.preset.isEmpty())
        return usageError({GS_TRANSLATE_NOOP("Core", "give a scenario file or --preset, not both")});

    Scenario scenario;
    std::string origin;
    if (!request.file.isEmpty()) {
        origin = request.file.toStdString();
        auto read = readScenarioFile(request.file.toStdString());
        if (!read.result) {
            AssembledScenario a;
            a.exitCode = read.unreadable ? UnreadableFile : InvalidScenario;
            a.issues = inFile(read.result.issues(), origin);
            return a;
        }
        scenario = read.result.value();
    } else if (!request.preset.isEmpty()) {
        const Preset* preset = data.preset(request.preset.toStdString());
        if (!preset)
            return usageError({GS_TRANSLATE_NOOP("Core", "unknown preset \"%1\"; known presets: %2"),
                               {request.preset.toStdString(), idsOf(data.presets, &Preset::id)}},
                              "--preset");
        origin = QCoreApplication::translate("Cli", "preset %1").arg(QString::fromStdString(preset->id)).toStdString();
        scenario = preset->scenario;
    } else {
        const std::string regionId = request.region.isEmpty() ? "US" : request.region.toStdString();
        const Region* region = data.region(regionId);
        scenario.region = regionId;
        scenario.name = QCoreApplication::translate("Cli", "%1 defaults")
                            .arg(QString::fromStdString(region ? region->name : regionId))
                            .toStdString();
        origin =
            QCoreApplication::translate("Cli", "defaults of %1").arg(QString::fromStdString(regionId)).toStdString();
    }

    if (!request.region.isEmpty()) {
        if (!data.region(request.region.toStdString()))
            return usageError({GS_TRANSLATE_NOOP("Core", "unknown region \"%1\"; known regions: %2"),
                               {request.region.toStdString(), idsOf(data.regions, &Region::id)}},
                              "--region");
        scenario.region = request.region.toStdString();
    }

    std::map<std::string, std::string> setOrigins; // key -> "--set key=value"
    for (const QString& set : request.sets) {
        const std::string text = set.toStdString();
        const auto equals = text.find('=');
        if (equals == std::string::npos || equals == 0)
            return usageError({GS_TRANSLATE_NOOP("Core", "expected KEY=VALUE, got \"%1\""), {text}}, "--set");
        const std::string key = text.substr(0, equals);
        if (auto problem = applySet(scenario, key, text.substr(equals + 1)))
            return usageError(*problem, "--set " + text);
        setOrigins[key] = "--set " + text;
    }

    auto resolved = resolve(scenario, data);
    if (!resolved) {
        AssembledScenario a;
        a.exitCode = InvalidScenario;
        for (Issue issue : resolved.issues()) {
            const auto set = setOrigins.find(keyOfPointer(issue.pointer));
            issue.file = set != setOrigins.end() ? set->second : origin;
            a.issues.push_back(std::move(issue));
        }
        return a;
    }
    AssembledScenario a;
    a.scenario = std::move(resolved).value();
    return a;
}

} // namespace gridshare::cli
