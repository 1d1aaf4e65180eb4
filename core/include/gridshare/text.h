// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Locale-independent text helpers shared by the readers and writers of core/.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace gridshare {

// Shortest text that reads back to the same double ("0.5", "1e+13"): for messages.
std::string shortestNumber(double value);

// Exactly 17 significant digits, as the json and csv outputs promise.
std::string number17(double value);

// Fixed decimals with thousands grouping ("4,097.00"), for people.
std::string groupedFixed(double value, int decimals);

// Width in terminal columns, not bytes, so "m³" lines up, and a CJK character (which a terminal
// draws two columns wide) lines up in a translated header.
std::size_t displayWidth(std::string_view text);

// Strict decimal parse of the whole string ("2.5", "-1e3"); no locale, no trailing text.
std::optional<double> parseNumber(std::string_view text);

// Byte offset of the first invalid UTF-8 sequence, or nullopt when the text is valid.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

// 1-based line and column of a byte offset, for messages about a file.
struct TextPosition {
    std::size_t line;
    std::size_t column;
};
TextPosition positionOf(std::string_view text, std::size_t byteOffset);

// RFC 6901 escaping of one reference token ("a/b" -> "a~1b").
std::string escapePointerToken(std::string_view token);

std::size_t editDistance(std::string_view a, std::string_view b);

} // namespace gridshare
