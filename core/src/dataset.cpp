// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/dataset.h"

#include "data_merge.h"

#include "gridshare/projections.h"
#include "gridshare/resolve.h"
#include "gridshare/scenario_io.h"
#include "gridshare/strict_json.h"
#include "gridshare/text.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <set>

namespace gridshare {
namespace {

using nlohmann::json;

// Reads one data file, recording each problem with the file name and pointer, so an edited
// override says exactly what to fix.
class DataReader {
public:
    explicit DataReader(std::string file) : file_(std::move(file)) {}

    Issues issues;

    void fail(const std::string& pointer, Message reason) { issues.push_back({pointer, std::move(reason), file_}); }

    const json* field(const json& object, const std::string& pointer, const char* key)
    {
        if (!object.is_object()) {
            fail(pointer, {GS_TRANSLATE_NOOP("Core", "must be an object")});
            return nullptr;
        }
        const auto it = object.find(key);
        if (it == object.end()) {
            fail(pointer + "/" + key, {GS_TRANSLATE_NOOP("Core", "missing")});
            return nullptr;
        }
        return &*it;
    }

    std::string text(const json& object, const std::string& pointer, const char* key, bool required = true)
    {
        if (!required && (!object.is_object() || !object.contains(key)))
            return {};
        const json* v = field(object, pointer, key);
        if (!v)
            return {};
        if (!v->is_string()) {
            fail(pointer + "/" + key, {GS_TRANSLATE_NOOP("Core", "must be text")});
            return {};
        }
        return v->get<std::string>();
    }

    double number(const json& object, const std::string& pointer, const char* key)
    {
        const json* v = field(object, pointer, key);
        if (!v)
            return 0;
        if (!v->is_number() || !std::isfinite(v->get<double>())) {
            fail(pointer + "/" + key, {GS_TRANSLATE_NOOP("Core", "must be a finite number")});
            return 0;
        }
        return v->get<double>();
    }

    // Whether a number already read lies in [min, max], checked before anything casts or counts
    // with it; says so when it does not.
    bool inRange(double value, const std::string& pointer, double min, double max)
    {
        if (issuesAt(pointer))
            return false;
        if (value >= min && value <= max)
            return true;
        fail(pointer, {GS_TRANSLATE_NOOP("Core", "%1 is outside the valid range %2 .. %3"),
                       {shortestNumber(value), shortestNumber(min), shortestNumber(max)}});
        return false;
    }

    int year(const json& object, const std::string& pointer, const char* key, int min, int max)
    {
        const std::string at = pointer + "/" + key;
        const double value = number(object, pointer, key);
        if (!inRange(value, at, min, max))
            return min;
        if (value != std::floor(value)) {
            fail(at, {GS_TRANSLATE_NOOP("Core", "%1 is not a whole number"), {shortestNumber(value)}});
            return min;
        }
        return static_cast<int>(value);
    }

    bool issuesAt(const std::string& pointer) const
    {
        return std::any_of(issues.begin(), issues.end(), [&](const Issue& i) { return i.pointer == pointer; });
    }

    const json& list(const json& object, const std::string& pointer, const char* key)
    {
        static const json empty = json::array();
        const json* v = field(object, pointer, key);
        if (v && !v->is_array())
            fail(pointer + "/" + key, {GS_TRANSLATE_NOOP("Core", "must be a list")});
        return v && v->is_array() ? *v : empty;
    }

    // Calls read(item, pointer) for each element of the top-level list `key`.
    template <typename Read> void eachItem(const json& document, const char* key, Read read)
    {
        const json& items = list(document, "", key);
        for (std::size_t i = 0; i < items.size(); ++i)
            read(items[i], "/" + std::string(key) + "/" + std::to_string(i));
    }

    Provenance provenance(const json& v, const std::string& pointer)
    {
        Provenance p;
        p.source = text(v, pointer, "source", false);
        p.level = text(v, pointer, "level", false);
        p.assumption = text(v, pointer, "assumption", false);
        p.note = text(v, pointer, "note", false);
        if (p.source.empty() == p.assumption.empty())
            fail(pointer, {GS_TRANSLATE_NOOP(
                              "Core", "needs either a \"source\" with a \"level\" or an \"assumption\" saying why")});
        else if (!p.source.empty() && p.level.empty())
            fail(pointer + "/level",
                 {GS_TRANSLATE_NOOP("Core", "missing; say how far the figure was verified (V1, V2, D, NV)")});
        return p;
    }

    SourcedValue sourced(const json& v, const std::string& pointer)
    {
        return {number(v, pointer, "value"), provenance(v, pointer)};
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
            fail("/version", {GS_TRANSLATE_NOOP("Core", "this GridShare reads versions 1 to %1"),
                              {std::to_string(newest)}});
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
        std::string value = text(object, at, key);
        if (!value.empty() && !isPublicationDate(value))
            fail(at + "/" + key, {GS_TRANSLATE_NOOP("Core", "must be a date: YYYY, YYYY-MM or YYYY-MM-DD")});
        return value;
    }

private:
    std::string file_;
};

Outcome<json> parseFile(const DataFile& file)
{
    JsonLimits limits;
    limits.maxBytes = 16 * 1024 * 1024;
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
    if (!regions || !regions->is_object()) {
        if (regions)
            r.fail(at + "/defaults", {GS_TRANSLATE_NOOP("Core", "must be an object")});
        return defaults;
    }
    for (const auto& [region, values] : regions->items()) {
        const std::string pointer = at + "/defaults/" + escapePointerToken(region);
        if (!values.is_object()) {
            r.fail(pointer, {GS_TRANSLATE_NOOP("Core", "must be an object")});
            continue;
        }
        for (const auto& [key, value] : values.items()) {
            const auto param = paramFromKey(key);
            if (!param)
                r.fail(pointer + "/" + escapePointerToken(key), {GS_TRANSLATE_NOOP("Core", "unknown parameter")});
            else if (!value.is_number() || !std::isfinite(value.get<double>()))
                r.fail(pointer + "/" + escapePointerToken(key), {GS_TRANSLATE_NOOP("Core", "must be a finite number")});
            else
                defaults[region][*param] = value.get<double>();
        }
    }
    return defaults;
}

DataEdition readEdition(DataReader& r, const json& v, const std::string& at)
{
    DataEdition edition;
    edition.version = r.text(v, at, "version");
    edition.asOf = r.date(v, at, "as_of");
    return edition;
}

// One entry of a regions file; also read alone, for a region a scenario file carries.
Region readRegion(DataReader& r, const json& v, const std::string& at)
{
    Region region;
    region.id = r.text(v, at, "id");
    region.name = r.text(v, at, "name");
    region.nameZh = r.text(v, at, "name_zh", false);
    region.currency = r.text(v, at, "currency");
    // The data year becomes a scenario's base year, so it keeps to the base years a file may give.
    region.dataYear = r.year(v, at, "data_year", kMinBaseYear, kMaxBaseYear);
    region.note = r.text(v, at, "note", false);
    region.group = r.text(v, at, "group", false);
    if (const json* h = r.field(v, at, "household_kwh_per_year")) {
        region.householdKwhPerYear = r.sourced(*h, at + "/household_kwh_per_year");
        r.inRange(region.householdKwhPerYear.value, at + "/household_kwh_per_year/value", kMinHouseholdKwh,
                  kMaxHouseholdKwh);
    }
    const json* parameters = r.field(v, at, "parameters");
    if (!parameters)
        return region;
    if (!parameters->is_object()) {
        r.fail(at + "/parameters", {GS_TRANSLATE_NOOP("Core", "must be an object")});
        return region;
    }
    for (const auto& ps : paramSpecs()) {
        const std::string pointer = at + "/parameters/" + std::string(ps.key);
        const auto it = parameters->find(std::string(ps.key));
        if (it == parameters->end()) {
            r.fail(pointer, {GS_TRANSLATE_NOOP("Core", "missing; every region gives every parameter")});
            continue;
        }
        SourcedValue value = r.sourced(*it, pointer);
        r.inRange(value.value, pointer + "/value", ps.min, ps.max);
        region.defaults[static_cast<std::size_t>(ps.param)] = std::move(value);
    }
    for (const auto& [key, value] : parameters->items())
        if (!paramFromKey(key))
            r.fail(at + "/parameters/" + escapePointerToken(key), {GS_TRANSLATE_NOOP("Core", "unknown parameter")});
    return region;
}

// Version 2 adds the data's edition and the earlier editions' defaults; a version 1 file has
// neither, so scenarios saved with it cannot tell which of its defaults moved.
void readRegions(DataReader& r, const json& doc, Dataset& d)
{
    const int version = r.header(doc, "gridshare-regions", 2);
    if (version >= 2) {
        if (const json* edition = r.field(doc, "", "edition"))
            d.edition = readEdition(r, *edition, "/edition");
        if (doc.contains("earlier_editions"))
            r.eachItem(doc, "earlier_editions", [&](const json& v, const std::string& at) {
                d.earlierEditions.push_back({readEdition(r, v, at), readEditionDefaults(r, v, at)});
            });
    }
    r.eachItem(doc, "regions", [&](const json& v, const std::string& at) { d.regions.push_back(readRegion(r, v, at)); });
}

void readSources(DataReader& r, const json& doc, Dataset& d)
{
    r.header(doc, "gridshare-sources");
    if (const json* levels = r.field(doc, "", "levels"); levels && levels->is_object() && !levels->empty()) {
        for (const auto& [level, meaning] : levels->items())
            d.levelMeanings[level] = meaning.is_string() ? meaning.get<std::string>() : std::string();
    } else if (levels) {
        // One problem, not one per source that names a level.
        r.fail("/levels", {GS_TRANSLATE_NOOP("Core", "must be an object naming each verification level, such as "
                                                     "{\"V1\": \"primary text read\"}")});
    }
    r.eachItem(doc, "sources", [&](const json& v, const std::string& at) {
        Source s;
        s.id = r.text(v, at, "id");
        s.title = r.text(v, at, "title");
        s.publisher = r.text(v, at, "publisher");
        s.date = r.text(v, at, "date");
        s.url = r.text(v, at, "url");
        s.level = r.text(v, at, "level");
        s.note = r.text(v, at, "note", false);
        const json& figures = r.list(v, at, "figures");
        for (const auto& f : figures)
            s.figures.push_back(f.is_string() ? f.get<std::string>() : f.dump());
        d.sources.push_back(std::move(s));
    });
}

void readCurrencies(DataReader& r, const json& doc, Dataset& d)
{
    r.header(doc, "gridshare-currencies");
    r.eachItem(doc, "currencies", [&](const json& v, const std::string& at) {
        Currency c;
        c.code = r.text(v, at, "code");
        c.name = r.text(v, at, "name");
        c.symbol = r.text(v, at, "symbol");
        if (const json* rate = r.field(v, at, "per_usd")) {
            c.perUsd = r.sourced(*rate, at + "/per_usd");
            r.inRange(c.perUsd.value, at + "/per_usd/value", kMinRatePerUsd, kMaxRatePerUsd);
        }
        d.currencies.push_back(std::move(c));
    });
}

std::map<Param, Provenance> readProvenanceMap(DataReader& r, const json& v, const std::string& at, const char* key)
{
    std::map<Param, Provenance> map;
    if (!v.contains(key))
        return map;
    const json& object = v.at(key);
    if (!object.is_object()) {
        r.fail(at + "/" + key, {GS_TRANSLATE_NOOP("Core", "must be an object")});
        return map;
    }
    for (const auto& [name, p] : object.items()) {
        const std::string pointer = at + "/" + key + "/" + escapePointerToken(name);
        if (const auto param = paramFromKey(name))
            map[*param] = r.provenance(p, pointer);
        else
            r.fail(pointer, {GS_TRANSLATE_NOOP("Core", "unknown parameter")});
    }
    return map;
}

void readPresets(DataReader& r, const json& doc, Dataset& d)
{
    r.header(doc, "gridshare-presets");
    d.defaultPreset = r.text(doc, "", "default");
    r.eachItem(doc, "presets", [&](const json& v, const std::string& at) {
        Preset p;
        p.id = r.text(v, at, "id");
        p.name = r.text(v, at, "name");
        p.description = r.text(v, at, "description");
        if (const json* scenario = r.field(v, at, "scenario"); scenario && scenario->is_object()) {
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
void readProjections(DataReader& r, const json& doc, Dataset& d)
{
    const int version = r.header(doc, "gridshare-projections", kProjectionsVersion);
    if (version == 0)
        return;
    r.eachItem(doc, "projections", [&](const json& v, const std::string& at) {
        Projection p;
        p.id = r.text(v, at, "id");
        p.source = r.text(v, at, "source");
        p.label = r.text(v, at, "label");
        p.region = r.text(v, at, "region");
        p.year = r.year(v, at, "year", kMinProjectionYear, kMaxProjectionYear);
        p.note = r.text(v, at, "note", false);
        if (v.contains("approximate")) {
            if (v.at("approximate").is_boolean())
                p.approximate = v.at("approximate").get<bool>();
            else
                r.fail(at + "/approximate", {GS_TRANSLATE_NOOP("Core", "must be true or false")});
        }
        const std::string scope = r.text(v, at, "scope");
        if (const auto known = projectionScopeFromKey(scope))
            p.scope = *known;
        else
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
            p.level = r.text(v, at, "level");
            p.series = r.text(v, at, "series");
            p.supersededBy = r.text(v, at, "superseded_by", false);
            const std::string measure = r.text(v, at, "measure");
            if (const auto known = projectionMeasureFromKey(measure))
                p.measure = *known;
            else
                r.fail(at + "/measure",
                       {GS_TRANSLATE_NOOP("Core", "must be \"energy\", \"capacity\", \"average_load\" or \"peak\"")});
            if (p.measure == ProjectionMeasure::Energy && (!(p.share || p.twh) || p.gw))
                r.fail(at, {GS_TRANSLATE_NOOP("Core", "an energy projection gives \"share\" or \"twh\", not \"gw\"")});
            if (p.measure != ProjectionMeasure::Energy && (!p.gw || p.share || p.twh))
                r.fail(at, {GS_TRANSLATE_NOOP("Core", "a power projection gives \"gw\" only")});
        }
        d.projections.push_back(std::move(p));
    });
    if (version < 2)
        return;
    r.eachItem(doc, "energy_per_request", [&](const json& v, const std::string& at) {
        RequestEnergy e;
        e.id = r.text(v, at, "id");
        e.source = r.text(v, at, "source");
        e.label = r.text(v, at, "label");
        e.published = r.date(v, at, "published");
        e.year = r.year(v, at, "year", 1900, 2200);
        const std::string kind = r.text(v, at, "kind");
        if (const auto known = evidenceKindFromKey(kind))
            e.kind = *known;
        else
            r.fail(at + "/kind",
                   {GS_TRANSLATE_NOOP("Core", "must be \"measurement\", \"estimate\" or \"company_statement\"")});
        if (const auto wh = r.valueRange(v, at, "wh", 1e6))
            e.wh = *wh;
        else if (!v.contains("wh"))
            r.fail(at + "/wh", {GS_TRANSLATE_NOOP("Core", "missing")});
        e.scope = r.text(v, at, "scope");
        e.level = r.text(v, at, "level");
        e.note = r.text(v, at, "note", false);
        d.requestEnergy.push_back(std::move(e));
    });
    if (!doc.contains("reference_volumes"))
        return;
    r.eachItem(doc, "reference_volumes", [&](const json& v, const std::string& at) {
        ReferenceVolume volume;
        volume.id = r.text(v, at, "id");
        volume.source = r.text(v, at, "source");
        volume.label = r.text(v, at, "label");
        volume.published = r.date(v, at, "published");
        volume.scope = r.text(v, at, "scope");
        volume.level = r.text(v, at, "level");
        volume.note = r.text(v, at, "note", false);
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
        if (v.contains("total")) {
            if (v.at("total").is_boolean())
                volume.total = v.at("total").get<bool>();
            else
                r.fail(at + "/total", {GS_TRANSLATE_NOOP("Core", "must be true or false")});
        }
        d.referenceVolumes.push_back(std::move(volume));
    });
}

// What a region refers to (its currency, its sources, their levels) exists in d.
void checkRegionReferences(const Dataset& d, const Region& region, const std::string& file, const std::string& at,
                           Issues& issues)
{
    auto fail = [&](const std::string& pointer, Message reason) { issues.push_back({pointer, std::move(reason), file}); };
    auto checkProvenance = [&](const std::string& pointer, const Provenance& p) {
        if (!p.source.empty() && !d.source(p.source))
            fail(pointer + "/source", {GS_TRANSLATE_NOOP("Core", "no source has the id \"%1\""), {p.source}});
        if (!p.level.empty() && !d.levelMeanings.count(p.level))
            fail(pointer + "/level", {GS_TRANSLATE_NOOP("Core", "\"%1\" is not a verification level"), {p.level}});
    };
    if (!d.currency(region.currency))
        fail(at + "/currency", {GS_TRANSLATE_NOOP("Core", "no currency has the code \"%1\""), {region.currency}});
    checkProvenance(at + "/household_kwh_per_year", region.householdKwhPerYear.provenance);
    for (const auto& ps : paramSpecs())
        checkProvenance(at + "/parameters/" + std::string(ps.key), region.at(ps.param).provenance);
}

// The names the five files go by in messages: a user's file by its path.
struct FileNames {
    std::string regions, sources, currencies, presets, projections;
};

void checkReferences(const Dataset& d, const FileNames& names, Issues& issues)
{
    auto fail = [&](const std::string& file, const std::string& pointer, Message reason) {
        issues.push_back({pointer, std::move(reason), file});
    };
    auto checkProvenance = [&](const std::string& file, const std::string& pointer, const Provenance& p) {
        if (!p.source.empty() && !d.source(p.source))
            fail(file, pointer + "/source", {GS_TRANSLATE_NOOP("Core", "no source has the id \"%1\""), {p.source}});
        if (!p.level.empty() && !d.levelMeanings.count(p.level))
            fail(file, pointer + "/level",
                 {GS_TRANSLATE_NOOP("Core", "\"%1\" is not a verification level"), {p.level}});
    };

    // An id given twice would silently lose one of its entries to the other.
    auto unique = [&](const std::string& file, const auto& items, const char* list, const char* key, auto id) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < items.size(); ++i)
            if (!seen.insert(items[i].*id).second)
                fail(file, "/" + std::string(list) + "/" + std::to_string(i) + "/" + key,
                     {GS_TRANSLATE_NOOP("Core", "\"%1\" appears twice"), {items[i].*id}});
    };
    unique(names.sources, d.sources, "sources", "id", &Source::id);
    unique(names.currencies, d.currencies, "currencies", "code", &Currency::code);
    unique(names.regions, d.regions, "regions", "id", &Region::id);
    unique(names.presets, d.presets, "presets", "id", &Preset::id);
    unique(names.projections, d.projections, "projections", "id", &Projection::id);

    for (std::size_t i = 0; i < d.sources.size(); ++i) {
        if (!d.levelMeanings.count(d.sources[i].level))
            fail(names.sources, "/sources/" + std::to_string(i) + "/level",
                 {GS_TRANSLATE_NOOP("Core", "not a verification level")});
    }
    for (std::size_t i = 0; i < d.regions.size(); ++i)
        checkRegionReferences(d, d.regions[i], names.regions, "/regions/" + std::to_string(i), issues);
    for (std::size_t i = 0; i < d.currencies.size(); ++i)
        checkProvenance(names.currencies, "/currencies/" + std::to_string(i) + "/per_usd",
                        d.currencies[i].perUsd.provenance);
    for (std::size_t i = 0; i < d.presets.size(); ++i) {
        const Preset& p = d.presets[i];
        const std::string at = "/presets/" + std::to_string(i);
        for (const auto& [param, value] : p.scenario.parameters)
            if (!p.provenance.count(param))
                fail(names.presets, at + "/provenance/" + std::string(spec(param).key),
                     {GS_TRANSLATE_NOOP("Core", "missing; every value a preset sets needs a source or an assumption")});
        for (const auto& [param, range] : p.scenario.ranges)
            if (!p.rangeProvenance.count(param))
                fail(names.presets, at + "/range_provenance/" + std::string(spec(param).key),
                     {GS_TRANSLATE_NOOP("Core", "missing; every range a preset sets needs a source or an assumption")});
        for (const auto& [param, provenance] : p.provenance)
            checkProvenance(names.presets, at + "/provenance/" + std::string(spec(param).key), provenance);
        for (const auto& [param, provenance] : p.rangeProvenance)
            checkProvenance(names.presets, at + "/range_provenance/" + std::string(spec(param).key), provenance);
        auto resolved = resolve(p.scenario, d);
        if (!resolved)
            for (const auto& issue : resolved.issues())
                fail(names.presets, at + "/scenario" + issue.pointer, issue.message);
    }
    if (!d.preset(d.defaultPreset))
        fail(names.presets, "/default", {GS_TRANSLATE_NOOP("Core", "no preset has the id \"%1\""), {d.defaultPreset}});
    for (std::size_t i = 0; i < d.projections.size(); ++i) {
        const Projection& p = d.projections[i];
        const std::string at = "/projections/" + std::to_string(i);
        if (!d.source(p.source))
            fail(names.projections, at + "/source",
                 {GS_TRANSLATE_NOOP("Core", "no source has the id \"%1\""), {p.source}});
        checkProvenance(names.projections, at, {p.source, p.level, {}, {}});
        if (!p.supersededBy.empty() && !d.source(p.supersededBy))
            fail(names.projections, at + "/superseded_by",
                 {GS_TRANSLATE_NOOP("Core", "no source has the id \"%1\""), {p.supersededBy}});
        if (!d.region(p.region))
            fail(names.projections, at + "/region",
                 {GS_TRANSLATE_NOOP("Core", "no region has the id \"%1\""), {p.region}});
    }
    for (std::size_t i = 0; i < d.referenceVolumes.size(); ++i) {
        const ReferenceVolume& v = d.referenceVolumes[i];
        const std::string at = "/reference_volumes/" + std::to_string(i);
        if (!d.source(v.source))
            fail(names.projections, at + "/source",
                 {GS_TRANSLATE_NOOP("Core", "no source has the id \"%1\""), {v.source}});
        checkProvenance(names.projections, at, {v.source, v.level, {}, {}});
        if (v.scope != "World" && !d.region(v.scope))
            fail(names.projections, at + "/scope", {GS_TRANSLATE_NOOP("Core", "no region has the id \"%1\""), {v.scope}});
    }
    for (std::size_t i = 0; i < d.requestEnergy.size(); ++i) {
        const RequestEnergy& e = d.requestEnergy[i];
        const std::string at = "/energy_per_request/" + std::to_string(i);
        if (!d.source(e.source))
            fail(names.projections, at + "/source",
                 {GS_TRANSLATE_NOOP("Core", "no source has the id \"%1\""), {e.source}});
        checkProvenance(names.projections, at, {e.source, e.level, {}, {}});
    }
}

// Keeps the English and the translatable form of the warnings together.
void warn(Dataset::Loaded& loaded, Issue issue)
{
    loaded.warnings.push_back(issue.describe());
    loaded.warningIssues.push_back(std::move(issue));
}

template <typename T, typename Key> const T* findBy(const std::vector<T>& items, std::string_view wanted, Key key)
{
    for (const auto& item : items)
        if (item.*key == wanted)
            return &item;
    return nullptr;
}

} // namespace

const Region* Dataset::region(std::string_view id) const
{
    return findBy(regions, id, &Region::id);
}
const Region* Dataset::findRegion(std::string_view idOrName) const
{
    if (const Region* exact = region(idOrName))
        return exact;
    const auto same = [&](const std::string& text) {
        return std::equal(text.begin(), text.end(), idOrName.begin(), idOrName.end(), [](char a, char b) {
            return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
        });
    };
    for (const Region& r : regions)
        if (same(r.id))
            return &r;
    for (const Region& r : regions)
        if (same(r.name))
            return &r;
    return nullptr;
}
const Source* Dataset::source(std::string_view id) const
{
    return findBy(sources, id, &Source::id);
}
const Currency* Dataset::currency(std::string_view code) const
{
    return findBy(currencies, code, &Currency::code);
}
const Preset* Dataset::preset(std::string_view id) const
{
    return findBy(presets, id, &Preset::id);
}

Outcome<Dataset> Dataset::parse(const DataFile& regions, const DataFile& sources, const DataFile& currencies,
                                const DataFile& presets, const DataFile& projections)
{
    Dataset d;
    Issues issues;
    const std::pair<const DataFile*, void (*)(DataReader&, const json&, Dataset&)> readers[] = {
        {&sources, readSources}, {&currencies, readCurrencies},   {&regions, readRegions},
        {&presets, readPresets}, {&projections, readProjections},
    };
    for (const auto& [file, read] : readers) {
        auto parsed = parseFile(*file);
        if (!parsed) {
            issues.insert(issues.end(), parsed.issues().begin(), parsed.issues().end());
            continue;
        }
        DataReader reader(file->name);
        read(reader, parsed.value(), d);
        issues.insert(issues.end(), reader.issues.begin(), reader.issues.end());
    }
    if (issues.empty())
        checkReferences(d, {regions.name, sources.name, currencies.name, presets.name, projections.name}, issues);
    if (!issues.empty())
        return issues;
    return d;
}

Outcome<Region> parseRegionEntry(const Dataset& data, const nlohmann::json& entry, const std::string& file,
                                 const std::string& pointer)
{
    DataReader reader(file);
    Region region = readRegion(reader, entry, pointer);
    Issues issues = std::move(reader.issues);
    if (issues.empty())
        checkRegionReferences(data, region, file, pointer, issues);
    if (!issues.empty())
        return issues;
    return region;
}

namespace {

constexpr const char* kFileNames[] = {"regions.json", "sources.json", "currencies.json", "presets.json",
                                      "projections.json"};

Outcome<Dataset> parseFiles(const std::vector<DataFile>& files)
{
    return Dataset::parse(files[0], files[1], files[2], files[3], files[4]);
}

std::vector<DataFile> builtinFiles()
{
    std::vector<DataFile> files;
    for (const char* name : kFileNames)
        files.push_back({name, std::string(embeddedDataFiles().at(name))});
    return files;
}

} // namespace

const Dataset& Dataset::builtin()
{
    static const Dataset data = [] {
        auto parsed = parseFiles(builtinFiles());
        return parsed ? std::move(parsed).value() : Dataset{};
    }();
    return data;
}

namespace {

constexpr std::size_t kMaxDataFileBytes = 16 * 1024 * 1024;

} // namespace

Dataset::Loaded Dataset::load(const std::filesystem::path& overrideFolder)
{
    Loaded loaded;
    const std::vector<DataFile> builtins = builtinFiles();
    std::vector<std::optional<DataFile>> overrides(builtins.size());
    for (std::size_t i = 0; i < builtins.size() && !overrideFolder.empty(); ++i) {
        const auto path = overrideFolder / builtins[i].name;
        std::error_code ec;
        // Anything there, a broken link included, is the person's and is read or reported.
        if (std::filesystem::symlink_status(path, ec).type() == std::filesystem::file_type::not_found)
            continue;
        auto bytes = readFileBytes(path, kMaxDataFileBytes);
        if (!bytes.result) {
            warn(loaded, {"",
                          Message{GS_TRANSLATE_NOOP("Core", "%1; using the built-in %2"), {}}
                              .arg(bytes.result.issues().front().message)
                              .arg(builtins[i].name),
                          path.string()});
            loaded.refused.push_back(builtins[i].name);
            continue;
        }
        overrides[i] = DataFile{path.string(), std::move(bytes.result.value())};
    }
    if (std::none_of(overrides.begin(), overrides.end(), [](const auto& o) { return o.has_value(); })) {
        loaded.dataset = builtin();
        return loaded;
    }
    detail::mergeOverrides(loaded, builtins, overrides);
    return loaded;
}

} // namespace gridshare
