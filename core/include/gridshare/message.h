// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A sentence for a person, kept as an English pattern with Qt-style placeholders %1..%9 and the
// text that fills them, so a front end can translate the pattern (Qt Linguist) while core stays
// free of Qt. Whole sentences, never fragments, so a translator can reorder the words.

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

// Marks a pattern for lupdate, which is run with -tr-function-alias QT_TRANSLATE_NOOP+=GS_TRANSLATE_NOOP;
// it expands to the text alone. Patterns that end up in an Issue use the context "Core", whoever
// makes them, because that is where front ends look them up.
#define GS_TRANSLATE_NOOP(context, text) text

namespace gridshare {

struct Message;

// An argument that is itself a message, held by pointer because a message cannot contain messages
// by value.
struct NestedMessage {
    std::size_t index;
    std::shared_ptr<const Message> message;
};

struct Message {
    std::string pattern;             // English, marked with GS_TRANSLATE_NOOP
    std::vector<std::string> args{}; // the English text of %1, %2, ...: numbers, ids, pointers, file names
    // Arguments that are themselves marked (a JSON type's name, the reason a file was refused), so a
    // front end translates them too; args holds their English text at the same index.
    std::vector<NestedMessage> nested{};

    // Append the next argument: plain text, or a message a front end translates too.
    Message& arg(std::string text);
    Message& arg(Message message);

    // The pattern with every %n replaced by args[n - 1], in one pass: text inside an argument is
    // never substituted again.
    std::string text() const;
};

// Replaces each %1..%9 of pattern by args[n - 1] in one pass; a placeholder without an argument,
// and a % not followed by 1..9, stay as they are.
std::string substitutePlaceholders(const std::string& pattern, const std::vector<std::string>& args);

// How many distinct placeholders %1..%9 a pattern holds, for checks that every one has its argument.
std::size_t placeholderCount(const std::string& pattern);

} // namespace gridshare
