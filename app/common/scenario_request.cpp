// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario_request.h"

#include "console.h"

#include "gridshare/scenario_io.h"
#include "gridshare/text.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <filesystem>

namespace gridshare {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The reasons are Issues, so their patterns are in the context "Core" with the other reasons.
AssembledScenario usageProblem(Message reason, std::string origin = {})
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

struct SetProblem {
    SetProblem(Message reason_, int exitCode_ = BadUsage, std::string pointer_ = {})
        : reason(std::move(reason_)), exitCode(exitCode_), pointer(std::move(pointer_))
    {}
    Message reason;
    int exitCode;
    std::string pointer;
};

// Applies one --set; returns a usage problem when the option itself is malformed. Values that
// are well-formed but out of range are left for validation, which names the pointer; a year is
// read here by the scenario reader, which refuses one too far out to hold in a file's words.
std::optional<SetProblem> applySet(Scenario& s, std::map<Param, double>& parameterSets, const std::string& key,
                                   const std::string& value)
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
        return SetProblem{
            {GS_TRANSLATE_NOOP("Core", "\"%1\" is not a number (use a dot for decimals: 0.12, 2.5e9)"), {value}}};
    if (key == "base_year" || key == "end_year") {
        // Read as a file's year is read, so that a year a file may not hold is refused in its words.
        const Issues issues = readScenarioField(s, key, nlohmann::json(*number));
        if (!issues.empty())
            return SetProblem{issues.front().message, InvalidScenario, issues.front().pointer};
        return std::nullopt;
    }
    const auto param = paramFromKey(key);
    if (!param) {
        if (const auto near = closestParamKey(key))
            return SetProblem{
                {GS_TRANSLATE_NOOP("Core",
                                   "unknown key \"%1\"; did you mean \"%2\"? (see `gridshare --help` for the keys)"),
                 {key, std::string(*near)}}};
        return SetProblem{
            {GS_TRANSLATE_NOOP("Core", "unknown key \"%1\" (see `gridshare --help` for the keys)"), {key}}};
    }
    s.parameters[*param] = *number;
    parameterSets[*param] = *number;
    return std::nullopt;
}

// The --set an issue is about: "/parameters/pue" is pue's; "/end_year" is end_year's, or base_year's
// when only the base year was set (the end year is then not after it).
std::string setOfIssue(const std::string& pointer, const std::map<std::string, std::string>& setOrigins)
{
    const std::string prefix = "/parameters/";
    std::string key = pointer.rfind(prefix, 0) == 0 ? pointer.substr(prefix.size())
                      : pointer.empty()             ? pointer
                                                    : pointer.substr(1, pointer.find('/', 1) - 1);
    if (key == "end_year" && !setOrigins.count(key))
        key = "base_year";
    const auto set = setOrigins.find(key);
    return set == setOrigins.end() ? std::string() : set->second;
}

} // namespace

AssembledScenario assembleScenario(const ScenarioRequest& request, const Dataset& data)
{
    if (!request.file.isEmpty() && !request.preset.isEmpty())
        return usageProblem({GS_TRANSLATE_NOOP("Core", "give a scenario file or --preset, not both")});

    AssembledScenario a;
    Scenario& scenario = a.scenario;
    std::string origin;
    if (!request.file.isEmpty()) {
        origin = request.file.toStdString();
        auto read = readScenarioFile(std::filesystem::path(request.file.toStdU16String()));
        if (!read.result) {
            a.exitCode = read.unreadable ? UnreadableFile : InvalidScenario;
            a.issues = inFile(read.result.issues(), origin);
            return a;
        }
        scenario = read.result.value();
        a.file = QFileInfo(request.file).absoluteFilePath();
    } else if (!request.preset.isEmpty()) {
        const Preset* preset = data.preset(request.preset.toStdString());
        if (!preset)
            return usageProblem({GS_TRANSLATE_NOOP("Core", "unknown preset \"%1\"; known presets: %2"),
                                 {request.preset.toStdString(), idsOf(data.presets, &Preset::id)}},
                                "--preset");
        origin = Text::tr("preset %1").arg(QString::fromStdString(preset->id)).toStdString();
        scenario = preset->scenario;
        scenario.preset = preset->id;
    } else {
        const Region* region = data.findRegion(request.region.isEmpty() ? "US" : request.region.toStdString());
        const std::string regionId = region ? region->id : request.region.toStdString();
        scenario.region = regionId;
        scenario.name =
            Text::tr("%1 defaults").arg(QString::fromStdString(region ? region->name : regionId)).toStdString();
        origin = Text::tr("defaults of %1").arg(QString::fromStdString(regionId)).toStdString();
    }

    a.opened = scenario;
    if (!request.region.isEmpty()) {
        const Region* region = data.findRegion(request.region.toStdString());
        if (!region)
            return usageProblem({GS_TRANSLATE_NOOP("Core", "unknown region \"%1\"; known regions: %2"),
                                 {request.region.toStdString(), idsOf(data.regions, &Region::id)}},
                                "--region");
        if (region->id != scenario.region)
            scenario.regionData.clear(); // the values a file carries are for its own region
        scenario.region = region->id;
    }

    const Scenario beforeSets = scenario;
    std::map<std::string, std::string> setOrigins; // key -> "--set key=value"
    for (const QString& set : request.sets) {
        const std::string text = set.toStdString();
        const auto equals = text.find('=');
        if (equals == std::string::npos || equals == 0)
            return usageProblem({GS_TRANSLATE_NOOP("Core", "expected KEY=VALUE, got \"%1\""), {text}}, "--set");
        const std::string key = text.substr(0, equals);
        if (auto problem = applySet(scenario, a.parameterSets, key, text.substr(equals + 1))) {
            AssembledScenario refused = usageProblem(problem->reason, "--set " + text);
            refused.exitCode = problem->exitCode;
            refused.issues.front().pointer = problem->pointer;
            return refused;
        }
        setOrigins[key] = "--set " + text;
    }
    a.start = scenario;
    a.start.parameters = beforeSets.parameters;

    auto resolved = resolve(scenario, data);
    if (!resolved) {
        a.exitCode = InvalidScenario;
        for (Issue issue : resolved.issues()) {
            const std::string set = setOfIssue(issue.pointer, setOrigins);
            issue.file = set.empty() ? origin : set;
            a.issues.push_back(std::move(issue));
        }
        return a;
    }
    a.resolved = std::move(resolved).value();
    return a;
}

} // namespace gridshare
