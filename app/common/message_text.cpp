// SPDX-License-Identifier: GPL-3.0-or-later
#include "message_text.h"

#include <QCoreApplication>

namespace gridshare {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Core)
};

} // namespace

QString translated(const Message& message)
{
    // Core's one-pass substitution, on UTF-8: '%' and the digits are never part of a multibyte
    // character, so an argument holding "%1" is not substituted again and a translator may reorder.
    std::vector<std::string> args = message.args;
    for (const auto& nested : message.nested)
        if (nested.index < args.size())
            args[nested.index] = translatedText(*nested.message);
    const QString pattern = Text::tr(message.pattern.c_str());
    return QString::fromStdString(substitutePlaceholders(pattern.toStdString(), args));
}

QString translatedCore(std::string_view text)
{
    return Text::tr(std::string(text).c_str());
}

QString describe(const Issue& issue)
{
    QString text = issue.file.empty() ? QString() : QString::fromStdString(issue.file) + QStringLiteral(": ");
    if (!issue.pointer.empty())
        text += QString::fromStdString(issue.pointer) + QStringLiteral(": ");
    return text + translated(issue.message);
}

std::string translatedText(const Message& message)
{
    return translated(message).toStdString();
}

} // namespace gridshare
