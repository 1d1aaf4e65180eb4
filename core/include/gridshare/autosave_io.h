// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The autosave record: an unsaved scenario with the file it belongs to (if any) and when it was
// written, so that after a crash the next start can offer it back.

#include "gridshare/diagnostics.h"
#include "gridshare/scenario.h"

#include <string>
#include <string_view>

namespace gridshare {

inline constexpr std::string_view kAutosaveFormat = "gridshare-autosave";

struct AutosaveRecord {
    Scenario scenario;
    std::string originalFile; // empty for a scenario never saved
    std::string savedAt;      // ISO 8601, for the recovery prompt
};

std::string autosaveToText(const AutosaveRecord& record);
Outcome<AutosaveRecord> autosaveFromText(std::string_view text);

} // namespace gridshare
