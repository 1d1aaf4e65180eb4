// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <vector>

namespace gridshare {

std::string shortestNumber(double value)
{
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

std::size_t displayWidth(std::string_view s)
{
    std::size_t width = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto byte = static_cast<unsigned char>(s[i]);
        if ((byte & 0xC0) == 0x80)
            continue;
        ++width;
        // Three-byte sequences from U+1100 to U+FFFF: the wide ranges of East Asian scripts and forms.
        if ((byte & 0xF0) == 0xE0 && i + 2 < s.size()) {
            const unsigned code = ((byte & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6)
                                  | (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
            if ((code >= 0x1100 && code <= 0x115F) || (code >= 0x2E80 && code <= 0xA4CF)
                || (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF)
                || (code >= 0xFE30 && code <= 0xFE4F) || (code >= 0xFF00 && code <= 0xFF60)
                || (code >= 0xFFE0 && code <= 0xFFE6))
                ++width;
        }
    }
    return width;
}

std::string number17(double value)
{
    std::array<char, 64> buffer{};
    const auto result =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::general, 17);
    return std::string(buffer.data(), result.ptr);
}

std::string groupedFixed(double value, int decimals)
{
    std::array<char, 128> buffer{};
    const auto result =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed, decimals);
    std::string plain(buffer.data(), result.ptr);
    if (!std::isfinite(value))
        return plain;
    const bool negative = !plain.empty() && plain.front() == '-';
    const std::size_t intStart = negative ? 1 : 0;
    const std::size_t dot = plain.find('.');
    const std::size_t intEnd = dot == std::string::npos ? plain.size() : dot;
    std::string grouped = plain.substr(0, intStart);
    for (std::size_t i = intStart; i < intEnd; ++i) {
        grouped += plain[i];
        const std::size_t remaining = intEnd - i - 1;
        if (remaining > 0 && remaining % 3 == 0)
            grouped += ',';
    }
    grouped += plain.substr(intEnd);
    return grouped;
}

std::optional<double> parseNumber(std::string_view text)
{
    if (text.empty() || text.front() == '+')
        return std::nullopt;
    double value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<std::size_t> firstInvalidUtf8(std::string_view text)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = bytes[i];
        std::size_t length = 0;
        std::uint32_t codePoint = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            codePoint = c & 0x07;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (std::size_t k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
        static constexpr std::array<std::uint32_t, 5> minimumForLength{0, 0, 0x80, 0x800, 0x10000};
        if (codePoint < minimumForLength[length] || (codePoint >= 0xD800 && codePoint <= 0xDFFF)
            || codePoint > 0x10FFFF)
            return i;
        i += length;
    }
    return std::nullopt;
}

TextPosition positionOf(std::string_view text, std::size_t byteOffset)
{
    TextPosition position{1, 1};
    const std::size_t end = std::min(byteOffset, text.size());
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++position.column; // count characters, not UTF-8 continuation bytes
        }
    }
    return position;
}

std::string escapePointerToken(std::string_view token)
{
    std::string escaped;
    for (const char c : token) {
        if (c == '~')
            escaped += "~0";
        else if (c == '/')
            escaped += "~1";
        else
            escaped += c;
    }
    return escaped;
}

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace gridshare
