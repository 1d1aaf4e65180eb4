// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/autosave_io.h"

#include "json_reader.h"

#include "gridshare/scenario_io.h"
#include "gridshare/strict_json.h"

#include <cstdint>
#include <limits>

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
    // Anything without the autosave format is some other file: saying more of it would mislead.
    const auto format = j.is_object() ? j.find("format") : j.end();
    if (!j.is_object() || format == j.end() || !format->is_string() || format->get<std::string>() != kAutosaveFormat)
        return Issue{"/format", {GS_TRANSLATE_NOOP("Core", "not a GridShare autosave record")}};

    detail::JsonReader r;
    const auto* versionField = r.field(j, "", "version");
    const auto version = versionField
                             ? r.wholeNumber(*versionField, "/version", 1, std::numeric_limits<std::int32_t>::max())
                             : std::nullopt;
    if (!version)
        return r.issues;
    if (*version != 1)
        return Issue{"/version", {GS_TRANSLATE_NOOP("Core", "this GridShare reads autosave version 1")}};

    r.onlyKnownFields(j, "", {"format", "version", "original_file", "saved_at", "scenario"});
    // A file's name may hold tabs and line breaks; its length is capped only to keep out garbage.
    std::optional<std::string> originalFile;
    if (const auto* v = r.field(j, "", "original_file"))
        originalFile = r.text(*v, "/original_file", 65536, detail::JsonReader::Lines::Several);
    std::optional<std::string> savedAt;
    if (const auto* v = r.field(j, "", "saved_at"))
        savedAt = r.text(*v, "/saved_at", 64);
    std::optional<Scenario> scenario;
    if (const auto* v = r.field(j, "", "scenario")) {
        auto read = scenarioFromJson(*v);
        if (read)
            scenario = read.value();
        else
            for (const auto& issue : read.issues())
                r.fail("/scenario" + issue.pointer, issue.message);
    }
    if (!r.issues.empty())
        return r.issues;
    return AutosaveRecord{*scenario, *originalFile, *savedAt};
}

} // namespace gridshare
