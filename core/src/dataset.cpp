// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/dataset.h"

#include "data_merge.h"
#include "dataset_checks.h"
#include "dataset_reader.h"

#include "gridshare/region_entry.h"
#include "gridshare/scenario_io.h"

#include <algorithm>
#include <cctype>

namespace gridshare {
namespace {

using detail::DataFileKind;

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
    // Sources first: a version 1 projection takes its date and level from its source.
    const std::pair<DataFileKind, const DataFile*> files[] = {
        {DataFileKind::Sources, &sources}, {DataFileKind::Currencies, &currencies},   {DataFileKind::Regions, &regions},
        {DataFileKind::Presets, &presets}, {DataFileKind::Projections, &projections},
    };
    for (const auto& [kind, file] : files) {
        const Issues read = detail::readDataFile(kind, *file, d);
        issues.insert(issues.end(), read.begin(), read.end());
    }
    if (issues.empty())
        detail::checkReferences(d, {regions.name, sources.name, currencies.name, presets.name, projections.name},
                                issues);
    if (!issues.empty())
        return issues;
    return d;
}

Outcome<Region> parseRegionEntry(const Dataset& data, const nlohmann::json& entry, const std::string& file,
                                 const std::string& pointer)
{
    Issues issues;
    Region region = detail::readRegionEntry(entry, file, pointer, issues);
    if (issues.empty())
        detail::checkRegionReferences(data, region, file, pointer, issues);
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

constexpr std::size_t kMaxDataFileBytes = std::size_t{16} * 1024 * 1024;

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
