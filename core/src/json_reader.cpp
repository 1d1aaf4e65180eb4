// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_reader.h"

#include "gridshare/text.h"

#include <algorithm>
#include <cmath>

namespace gridshare::detail {
namespace {

using nlohmann::json;

bool hasControlCharacters(std::string_view text, JsonReader::Lines lines)
{
    const bool several = lines == JsonReader::Lines::Several;
    return std::any_of(text.begin(), text.end(), [several](char c) {
        if (several && (c == '\t' || c == '\n' || c == '\r'))
            return false;
        return static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
    });
}

} // namespace

Message typeName(const json& v)
{
    if (v.is_null())
        return {GS_TRANSLATE_NOOP("Core", "null")};
    if (v.is_boolean())
        return {GS_TRANSLATE_NOOP("Core", "true/false")};
    if (v.is_number())
        return {GS_TRANSLATE_NOOP("Core", "a number")};
    if (v.is_string())
        return {GS_TRANSLATE_NOOP("Core", "a string")};
    if (v.is_array())
        return {GS_TRANSLATE_NOOP("Core", "a list")};
    return {GS_TRANSLATE_NOOP("Core", "an object")};
}

std::string childPointer(const std::string& pointer, std::string_view key)
{
    return pointer + "/" + escapePointerToken(key);
}

void JsonReader::fail(std::string pointer, Message reason)
{
    issues.push_back({std::move(pointer), std::move(reason), file_});
}

bool JsonReader::issuesAt(const std::string& pointer) const
{
    return std::any_of(issues.begin(), issues.end(), [&](const Issue& i) { return i.pointer == pointer; });
}

const json* JsonReader::object(const json& v, const std::string& pointer)
{
    if (!v.is_object()) {
        fail(pointer, Message{GS_TRANSLATE_NOOP("Core", "must be an object, not %1")}.arg(typeName(v)));
        return nullptr;
    }
    return &v;
}

const json* JsonReader::list(const json& v, const std::string& pointer)
{
    if (!v.is_array()) {
        fail(pointer, Message{GS_TRANSLATE_NOOP("Core", "must be a list, not %1")}.arg(typeName(v)));
        return nullptr;
    }
    return &v;
}

std::optional<std::string> JsonReader::text(const json& v, const std::string& pointer, std::size_t maxLength,
                                            Lines lines)
{
    if (!v.is_string()) {
        fail(pointer, Message{GS_TRANSLATE_NOOP("Core", "must be text, not %1")}.arg(typeName(v)));
        return std::nullopt;
    }
    const auto& s = v.get_ref<const std::string&>();
    if (hasControlCharacters(s, lines)) {
        fail(pointer, {GS_TRANSLATE_NOOP("Core", "contains control characters")});
        return std::nullopt;
    }
    if (s.size() > maxLength) {
        fail(pointer, {GS_TRANSLATE_NOOP("Core", "is %1 bytes long; at most %2 are accepted"),
                       {std::to_string(s.size()), std::to_string(maxLength)}});
        return std::nullopt;
    }
    return s;
}

std::optional<double> JsonReader::number(const json& v, const std::string& pointer)
{
    if (!v.is_number()) {
        fail(pointer, Message{GS_TRANSLATE_NOOP("Core", "must be a number, not %1")}.arg(typeName(v)));
        return std::nullopt;
    }
    const double d = v.get<double>();
    if (!std::isfinite(d)) {
        fail(pointer, {GS_TRANSLATE_NOOP("Core", "must be a finite number")});
        return std::nullopt;
    }
    return d;
}

std::optional<bool> JsonReader::boolean(const json& v, const std::string& pointer)
{
    if (!v.is_boolean()) {
        fail(pointer, {GS_TRANSLATE_NOOP("Core", "must be true or false")});
        return std::nullopt;
    }
    return v.get<bool>();
}

std::optional<std::int64_t> JsonReader::wholeNumber(const json& v, const std::string& pointer, std::int64_t min,
                                                    std::int64_t max)
{
    const auto d = number(v, pointer);
    if (!d)
        return std::nullopt;
    if (*d != std::floor(*d)) {
        fail(pointer, {GS_TRANSLATE_NOOP("Core", "%1 is not a whole number"), {shortestNumber(*d)}});
        return std::nullopt;
    }
    if (*d < static_cast<double>(min) || *d > static_cast<double>(max)) {
        fail(pointer, {GS_TRANSLATE_NOOP("Core", "%1 is outside the valid range %2 .. %3"),
                       {shortestNumber(*d), std::to_string(min), std::to_string(max)}});
        return std::nullopt;
    }
    return static_cast<std::int64_t>(*d);
}

bool JsonReader::inRange(double value, const std::string& pointer, double min, double max)
{
    if (issuesAt(pointer))
        return false;
    if (value >= min && value <= max)
        return true;
    fail(pointer, {GS_TRANSLATE_NOOP("Core", "%1 is outside the valid range %2 .. %3"),
                   {shortestNumber(value), shortestNumber(min), shortestNumber(max)}});
    return false;
}

const json* JsonReader::field(const json& object, const std::string& pointer, std::string_view key)
{
    if (!this->object(object, pointer))
        return nullptr;
    const auto it = object.find(std::string(key));
    if (it == object.end()) {
        fail(childPointer(pointer, key), {GS_TRANSLATE_NOOP("Core", "missing")});
        return nullptr;
    }
    return &*it;
}

void JsonReader::onlyKnownFields(const json& object, const std::string& pointer,
                                 std::initializer_list<std::string_view> known)
{
    if (!object.is_object())
        return;
    for (const auto& [key, value] : object.items())
        if (std::find(known.begin(), known.end(), key) == known.end())
            fail(childPointer(pointer, key), {GS_TRANSLATE_NOOP("Core", "unknown field")});
}

std::optional<Param> JsonReader::parameterKey(const std::string& key, const std::string& pointer)
{
    if (auto p = paramFromKey(key))
        return p;
    if (const auto near = closestParamKey(key))
        fail(pointer, {GS_TRANSLATE_NOOP("Core", "unknown parameter; did you mean \"%1\"?"), {std::string(*near)}});
    else
        fail(pointer, {GS_TRANSLATE_NOOP("Core", "unknown parameter")});
    return std::nullopt;
}

} // namespace gridshare::detail
