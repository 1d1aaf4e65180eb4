// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A person's own projections, from a CSV file with one projection a row (README, "Your own
// projections"): each row is checked on its own, a bad row is skipped with "row N, column NAME:
// what is wrong", and the good ones become a source and a projection for the person's
// sources.json and projections.json, merged there with what they already hold.

#include "gridshare/dataset.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gridshare {

// The columns, in the order a new file lists them; the first eight are required in the header.
const std::vector<std::string_view>& projectionCsvColumns();
inline constexpr std::size_t kRequiredProjectionCsvColumns = 8;
inline constexpr std::size_t kMaxProjectionCsvBytes = std::size_t{4} * 1024 * 1024;

// What the person's sources and projections are marked with: every id imported starts with it.
inline constexpr std::string_view kImportedIdPrefix = "yours-";

struct ImportedProjection {
    std::size_t row = 0; // as a spreadsheet numbers it, the header being row 1
    Source source;
    Projection projection;
};

struct ProjectionImport {
    std::vector<ImportedProjection> imported;
    Issues problems;      // "row N, column NAME: what is wrong", then "row N: skipped"; or the file's
    std::size_t rows = 0; // the data rows read (the header not counted)
    std::size_t skipped = 0;
};

// Reads and checks the CSV text against the data (regions by id or name, verification levels).
// A file that is not CSV, or whose header lacks a required column or names an unknown one, gives
// issues and imports nothing.
ProjectionImport importProjectionsCsv(std::string_view text, const Dataset& data);

// The person's data files with the imported sources and projections added, or replacing those of
// the same id (importing a file again updates it); every other entry and field is kept as it was.
// Each text is the file as it is, or nullopt when there is none. Refused, saying why, when a file
// is not a data file of its kind: it is never replaced by one that loses what it held.
struct ImportedFiles {
    std::string sources;
    std::string projections;
};
Outcome<ImportedFiles> mergeImportedProjections(const std::optional<std::string>& sourcesText,
                                                const std::optional<std::string>& projectionsText,
                                                const std::vector<ImportedProjection>& imported);

} // namespace gridshare
