// SPDX-License-Identifier: GPL-3.0-or-later
#include "data_merge.h"

#include "json_reader.h"

#include "gridshare/strict_json.h"
#include "gridshare/text.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <map>
#include <set>

namespace gridshare::detail {
namespace {

using nlohmann::json;

constexpr std::size_t kSourcesFile = 1;
constexpr std::size_t kProjectionsFile = 4;
constexpr std::size_t kFileCount = 5;
// Problems listed for one skipped entry, and skipped entries listed for one file; the rest are counted.
constexpr std::size_t kIssuesPerEntry = 3;
constexpr std::size_t kEntriesPerFile = 10;

struct ListSpec {
    const char* list;
    const char* key; // the field that identifies an entry
};

// What each file holds: lists merged entry by entry, and top-level fields a person's file may set.
struct FileSpec {
    std::vector<ListSpec> lists;
    std::vector<const char*> fields;
};

const FileSpec& fileSpec(std::size_t file)
{
    static const FileSpec specs[kFileCount] = {
        {{{"regions", "id"}}, {}},
        {{{"sources", "id"}}, {"levels"}},
        {{{"currencies", "code"}}, {}},
        {{{"presets", "id"}}, {"default"}},
        {{{"projections", "id"}, {"energy_per_request", "id"}, {"reference_volumes", "id"}}, {}},
    };
    return specs[file];
}

// One entry (or top-level field) of a person's file.
struct Part {
    Part(std::size_t file_, std::string list_, std::size_t index_, std::string id_, json value_,
         bool replacesBuiltin_ = false, bool skipped_ = false)
        : file(file_), list(std::move(list_)), index(index_), id(std::move(id_)), value(std::move(value_)),
          replacesBuiltin(replacesBuiltin_), skipped(skipped_)
    {}

    std::size_t file = 0;
    std::string list; // empty for a top-level field
    std::size_t index = 0;
    std::string id; // the entry's id, or the field's name
    json value;
    bool replacesBuiltin = false;
    bool skipped = false;
    Issues issues; // why it is skipped, said of the person's file

    std::string pointer() const
    {
        return list.empty() ? "/" + escapePointerToken(id) : "/" + list + "/" + std::to_string(index);
    }
};

struct UserFile {
    std::string path;
    int version = 0;
};

// Where each entry of the merged documents came from: a part's index, or -1 for the built-in one.
struct Origins {
    std::map<std::string, std::vector<int>> lists[kFileCount];
    std::map<std::string, int> fields[kFileCount];
};

class Merger {
public:
    Merger(Dataset::Loaded& loaded, const std::vector<DataFile>& builtins) : loaded_(loaded), builtins_(builtins)
    {
        for (const DataFile& file : builtins)
            builtinDocs_.push_back(json::parse(file.text));
        users_.resize(builtins.size());
    }

    // Reads a person's file into parts; a file that is not JSON or not of this kind is refused whole.
    void read(std::size_t file, const DataFile& data)
    {
        JsonLimits limits;
        limits.maxBytes = std::size_t{16} * 1024 * 1024;
        auto parsed = parseStrictJson(data.text, limits);
        if (!parsed) {
            refuseWhole(file, data.name, parsed.issues());
            return;
        }
        const json& doc = parsed.value();
        if (!doc.is_object()) {
            refuseWhole(file, data.name,
                        {{"", Message{GS_TRANSLATE_NOOP("Core", "must be an object, not %1")}.arg(typeName(doc))}});
            return;
        }
        const json& builtin = builtinDocs_[file];
        const int newest = builtin.at("version").get<int>();
        const auto format = doc.find("format");
        if (format == doc.end() || *format != builtin.at("format")) {
            refuseWhole(file, data.name,
                        {{"/format",
                          {GS_TRANSLATE_NOOP("Core", "expected \"%1\""), {builtin.at("format").get<std::string>()}}}});
            return;
        }
        const auto version = doc.find("version");
        const double v = version != doc.end() && version->is_number() ? version->get<double>() : 0;
        if (!(v >= 1 && v <= newest && v == std::floor(v))) {
            refuseWhole(file, data.name,
                        {newest == 1 ? Issue{"/version", {GS_TRANSLATE_NOOP("Core", "this GridShare reads version 1")}}
                                     : Issue{"/version",
                                             {GS_TRANSLATE_NOOP("Core", "this GridShare reads versions 1 to %1"),
                                              {std::to_string(newest)}}}});
            return;
        }
        users_[file] = UserFile{data.name, static_cast<int>(v)};
        // A key the built-in file does not have would be silently lost: it is said and skipped.
        for (const auto& [key, value] : doc.items())
            if (!builtin.contains(key)) {
                Part part(file, std::string(), 0, key, value, false, true);
                part.issues.push_back({part.pointer(), {GS_TRANSLATE_NOOP("Core", "unknown field")}, data.name});
                parts_.push_back(std::move(part));
            }
        for (const ListSpec& spec : fileSpec(file).lists)
            readList(file, doc, spec);
        for (const char* field : fileSpec(file).fields)
            if (doc.contains(field))
                parts_.emplace_back(file, std::string(), 0, field, doc.at(field), true);
    }

    // Merges, parses and skips what breaks, until what is left loads.
    void run()
    {
        // Each round skips at least one part, so this ends.
        for (std::size_t round = 0; round <= parts_.size() + 1; ++round) {
            Origins origins;
            auto parsed = parseMerged(origins);
            if (parsed) {
                loaded_.dataset = std::move(parsed).value();
                markOwn(origins);
                report();
                return;
            }
            if (!skipWhatIsBlamed(parsed.issues(), origins) && !findBreakingReplacement())
                break;
        }
        // Unreachable with the built-in data valid; kept so a start never fails.
        for (Part& part : parts_)
            part.skipped = true;
        loaded_.dataset = Dataset::builtin();
        report();
    }

private:
    void readList(std::size_t file, const json& doc, const ListSpec& spec)
    {
        const auto it = doc.find(spec.list);
        if (it == doc.end())
            return;
        const std::string at = "/" + std::string(spec.list);
        if (!it->is_array()) {
            Part part(file, std::string(), 0, spec.list, *it, true, true);
            part.issues.push_back({at, Message{GS_TRANSLATE_NOOP("Core", "must be a list, not %1")}.arg(typeName(*it)),
                                   users_[file].path});
            parts_.push_back(std::move(part));
            return;
        }
        std::set<std::string> seen;
        std::set<std::string> builtinIds;
        for (const json& entry : builtinDocs_[file].at(spec.list))
            builtinIds.insert(entry.at(spec.key).get<std::string>());
        for (std::size_t i = 0; i < it->size(); ++i) {
            const json& entry = (*it)[i];
            Part part(file, spec.list, i, std::string(), entry);
            const std::string pointer = at + "/" + std::to_string(i);
            const auto id = entry.is_object() ? entry.find(spec.key) : entry.end();
            if (!entry.is_object())
                part.issues.push_back(
                    {pointer, Message{GS_TRANSLATE_NOOP("Core", "must be an object, not %1")}.arg(typeName(entry)),
                     users_[file].path});
            else if (id == entry.end())
                part.issues.push_back(
                    {pointer + "/" + spec.key, {GS_TRANSLATE_NOOP("Core", "missing")}, users_[file].path});
            else if (!id->is_string())
                part.issues.push_back({pointer + "/" + spec.key,
                                       Message{GS_TRANSLATE_NOOP("Core", "must be text, not %1")}.arg(typeName(*id)),
                                       users_[file].path});
            else if (!seen.insert(id->get<std::string>()).second)
                part.issues.push_back({pointer + "/" + spec.key,
                                       {GS_TRANSLATE_NOOP("Core", "\"%1\" appears twice"), {id->get<std::string>()}},
                                       users_[file].path});
            if (part.issues.empty()) {
                part.id = id->get<std::string>();
                part.replacesBuiltin = builtinIds.count(part.id) > 0;
            } else {
                part.skipped = true;
            }
            parts_.push_back(std::move(part));
        }
    }

    // A version 1 projection takes its source's date and level, the source as its series, and
    // energy as its measure, as the reader does for a whole version 1 file.
    static json upgradedProjection(json entry, const json& sources)
    {
        if (!entry.contains("measure"))
            entry["measure"] = "energy";
        const auto source = entry.find("source");
        if (source == entry.end() || !source->is_string())
            return entry;
        if (!entry.contains("series"))
            entry["series"] = *source;
        for (const json& s : sources.at("sources"))
            if (s.is_object() && s.value("id", json()) == *source) {
                if (!entry.contains("published") && s.contains("date"))
                    entry["published"] = s.at("date");
                if (!entry.contains("level") && s.contains("level"))
                    entry["level"] = s.at("level");
            }
        return entry;
    }

    Outcome<Dataset> parseMerged(Origins& origins) const
    {
        std::vector<json> docs = builtinDocs_;
        for (std::size_t f = 0; f < kFileCount; ++f) {
            json& doc = docs[f];
            for (const ListSpec& spec : fileSpec(f).lists) {
                json& items = doc[spec.list];
                if (!items.is_array())
                    items = json::array();
                std::vector<int>& from = origins.lists[f][spec.list];
                from.assign(items.size(), -1);
                std::map<std::string, std::size_t> position;
                for (std::size_t i = 0; i < items.size(); ++i)
                    position[items[i].at(spec.key).get<std::string>()] = i;
                for (std::size_t p = 0; p < parts_.size(); ++p) {
                    const Part& part = parts_[p];
                    if (part.skipped || part.file != f || part.list != spec.list)
                        continue;
                    const json value = f == kProjectionsFile && users_[f].version == 1
                                           ? upgradedProjection(part.value, docs[kSourcesFile])
                                           : part.value;
                    if (const auto at = position.find(part.id); at != position.end()) {
                        items[at->second] = value;
                        from[at->second] = static_cast<int>(p);
                    } else {
                        items.push_back(value);
                        from.push_back(static_cast<int>(p));
                    }
                }
            }
            for (std::size_t p = 0; p < parts_.size(); ++p) {
                const Part& part = parts_[p];
                if (part.skipped || part.file != f || !part.list.empty())
                    continue;
                json& field = doc[part.id];
                if (field.is_object() && part.value.is_object())
                    field.update(part.value); // the levels a person names join the built-in ones
                else
                    field = part.value;
                origins.fields[f][part.id] = static_cast<int>(p);
            }
        }
        auto file = [&](std::size_t f) { return DataFile{builtins_[f].name, docs[f].dump()}; };
        return Dataset::parse(file(0), file(1), file(2), file(3), file(4));
    }

    // The part an issue in the merged documents is about, with the pointer into the person's file.
    std::optional<std::pair<std::size_t, std::string>> partOf(const Issue& issue, const Origins& origins) const
    {
        std::size_t f = 0;
        while (f < kFileCount && builtins_[f].name != issue.file)
            ++f;
        if (f == kFileCount || issue.pointer.size() < 2)
            return std::nullopt;
        const std::size_t first = issue.pointer.find('/', 1);
        const std::string token = issue.pointer.substr(1, first == std::string::npos ? std::string::npos : first - 1);
        const std::string rest = first == std::string::npos ? std::string() : issue.pointer.substr(first);
        if (const auto field = origins.fields[f].find(token); field != origins.fields[f].end())
            return std::make_pair(static_cast<std::size_t>(field->second), issue.pointer);
        const auto list = origins.lists[f].find(token);
        if (list == origins.lists[f].end() || rest.size() < 2)
            return std::nullopt;
        const std::size_t second = rest.find('/', 1);
        const std::string index = rest.substr(1, second == std::string::npos ? std::string::npos : second - 1);
        if (index.empty() || index.find_first_not_of("0123456789") != std::string::npos || index.size() > 9)
            return std::nullopt;
        const std::size_t i = std::stoul(index);
        if (i >= list->second.size() || list->second[i] < 0)
            return std::nullopt;
        const Part& part = parts_[static_cast<std::size_t>(list->second[i])];
        return std::make_pair(static_cast<std::size_t>(list->second[i]),
                              "/" + token + "/" + std::to_string(part.index)
                                  + (second == std::string::npos ? std::string() : rest.substr(second)));
    }

    // Skips every part an issue is about; false when no issue is about one of the person's parts.
    bool skipWhatIsBlamed(const Issues& issues, const Origins& origins)
    {
        std::set<std::size_t> blamed;
        for (const Issue& issue : issues)
            if (const auto found = partOf(issue, origins)) {
                Part& part = parts_[found->first];
                part.issues.push_back({found->second, issue.message, users_[part.file].path});
                blamed.insert(found->first);
            }
        for (const std::size_t p : blamed)
            parts_[p].skipped = true;
        return !blamed.empty();
    }

    // Only built-in entries fail: an entry of the person's replaced one they need (a region a preset
    // starts from). Adds the replacements back one at a time and skips each one that breaks something,
    // blaming it with what broke.
    bool findBreakingReplacement()
    {
        std::vector<std::size_t> replacements;
        for (std::size_t p = 0; p < parts_.size(); ++p)
            if (!parts_[p].skipped && parts_[p].replacesBuiltin) {
                replacements.push_back(p);
                parts_[p].skipped = true;
            }
        Origins origins;
        if (replacements.empty() || !parseMerged(origins))
            return false;
        bool found = false;
        for (const std::size_t p : replacements) {
            Part& part = parts_[p];
            part.skipped = false;
            auto trial = parseMerged(origins);
            if (trial)
                continue;
            part.skipped = true;
            found = true;
            for (const Issue& issue : trial.issues()) {
                const auto own = partOf(issue, origins);
                if (own && own->first == p)
                    part.issues.push_back({own->second, issue.message, users_[part.file].path});
                else if (issue.pointer.empty())
                    part.issues.push_back(
                        {part.pointer(),
                         Message{GS_TRANSLATE_NOOP("Core", "%1 needs what this file lacks or changes: %2"),
                                 {issue.file}}
                             .arg(issue.message),
                         users_[part.file].path});
                else
                    part.issues.push_back(
                        {part.pointer(),
                         Message{GS_TRANSLATE_NOOP("Core", "%1 needs what this file lacks or changes: %2: %3"),
                                 {issue.file, issue.pointer}}
                             .arg(issue.message),
                         users_[part.file].path});
            }
        }
        return found;
    }

    // The entries that came from the person's files, so the charts can say which are theirs (the
    // parsed lists keep the merged documents' order).
    void markOwn(const Origins& origins)
    {
        Dataset& d = loaded_.dataset;
        const std::vector<int>& sources = origins.lists[kSourcesFile].at("sources");
        for (std::size_t i = 0; i < d.sources.size() && i < sources.size(); ++i)
            d.sources[i].own = sources[i] >= 0;
        const std::vector<int>& projections = origins.lists[kProjectionsFile].at("projections");
        for (std::size_t i = 0; i < d.projections.size() && i < projections.size(); ++i)
            d.projections[i].own = projections[i] >= 0;
    }

    void warn(Issue issue)
    {
        loaded_.warnings.push_back(issue.describe());
        loaded_.warningIssues.push_back(std::move(issue));
    }

    void refuseWhole(std::size_t file, const std::string& path, const Issues& issues)
    {
        for (std::size_t i = 0; i < issues.size() && i < kIssuesPerEntry + 2; ++i)
            warn({issues[i].pointer, issues[i].message, path});
        warn({"", {GS_TRANSLATE_NOOP("Core", "using the built-in %1 instead"), {builtins_[file].name}}, path});
        loaded_.refused.push_back(builtins_[file].name);
    }

    // Each skipped part with its first problems, file by file.
    void report()
    {
        for (std::size_t f = 0; f < kFileCount; ++f) {
            std::size_t shown = 0;
            std::size_t more = 0;
            for (const Part& part : parts_) {
                if (part.file != f || !part.skipped)
                    continue;
                if (++shown > kEntriesPerFile) {
                    ++more;
                    continue;
                }
                for (std::size_t i = 0; i < part.issues.size() && i < kIssuesPerEntry; ++i)
                    warn(part.issues[i]);
                if (part.replacesBuiltin)
                    warn({part.pointer(),
                          {GS_TRANSLATE_NOOP("Core", "skipped; the built-in \"%1\" is used in its place"), {part.id}},
                          users_[f].path});
                else
                    warn({part.pointer(),
                          {GS_TRANSLATE_NOOP("Core", "skipped; the file's other entries are used")},
                          users_[f].path});
            }
            if (more > 0)
                warn({"",
                      {GS_TRANSLATE_NOOP("Core", "%1 more entries skipped"), {std::to_string(more)}},
                      users_[f].path});
            if (shown > 0)
                loaded_.refused.push_back(builtins_[f].name);
        }
    }

    Dataset::Loaded& loaded_;
    const std::vector<DataFile>& builtins_;
    std::vector<json> builtinDocs_;
    std::vector<UserFile> users_;
    std::vector<Part> parts_;
};

} // namespace

void mergeOverrides(Dataset::Loaded& loaded, const std::vector<DataFile>& builtins,
                    const std::vector<std::optional<DataFile>>& overrides)
{
    Merger merger(loaded, builtins);
    for (std::size_t f = 0; f < overrides.size(); ++f)
        if (overrides[f])
            merger.read(f, *overrides[f]);
    merger.run();
}

} // namespace gridshare::detail
