// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/message.h"

#include <set>

namespace gridshare {

Message& Message::arg(std::string text)
{
    args.push_back(std::move(text));
    return *this;
}

Message& Message::arg(Message message)
{
    args.push_back(message.text());
    nested.push_back({args.size() - 1, std::make_shared<const Message>(std::move(message))});
    return *this;
}

std::string Message::text() const
{
    return substitutePlaceholders(pattern, args);
}

std::string substitutePlaceholders(const std::string& pattern, const std::vector<std::string>& args)
{
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char next = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
        if (pattern[i] == '%' && next >= '1' && next <= '9') {
            const auto n = static_cast<std::size_t>(next - '1');
            if (n < args.size()) {
                out += args[n];
                ++i;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

std::size_t placeholderCount(const std::string& pattern)
{
    std::set<char> seen;
    for (std::size_t i = 0; i + 1 < pattern.size(); ++i)
        if (pattern[i] == '%' && pattern[i + 1] >= '1' && pattern[i + 1] <= '9')
            seen.insert(pattern[i + 1]);
    return seen.size();
}

} // namespace gridshare
