// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset_reader.h"

#include "json_reader.h"

#include "gridshare/projections.h"
#include "gridshare/scenario_io.h"
#include "gridshare/strict_json.h"
#include "gridshare/text.h"

#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>

namespace gridshare::detail {
namespace {

using nlohmann::json;

// Longest ids and references: a region's or a preset's id stays within what a scenario file may
// name; an imported projection's id joins its source's id with its region, year, scope and measure.
constexpr std::size_t kMaxScenarioId = 64;
constexpr std::size_t kMaxId = 200;
// Longest prose: a title, a note, an assumption, a description (as long as a scenario's).
constexpr std::size_t kMaxText = 4000;

// The shared reader, with the fields data files are made of: a field read by its key, a figure
// with where it comes from, a file's header, a figure or a [low, high] range.
class DataReader : public JsonReader {
public:
    using JsonReader::JsonReader;

    std::string text(const json& object, const std::string& pointer, const char* key, bool required = true,
                     std::size_t maxLength = kMaxText)
    {
        if (!required && (!object.is_object() || !object.contains(key)))
            return {};
        const json* v = field(object, pointer, key);
        if (!v)
            return {};
        return JsonReader::text(*v, childPointer(pointer, key), maxLength).value_or(std::string());
    }

    std::string prose(const json& object, const std::string& pointer, const char* key, bool required = true)
    {
        if (!required && (!object.is_object() || !object.contains(key)))
            return {};
        const json* v = field(object, pointer, key);
        if (!v)
            return {};
        return JsonReader::text(*v, childPointer(pointer, key), kMaxText, Lines::Several).value_or(std::string());
    }

    std::string id(const json& object, const std::string& pointer, const char* key, bool required = true)
    {
        return text(object, pointer, key, required, kMaxId);
    }

    double number(const json& object, const std::string& pointer, const char* key)
    {
        const json* v = field(object, pointer, key);
        return v ? JsonReader::number(*v, childPointer(pointer, key)).value_or(0) : 0;
    }

    int year(const json& object, const std::string& pointer, const char* key, int min, int max)
    {
        const json* v = field(object, pointer, key);
        if (!v)
            return min;
        return static_cast<int>(wholeNumber(*v, childPointer(pointer, key), min, max).value_or(min));
    }

    // The list `key` of an object; an empty one when it is missing or not a list, having said so.
    const json& list(const json& object, const std::string& pointer, const char* key)
    {
        static const json empty = json::array();
        const json* v = field(object, pointer, key);
        const json* items = v ? JsonReader::list(*v, childPointer(pointer, key)) : nullptr;
        return items ? *items : empty;
    }

    // Calls read(item, pointer) for each object of the top-level list `key`; an item that is not an
    // object is said to be so once, and skipped.
    template <typename Read> void eachItem(const json& document, const char* key, Read read)
    {
        const json& items = list(document, "", key);
        for (std::size_t i = 0; i < items.size(); ++i) {
            const std::string at = "/" + std::string(key) + "/" + std::to_string(i);
            if (object(items[i], at))
                read(items[i], at);
        }
    }

    Provenance provenance(const json& v, const std::string& pointer)
    {
        Provenance p;
        if (!object(v, pointer))
            return p;
        p.source = id(v, pointer, "source", false);
        p.level = id(v, pointer, "level", false);
        p.assumption = prose(v, pointer, "assumption", false);
        p.note = prose(v, pointer, "note", false);
        if (p.source.empty() == p.assumption.empty())
            fail(pointer, {GS_TRANSLATE_NOOP(
                              "Core", "needs either a \"source\" with a \"level\" or an \"assumption\" saying why")});
        else if (!p.source.empty() && p.level.empty())
            fail(pointer + "/level",
                 {GS_TRANSLATE_NOOP("Core", "missing; say how far the figure was verified (V1, V2, D, NV)")});
        return p;
    }

    // Only the fields a provenance has, for the maps of provenances (presets).
    Provenance provenanceOnly(const json& v, const std::string& pointer)
    {
        onlyKnownFields(v, pointer, {"source", "level", "assumption", "note"});
        return provenance(v, pointer);
    }

    // A figure in [min, max] with where it comes from.
    SourcedValue sourced(const json& object, const std::string& pointer, const char* key, double min, double max)
    {
        SourcedValue value;
        const json* v = field(object, pointer, key);
        if (!v)
            return value;
        const std::string at = childPointer(pointer, key);
        if (!this->object(*v, at))
            return value;
        onlyKnownFields(*v, at, {"value", "source", "level", "assumption", "note"});
        value = {number(*v, at, "value"), provenance(*v, at)};
        inRange(value.value, at + "/value", min, max);
        return value;
    }

    // The file's version, when this GridShare reads it (1 up to newest); 0 otherwise.
    int header(const json& document, const std::string& format, int newest = 1)
    {
        if (text(document, "", "format") != format)
            fail("/format", {GS_TRANSLATE_NOOP("Core", "expected \"%1\""), {format}});
        const double version = number(document, "", "version");
        if (version >= 1 && version <= newest && version == std::floor(version))
            return static_cast<int>(version);
        if (newest == 1)
            fail("/version", {GS_TRANSLATE_NOOP("Core", "this GridShare reads version 1")});
        else
            fail("/version",
                 {GS_TRANSLATE_NOOP("Core", "this GridShare reads versions 1 to %1"), {std::to_string(newest)}});
        return 0;
    }

    // A figure as a number or as [low, high], with 0 <= low <= high <= atMost.
    std::optional<ValueRange> valueRange(const json& object, const std::string& at, const char* key, double atMost)
    {
        if (!object.contains(key))
            return std::nullopt;
        const json& v = object.at(key);
        const std::string pointer = at + "/" + key;
        ValueRange range;
        if (v.is_number()) {
            range.low = range.high = v.get<double>();
        } else if (v.is_array() && v.size() == 2 && v[0].is_number() && v[1].is_number()) {
            range.low = v[0].get<double>();
            range.high = v[1].get<double>();
        } else {
            fail(pointer, {GS_TRANSLATE_NOOP("Core", "must be a number or [low, high]")});
            return std::nullopt;
        }
        if (!(std::isfinite(range.low) && std::isfinite(range.high) && range.low >= 0 && range.low <= range.high
              && range.high <= atMost)) {
            fail(pointer, {GS_TRANSLATE_NOOP("Core", "must satisfy 0 <= low <= high <= %1"), {shortestNumber(atMost)}});
            return std::nullopt;
        }
        return range;
    }

    std::string date(const json& object, const std::string& at, const char* key)
    {
        std::string value = text(object, at, key, true, kMaxId);
        if (!value.empty() && !isPublicationDate(value))
            fail(at + "/" + key, {GS_TRANSLATE_NOOP("Core", "must be a date: YYYY, YYYY-MM or YYYY-MM-DD")});
        return value;
    }

    bool flag(const json& object, const std::string& at, const char* key)
    {
        if (!object.contains(key))
            return false;
        return boolean(object.at(key), at + "/" + key).value_or(false);
    }
};

Outcome<json> parseFile(const DataFile& file)
{
    JsonLimits limits;
    limits.maxBytes = std::size_t{16} * 1024 * 1024;
    auto parsed = parseStrictJson(file.text, limits);
    if (!parsed)
        return inFile(parsed.issues(), file.name);
    return parsed;
}

// Every region's default values of an earlier edition: {"US": {"pue": 1.2, ...}, ...}.
std::map<std::string, std::map<Param, double>> readEditionDefaults(DataReader& r, const json& v, const std::string& at)
{
    std::map<std::string, std::map<Param, double>> defaults;
    const json* regions = r.field(v, at, "defaults");
    if (!regions || !r.object(*regions, at + "/defaults"))
        return defaults;
    for (const auto& [region, values] : regions->items()) {
        const std::string pointer = childPointer(at + "/defaults", region);
        if (!r.object(values, pointer))
            continue;
        for (const auto& [key, value] : values.items()) {
            const std::string place = childPointer(pointer, key);
            const auto param = r.parameterKey(key, place);
            const auto number = r.JsonReader::number(value, place);
            if (param && number)
                defaults[region][*param] = *number;
        }
    }
    return defaults;
}

DataEdition readEdition(DataReader& r, const json& v, const std::string& at)
{
    DataEdition edition;
    edition.version = r.id(v, at, "version");
    edition.asOf = r.date(v, at, "as_of");
    return edition;
}

Region readRegion(DataReader& r, const json& v, const std::string& at)
{
    Region region;
    if (!r.object(v, at))
        return region;
    r.onlyKnownFields(
        v, at,
        {"id", "name", "name_zh", "currency", "data_year", "note", "group", "household_kwh_per_year", "parameters"});
    region.id = r.text(v, at, "id", true, kMaxScenarioId);
    region.name = r.text(v, at, "name");
    region.nameZh = r.text(v, at, "name_zh", false);
    region.currency = r.id(v, at, "currency");
    // The data year becomes a scenario's base year, so it keeps to the base years a file may give.
    region.dataYear = r.year(v, at, "data_year", kMinBaseYear, kMaxBaseYear);
    region.note = r.prose(v, at, "note", false);
    region.group = r.id(v, at, "group", false);
    region.householdKwhPerYear = r.sourced(v, at, "household_kwh_per_year", kMinHouseholdKwh, kMaxHouseholdKwh);
    const json* parameters = r.field(v, at, "parameters");
    const std::string parametersAt = at + "/parameters";
    if (!parameters || !r.object(*parameters, parametersAt))
        return region;
    for (const auto& ps : paramSpecs()) {
        const std::string key(ps.key);
        if (!parameters->contains(key)) {
            r.fail(childPointer(parametersAt, key),
                   {GS_TRANSLATE_NOOP("Core", "missing; every region gives every parameter")});
            continue;
        }
        region.defaults[static_cast<std::size_t>(ps.param)] =
            r.sourced(*parameters, parametersAt, key.c_str(), ps.min, ps.max);
    }
    for (const auto& [key, value] : parameters->items())
        if (!paramFromKey(key))
            r.parameterKey(key, childPointer(parametersAt, key));
    return region;
}

// Version 2 adds the data's edition and the earlier editions' defaults; a version 1 file has
// neither, so scenarios saved with it cannot tell which of its defaults moved.
void readRegions(DataReader& r, const json& doc, Dataset& d)
{
    r.onlyKnownFields(doc, "", {"format", "version", "edition", "earlier_editions", "regions", "hardware_note"});
    const int version = r.header(doc, "gridshare-regions", 2);
    r.prose(doc, "", "hardware_note", false);
    if (version >= 2) {
        if (const json* edition = r.field(doc, "", "edition"); edition && r.object(*edition, "/edition")) {
            r.onlyKnownFields(*edition, "/edition", {"version", "as_of"});
            d.edition = readEdition(r, *edition, "/edition");
        }
        if (doc.contains("earlier_editions"))
            r.eachItem(doc, "earlier_editions", [&](const json& v, const std::string& at) {
                r.onlyKnownFields(v, at, {"version", "as_of", "note", "defaults"});
                r.prose(v, at, "note", false);
                d.earlierEditions.push_back({readEdition(r, v, at), readEditionDefaults(r, v, at)});
            });
    }
    r.eachItem(doc, "regions",
               [&](const json& v, const std::string& at) { d.regions.push_back(readRegion(r, v, at)); });
}

void readSources(DataReader& r, const json& doc, Dataset& d)
{
    r.onlyKnownFields(doc, "", {"format", "version", "levels", "sources"});
    r.header(doc, "gridshare-sources");
    if (const json* levels = r.field(doc, "", "levels"); levels && levels->is_object() && !levels->empty()) {
        for (const auto& [level, meaning] : levels->items())
            if (auto text =
                    r.JsonReader::text(meaning, childPointer("/levels", level), kMaxText, JsonReader::Lines::Several))
                d.levelMeanings[level] = *text;
    } else if (levels) {
        // One problem, not one per source that names a level.
        r.fail("/levels", {GS_TRANSLATE_NOOP("Core", "must be an object naming each verification level, such as "
                                                     "{\"V1\": \"primary text read\"}")});
    }
    r.eachItem(doc, "sources", [&](const json& v, const std::string& at) {
        r.onlyKnownFields(v, at, {"id", "title", "publisher", "date", "url", "level", "note", "figures"});
        Source s;
        s.id = r.id(v, at, "id");
        s.title = r.text(v, at, "title");
        s.publisher = r.text(v, at, "publisher");
        s.date = r.id(v, at, "date");
        s.url = r.text(v, at, "url");
        s.level = r.id(v, at, "level");
        s.note = r.prose(v, at, "note", false);
        const json& figures = r.list(v, at, "figures");
        for (std::size_t i = 0; i < figures.size(); ++i)
            if (auto figure = r.JsonReader::text(figures[i], at + "/figures/" + std::to_string(i), kMaxText,
                                                 JsonReader::Lines::Several))
                s.figures.push_back(*figure);
        d.sources.push_back(std::move(s));
    });
}

void readCurrencies(DataReader& r, const json& doc, Dataset& d)
{
    r.onlyKnownFields(doc, "", {"format", "version", "currencies"});
    r.header(doc, "gridshare-currencies");
    r.eachItem(doc, "currencies", [&](const json& v, const std::string& at) {
        r.onlyKnownFields(v, at, {"code", "name", "symbol", "per_usd"});
        Currency c;
        c.code = r.id(v, at, "code");
        c.name = r.text(v, at, "name");
        c.symbol = r.id(v, at, "symbol");
        c.perUsd = r.sourced(v, at, "per_usd", kMinRatePerUsd, kMaxRatePerUsd);
        d.currencies.push_back(std::move(c));
    });
}

std::map<Param, Provenance> readProvenanceMap(DataReader& r, const json& v, const std::string& at, const char* key)
{
    std::map<Param, Provenance> map;
    if (!v.contains(key))
        return map;
    const json& object = v.at(key);
    if (!r.object(object, at + "/" + key))
        return map;
    for (const auto& [name, p] : object.items()) {
        const std::string pointer = childPointer(at + "/" + key, name);
        if (const auto param = r.parameterKey(name, pointer))
            map[*param] = r.provenanceOnly(p, pointer);
    }
    return map;
}

void readPresets(DataReader& r, const json& doc, Dataset& d)
{
    r.onlyKnownFields(doc, "", {"format", "version", "default", "presets"});
    r.header(doc, "gridshare-presets");
    d.defaultPreset = r.text(doc, "", "default", true, kMaxScenarioId);
    r.eachItem(doc, "presets", [&](const json& v, const std::string& at) {
        r.onlyKnownFields(v, at, {"id", "name", "description", "scenario", "provenance", "range_provenance"});
        Preset p;
        p.id = r.text(v, at, "id", true, kMaxScenarioId);
        p.name = r.text(v, at, "name");
        p.description = r.prose(v, at, "description");
        if (const json* scenario = r.field(v, at, "scenario"); scenario && r.object(*scenario, at + "/scenario")) {
            json file = *scenario;
            file["format"] = kScenarioFormat;
            file["version"] = kScenarioVersion;
            if (!file.contains("name"))
                file["name"] = p.name;
            auto read = scenarioFromJson(file);
            if (read)
                p.scenario = read.value();
            else
                for (const auto& issue : read.issues())
                    r.fail(at + "/scenario" + issue.pointer, issue.message);
        }
        p.provenance = readProvenanceMap(r, v, at, "provenance");
        p.rangeProvenance = readProvenanceMap(r, v, at, "range_provenance");
        d.presets.push_back(std::move(p));
    });
}

// Version 1 files have no publication date, level, series or measure: each takes its source's
// date and level, the source as its series, and energy as its measure.
void readProjectionList(DataReader& r, const json& doc, int version, Dataset& d)
{
    r.eachItem(doc, "projections", [&](const json& v, const std::string& at) {
        r.onlyKnownFields(v, at,
                          {"id", "source", "label", "region", "year", "note", "approximate", "scope", "share", "twh",
                           "gw", "published", "level", "series", "superseded_by", "measure"});
        Projection p;
        p.id = r.id(v, at, "id");
        p.source = r.id(v, at, "source");
        p.label = r.text(v, at, "label");
        p.region = r.id(v, at, "region");
        p.year = r.year(v, at, "year", kMinProjectionYear, kMaxProjectionYear);
        p.note = r.prose(v, at, "note", false);
        p.approximate = r.flag(v, at, "approximate");
        const std::string scope = r.id(v, at, "scope");
        if (const auto known = projectionScopeFromKey(scope))
            p.scope = *known;
        else if (!r.issuesAt(at + "/scope"))
            r.fail(at + "/scope", {GS_TRANSLATE_NOOP("Core", "must be \"ai\" or \"datacenters\"")});
        p.share = r.valueRange(v, at, "share", 1);
        p.twh = r.valueRange(v, at, "twh", spec(Param::NationalTwh).max);
        p.gw = r.valueRange(v, at, "gw", 1e6);
        if (version == 1) {
            if (!p.share)
                r.fail(at + "/share", {GS_TRANSLATE_NOOP("Core", "must be [low, high] as fractions")});
            if (const Source* source = d.source(p.source)) {
                p.published = source->date;
                p.level = source->level;
            }
            p.series = p.source;
        } else {
            p.published = r.date(v, at, "published");
            p.level = r.id(v, at, "level");
            p.series = r.id(v, at, "series");
            p.supersededBy = r.id(v, at, "superseded_by", false);
            const std::string measure = r.id(v, at, "measure");
            if (const auto known = projectionMeasureFromKey(measure))
                p.measure = *known;
            else if (!r.issuesAt(at + "/measure"))
                r.fail(at + "/measure",
                       {GS_TRANSLATE_NOOP("Core", "must be \"energy\", \"capacity\", \"average_load\" or \"peak\"")});
            if (p.measure == ProjectionMeasure::Energy && (!(p.share || p.twh) || p.gw))
                r.fail(at, {GS_TRANSLATE_NOOP("Core", "an energy projection gives \"share\" or \"twh\", not \"gw\"")});
            if (p.measure != ProjectionMeasure::Energy && (!p.gw || p.share || p.twh))
                r.fail(at, {GS_TRANSLATE_NOOP("Core", "a power projection gives \"gw\" only")});
        }
        d.projections.push_back(std::move(p));
    });
}

void readRequestEnergy(DataReader& r, const json& doc, Dataset& d)
{
    r.eachItem(doc, "energy_per_request", [&](const json& v, const std::string& at) {
        r.onlyKnownFields(v, at,
                          {"id", "source", "label", "published", "year", "kind", "wh", "scope", "level", "note"});
        RequestEnergy e;
        e.id = r.id(v, at, "id");
        e.source = r.id(v, at, "source");
        e.label = r.text(v, at, "label");
        e.published = r.date(v, at, "published");
        e.year = r.year(v, at, "year", 1900, 2200);
        const std::string kind = r.id(v, at, "kind");
        if (const auto known = evidenceKindFromKey(kind))
            e.kind = *known;
        else if (!r.issuesAt(at + "/kind"))
            r.fail(at + "/kind",
                   {GS_TRANSLATE_NOOP("Core", "must be \"measurement\", \"estimate\" or \"company_statement\"")});
        if (const auto wh = r.valueRange(v, at, "wh", 1e6))
            e.wh = *wh;
        else if (!v.contains("wh"))
            r.fail(at + "/wh", {GS_TRANSLATE_NOOP("Core", "missing")});
        e.scope = r.prose(v, at, "scope");
        e.level = r.id(v, at, "level");
        e.note = r.prose(v, at, "note", false);
        d.requestEnergy.push_back(std::move(e));
    });
}

void readReferenceVolumes(DataReader& r, const json& doc, Dataset& d)
{
    r.eachItem(doc, "reference_volumes", [&](const json& v, const std::string& at) {
        r.onlyKnownFields(v, at,
                          {"id", "source", "label", "published", "year", "scope", "requests_per_day",
                           "tokens_per_month", "accelerators", "twh_per_year", "total", "level", "note"});
        ReferenceVolume volume;
        volume.id = r.id(v, at, "id");
        volume.source = r.id(v, at, "source");
        volume.label = r.text(v, at, "label");
        volume.published = r.date(v, at, "published");
        volume.scope = r.id(v, at, "scope");
        volume.level = r.id(v, at, "level");
        volume.note = r.prose(v, at, "note", false);
        volume.year = v.contains("year") ? r.year(v, at, "year", kMinProjectionYear, kMaxProjectionYear)
                                         : std::atoi(volume.published.substr(0, 4).c_str());
        const auto requests = r.valueRange(v, at, "requests_per_day", 1e15);
        const auto tokens = r.valueRange(v, at, "tokens_per_month", 1e20);
        const auto accelerators = r.valueRange(v, at, "accelerators", 1e12);
        const auto twh = r.valueRange(v, at, "twh_per_year", 1e6);
        if (int(requests.has_value()) + int(tokens.has_value()) + int(accelerators.has_value()) + int(twh.has_value())
            != 1)
            r.fail(at, {GS_TRANSLATE_NOOP("Core", "gives one of \"requests_per_day\", \"tokens_per_month\", "
                                                  "\"accelerators\" or \"twh_per_year\"")});
        volume.requestsPerDay = requests ? requests->low : 0;
        volume.tokensPerMonth = tokens ? tokens->low : 0;
        volume.accelerators = accelerators ? accelerators->low : 0;
        volume.twhPerYear = twh ? twh->low : 0;
        volume.total = r.flag(v, at, "total");
        d.referenceVolumes.push_back(std::move(volume));
    });
}

void readProjections(DataReader& r, const json& doc, Dataset& d)
{
    r.onlyKnownFields(doc, "", {"format", "version", "projections", "energy_per_request", "reference_volumes"});
    const int version = r.header(doc, "gridshare-projections", kProjectionsVersion);
    if (version == 0)
        return;
    readProjectionList(r, doc, version, d);
    if (version < 2)
        return;
    readRequestEnergy(r, doc, d);
    if (doc.contains("reference_volumes"))
        readReferenceVolumes(r, doc, d);
}

} // namespace

Issues readDataFile(DataFileKind kind, const DataFile& file, Dataset& d)
{
    auto parsed = parseFile(file);
    if (!parsed)
        return parsed.issues();
    DataReader reader(file.name);
    const json& doc = parsed.value();
    if (!reader.object(doc, ""))
        return reader.issues;
    switch (kind) {
    case DataFileKind::Regions:
        readRegions(reader, doc, d);
        break;
    case DataFileKind::Sources:
        readSources(reader, doc, d);
        break;
    case DataFileKind::Currencies:
        readCurrencies(reader, doc, d);
        break;
    case DataFileKind::Presets:
        readPresets(reader, doc, d);
        break;
    case DataFileKind::Projections:
        readProjections(reader, doc, d);
        break;
    }
    return reader.issues;
}

Region readRegionEntry(const json& entry, const std::string& file, const std::string& pointer, Issues& issues)
{
    DataReader reader(file);
    Region region = readRegion(reader, entry, pointer);
    issues.insert(issues.end(), reader.issues.begin(), reader.issues.end());
    return region;
}

} // namespace gridshare::detail
