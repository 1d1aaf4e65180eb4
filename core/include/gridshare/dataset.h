// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The cited data behind every default: regions, sources, currencies, presets and published
// projections. Built into the binary; a user's data folder can add entries or replace them by id.

#include "gridshare/diagnostics.h"
#include "gridshare/parameters.h"
#include "gridshare/scenario.h"

#include <array>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace gridshare {

// Limits on the numbers of a data file, checked before anything casts or counts with them. Exchange
// rates span every currency in circulation (a dinar is about 0.3 per dollar, a rial 42,000); a
// projection's year stays within a century so a chart's axis stays a century at most.
inline constexpr double kMinRatePerUsd = 1e-4;
inline constexpr double kMaxRatePerUsd = 1e6;
inline constexpr double kMinHouseholdKwh = 1;
inline constexpr double kMaxHouseholdKwh = 1e6;
inline constexpr int kMinProjectionYear = 2000;
inline constexpr int kMaxProjectionYear = 2100;

// Where a figure comes from: a source id with its verification level (V1, V2, D, NV), or an
// assumption with the one line that explains it.
struct Provenance {
    std::string source;
    std::string level;
    std::string assumption;
    std::string note;

    bool isAssumption() const { return source.empty(); }
    bool operator==(const Provenance&) const = default;
};

struct SourcedValue {
    double value = 0;
    Provenance provenance;
};

struct Region {
    std::string id;
    std::string name;
    std::string nameZh; // the person's Chinese name for a region of their own; built-in names are translated
    std::string currency;
    int dataYear = 2024;
    std::string note;  // how its shares are counted (the denominator), for the region's readers
    std::string group; // where the region chooser lists it: "world", "large", "high-share", "sub-national"
    SourcedValue householdKwhPerYear;
    std::array<SourcedValue, kParamCount> defaults;

    const SourcedValue& at(Param p) const { return defaults[static_cast<std::size_t>(p)]; }
};

struct Source {
    std::string id;
    std::string title;
    std::string publisher;
    std::string date;
    std::string url;
    std::string level;
    std::vector<std::string> figures;
    std::string note;
    bool own = false; // from the person's data folder, not built in
};

struct Currency {
    std::string code;
    std::string name;
    std::string symbol;
    SourcedValue perUsd;
};

struct Preset {
    std::string id;
    std::string name;
    std::string description;
    Scenario scenario;
    std::map<Param, Provenance> provenance;      // for every parameter the preset sets
    std::map<Param, Provenance> rangeProvenance; // for every range it sets
};

enum class ProjectionScope { DataCentres, AiOnly };

// What a projection measures: energy in a year (a share of national electricity and/or TWh), or
// power (GW) as connected capacity, average load or peak demand.
enum class ProjectionMeasure { Energy, Capacity, AverageLoad, Peak };

// A published figure: one value (low == high) or a low–high range.
struct ValueRange {
    double low = 0;
    double high = 0;

    bool isRange() const { return high > low; }
};

struct Projection {
    std::string id;
    std::string source;
    std::string label;
    std::string region;
    std::string published; // YYYY, YYYY-MM or YYYY-MM-DD
    int year = 0;          // the year the figure is for
    ProjectionScope scope = ProjectionScope::DataCentres;
    ProjectionMeasure measure = ProjectionMeasure::Energy;
    std::optional<ValueRange> share; // of national electricity, as fractions
    std::optional<ValueRange> twh;
    std::optional<ValueRange> gw;
    std::string level;
    std::string series;       // joins a publisher's successive editions
    std::string supersededBy; // the source id of the newer edition, when there is one
    bool approximate = false;
    std::string note;
    bool own = false; // from the person's data folder (their own or imported), not built in

    bool isRange() const { return share ? share->isRange() : twh && twh->isRange(); }
};

// What a per-request energy figure is: measured in a fleet, estimated by a model, or stated by a
// company without a method.
enum class EvidenceKind { Measurement, Estimate, CompanyStatement };

struct RequestEnergy {
    std::string id;
    std::string source;
    std::string label;
    std::string published;
    int year = 0; // the year the figure describes
    EvidenceKind kind = EvidenceKind::Estimate;
    ValueRange wh;
    std::string scope; // what one request is and what the figure counts
    std::string level;
    std::string note;
};

// A figure people know, to set what a scenario implies beside: a service's requests a day, a
// company's tokens a month, an installed base or a year's shipments of accelerators, or a year's
// data-centre electricity. scope is "World" or a region's id. A total covers everything of its kind
// in its scope (every accelerator, every data centre), not one company's or one service's part: only
// a total can show that a scenario is far outside what is known (implications.h).
struct ReferenceVolume {
    std::string id;
    std::string source;
    std::string label;
    std::string published;
    int year = 0; // the year the figure describes; the publication's year unless the data says
    std::string scope;
    double requestsPerDay = 0; // exactly one of the four is given
    double tokensPerMonth = 0;
    double accelerators = 0;
    double twhPerYear = 0;
    bool total = false;
    std::string level;
    std::string note;
};

// Which edition of the built-in data this is: a version and the date its evidence was current.
struct DataEdition {
    std::string version; // "2026.12"
    std::string asOf;    // "2026-12-03"
};

// An earlier edition's region defaults, so a scenario saved with it can say which defaults moved.
struct EarlierEdition {
    DataEdition edition;
    std::map<std::string, std::map<Param, double>> defaults; // by region id
};

// One data file's text and the name to use for it in messages.
struct DataFile {
    std::string name;
    std::string text;
};

class Dataset {
public:
    std::vector<Region> regions;
    std::vector<Source> sources;
    std::vector<Currency> currencies;
    std::vector<Preset> presets;
    std::vector<Projection> projections;
    std::vector<RequestEnergy> requestEnergy;
    std::vector<ReferenceVolume> referenceVolumes;
    std::string defaultPreset;
    std::map<std::string, std::string> levelMeanings;
    DataEdition edition;                         // of regions.json, where the defaults live
    std::vector<EarlierEdition> earlierEditions; // oldest first

    const Region* region(std::string_view id) const;
    // A region named as people type it: its id or its name, in any letter case ("ireland").
    const Region* findRegion(std::string_view idOrName) const;
    const Source* source(std::string_view id) const;
    const Currency* currency(std::string_view code) const;
    const Preset* preset(std::string_view id) const;

    // The data compiled into the program; never fails for a released build (tests check it).
    static const Dataset& builtin();

    // The built-in data with the person's files in overrideFolder merged into it: each entry of
    // theirs adds to the built-in list or replaces the built-in entry of the same id. A broken
    // entry is reported with its file and place and skipped, the rest of its file used; a file
    // that cannot be read, is not JSON or is not of its kind is reported and left out whole.
    struct Loaded;
    static Loaded load(const std::filesystem::path& overrideFolder);

    // Parses the five files (regions, sources, currencies, presets, projections) and checks that
    // every reference between them resolves.
    static Outcome<Dataset> parse(const DataFile& regions, const DataFile& sources, const DataFile& currencies,
                                  const DataFile& presets, const DataFile& projections);
};

struct Dataset::Loaded {
    Dataset dataset;
    std::vector<std::string> warnings; // in English, as Issue::describe() says them
    Issues warningIssues;              // the same, for a front end that translates them
    std::vector<std::string> refused;  // the file names ("currencies.json") of the person's not used, whole or in part
};

// The files as compiled into the program, by file name ("regions.json", ...).
const std::map<std::string, std::string_view>& embeddedDataFiles();

} // namespace gridshare
