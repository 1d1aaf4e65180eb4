// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as one of the user's data files (the first byte picks which:
// regions, sources, currencies, presets, projections) or as an autosave record, read with the
// built-in files for the rest; or, after the byte '6', as a projections CSV to import, whose
// accepted rows must then load as data. Besides crashes and sanitizer reports it checks that what loads
// evaluates, for every region in every currency, to JSON without inf or NaN, and that every
// number a data file gives was held to its range.

#include "gridshare/autosave_io.h"
#include "gridshare/dataset.h"
#include "gridshare/evaluation.h"
#include "gridshare/projection_import.h"
#include "gridshare/resolve.h"
#include "gridshare/writers.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <string>

namespace {

using namespace gridshare;

constexpr std::array<const char*, 5> kFiles{"regions.json", "sources.json", "currencies.json", "presets.json",
                                            "projections.json"};

DataFile builtinFile(const char* name)
{
    return {name, std::string(embeddedDataFiles().at(name))};
}

void checkEvaluation(const Evaluation& evaluation)
{
    // JSON never holds inf or NaN: nlohmann refuses both as it would any other invalid token.
    if (!nlohmann::json::accept(toJson(evaluation)))
        __builtin_trap();
    (void)toCsv(evaluation);
}

void checkRanges(const Dataset& d)
{
    for (const Region& r : d.regions)
        if (r.dataYear < kMinBaseYear || r.dataYear > kMaxBaseYear || !(r.householdKwhPerYear.value >= kMinHouseholdKwh)
            || !(r.householdKwhPerYear.value <= kMaxHouseholdKwh))
            __builtin_trap();
    for (const Currency& c : d.currencies)
        if (!(c.perUsd.value >= kMinRatePerUsd && c.perUsd.value <= kMaxRatePerUsd))
            __builtin_trap();
    for (const Projection& p : d.projections)
        if (p.year < kMinProjectionYear || p.year > kMaxProjectionYear)
            __builtin_trap();
}

// Every row the import accepts loads beside the built-in data, whatever else the file holds.
void checkImport(const std::string& text)
{
    const ProjectionImport rows = importProjectionsCsv(text, Dataset::builtin());
    if (rows.imported.empty())
        return;
    const auto merged = mergeImportedProjections(std::nullopt, std::nullopt, rows.imported);
    if (!merged)
        __builtin_trap();
    nlohmann::json sources = nlohmann::json::parse(embeddedDataFiles().at("sources.json"));
    nlohmann::json projections = nlohmann::json::parse(embeddedDataFiles().at("projections.json"));
    const nlohmann::json importedSources = nlohmann::json::parse(merged.value().sources);
    const nlohmann::json importedProjections = nlohmann::json::parse(merged.value().projections);
    for (const auto& s : importedSources.at("sources"))
        sources.at("sources").push_back(s);
    for (const auto& p : importedProjections.at("projections"))
        projections.at("projections").push_back(p);
    const auto parsed = Dataset::parse(builtinFile(kFiles[0]), {"sources.json", sources.dump()}, builtinFile(kFiles[2]),
                                       builtinFile(kFiles[3]), {"projections.json", projections.dump()});
    if (!parsed)
        __builtin_trap();
    checkRanges(parsed.value());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    if (data[0] == '6') {
        checkImport(text);
        return 0;
    }
    const std::size_t which = data[0] % (kFiles.size() + 1);
    if (which == kFiles.size()) {
        (void)autosaveFromText(text);
        return 0;
    }
    std::array<DataFile, 5> files{builtinFile(kFiles[0]), builtinFile(kFiles[1]), builtinFile(kFiles[2]),
                                  builtinFile(kFiles[3]), builtinFile(kFiles[4])};
    files[which] = {std::string("user/") + kFiles[which], text};
    const auto parsed = Dataset::parse(files[0], files[1], files[2], files[3], files[4]);
    if (!parsed)
        return 0;
    const Dataset& d = parsed.value();
    checkRanges(d);
    for (const Region& region : d.regions)
        for (const Currency& currency : d.currencies) {
            Scenario scenario;
            scenario.region = region.id;
            scenario.currency = currency.code;
            scenario.monteCarlo.samples = 16;
            if (const auto resolved = resolve(scenario, d))
                checkEvaluation(evaluate(resolved.value(), false)); // bands: fuzz_scenario covers them
        }
    for (const Preset& preset : d.presets) {
        Scenario scenario = preset.scenario;
        scenario.monteCarlo.samples = std::min<std::int64_t>(scenario.monteCarlo.samples, 16);
        if (const auto resolved = resolve(scenario, d))
            checkEvaluation(evaluate(resolved.value(), false)); // bands: fuzz_scenario covers them
    }
    return 0;
}
