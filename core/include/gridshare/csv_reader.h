// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small CSV reader (RFC 4180): fields in double quotes may hold commas, quotes ("") and line
// breaks; rows end in LF or CRLF; a UTF-8 byte-order mark is dropped. Sizes are bounded so a file
// that is not CSV (binary, one endless line) is refused with a reason rather than read without end.

#include "gridshare/diagnostics.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gridshare {

struct CsvLimits {
    std::size_t maxRows = 10000; // the header included
    std::size_t maxColumns = 64;
    std::size_t maxFieldBytes = 4096;
};

struct CsvRow {
    std::size_t number = 0; // 1 for the header, as a spreadsheet numbers rows
    std::vector<std::string> fields;
};

// Every row, blank lines left out; or why the text is not CSV, naming the row ("row 4: a quoted
// field is not closed"). Text that is not UTF-8, or holds NUL bytes, is refused whole.
Outcome<std::vector<CsvRow>> readCsv(std::string_view text, const CsvLimits& limits = {});

// A field as a CSV writer must quote it: in quotes when it holds a comma, a quote or a line break.
std::string csvField(std::string_view text);

} // namespace gridshare
