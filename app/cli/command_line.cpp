#include "command_line.h"

#include "console.h"
#include "listings.h"
#include "scenario_assembly.h"
#include "solve_command.h"

#include "../common/user_data.h"

#include "gridshare/evaluation.h"
#include "gridshare/writers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <string>

namespace gridshare::cli {
namespace {

std::string helpText()
{
    std::string keys;
    for (const auto& s : paramSpecs())
        keys += "  " + std::string(s.key) + std::string(24 - s.key.size(), ' ') + std::string(s.unit) + ", "
                + std::string(s.meaning) + "\n";
    return "GridShare " GRIDSHARE_VERSION " — how much of a country's electricity will AI use?\n"
           "\n"
           "Usage:\n"
           "  gridshare [FILE] [--preset ID] [--region ID] [--set KEY=VALUE]... [--view VIEW]   the window\n"
           "  gridshare --screenshot PNG [FILE] [--preset ID] [--view VIEW] [--size WxH]      the window, offscreen\n"
           "  gridshare evaluate [FILE] [--preset ID] [--region ID] [--set KEY=VALUE]... [--format table|json|csv]\n"
           "  gridshare solve [FILE] [--preset ID] --vary KEY --target OUTPUT=VALUE [--year YEAR]\n"
           "  gridshare export [FILE] [--preset ID] --out PATH [--view VIEW] [--size WxH] [--scale S]\n"
           "  gridshare report [FILE] [--preset ID] --out report.pdf\n"
           "  gridshare presets | regions | sources\n"
           "  gridshare --help | --version\n"
           "\n"
           "evaluate prints one row per year of a scenario file (*.gridshare.json), a preset, or a region's\n"
           "defaults (US when nothing is named). json and csv give shares as fractions with 17 significant\n"
           "digits; table is for people.\n"
           "\n"
           "export writes one chart with a footer (scenario, changed assumptions, the sources on the chart);\n"
           "the extension of PATH picks the format: .png, .svg, .pdf, or .csv for the yearly table as\n"
           "evaluate prints it. --size is the figure in logical pixels (default 1600x900) and --scale\n"
           "multiplies a PNG's pixels (2 for a sharp figure on high-DPI screens and in print).\n"
           "report writes a PDF: both main charts, the key figures, every parameter and every source.\n"
           "Neither needs a display; an existing file is replaced whole or left as it was.\n"
           "\n"
           "Options:\n"
           "  --preset ID        start from a preset (see `gridshare presets`)\n"
           "  --region ID        use this region's data (see `gridshare regions`)\n"
           "  --set KEY=VALUE    change one parameter; repeatable. KEY is a parameter below, or region,\n"
           "                     currency, base_year, end_year\n"
           "  --format FORMAT    table (default), json or csv\n"
           "  --view VIEW        share (default), energy, cost, per-query, water or sensitivity\n"
           "  --theme THEME      the window: system (default), light, dark or high-contrast, for this run\n"
           "  --vary KEY         solve: the parameter to change\n"
           "  --target OUT=V     solve: the output (a key of the json output) and the value it should reach\n"
           "  --year YEAR        solve: the year of the target (default: the end year)\n"
           "  --help, --version\n"
           "\n"
           "Parameters:\n"
           + keys
           + "\n"
             "Exit codes: 0 success, 2 bad command-line usage, 3 invalid scenario, 4 a file that cannot be read\n"
             "or written, 5 solve found no value (it prints the reachable interval).\n"
             "Files in "
           + QDir::toNativeSeparators(userDataFolder()).toStdString()
           + " with the names of the built-in data files (regions.json, sources.json, currencies.json,\n"
             "presets.json, projections.json) replace them.\n";
}

// Loads the built-in data with the user's overrides; problems with an override are reported and
// the built-in data is used, so a bad edit never stops the program.
Dataset loadData()
{
    auto loaded = loadUserDataset();
    for (const auto& warning : loaded.warnings)
        writeError("warning: " + warning);
    return std::move(loaded.dataset);
}

int evaluateCommand(const QCommandLineParser& parser, const QStringList& positional)
{
    if (positional.size() > 2)
        return usageError("evaluate takes at most one scenario file");
    for (const char* option : {"vary", "target", "year"})
        if (parser.isSet(QLatin1String(option)))
            return usageError("--" + std::string(option) + " applies to solve, not evaluate");
    const QString format =
        parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("json") && format != QLatin1String("csv"))
        return usageError("--format: \"" + format.toStdString() + "\" is not one of table, json, csv");

    const Dataset data = loadData();
    ScenarioRequest request;
    request.file = positional.size() == 2 ? positional[1] : QString();
    request.preset = parser.value(QStringLiteral("preset"));
    request.region = parser.value(QStringLiteral("region"));
    request.sets = parser.values(QStringLiteral("set"));
    const AssembledScenario assembled = assembleScenario(request, data);
    if (!assembled.scenario) {
        for (const auto& issue : assembled.issues)
            writeError(issue.describe());
        if (assembled.exitCode == BadUsage)
            writeError("try 'gridshare --help'");
        return assembled.exitCode;
    }

    const Evaluation evaluation = evaluate(*assembled.scenario);
    if (format == QLatin1String("json"))
        writeOut(toJson(evaluation));
    else if (format == QLatin1String("csv"))
        writeOut(toCsv(evaluation));
    else
        writeOut(toTable(evaluation, data));
    return Success;
}

int listingCommand(const QString& command, const QCommandLineParser& parser, const QStringList& positional)
{
    if (positional.size() > 1)
        return usageError(command.toStdString() + " takes no arguments");
    for (const char* option : {"preset", "region", "set", "format", "vary", "target", "year"})
        if (parser.isSet(QLatin1String(option)))
            return usageError("--" + std::string(option) + " applies to evaluate, not " + command.toStdString());
    const Dataset data = loadData();
    if (command == QLatin1String("presets"))
        writeOut(presetsListing(data));
    else if (command == QLatin1String("regions"))
        writeOut(regionsListing(data));
    else
        writeOut(sourcesListing(data));
    return Success;
}

} // namespace

int run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption({QStringLiteral("preset"), QString(), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("region"), QString(), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("set"), QString(), QStringLiteral("KEY=VALUE")});
    parser.addOption({QStringLiteral("format"), QString(), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("vary"), QString(), QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("target"), QString(), QStringLiteral("OUTPUT=VALUE")});
    parser.addOption({QStringLiteral("year"), QString(), QStringLiteral("YEAR")});
    if (!parser.parse(arguments))
        return usageError(parser.errorText().toStdString());
    if (parser.isSet(help)) {
        writeOut(helpText());
        return Success;
    }
    if (parser.isSet(version)) {
        writeOut("gridshare " GRIDSHARE_VERSION "\n");
        return Success;
    }

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.isEmpty() ? QStringLiteral("evaluate") : positional.first();
    if (command == QLatin1String("evaluate"))
        return evaluateCommand(parser, positional.isEmpty() ? QStringList{command} : positional);
    if (command == QLatin1String("solve")) {
        if (positional.size() > 2)
            return usageError("solve takes at most one scenario file");
        for (const char* option : {"format"})
            if (parser.isSet(QLatin1String(option)))
                return usageError("--" + std::string(option) + " applies to evaluate, not solve");
        SolveRequest request;
        request.scenario.file = positional.size() == 2 ? positional[1] : QString();
        request.scenario.preset = parser.value(QStringLiteral("preset"));
        request.scenario.region = parser.value(QStringLiteral("region"));
        request.scenario.sets = parser.values(QStringLiteral("set"));
        request.vary = parser.value(QStringLiteral("vary"));
        request.target = parser.value(QStringLiteral("target"));
        request.year = parser.value(QStringLiteral("year"));
        return solveCommand(request, loadData());
    }
    if (command == QLatin1String("presets") || command == QLatin1String("regions")
        || command == QLatin1String("sources"))
        return listingCommand(command, parser, positional);
    return usageError("unknown command \"" + command.toStdString()
                      + "\"; commands: evaluate, solve, export, report, presets, regions, sources");
}

} // namespace gridshare::cli
