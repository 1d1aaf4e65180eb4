#include "message_text.h"

#include <QCoreApplication>
#include <QStringList>

namespace gridshare {
namespace {

// Replaces %1..%9 in one pass, like core's substitutePlaceholders, so that an argument containing
// "%1" (a file name, a pointer) is never substituted again and a translator may reorder them.
QString substitute(const QString& pattern, const QStringList& args)
{
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar next = i + 1 < pattern.size() ? pattern[i + 1] : QChar();
        if (pattern[i] == QLatin1Char('%') && next >= QLatin1Char('1') && next <= QLatin1Char('9')) {
            const qsizetype n = next.unicode() - u'1';
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

} // namespace

QString translated(const Message& message)
{
    QStringList args;
    for (const auto& arg : message.args)
        args.append(QString::fromStdString(arg));
    for (const auto& nested : message.nested)
        if (nested.index < message.args.size())
            args[static_cast<qsizetype>(nested.index)] = translated(*nested.message);
    return substitute(QCoreApplication::translate("Core", message.pattern.c_str()), args);
}

QString translatedCore(std::string_view text)
{
    return QCoreApplication::translate("Core", std::string(text).c_str());
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
