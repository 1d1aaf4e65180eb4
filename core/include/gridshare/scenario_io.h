// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The scenario file (*.gridshare.json): reading with a located reason for every refusal, and
// writing with 17 significant digits so that a round trip gives back every number exactly.

#include "gridshare/diagnostics.h"
#include "gridshare/scenario.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <string_view>

namespace gridshare {

inline constexpr std::string_view kScenarioFormat = "gridshare-scenario";
inline constexpr int kScenarioVersion = 2; // 2 adds data_edition and defaults

// Structure and types only; ranges and region data are checked by resolve().
Outcome<Scenario> scenarioFromJson(const nlohmann::json& document);
Outcome<Scenario> scenarioFromText(std::string_view text);
// One top-level field given outside a file (the command line's --set end_year=2040), read with the
// file's own checks so that what a file may not hold is refused in the same words.
Issues readScenarioField(Scenario& scenario, const std::string& key, const nlohmann::json& value);

nlohmann::json scenarioToJson(const Scenario& scenario);
std::string scenarioToText(const Scenario& scenario);

// Range checks of the values a scenario gives itself (not those it takes from a region); used
// after reading a file and after command-line edits.
Issues checkScenarioValues(const Scenario& scenario);

// Reading a file tells "cannot be read" (missing, a folder, no permission) from "is not a valid
// scenario", because the command line answers them with different exit codes.
struct ScenarioFileRead {
    Outcome<Scenario> result;
    bool unreadable = false;
};
ScenarioFileRead readScenarioFile(const std::filesystem::path& path);

// The whole file as bytes. Refuses what is not a regular file (a folder, a device, a FIFO) without
// reading it, and anything larger than maxBytes, counting the bytes read whatever size the file
// claims. With followLinks false a symbolic link is refused too. `unreadable` is true for a path
// that cannot be read at all; a file that is too large is readable but refused.
struct FileBytes {
    Outcome<std::string> result;
    bool unreadable = false;
};
FileBytes readFileBytes(const std::filesystem::path& path, std::size_t maxBytes, bool followLinks = true);

} // namespace gridshare
