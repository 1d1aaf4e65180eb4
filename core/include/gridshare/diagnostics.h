// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What went wrong with an input, located by a JSON pointer so a person can find it.

#include "gridshare/message.h"

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace gridshare {

struct Issue {
    Issue(std::string pointer_, Message message_, std::string file_ = {})
        : pointer(std::move(pointer_)), reason(message_.text()), file(std::move(file_)), message(std::move(message_))
    {}

    std::string pointer; // RFC 6901, "" for the whole document
    std::string reason;  // in English: message.text()
    std::string file;    // where the document came from, when known
    Message message;     // the reason as a pattern and its arguments, for a front end that translates

    // "scenario.json: /parameters/pue: 0.5 is below the minimum 1"; parts that are empty are left out.
    std::string describe() const
    {
        std::string text = file.empty() ? std::string() : file + ": ";
        if (!pointer.empty())
            text += pointer + ": ";
        return text + reason;
    }
};

using Issues = std::vector<Issue>;

// The same issues, said of a named file.
inline Issues inFile(Issues issues, const std::string& file)
{
    for (auto& issue : issues)
        issue.file = file;
    return issues;
}

// Either a value or the issues that prevented it.
template <typename T> class Outcome {
public:
    Outcome(T value) : state_(std::move(value)) {}
    Outcome(Issues issues) : state_(std::move(issues)) {}
    Outcome(Issue issue) : state_(Issues{std::move(issue)}) {}

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(state_); }
    T& value() & { return std::get<T>(state_); }
    T&& value() && { return std::get<T>(std::move(state_)); }
    const Issues& issues() const { return std::get<Issues>(state_); }

private:
    std::variant<T, Issues> state_;
};

} // namespace gridshare
