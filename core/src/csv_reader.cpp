// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/csv_reader.h"

#include "gridshare/text.h"

namespace gridshare {
namespace {

Issue rowIssue(std::size_t row, const char* pattern, std::vector<std::string> args = {})
{
    Message message{GS_TRANSLATE_NOOP("Core", "row %1: %2"), {std::to_string(row)}};
    return {"", message.arg(Message{pattern, std::move(args)})};
}

} // namespace

Outcome<std::vector<CsvRow>> readCsv(std::string_view text, const CsvLimits& limits)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    if (text.find('\0') != std::string_view::npos || firstInvalidUtf8(text))
        return Issue{"",
                     {GS_TRANSLATE_NOOP("Core", "is not a CSV text file (UTF-8): it holds bytes that are not text")}};
    std::vector<CsvRow> rows;
    CsvRow row{1, {}};
    std::string field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the field being read started with a quote
    std::size_t line = 1;   // the line a row starts on, counted as rows for the person
    auto endField = [&]() -> std::optional<Issue> {
        if (row.fields.size() >= limits.maxColumns)
            return rowIssue(row.number, GS_TRANSLATE_NOOP("Core", "more than %1 columns"),
                            {std::to_string(limits.maxColumns)});
        row.fields.push_back(std::move(field));
        field.clear();
        wasQuoted = false;
        return std::nullopt;
    };
    auto endRow = [&]() -> std::optional<Issue> {
        if (auto problem = endField())
            return problem;
        const bool blank = row.fields.size() == 1 && row.fields[0].empty();
        if (!blank) {
            if (rows.size() >= limits.maxRows)
                return rowIssue(row.number, GS_TRANSLATE_NOOP("Core", "more than %1 rows; split the file"),
                                {std::to_string(limits.maxRows)});
            rows.push_back(std::move(row));
        }
        row = CsvRow{++line, {}};
        return std::nullopt;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"' && field.empty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == '"') {
            return rowIssue(row.number,
                            GS_TRANSLATE_NOOP("Core", "a quote inside a field that is not in quotes; "
                                                      "put the field in quotes and double the quote (\"\")"));
        } else if (c == ',') {
            if (auto problem = endField())
                return *problem;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            if (auto problem = endRow())
                return *problem;
            continue;
        } else if (wasQuoted) {
            return rowIssue(row.number, GS_TRANSLATE_NOOP("Core", "text after the closing quote of a field"));
        } else {
            field += c;
        }
        if (field.size() > limits.maxFieldBytes)
            return rowIssue(row.number, GS_TRANSLATE_NOOP("Core", "a field longer than %1 bytes"),
                            {std::to_string(limits.maxFieldBytes)});
    }
    if (quoted)
        return rowIssue(row.number, GS_TRANSLATE_NOOP("Core", "a quoted field is not closed"));
    if (!field.empty() || wasQuoted || !row.fields.empty())
        if (auto problem = endRow())
            return *problem;
    return rows;
}

std::string csvField(std::string_view text)
{
    if (text.find_first_of(",\"\n\r") == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

} // namespace gridshare
