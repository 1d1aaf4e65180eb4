// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checks that a core message can be translated: its English text is the reason people read today,
// and every placeholder of its pattern has its argument.

#include "gridshare/diagnostics.h"
#include "gridshare/message.h"

#include <string>

namespace gridshare::testing {

// "" when the message is consistent, else what is wrong with it.
inline std::string messageProblem(const Message& m)
{
    const std::size_t placeholders = placeholderCount(m.pattern);
    if (placeholders != m.args.size())
        return "\"" + m.pattern + "\" has " + std::to_string(placeholders) + " placeholders for "
               + std::to_string(m.args.size()) + " arguments";
    for (std::size_t n = 1; n <= placeholders; ++n)
        if (m.pattern.find("%" + std::to_string(n)) == std::string::npos)
            return "\"" + m.pattern + "\" lacks %" + std::to_string(n);
    for (const auto& nested : m.nested) {
        if (nested.index >= m.args.size() || m.args[nested.index] != nested.message->text())
            return "\"" + m.pattern + "\": a nested message is not the text of its argument";
        if (auto problem = messageProblem(*nested.message); !problem.empty())
            return problem;
    }
    return {};
}

inline std::string issueProblem(const Issue& issue)
{
    if (issue.reason != issue.message.text())
        return "reason \"" + issue.reason + "\" is not the message's text \"" + issue.message.text() + "\"";
    return messageProblem(issue.message);
}

} // namespace gridshare::testing
