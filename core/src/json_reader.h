// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one strict reader of a parsed JSON document (parseStrictJson has already refused bad text,
// duplicate keys and deep nesting), shared by the scenario reader and the data-file readers so that
// every file says what is wrong in the same words: "file: /key/path: what is wrong". It collects
// every problem instead of stopping at the first, so one run tells a person everything to fix.

#include "gridshare/diagnostics.h"
#include "gridshare/parameters.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace gridshare::detail {

// What a value is, in words that go into a sentence ("must be text, not a number").
Message typeName(const nlohmann::json& v);

class JsonReader {
public:
    // file: the name the problems are said of; empty when the caller names it later.
    explicit JsonReader(std::string file = {}) : file_(std::move(file)) {}

    Issues issues;

    void fail(std::string pointer, Message reason);
    // Whether a problem was already said of exactly this place.
    bool issuesAt(const std::string& pointer) const;

    // A value of the expected kind, or nullopt / nullptr having said what it is instead.
    const nlohmann::json* object(const nlohmann::json& v, const std::string& pointer);
    const nlohmann::json* list(const nlohmann::json& v, const std::string& pointer);
    // Text of one line refuses every control character; prose (a note, an assumption, a
    // description a person typed) may also hold tabs and line breaks.
    enum class Lines { One, Several };
    std::optional<std::string> text(const nlohmann::json& v, const std::string& pointer, std::size_t maxLength,
                                    Lines lines = Lines::One);
    std::optional<double> number(const nlohmann::json& v, const std::string& pointer);
    std::optional<bool> boolean(const nlohmann::json& v, const std::string& pointer);
    std::optional<std::int64_t> wholeNumber(const nlohmann::json& v, const std::string& pointer, std::int64_t min,
                                            std::int64_t max);

    // Whether a number already read lies in [min, max], checked before anything casts or counts
    // with it; says so when it does not. False without a word when its place already has a problem.
    bool inRange(double value, const std::string& pointer, double min, double max);

    // The field `key` of an object: nullptr having said "missing" (or what the object is instead).
    const nlohmann::json* field(const nlohmann::json& object, const std::string& pointer, std::string_view key);

    // Says "unknown field" of every key of the object that is not among `known`: a misspelt key
    // would otherwise be ignored and its value silently replaced by a default.
    void onlyKnownFields(const nlohmann::json& object, const std::string& pointer,
                         std::initializer_list<std::string_view> known);

    // A parameter's key, with the closest known key suggested for a misspelt one.
    std::optional<Param> parameterKey(const std::string& key, const std::string& pointer);

private:
    std::string file_;
};

// pointer + "/" + key, the key escaped as RFC 6901 asks.
std::string childPointer(const std::string& pointer, std::string_view key);

} // namespace gridshare::detail
