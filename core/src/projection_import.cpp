// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/projection_import.h"

#include "json_reader.h"

#include "gridshare/csv_reader.h"
#include "gridshare/parameters.h"
#include "gridshare/projections.h"
#include "gridshare/strict_json.h"
#include "gridshare/text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <map>
#include <set>

namespace gridshare {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxTitle = 500;
constexpr std::size_t kMaxUrl = 2000;

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    return std::string(text.substr(first, text.find_last_not_of(" \t") - first + 1));
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return text;
}

// The data files refuse control characters in any text (a line break among them): so does the
// import, in every column it keeps as text.
bool holdsControlCharacter(std::string_view text)
{
    return std::any_of(text.begin(), text.end(), [](unsigned char c) { return c < 0x20 || c == 0x7f; });
}

// A stable id for what a row is about, so importing the same file again replaces, never repeats.
std::string hashId(const std::vector<std::string>& parts)
{
    std::uint64_t hash = 1469598103934665603ull; // FNV-1a
    for (const std::string& part : parts) {
        for (unsigned char c : part)
            hash = (hash ^ c) * 1099511628211ull;
        hash = (hash ^ 0x1f) * 1099511628211ull;
    }
    static const char* digits = "0123456789abcdef";
    std::string id;
    for (int shift = 60; shift >= 0; shift -= 4)
        id += digits[(hash >> shift) & 0xf];
    return std::string(kImportedIdPrefix) + id.substr(0, 12);
}

// One data row, read column by column; each problem names the row and the column.
class RowReader {
public:
    RowReader(const CsvRow& row, const std::map<std::string, std::size_t>& columns, Issues& problems)
        : row_(row), columns_(columns), problems_(problems)
    {}

    bool failed = false;

    void fail(std::string_view column, Message reason)
    {
        failed = true;
        Message message{GS_TRANSLATE_NOOP("Core", "row %1, column %2: %3"),
                        {std::to_string(row_.number), std::string(column)}};
        problems_.push_back({"", message.arg(std::move(reason))});
    }

    std::string text(std::string_view column) const
    {
        const auto at = columns_.find(std::string(column));
        return at == columns_.end() || at->second >= row_.fields.size() ? std::string()
                                                                        : trimmed(row_.fields[at->second]);
    }

    std::string required(std::string_view column, std::size_t maxBytes = kMaxTitle)
    {
        std::string value = text(column);
        if (value.empty())
            fail(column, {GS_TRANSLATE_NOOP("Core", "is empty; it is required")});
        else if (value.size() > maxBytes)
            fail(column, {GS_TRANSLATE_NOOP("Core", "is longer than %1 bytes"), {std::to_string(maxBytes)}});
        else if (holdsControlCharacter(value))
            fail(column, {GS_TRANSLATE_NOOP("Core", "holds a line break or a control character")});
        return value;
    }

    std::optional<double> number(std::string_view column, const std::string& value, bool percentAllowed)
    {
        std::string digits = value;
        const bool percent = !digits.empty() && digits.back() == '%';
        if (percent)
            digits = trimmed(std::string_view(digits).substr(0, digits.size() - 1));
        double result = 0;
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), result);
        if (digits.empty() || error != std::errc() || end != digits.data() + digits.size() || !std::isfinite(result)
            || (percent && !percentAllowed)) {
            fail(column, percentAllowed
                             ? Message{GS_TRANSLATE_NOOP("Core", "\"%1\" is not a number such as 0.22 or 22%"), {value}}
                             : Message{GS_TRANSLATE_NOOP("Core", "\"%1\" is not a number such as 42.5"), {value}});
            return std::nullopt;
        }
        if (percent)
            return result / 100;
        if (percentAllowed && result > 1) {
            fail(column, {GS_TRANSLATE_NOOP("Core", "%1 is more than 1: write a share as a fraction (0.22) or with "
                                                    "a percent sign (22%)"),
                          {value}});
            return std::nullopt;
        }
        return result;
    }

    // "share" alone, or "share_low" and "share_high" together; nullopt when none is given.
    std::optional<ValueRange> range(const std::string& key, double atMost)
    {
        const bool share = key == "share";
        const std::string single = text(key), low = text(key + "_low"), high = text(key + "_high");
        if (single.empty() && low.empty() && high.empty())
            return std::nullopt;
        if (!single.empty() && (!low.empty() || !high.empty())) {
            fail(key, {GS_TRANSLATE_NOOP("Core", "give either %1 or %2 and %3, not both"),
                       {key, key + "_low", key + "_high"}});
            return std::nullopt;
        }
        if (single.empty() && (low.empty() || high.empty())) {
            fail(low.empty() ? key + "_low" : key + "_high",
                 {GS_TRANSLATE_NOOP("Core", "is empty; a range needs both %1 and %2"), {key + "_low", key + "_high"}});
            return std::nullopt;
        }
        ValueRange result;
        const bool one = !single.empty();
        const auto a = number(one ? key : key + "_low", one ? single : low, share);
        const auto b = one ? a : number(key + "_high", high, share);
        if (!a || !b)
            return std::nullopt;
        result.low = *a;
        result.high = *b;
        const std::string column = one ? key : key + "_low";
        if (result.low <= 0 || result.high > atMost) {
            fail(column, {GS_TRANSLATE_NOOP("Core", "must be more than 0 and at most %1"), {shortestNumber(atMost)}});
            return std::nullopt;
        }
        if (result.low > result.high) {
            fail(key + "_high", {GS_TRANSLATE_NOOP("Core", "%1 is below %2's %3"), {high, key + "_low", low}});
            return std::nullopt;
        }
        return result;
    }

private:
    const CsvRow& row_;
    const std::map<std::string, std::size_t>& columns_;
    Issues& problems_;
};

std::optional<ImportedProjection> readRow(const CsvRow& row, const std::map<std::string, std::size_t>& columns,
                                          const Dataset& data, Issues& problems)
{
    RowReader r(row, columns, problems);
    ImportedProjection out;
    out.row = row.number;
    Projection& p = out.projection;
    Source& s = out.source;

    const std::string regionText = r.required("region");
    if (!regionText.empty() && !r.failed) {
        if (const Region* region = data.findRegion(regionText))
            p.region = region->id;
        else
            r.fail("region", {GS_TRANSLATE_NOOP("Core", "no region is called \"%1\" (gridshare regions lists them)"),
                              {regionText}});
    }
    s.title = r.required("title");
    s.publisher = r.required("publisher");
    s.url = r.text("url");
    if (!s.url.empty()
        && (s.url.size() > kMaxUrl || !(s.url.starts_with("https://") || s.url.starts_with("http://"))
            || std::any_of(s.url.begin(), s.url.end(), [](unsigned char c) { return c <= 0x20 || c == 0x7f; })))
        r.fail("url", {GS_TRANSLATE_NOOP("Core", "\"%1\" is not a web address starting with https:// or http://"),
                       {s.url.substr(0, 80)}});
    p.published = r.required("published", 10);
    if (!p.published.empty() && !isPublicationDate(p.published))
        r.fail("published",
               {GS_TRANSLATE_NOOP("Core", "\"%1\" is not a date: YYYY, YYYY-MM or YYYY-MM-DD"), {p.published}});
    s.date = p.published;

    const std::string yearText = r.required("year", 10);
    if (!yearText.empty()) {
        int year = 0;
        const auto [end, error] = std::from_chars(yearText.data(), yearText.data() + yearText.size(), year);
        if (error != std::errc() || end != yearText.data() + yearText.size() || year < kMinProjectionYear
            || year > kMaxProjectionYear)
            r.fail("year", {GS_TRANSLATE_NOOP("Core", "\"%1\" is not a year from %2 to %3"),
                            {yearText, std::to_string(kMinProjectionYear), std::to_string(kMaxProjectionYear)}});
        p.year = year;
    }
    const std::string scope = lower(r.required("scope", 40));
    if (const auto known = projectionScopeFromKey(scope))
        p.scope = *known;
    else if (scope == "data centres" || scope == "data centers" || scope == "datacentres")
        p.scope = ProjectionScope::DataCentres;
    else if (!scope.empty())
        r.fail("scope", {GS_TRANSLATE_NOOP("Core", "\"%1\" is not \"datacenters\" or \"ai\""), {scope}});
    const std::string measure = lower(r.text("measure"));
    if (const auto known = projectionMeasureFromKey(measure.empty() ? "energy" : measure))
        p.measure = *known;
    else
        r.fail("measure", {GS_TRANSLATE_NOOP("Core", "\"%1\" is not \"energy\", \"capacity\", \"average_load\" or "
                                                     "\"peak\""),
                           {measure}});
    p.level = r.required("level", 10);
    if (!p.level.empty() && !data.levelMeanings.count(p.level))
        r.fail("level", {GS_TRANSLATE_NOOP("Core", "\"%1\" is not a verification level (V1, V2, D or NV)"), {p.level}});
    s.level = p.level;

    p.share = r.range("share", 1);
    p.twh = r.range("twh", spec(Param::NationalTwh).max);
    p.gw = r.range("gw", 1e6);
    const bool energy = p.measure == ProjectionMeasure::Energy;
    if (energy && p.gw)
        r.fail("gw", {GS_TRANSLATE_NOOP("Core", "an energy projection gives share or twh; set measure to "
                                                "capacity, average_load or peak for GW")});
    else if (energy && !p.share && !p.twh && !r.failed)
        r.fail("share", {GS_TRANSLATE_NOOP("Core", "is empty, and so is twh: give at least one of them")});
    if (!energy && (p.share || p.twh))
        r.fail(p.share ? "share" : "twh", {GS_TRANSLATE_NOOP("Core", "a power projection gives gw only")});
    if (!energy && !p.gw && !r.failed)
        r.fail("gw", {GS_TRANSLATE_NOOP("Core", "is empty; a power projection needs gw")});

    const std::string label = r.text("label");
    p.label = label.empty() ? s.publisher + " " + p.published.substr(0, 4) : label;
    if (p.label.size() > kMaxTitle)
        r.fail("label", {GS_TRANSLATE_NOOP("Core", "is longer than %1 bytes"), {std::to_string(kMaxTitle)}});
    else if (holdsControlCharacter(p.label))
        r.fail("label", {GS_TRANSLATE_NOOP("Core", "holds a line break or a control character")});
    p.note = r.text("note");
    if (p.note.size() > kMaxTitle * 4)
        r.fail("note", {GS_TRANSLATE_NOOP("Core", "is longer than %1 bytes"), {std::to_string(kMaxTitle * 4)}});
    else if (holdsControlCharacter(p.note))
        r.fail("note", {GS_TRANSLATE_NOOP("Core", "holds a line break or a control character")});
    if (r.failed)
        return std::nullopt;

    s.id = hashId({s.title, s.publisher, s.date, s.url});
    p.source = s.id;
    p.series = s.id;
    p.id = s.id + "-" + lower(p.region) + "-" + std::to_string(p.year) + "-" + std::string(projectionScopeKey(p.scope))
           + "-" + std::string(projectionMeasureKey(p.measure));
    p.own = true;
    s.own = true;
    return out;
}

json rangeJson(const ValueRange& range)
{
    return range.isRange() ? json::array({range.low, range.high}) : json(range.low);
}

json sourceJson(const Source& s)
{
    return {{"id", s.id},   {"title", s.title}, {"publisher", s.publisher}, {"date", s.date},
            {"url", s.url}, {"level", s.level}, {"figures", json::array()}};
}

json projectionJson(const Projection& p)
{
    json entry = {{"id", p.id},
                  {"region", p.region},
                  {"source", p.source},
                  {"label", p.label},
                  {"published", p.published},
                  {"year", p.year},
                  {"scope", projectionScopeKey(p.scope)},
                  {"measure", projectionMeasureKey(p.measure)},
                  {"level", p.level},
                  {"series", p.series}};
    if (p.share)
        entry["share"] = rangeJson(*p.share);
    if (p.twh)
        entry["twh"] = rangeJson(*p.twh);
    if (p.gw)
        entry["gw"] = rangeJson(*p.gw);
    if (!p.note.empty())
        entry["note"] = p.note;
    return entry;
}

// The person's file as a document to add to, or why it may not be added to.
Outcome<json> existingFile(const std::optional<std::string>& text, const char* name, const char* format,
                           const char* list, int version)
{
    if (!text)
        return json{{"format", format}, {"version", version}, {list, json::array()}};
    JsonLimits limits;
    limits.maxBytes = std::size_t{16} * 1024 * 1024;
    auto parsed = parseStrictJson(*text, limits);
    if (!parsed)
        return inFile(parsed.issues(), name);
    json doc = std::move(parsed).value();
    if (!doc.is_object() || doc.value("format", json()) != format || !doc.contains("version")
        || !doc.at("version").is_number_integer())
        return Issue{"", {GS_TRANSLATE_NOOP("Core", "is not a GridShare %1 file"), {format}}, name};
    if (!doc.contains(list))
        doc[list] = json::array();
    if (!doc.at(list).is_array())
        return Issue{"/" + std::string(list),
                     Message{GS_TRANSLATE_NOOP("Core", "must be a list, not %1")}.arg(detail::typeName(doc.at(list))),
                     name};
    return doc;
}

void addOrReplace(json& items, const json& entry)
{
    for (json& item : items)
        if (item.is_object() && item.value("id", json()) == entry.at("id")) {
            item = entry;
            return;
        }
    items.push_back(entry);
}

} // namespace

const std::vector<std::string_view>& projectionCsvColumns()
{
    static const std::vector<std::string_view> columns{
        "region",    "title",      "publisher", "url",     "published", "year", "scope",  "level",   "measure", "share",
        "share_low", "share_high", "twh",       "twh_low", "twh_high",  "gw",   "gw_low", "gw_high", "label",   "note"};
    return columns;
}

ProjectionImport importProjectionsCsv(std::string_view text, const Dataset& data)
{
    ProjectionImport result;
    auto table = readCsv(text);
    if (!table) {
        result.problems = table.issues();
        return result;
    }
    const std::vector<CsvRow>& rows = table.value();
    if (rows.empty()) {
        result.problems.push_back({"", {GS_TRANSLATE_NOOP("Core", "is empty: the first row names the columns")}});
        return result;
    }
    const auto& known = projectionCsvColumns();
    std::map<std::string, std::size_t> columns;
    for (std::size_t i = 0; i < rows[0].fields.size(); ++i) {
        const std::string name = lower(trimmed(rows[0].fields[i]));
        const std::string shown = name.substr(0, 40);
        if (std::find(known.begin(), known.end(), name) == known.end())
            result.problems.push_back(
                {"", Message{GS_TRANSLATE_NOOP("Core", "row 1, column %1: not a column of this format; the columns are "
                                                       "%2"),
                             {std::to_string(i + 1) + " (" + shown + ")", [&] {
                                  std::string all;
                                  for (auto c : known)
                                      all += (all.empty() ? "" : ", ") + std::string(c);
                                  return all;
                              }()}}});
        else if (!columns.emplace(name, i).second)
            result.problems.push_back(
                {"", Message{GS_TRANSLATE_NOOP("Core", "row 1, column %1: named twice"), {shown}}});
    }
    for (std::size_t i = 0; i < kRequiredProjectionCsvColumns; ++i)
        if (!columns.count(std::string(known[i])))
            result.problems.push_back(
                {"", Message{GS_TRANSLATE_NOOP("Core", "row 1: the column %1 is missing"), {std::string(known[i])}}});
    if (!result.problems.empty())
        return result;

    std::map<std::string, std::size_t> seen; // projection id -> its row
    for (std::size_t i = 1; i < rows.size(); ++i) {
        ++result.rows;
        auto row = readRow(rows[i], columns, data, result.problems);
        if (row) {
            const auto [at, added] = seen.emplace(row->projection.id, row->row);
            if (added) {
                result.imported.push_back(std::move(*row));
                continue;
            }
            result.problems.push_back(
                {"", Message{GS_TRANSLATE_NOOP("Core", "row %1: the same source, region, year, scope and measure as "
                                                       "row %2"),
                             {std::to_string(rows[i].number), std::to_string(at->second)}}});
        }
        ++result.skipped;
        result.problems.push_back(
            {"", Message{GS_TRANSLATE_NOOP("Core", "row %1: skipped; the other rows are imported"),
                         {std::to_string(rows[i].number)}}});
    }
    return result;
}

Outcome<ImportedFiles> mergeImportedProjections(const std::optional<std::string>& sourcesText,
                                                const std::optional<std::string>& projectionsText,
                                                const std::vector<ImportedProjection>& imported)
{
    auto sources = existingFile(sourcesText, "sources.json", "gridshare-sources", "sources", 1);
    auto projections =
        existingFile(projectionsText, "projections.json", "gridshare-projections", "projections", kProjectionsVersion);
    Issues issues;
    if (!sources)
        issues = sources.issues();
    if (!projections)
        issues.insert(issues.end(), projections.issues().begin(), projections.issues().end());
    if (!issues.empty())
        return issues;
    json& sourceDoc = sources.value();
    json& projectionDoc = projections.value();
    if (projectionDoc.at("version").get<int>() != kProjectionsVersion)
        return Issue{"/version",
                     {GS_TRANSLATE_NOOP("Core", "is version %1; imported projections need version %2"),
                      {projectionDoc.at("version").dump(), std::to_string(kProjectionsVersion)}},
                     "projections.json"};
    for (const ImportedProjection& row : imported) {
        addOrReplace(sourceDoc.at("sources"), sourceJson(row.source));
        addOrReplace(projectionDoc.at("projections"), projectionJson(row.projection));
    }
    return ImportedFiles{sourceDoc.dump(2) + "\n", projectionDoc.dump(2) + "\n"};
}

} // namespace gridshare
