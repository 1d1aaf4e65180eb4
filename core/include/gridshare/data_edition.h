// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Saved scenarios keep their numbers: a scenario file records the data edition it was saved with
// and the value of every default it used, so that opening it with a newer edition can say which
// defaults moved (old -> new, with the new source) and keep the saved values when asked.

#include "gridshare/dataset.h"
#include "gridshare/scenario.h"

#include <string>
#include <vector>

namespace gridshare {

// "2026.12 (as of 2026-12-03)", for --version and the report.
std::string editionText(const DataEdition& edition);

// The scenario as a file stores it: with the data's edition and the value of every parameter it
// takes from its region (converted to its currency), as resolved now; with the region's own values
// when the region is the person's (region_entry.h).
Scenario withUsedDefaults(const Scenario& scenario, const Dataset& data);

struct MovedDefault {
    Param param;
    double saved = 0;      // the default the file was saved with
    double current = 0;    // the default now
    Provenance provenance; // where the current default comes from
};

struct MovedDefaults {
    DataEdition savedEdition; // as recorded, or the earlier edition a file without a record was saved with
    std::vector<MovedDefault> moved;
};

// The defaults a saved scenario used that the data now gives differently. A file of format
// version 1 has no record: it was saved with the oldest earlier edition, whose defaults the data
// keeps. Parameters the scenario sets itself are not defaults and never move.
MovedDefaults movedDefaults(const Scenario& saved, const Dataset& data);

// The scenario with the saved values of those defaults set as its own.
Scenario keepingSavedValues(Scenario scenario, const std::vector<MovedDefault>& moved);

} // namespace gridshare
