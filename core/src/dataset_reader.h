// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading the five data files, each on its own: every field checked for its kind, range and
// spelling by the shared JSON reader, every problem said with the file and the place. What the
// files refer to in one another is checked afterwards (dataset_checks.h).

#include "gridshare/dataset.h"

#include <nlohmann/json.hpp>

#include <string>

namespace gridshare::detail {

enum class DataFileKind { Regions, Sources, Currencies, Presets, Projections };

// Parses one file and reads what it holds into d; the problems found, said of file.name. The
// sources are read before the projections, which take a version 1 projection's date and level
// from its source.
Issues readDataFile(DataFileKind kind, const DataFile& file, Dataset& d);

// One entry of a regions file, alone (a region a scenario file carries, or one a person enters);
// the problems are said of `file` at `pointer`.
Region readRegionEntry(const nlohmann::json& entry, const std::string& file, const std::string& pointer,
                       Issues& issues);

} // namespace gridshare::detail
