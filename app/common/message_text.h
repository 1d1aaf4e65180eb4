// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Core's messages in the reader's language: the pattern is looked up in the context "Core" of the
// installed translators, then its placeholders are filled with the arguments.

#include "gridshare/diagnostics.h"
#include "gridshare/message.h"

#include <QString>

#include <string>
#include <string_view>

namespace gridshare {

// The message translated; an untranslated pattern gives the English text.
QString translated(const Message& message);

// A text core marked with GS_TRANSLATE_NOOP("Core", ...) and that has no arguments, such as a
// parameter's meaning.
QString translatedCore(std::string_view text);

// "file: pointer: reason" with the reason translated, as Issue::describe() says it in English.
QString describe(const Issue& issue);

// The same as UTF-8, for the command line and core's writers (toTable).
std::string translatedText(const Message& message);

} // namespace gridshare
