// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch_request.h"

#include "gridshare/citation_formats.h"
#include "gridshare/message.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <vector>

namespace gridshare {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct CommandName {
    Command command;
    const char* name;
};

constexpr std::array<CommandName, 9> kCommands{{{Command::Evaluate, "evaluate"},
                                                {Command::Solve, "solve"},
                                                {Command::Implies, "implies"},
                                                {Command::Export, "export"},
                                                {Command::Report, "report"},
                                                {Command::Presets, "presets"},
                                                {Command::Regions, "regions"},
                                                {Command::Sources, "sources"},
                                                {Command::Projections, "projections"}}};

// Every option, what it holds and which commands take it; the window is Command::Window.
struct Option {
    const char* name;
    QString LaunchRequest::*value; // null for a flag
    bool repeatable;
    std::vector<Command> commands;
};

const std::vector<Option>& options()
{
    using C = Command;
    static const std::vector<Option> all{
        {"preset", nullptr, false, {C::Window, C::Evaluate, C::Solve, C::Implies, C::Export, C::Report}},
        {"region",
         nullptr,
         false,
         {C::Window, C::Evaluate, C::Solve, C::Implies, C::Export, C::Report, C::Projections}},
        {"set", nullptr, true, {C::Window, C::Evaluate, C::Solve, C::Implies, C::Export, C::Report}},
        {"format", &LaunchRequest::format, false, {C::Evaluate, C::Implies, C::Projections, C::Sources}},
        {"import", &LaunchRequest::importFile, false, {C::Projections}},
        {"vary", &LaunchRequest::vary, false, {C::Solve}},
        {"target", &LaunchRequest::target, false, {C::Solve}},
        {"year", &LaunchRequest::year, false, {C::Solve}},
        {"out", &LaunchRequest::out, false, {C::Export, C::Report}},
        {"view", &LaunchRequest::view, false, {C::Export, C::Window}},
        {"size", &LaunchRequest::size, false, {C::Export, C::Window}},
        {"scale", &LaunchRequest::scale, false, {C::Export}},
        {"theme", &LaunchRequest::theme, false, {C::Window}},
        {"screenshot", &LaunchRequest::screenshot, false, {C::Window}},
        {"help", nullptr, false, {}},
        {"version", nullptr, false, {}},
    };
    return all;
}

bool isFlag(const Option& o)
{
    return o.name == std::string_view("help") || o.name == std::string_view("version");
}

QString nameOf(Command command)
{
    for (const auto& c : kCommands)
        if (c.command == command)
            return QString::fromLatin1(c.name);
    return {};
}

std::optional<Command> commandNamed(const QString& word)
{
    for (const auto& c : kCommands)
        if (word == QLatin1String(c.name))
            return c.command;
    return std::nullopt;
}

// Takes the request by reference so that callers may build the message's arguments from it.
LaunchRequest refused(LaunchRequest&& request, const char* pattern, QStringList args)
{
    request.problem = UsageProblem{pattern, std::move(args)};
    return std::move(request);
}

// "--view applies to export and the window, not report".
LaunchRequest notApplicable(LaunchRequest&& request, const Option& option)
{
    QStringList takers;
    for (Command c : option.commands)
        if (c != Command::Window)
            takers.append(nameOf(c));
    const bool window = std::count(option.commands.begin(), option.commands.end(), Command::Window) > 0;
    const QString name = QString::fromLatin1(option.name);
    if (request.command == Command::Window)
        return refused(std::move(request), QT_TRANSLATE_NOOP("Cli", "--%1 applies to %2, not the window"),
                       {name, takers.join(QStringLiteral(", "))});
    const char* pattern = window ? QT_TRANSLATE_NOOP("Cli", "--%1 applies to %2 and the window, not %3")
                                 : QT_TRANSLATE_NOOP("Cli", "--%1 applies to %2, not %3");
    return refused(std::move(request), pattern, {name, takers.join(QStringLiteral(", ")), nameOf(request.command)});
}

} // namespace

QString UsageProblem::text() const
{
    std::vector<std::string> values;
    for (const QString& a : args)
        values.push_back(a.toStdString());
    return QString::fromStdString(substitutePlaceholders(Text::tr(pattern).toStdString(), values));
}

bool LaunchRequest::has(const char* option) const
{
    return given.contains(QLatin1String(option));
}

QString commandNames()
{
    QStringList names;
    for (const auto& c : kCommands)
        names.append(QString::fromLatin1(c.name));
    return names.join(QStringLiteral(", "));
}

LaunchRequest parseLaunchRequest(const QStringList& arguments)
{
    LaunchRequest request;
    int next = 1;
    if (const auto command = commandNamed(arguments.value(1))) {
        request.command = *command;
        next = 2;
    }
    QStringList positional;
    bool optionsEnd = false;
    for (int i = next; i < arguments.size(); ++i) {
        const QString& word = arguments[i];
        if (optionsEnd || !word.startsWith(QLatin1Char('-')) || word == QLatin1String("-")) {
            positional.append(word);
            continue;
        }
        if (word == QLatin1String("--")) {
            optionsEnd = true;
            continue;
        }
        QString name = word == QLatin1String("-h") ? QStringLiteral("help") : word.mid(2);
        std::optional<QString> value;
        if (const qsizetype equals = name.indexOf(QLatin1Char('=')); equals >= 0) {
            value = name.mid(equals + 1);
            name = name.left(equals);
        }
        const auto option = std::find_if(options().begin(), options().end(),
                                         [&](const Option& o) { return name == QLatin1String(o.name); });
        if (option == options().end() || (!word.startsWith(QLatin1String("--")) && word != QLatin1String("-h")))
            return refused(std::move(request), QT_TRANSLATE_NOOP("Cli", "Unknown option '%1'."),
                           {word.startsWith(QLatin1String("--")) ? name : word.mid(1)});
        if (isFlag(*option)) {
            if (value)
                return refused(std::move(request), QT_TRANSLATE_NOOP("Cli", "Unexpected value after '%1'."),
                               {QStringLiteral("--") + name});
            request.given.append(name);
            continue;
        }
        if (!value) {
            if (i + 1 >= arguments.size())
                return refused(std::move(request), QT_TRANSLATE_NOOP("Cli", "Missing value after '%1'."), {word});
            value = arguments[++i];
        }
        if (value->isEmpty())
            return refused(std::move(request), QT_TRANSLATE_NOOP("Cli", "--%1 needs a value"), {name});
        if (!option->repeatable && request.given.contains(name))
            return refused(std::move(request),
                           QT_TRANSLATE_NOOP("Cli", "--%1 is given twice; give it once (--set may be repeated)"),
                           {name});
        request.given.append(name);
        if (option->value)
            request.*(option->value) = *value;
        else if (name == QLatin1String("preset"))
            request.scenario.preset = *value;
        else if (name == QLatin1String("region"))
            request.scenario.region = *value;
        else
            request.scenario.sets.append(*value);
    }
    if (request.has("help")) {
        request.command = Command::Help;
        return request;
    }
    if (request.has("version")) {
        request.command = Command::Version;
        return request;
    }
    switch (request.command) {
    case Command::Presets:
    case Command::Regions:
    case Command::Sources:
    case Command::Projections:
        if (!positional.isEmpty())
            return refused(std::move(request), QT_TRANSLATE_NOOP("Cli", "%1 takes no arguments"),
                           {nameOf(request.command)});
        break;
    case Command::Window:
        // A word that names no file is a mistyped command more often than a missing file.
        if (!positional.isEmpty() && !QFileInfo::exists(positional.first())
            && !positional.first().endsWith(QLatin1String(".json")))
            return refused(std::move(request), QT_TRANSLATE_NOOP("Cli", "unknown command \"%1\"; commands: %2"),
                           {positional.first(), commandNames()});
        if (positional.size() > 1)
            return refused(std::move(request), QT_TRANSLATE_NOOP("Cli", "the window opens one scenario file at a time"),
                           {});
        break;
    default:
        if (positional.size() > 1)
            return refused(std::move(request), QT_TRANSLATE_NOOP("Cli", "%1 takes at most one scenario file"),
                           {nameOf(request.command)});
        break;
    }
    for (const QString& name : request.given) {
        const auto& option = *std::find_if(options().begin(), options().end(),
                                           [&](const Option& o) { return name == QLatin1String(o.name); });
        if (std::count(option.commands.begin(), option.commands.end(), request.command) == 0)
            return notApplicable(std::move(request), option);
    }

    request.scenario.file = positional.value(0);
    if ((request.command == Command::Evaluate || request.command == Command::Projections) && request.has("format")
        && request.format != QLatin1String("table") && request.format != QLatin1String("json")
        && request.format != QLatin1String("csv"))
        return refused(std::move(request), QT_TRANSLATE_NOOP("Cli", "--format: \"%1\" is not one of table, json, csv"),
                       {request.format});
    if (request.command == Command::Sources && request.has("format") && request.format != QLatin1String("table")
        && !citationFormatFromKey(request.format.toStdString()))
        return refused(std::move(request),
                       QT_TRANSLATE_NOOP("Cli", "--format: \"%1\" is not one of table, bibtex, csl-json, ris"),
                       {request.format});
    if (request.command == Command::Implies && request.has("format") && request.format != QLatin1String("table")
        && request.format != QLatin1String("json"))
        return refused(std::move(request), QT_TRANSLATE_NOOP("Cli", "--format: \"%1\" is not one of table, json"),
                       {request.format});
    return request;
}

bool drawsOffscreen(const LaunchRequest& request)
{
    return request.command == Command::Export || request.command == Command::Report
           || (request.command == Command::Window && request.has("screenshot"));
}

bool needsWidgets(const LaunchRequest& request)
{
    return !request.problem
           && (request.command == Command::Window || request.command == Command::Export
               || request.command == Command::Report);
}

} // namespace gridshare
