// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/scenario_io.h"

#include "json_reader.h"

#include "gridshare/strict_json.h"
#include "gridshare/text.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <set>
#include <system_error>

#ifndef _WIN32
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace gridshare {
namespace {

using nlohmann::json;

using detail::JsonReader;
using detail::typeName;

void readParameters(JsonReader& r, const json& v, Scenario& s)
{
    if (!r.object(v, "/parameters"))
        return;
    for (const auto& [key, value] : v.items()) {
        const std::string pointer = "/parameters/" + escapePointerToken(key);
        const auto param = r.parameterKey(key, pointer);
        const auto number = r.number(value, pointer);
        if (param && number)
            s.parameters[*param] = *number;
    }
}

void readRanges(JsonReader& r, const json& v, Scenario& s)
{
    if (!r.object(v, "/ranges"))
        return;
    for (const auto& [key, value] : v.items()) {
        const std::string pointer = "/ranges/" + escapePointerToken(key);
        const auto param = r.parameterKey(key, pointer);
        if (!value.is_array() || value.size() != 2) {
            r.fail(pointer, {GS_TRANSLATE_NOOP("Core", "must be a list of two numbers [low, high]")});
            continue;
        }
        const auto low = r.number(value[0], pointer + "/0");
        const auto high = r.number(value[1], pointer + "/1");
        if (param && low && high)
            s.ranges[*param] = Range{*low, *high};
    }
}

void readMonteCarlo(JsonReader& r, const json& v, Scenario& s)
{
    if (!r.object(v, "/monte_carlo"))
        return;
    for (const auto& [key, value] : v.items()) {
        const std::string pointer = "/monte_carlo/" + escapePointerToken(key);
        if (key == "samples") {
            if (auto n = r.wholeNumber(value, pointer, 1, kMaxSamples))
                s.monteCarlo.samples = *n;
        } else if (key == "seed") {
            // Seeds are unsigned 64-bit; JSON numbers past 2^53 only survive as integers.
            if (value.is_number_unsigned())
                s.monteCarlo.seed = value.get<std::uint64_t>();
            else if (value.is_number_integer())
                r.fail(pointer, {GS_TRANSLATE_NOOP("Core", "must not be negative")});
            else
                r.fail(pointer, {GS_TRANSLATE_NOOP("Core", "must be a whole number from 0 to 18446744073709551615")});
        } else {
            r.fail(pointer, {GS_TRANSLATE_NOOP("Core", "unknown field; expected \"samples\" or \"seed\"")});
        }
    }
}

Message belowMinimum(double value, double minimum)
{
    return {GS_TRANSLATE_NOOP("Core", "%1 is below the minimum %2"), {shortestNumber(value), shortestNumber(minimum)}};
}

Message aboveMaximum(double value, double maximum)
{
    return {GS_TRANSLATE_NOOP("Core", "%1 is above the maximum %2"), {shortestNumber(value), shortestNumber(maximum)}};
}

Message outside(std::int64_t value, std::int64_t low, std::int64_t high)
{
    return {GS_TRANSLATE_NOOP("Core", "%1 is outside the valid range %2 .. %3"),
            {std::to_string(value), std::to_string(low), std::to_string(high)}};
}

// Later versions of the format add a step here that turns version N into N + 1, so that old
// files keep opening. Version 2 only adds fields ("data_edition", "defaults"), which a version 1
// file lacks: it reads as it is.
bool migrateToCurrent(json&, std::int64_t, JsonReader&)
{
    return true;
}

void readUsedDefaults(JsonReader& r, const json& v, Scenario& s)
{
    if (!r.object(v, "/defaults"))
        return;
    for (const auto& [key, value] : v.items()) {
        const std::string pointer = "/defaults/" + escapePointerToken(key);
        const auto param = r.parameterKey(key, pointer);
        const auto number = r.number(value, pointer);
        if (param && number)
            s.usedDefaults[*param] = *number;
    }
}

// One top-level field of a scenario of the given version.
void readField(JsonReader& r, const std::string& key, const json& value, Scenario& s, std::int64_t version)
{
    const std::string pointer = "/" + escapePointerToken(key);
    if (key == "format" || key == "version") {
        return; // read first, by the caller
    } else if (key == "name") {
        if (auto t = r.text(value, pointer, 200))
            s.name = *t;
    } else if (key == "description") {
        if (auto t = r.text(value, pointer, 4000))
            s.description = *t;
    } else if (key == "preset") {
        if (auto t = r.text(value, pointer, 64))
            s.preset = *t;
    } else if (key == "region") {
        if (auto t = r.text(value, pointer, 64))
            s.region = *t;
    } else if (key == "currency") {
        if (auto t = r.text(value, pointer, 3)) {
            if (t->size() == 3 && std::all_of(t->begin(), t->end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
                s.currency = *t;
            else
                r.fail(pointer,
                       {GS_TRANSLATE_NOOP("Core", "\"%1\" is not an ISO currency code such as \"USD\""), {*t}});
        }
    } else if (key == "base_year") {
        if (auto y = r.wholeNumber(value, pointer, kMinBaseYear, kMaxBaseYear))
            s.baseYear = static_cast<int>(*y);
    } else if (key == "end_year") {
        if (auto y = r.wholeNumber(value, pointer, kMinBaseYear + 1, kMaxEndYear))
            s.endYear = static_cast<int>(*y);
    } else if (key == "parameters") {
        readParameters(r, value, s);
    } else if (key == "ranges") {
        readRanges(r, value, s);
    } else if (key == "monte_carlo") {
        readMonteCarlo(r, value, s);
    } else if (key == "data_edition" && version >= 2) {
        if (auto t = r.text(value, pointer, 64))
            s.dataEdition = *t;
    } else if (key == "defaults" && version >= 2) {
        readUsedDefaults(r, value, s);
    } else if (key == "region_data" && version >= 2) {
        // Checked whole, as a region, by resolve().
        if (r.object(value, pointer))
            s.regionData = value.dump();
    } else {
        r.fail(pointer, {GS_TRANSLATE_NOOP("Core", "unknown field")});
    }
}

} // namespace

Issues checkScenarioValues(const Scenario& s)
{
    Issues issues;
    for (const auto& [param, value] : s.parameters) {
        const ParamSpec& ps = spec(param);
        const std::string pointer = "/parameters/" + std::string(ps.key);
        if (!std::isfinite(value))
            issues.push_back({pointer, {GS_TRANSLATE_NOOP("Core", "must be a finite number")}});
        else if (value < ps.min)
            issues.push_back({pointer, belowMinimum(value, ps.min)});
        else if (value > ps.max)
            issues.push_back({pointer, aboveMaximum(value, ps.max)});
    }
    for (const auto& [param, range] : s.ranges) {
        const ParamSpec& ps = spec(param);
        const std::string pointer = "/ranges/" + std::string(ps.key);
        if (range.low > range.high)
            issues.push_back({pointer,
                              {GS_TRANSLATE_NOOP("Core", "low %1 is above high %2"),
                               {shortestNumber(range.low), shortestNumber(range.high)}}});
        else if (range.low < ps.min)
            issues.push_back({pointer + "/0", belowMinimum(range.low, ps.min)});
        else if (range.high > ps.max)
            issues.push_back({pointer + "/1", aboveMaximum(range.high, ps.max)});
    }
    if (s.baseYear && (*s.baseYear < kMinBaseYear || *s.baseYear > kMaxBaseYear))
        issues.push_back({"/base_year", outside(*s.baseYear, kMinBaseYear, kMaxBaseYear)});
    if (s.endYear > kMaxEndYear || s.endYear <= kMinBaseYear)
        issues.push_back({"/end_year", outside(s.endYear, kMinBaseYear + 1, kMaxEndYear)});
    if (s.monteCarlo.samples < 1 || s.monteCarlo.samples > kMaxSamples)
        issues.push_back({"/monte_carlo/samples", outside(s.monteCarlo.samples, 1, kMaxSamples)});
    return issues;
}

Outcome<Scenario> scenarioFromJson(const json& document)
{
    JsonReader r;
    if (!document.is_object())
        return Issue{"", Message{GS_TRANSLATE_NOOP("Core", "a scenario file must be a JSON object, not %1")}.arg(
                             typeName(document))};

    const auto format = document.find("format");
    if (format == document.end())
        return Issue{
            "/format",
            {GS_TRANSLATE_NOOP("Core", "missing; a scenario file starts with \"format\": \"gridshare-scenario\"")}};
    if (!format->is_string() || format->get<std::string>() != kScenarioFormat)
        return Issue{"/format",
                     {GS_TRANSLATE_NOOP("Core", "is %1, not \"gridshare-scenario\"; this is not a GridShare scenario"),
                      {format->dump()}}};

    const auto versionField = document.find("version");
    if (versionField == document.end())
        return Issue{"/version", {GS_TRANSLATE_NOOP("Core", "missing; expected 1")}};
    const auto version = r.wholeNumber(*versionField, "/version", 1, std::numeric_limits<std::int32_t>::max());
    if (!version)
        return r.issues;
    if (*version > kScenarioVersion)
        return Issue{
            "/version",
            {GS_TRANSLATE_NOOP("Core", "version %1 was written by a newer GridShare; this one reads versions up to %2"),
             {std::to_string(*version), std::to_string(kScenarioVersion)}}};
    json current = document;
    if (!migrateToCurrent(current, *version, r))
        return r.issues;

    Scenario s;
    for (const auto& [key, value] : current.items())
        readField(r, key, value, s, *version);
    for (auto& issue : checkScenarioValues(s))
        r.issues.push_back(std::move(issue));
    if (!r.issues.empty())
        return r.issues;
    return s;
}

Issues readScenarioField(Scenario& scenario, const std::string& key, const json& value)
{
    JsonReader r;
    readField(r, key, value, scenario, kScenarioVersion);
    return r.issues;
}

Outcome<Scenario> scenarioFromText(std::string_view text)
{
    auto parsed = parseStrictJson(text);
    if (!parsed)
        return parsed.issues();
    return scenarioFromJson(parsed.value());
}

json scenarioToJson(const Scenario& s)
{
    json j;
    j["format"] = kScenarioFormat;
    j["version"] = kScenarioVersion;
    j["name"] = s.name;
    if (!s.description.empty())
        j["description"] = s.description;
    if (!s.preset.empty())
        j["preset"] = s.preset;
    j["region"] = s.region;
    if (s.currency)
        j["currency"] = *s.currency;
    if (s.baseYear)
        j["base_year"] = *s.baseYear;
    j["end_year"] = s.endYear;
    json parameters = json::object();
    for (const auto& [param, value] : s.parameters)
        parameters[std::string(spec(param).key)] = value;
    j["parameters"] = parameters;
    if (!s.ranges.empty()) {
        json ranges = json::object();
        for (const auto& [param, range] : s.ranges)
            ranges[std::string(spec(param).key)] = {range.low, range.high};
        j["ranges"] = ranges;
    }
    j["monte_carlo"] = {{"samples", s.monteCarlo.samples}, {"seed", s.monteCarlo.seed}};
    if (!s.dataEdition.empty())
        j["data_edition"] = s.dataEdition;
    if (!s.usedDefaults.empty()) {
        json defaults = json::object();
        for (const auto& [param, value] : s.usedDefaults)
            defaults[std::string(spec(param).key)] = value;
        j["defaults"] = defaults;
    }
    if (!s.regionData.empty())
        j["region_data"] = json::parse(s.regionData);
    return j;
}

std::string scenarioToText(const Scenario& s)
{
    return scenarioToJson(s).dump(2) + "\n";
}

namespace {

FileBytes cannotRead(Message reason)
{
    return {Issue{"", std::move(reason)}, true};
}

FileBytes tooLarge(std::uintmax_t size, std::size_t maxBytes)
{
    return {Issue{"",
                  {GS_TRANSLATE_NOOP("Core", "the file is %1 bytes; at most %2 bytes are accepted"),
                   {std::to_string(size), std::to_string(maxBytes)}}},
            false};
}

// A file that says it is small but keeps giving bytes (it grows, or it is not what it says).
FileBytes neverEnds(std::size_t maxBytes)
{
    return {Issue{"",
                  {GS_TRANSLATE_NOOP("Core", "the file gives more than %1 bytes; at most %1 bytes are accepted"),
                   {std::to_string(maxBytes)}}},
            false};
}

// Why a path cannot be opened, from the error the system gave.
FileBytes openFailure(int error)
{
    switch (error) {
    case ENOENT:
    case ENOTDIR:
        return cannotRead({GS_TRANSLATE_NOOP("Core", "cannot be read: no such file")});
    case ELOOP:
        return cannotRead({GS_TRANSLATE_NOOP("Core", "cannot be read: the symbolic links in its path form a loop")});
    case ENAMETOOLONG:
        return cannotRead({GS_TRANSLATE_NOOP("Core", "cannot be read: the path is too long")});
    default:
        return cannotRead({GS_TRANSLATE_NOOP("Core", "cannot be read: %1"), {std::strerror(error)}});
    }
}

FileBytes notRegular(bool directory)
{
    if (directory)
        return cannotRead({GS_TRANSLATE_NOOP("Core", "cannot be read: it is a folder, not a file")});
    return cannotRead({GS_TRANSLATE_NOOP("Core", "cannot be read: it is a device, a pipe or a socket, not a file")});
}

} // namespace

// Devices and pipes are refused before they are read (a FIFO would block, /dev/zero never ends),
// and the read itself stops after maxBytes + 1 bytes whatever size the file claims.
#ifndef _WIN32
FileBytes readFileBytes(const std::filesystem::path& path, std::size_t maxBytes, bool followLinks)
{
    struct stat before {};
    if ((followLinks ? ::stat(path.c_str(), &before) : ::lstat(path.c_str(), &before)) != 0)
        return openFailure(errno);
    if (!followLinks && S_ISLNK(before.st_mode))
        return cannotRead(
            {GS_TRANSLATE_NOOP("Core", "cannot be read: it is a symbolic link, which is not followed here")});
    if (!S_ISREG(before.st_mode))
        return notRegular(S_ISDIR(before.st_mode));
    // O_NONBLOCK: should the path have become a FIFO since, opening it does not wait for a writer.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followLinks ? 0 : O_NOFOLLOW));
    if (fd < 0)
        return openFailure(errno);
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat opened {};
    if (::fstat(fd, &opened) != 0)
        return openFailure(errno);
    if (!S_ISREG(opened.st_mode))
        return notRegular(S_ISDIR(opened.st_mode));
    if (opened.st_size >= 0 && static_cast<std::uintmax_t>(opened.st_size) > maxBytes)
        return tooLarge(static_cast<std::uintmax_t>(opened.st_size), maxBytes);
    std::string content;
    std::array<char, 65536> buffer{};
    while (content.size() <= maxBytes) {
        const ssize_t n = ::read(fd, buffer.data(), std::min(buffer.size(), maxBytes + 1 - content.size()));
        if (n == 0)
            break;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return openFailure(errno);
        }
        content.append(buffer.data(), static_cast<std::size_t>(n));
    }
    if (content.size() > maxBytes)
        return neverEnds(maxBytes);
    return {std::move(content), false};
}
#else
FileBytes readFileBytes(const std::filesystem::path& path, std::size_t maxBytes, bool followLinks)
{
    std::error_code ec;
    const auto status = followLinks ? std::filesystem::status(path, ec) : std::filesystem::symlink_status(path, ec);
    if (ec || !std::filesystem::exists(status))
        return openFailure(ENOENT);
    if (!std::filesystem::is_regular_file(status))
        return notRegular(std::filesystem::is_directory(status));
    if (const auto size = std::filesystem::file_size(path, ec); !ec && size > maxBytes)
        return tooLarge(size, maxBytes);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return openFailure(errno);
    std::string content(maxBytes + 1, '\0');
    in.read(content.data(), static_cast<std::streamsize>(content.size()));
    if (in.bad())
        return cannotRead({GS_TRANSLATE_NOOP("Core", "cannot be read: the read failed")});
    content.resize(static_cast<std::size_t>(in.gcount()));
    if (content.size() > maxBytes)
        return neverEnds(maxBytes);
    return {std::move(content), false};
}
#endif

ScenarioFileRead readScenarioFile(const std::filesystem::path& path)
{
    const JsonLimits limits;
    auto bytes = readFileBytes(path, limits.maxBytes);
    if (!bytes.result)
        return {bytes.result.issues(), bytes.unreadable};
    return {scenarioFromText(bytes.result.value()), false};
}

} // namespace gridshare
