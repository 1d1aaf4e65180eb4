// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/strict_json.h"

#include "gridshare/text.h"

#include <string>
#include <vector>

namespace gridshare {
namespace {

using nlohmann::json;

// A message about a place in the text: the pattern's %1 and %2 are the line and the column.
Message at(std::string_view text, std::size_t offset, const char* pattern)
{
    const TextPosition p = positionOf(text, offset);
    return {pattern, {std::to_string(p.line), std::to_string(p.column)}};
}

// Depth of [ and { outside strings, checked before the parser sees the text.
std::optional<Issue> checkDepth(std::string_view text, std::size_t maxDepth)
{
    std::size_t depth = 0;
    bool inString = false;
    bool escaped = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return Issue{"", at(text, i,
                                    GS_TRANSLATE_NOOP("Core", "line %1, column %2: nesting deeper than %3 levels; a "
                                                              "GridShare file is never nested this deep"))
                                     .arg(std::to_string(maxDepth))};
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

// Builds the DOM like nlohmann's own SAX DOM parser, but knows the pointer of every value,
// so a duplicate key is reported where it is.
class LocatingDomBuilder : public nlohmann::json_sax<json> {
public:
    explicit LocatingDomBuilder(json& root) : root_(root) {}

    bool null() override { return add(nullptr); }
    bool boolean(bool v) override { return add(v); }
    bool number_integer(number_integer_t v) override { return add(v); }
    bool number_unsigned(number_unsigned_t v) override { return add(v); }
    bool number_float(number_float_t v, const string_t&) override { return add(v); }
    bool string(string_t& v) override { return add(v); }
    bool binary(binary_t& v) override { return add(json::binary(v)); }

    bool start_object(std::size_t) override { return open(json::object()); }
    bool start_array(std::size_t) override { return open(json::array()); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(string_t& k) override
    {
        json& object = *stack_.back();
        pendingKey_ = k;
        if (object.contains(k)) {
            duplicate_ = pointerOfPendingChild();
            return false;
        }
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override
    {
        errorPosition_ = position;
        errorMessage_ = e.what();
        return false;
    }

    const std::optional<std::string>& duplicate() const { return duplicate_; }
    std::size_t errorPosition() const { return errorPosition_; }
    const std::string& errorMessage() const { return errorMessage_; }

private:
    std::string pointerOfPendingChild() const
    {
        std::string pointer;
        for (const auto& token : path_)
            pointer += "/" + token;
        if (stack_.back()->is_object())
            pointer += "/" + escapePointerToken(pendingKey_);
        else
            pointer += "/" + std::to_string(stack_.back()->size());
        return pointer;
    }

    template <typename V> json* place(V&& v)
    {
        if (stack_.empty()) {
            root_ = json(std::forward<V>(v));
            return &root_;
        }
        json& parent = *stack_.back();
        if (parent.is_array()) {
            parent.push_back(json(std::forward<V>(v)));
            return &parent.back();
        }
        json& slot = parent[pendingKey_];
        slot = json(std::forward<V>(v));
        return &slot;
    }

    template <typename V> bool add(V&& v)
    {
        place(std::forward<V>(v));
        return true;
    }

    bool open(json container)
    {
        if (!stack_.empty())
            path_.push_back(stack_.back()->is_object() ? escapePointerToken(pendingKey_)
                                                       : std::to_string(stack_.back()->size()));
        stack_.push_back(place(std::move(container)));
        return true;
    }

    bool close()
    {
        stack_.pop_back();
        if (!path_.empty())
            path_.pop_back();
        return true;
    }

    json& root_;
    std::vector<json*> stack_;
    std::vector<std::string> path_;
    std::string pendingKey_;
    std::optional<std::string> duplicate_;
    std::size_t errorPosition_ = 0;
    std::string errorMessage_;
};

// nlohmann's message is "[json.exception.parse_error.101] parse error at line 1, column 5: syntax
// error while parsing value - ..."; keep the part a person can act on.
std::string plainReason(const std::string& what)
{
    std::string reason = what;
    if (const auto bracket = reason.find("] "); bracket != std::string::npos)
        reason = reason.substr(bracket + 2);
    if (const auto colon = reason.find(": "); reason.rfind("parse error", 0) == 0 && colon != std::string::npos)
        reason = reason.substr(colon + 2);
    return reason;
}

} // namespace

Outcome<json> parseStrictJson(std::string_view text, const JsonLimits& limits)
{
    if (text.size() > limits.maxBytes)
        return Issue{"",
                     {GS_TRANSLATE_NOOP("Core", "the file is %1 bytes; at most %2 bytes are accepted"),
                      {std::to_string(text.size()), std::to_string(limits.maxBytes)}}};
    if (const auto bad = firstInvalidUtf8(text))
        return Issue{
            "", at(text, *bad,
                   GS_TRANSLATE_NOOP("Core", "line %1, column %2: invalid UTF-8 (byte %3); save the file as UTF-8"))
                    .arg(std::to_string(*bad))};
    if (auto deep = checkDepth(text, limits.maxDepth))
        return *deep;

    json root;
    LocatingDomBuilder builder(root);
    const bool parsed = json::sax_parse(text, &builder, json::input_format_t::json, true, false);
    if (builder.duplicate())
        return Issue{*builder.duplicate(), {GS_TRANSLATE_NOOP("Core", "duplicate key; each key may appear once")}};
    if (!parsed) {
        const std::size_t offset = builder.errorPosition() > 0 ? builder.errorPosition() - 1 : 0;
        return Issue{"", at(text, offset, GS_TRANSLATE_NOOP("Core", "line %1, column %2: not valid JSON: %3"))
                             .arg(plainReason(builder.errorMessage()))};
    }
    return root;
}

} // namespace gridshare
