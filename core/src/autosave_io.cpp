// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/autosave_io.h"

#include "gridshare/scenario_io.h"
#include "gridshare/strict_json.h"

namespace gridshare {

std::string autosaveToText(const AutosaveRecord& record)
{
    nlohmann::json j;
    j["format"] = kAutosaveFormat;
    j["version"] = 1;
    j["original_file"] = record.originalFile;
    j["saved_at"] = record.savedAt;
    j["scenario"] = scenarioToJson(record.scenario);
    return j.dump(2) + "\n";
}

Outcome<AutosaveRecord> autosaveFromText(std::string_view text)
{
    auto parsed = parseStrictJson(text);
    if (!parsed)
        return parsed.issues();
    const nlohmann::json& j = parsed.value();
    // Checked by type first: nlohmann's value() throws when a key holds another type.
    const auto format = j.is_object() ? j.find("format") : j.end();
    if (!j.is_object() || format == j.end() || !format->is_string() || format->get<std::string>() != kAutosaveFormat)
        return Issue{"/format", {GS_TRANSLATE_NOOP("Core", "not a GridShare autosave record")}};
    if (!j.contains("version") || !j.at("version").is_number_integer() || j.at("version").get<int>() != 1)
        return Issue{"/version", {GS_TRANSLATE_NOOP("Core", "this GridShare reads autosave version 1")}};
    for (const char* key : {"original_file", "saved_at"})
        if (!j.contains(key) || !j.at(key).is_string())
            return Issue{std::string("/") + key, {GS_TRANSLATE_NOOP("Core", "missing or not text")}};
    if (!j.contains("scenario"))
        return Issue{"/scenario", {GS_TRANSLATE_NOOP("Core", "missing")}};
    auto scenario = scenarioFromJson(j.at("scenario"));
    if (!scenario) {
        Issues issues;
        for (const auto& issue : scenario.issues())
            issues.push_back({"/scenario" + issue.pointer, issue.message});
        return issues;
    }
    return AutosaveRecord{scenario.value(), j.at("original_file").get<std::string>(),
                          j.at("saved_at").get<std::string>()};
}

} // namespace gridshare
