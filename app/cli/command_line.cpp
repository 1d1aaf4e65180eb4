// SPDX-License-Identifier: GPL-3.0-or-later
#include "command_line.h"

#include "implies_command.h"
#include "listings.h"
#include "solve_command.h"

#include "../common/message_text.h"
#include "../common/projection_import_file.h"
#include "../common/user_data.h"

#include "gridshare/citation_formats.h"
#include "gridshare/evaluation.h"
#include "gridshare/projections.h"
#include "gridshare/writers.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <cstdio>
#include <string>

namespace gridshare::cli {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// "  --preset ID        start from ...": the syntax as it is, the description translated, its
// further lines indented under the first.
QString optionLine(const char* syntax, const QString& description)
{
    const QString indent(21, QLatin1Char(' '));
    QString line = QStringLiteral("  ") + QString::fromLatin1(syntax);
    line += QString(std::max<qsizetype>(1, indent.size() - line.size()), QLatin1Char(' '));
    return line + QString(description).replace(QLatin1Char('\n'), QLatin1Char('\n') + indent) + QLatin1Char('\n');
}

// In paragraphs a translator can rewrap; the usage and option syntax stay as they are.
QString helpText()
{
    QString keys;
    for (const auto& s : paramSpecs())
        keys += QStringLiteral("  ") + QString::fromUtf8(s.key.data(), static_cast<qsizetype>(s.key.size()))
                + QString(static_cast<qsizetype>(24 - s.key.size()), QLatin1Char(' '))
                + QString::fromUtf8(s.unit.data(), static_cast<qsizetype>(s.unit.size())) + QStringLiteral(", ")
                + translatedCore(s.meaning) + QLatin1Char('\n');
    QString text =
        Text::tr("GridShare %1 — how much of a country's electricity will AI use?")
            .arg(QStringLiteral(GRIDSHARE_VERSION))
        + QStringLiteral("\n\n") + Text::tr("Usage:") + QLatin1Char('\n')
        + QStringLiteral("  gridshare [FILE] [--preset ID] [--region ID] [--set KEY=VALUE]... [--view VIEW]   ")
        + Text::tr("the window") + QLatin1Char('\n')
        + QStringLiteral("  gridshare --screenshot PNG [FILE] [--preset ID] [--region ID] [--set KEY=VALUE]...\n"
                         "            [--view VIEW] [--size WxH]   ")
        + Text::tr("the window, offscreen") + QLatin1Char('\n')
        + QStringLiteral(
            "  gridshare evaluate [FILE] [--preset ID] [--region ID] [--set KEY=VALUE]... [--format table|json|csv]\n"
            "  gridshare solve [FILE] [--preset ID] [--region ID] [--set KEY=VALUE]... --vary KEY\n"
            "            --target OUTPUT=VALUE [--year YEAR]\n"
            "  gridshare implies [FILE] [--preset ID] [--region ID] [--set KEY=VALUE]... [--format table|json]\n"
            "  gridshare export [FILE] [--preset ID] [--region ID] [--set KEY=VALUE]... --out PATH\n"
            "            [--view VIEW] [--size WxH] [--scale S]\n"
            "  gridshare report [FILE] [--preset ID] [--region ID] [--set KEY=VALUE]... --out report.pdf\n"
            "  gridshare projections [--region ID] [--format table|json|csv]\n"
            "  gridshare projections --import FILE.csv\n"
            "  gridshare sources [--format table|bibtex|csl-json|ris]\n"
            "  gridshare presets | regions | sources\n"
            "  gridshare --help | --version\n")
        + QLatin1Char('\n')
        + Text::tr("FILE, --preset, --region and --set mean the same in every command and the window: a scenario\n"
                   "file or a preset (not both), else a region's defaults; then each --set in order. The window\n"
                   "makes the --set of parameters one step that Undo takes back. An option given twice (other\n"
                   "than --set) or with an empty value is refused.")
        + QStringLiteral("\n\n")
        + Text::tr("evaluate prints one row per year of a scenario file (*.gridshare.json), a preset, or a region's\n"
                   "defaults (US when nothing is named). json and csv give shares as fractions with 17 significant\n"
                   "digits; table is for people.")
        + QStringLiteral("\n\n")
        + Text::tr("implies says what the scenario implies in its base and end years: accelerators in service,\n"
                   "generated tokens and requests a day, and the average data-centre load in GW, each beside the\n"
                   "cited figures people know (worldwide or for the region, with the source id). A value more than\n"
                   "twice a cited total of its year or a later one is flagged as far outside what is known.")
        + QStringLiteral("\n\n")
        + Text::tr("export writes one chart with a footer (scenario, changed assumptions, the sources on the chart);\n"
                   "the extension of PATH picks the format: .png, .svg, .pdf, or .csv for the yearly table as\n"
                   "evaluate prints it (--view regions: a row a region). --size is the figure in logical pixels\n"
                   "(default 1600x900) and --scale multiplies a PNG's pixels (2 for a sharp figure on high-DPI\n"
                   "screens and in print).\n"
                   "report writes a PDF: the share, energy, forecasts, per-request, power, regions and\n"
                   "sensitivity charts, the key figures (in GW if the window shows them so), what the scenario\n"
                   "implies, which range's uncertainty explains the bands' spread, every parameter and every\n"
                   "source.\n"
                   "Neither needs a display; an existing file is replaced whole or left as it was.")
        + QStringLiteral("\n\n")
        + Text::tr("projections lists the published projections the charts draw, for one region or all: region,\n"
                   "source, publication date, target year, scope (all data centres or AI only), measure (energy,\n"
                   "capacity, average load or peak), share, TWh or GW as a value or range, verification level, the\n"
                   "series that joins a publisher's editions and the edition that replaced it. json adds the\n"
                   "measured and estimated energy per request. projections --import FILE.csv adds your own:\n"
                   "each row is checked, a bad one skipped with its row and column, and the rest stored in\n"
                   "your data folder beside what you imported before; they are drawn marked as yours.")
        + QStringLiteral("\n\n")
        + Text::tr("sources lists every cited source; --format bibtex, csl-json or ris writes them for a reference\n"
                   "manager, each with its title, publisher, URL, date and verification level (in a note).")
        + QStringLiteral("\n\n") + Text::tr("Options:") + QLatin1Char('\n')
        + optionLine("--preset ID", Text::tr("start from a preset (see `gridshare presets`)"))
        + optionLine("--region ID",
                     Text::tr("use this region's data: an id or a name, any case (see `gridshare regions`)"))
        + optionLine("--set KEY=VALUE", Text::tr("change one parameter; repeatable. KEY is a parameter below, "
                                                 "or region,\ncurrency, base_year, end_year"))
        + optionLine("--format FORMAT", Text::tr("table (default), json or csv; for sources: table, bibtex, "
                                                 "csl-json or ris"))
        + optionLine(
            "--view VIEW",
            Text::tr("share (default), energy, cost, per-query, water, sensitivity, forecasts, power or regions"))
        + optionLine("--theme THEME",
                     Text::tr("the window: system (default), light, dark or high-contrast, for this run"))
        + optionLine("--lang LANG",
                     Text::tr("language of the window and messages: en or zh_CN (default: the system's)"))
        + optionLine("--import FILE",
                     Text::tr("projections: add your own projections from a CSV file (README: columns)"))
        + optionLine("--vary KEY", Text::tr("solve: the parameter to change"))
        + optionLine("--target OUT=V",
                     Text::tr("solve: the output (a key of the json output) and the value it should reach"))
        + optionLine("--year YEAR", Text::tr("solve: the year of the target (default: the end year)"))
        + QStringLiteral("  --help, --version\n") + QLatin1Char('\n') + Text::tr("Parameters:") + QLatin1Char('\n')
        + keys + QLatin1Char('\n')
        + Text::tr("Exit codes: 0 success, 2 bad command-line usage, 3 invalid scenario, 4 a file that cannot be read\n"
                   "(missing, unreadable, a folder, a device or a pipe) or written, standard output included, 5 solve\n"
                   "found no value (it prints the reachable interval).")
        + QLatin1Char('\n')
        + Text::tr("Files in %1 with the names of the built-in data files (regions.json, sources.json, "
                   "currencies.json,\npresets.json, projections.json) replace them. Each stands alone: one that "
                   "cannot be used is\nreported with where and why, and the built-in file is used in its place.")
              .arg(QDir::toNativeSeparators(userDataFolder()))
        + QLatin1Char('\n');
    return text;
}

// Loads the built-in data with the user's overrides; problems with an override are reported and
// the built-in data is used, so a bad edit never stops the program.
Dataset loadData()
{
    auto loaded = loadUserDataset();
    for (const auto& warning : loaded.warningIssues)
        writeError(Text::tr("warning: %1").arg(describe(warning)));
    return std::move(loaded.dataset);
}

int evaluateCommand(const LaunchRequest& request)
{
    const Dataset data = loadData();
    const AssembledScenario assembled = assembleScenario(request.scenario, data);
    if (!assembled.resolved)
        return refuseWith(assembled.exitCode, assembled.issues);

    const Evaluation evaluation = evaluate(*assembled.resolved);
    if (request.format == QLatin1String("json"))
        writeOut(toJson(evaluation));
    else if (request.format == QLatin1String("csv"))
        writeOut(toCsv(evaluation));
    else
        writeOut(toTable(evaluation, data, translatedText));
    return Success;
}

// `projections --import FILE`: the rows' problems on standard error, the projections stored listed.
int importCommand(const LaunchRequest& request)
{
    if (request.has("region") || request.has("format"))
        return usageError(Text::tr("--import takes no --region or --format"));
    const Dataset data = loadData();
    const auto result = importProjectionsFile(request.importFile, userDataFolder(), data);
    writeIssues(result.rows.problems);
    if (!result.failure.isEmpty())
        return failWith(result.unreadable ? UnreadableFile : InvalidScenario, result.failure);
    const Dataset stored = loadData();
    std::vector<const Region*> regions;
    for (const Region& r : stored.regions)
        if (std::any_of(stored.projections.begin(), stored.projections.end(), [&](const Projection& p) {
                return p.region == r.id && std::find(result.ids.begin(), result.ids.end(), p.id) != result.ids.end();
            }))
            regions.push_back(&r);
    writeError(Text::tr("%1 of %2 rows imported into %3")
                   .arg(result.ids.size())
                   .arg(result.rows.rows)
                   .arg(QDir::toNativeSeparators(userDataFolder())));
    writeOut(projectionsListing(stored, regions, [&](const Projection& p) {
        return std::find(result.ids.begin(), result.ids.end(), p.id) != result.ids.end();
    }));
    return Success;
}

int projectionsCommand(const LaunchRequest& request)
{
    if (request.has("import"))
        return importCommand(request);
    const Dataset data = loadData();
    std::vector<const Region*> regions;
    if (!request.scenario.region.isEmpty()) {
        const QString id = request.scenario.region;
        const Region* region = data.findRegion(id.toStdString());
        if (!region) {
            QStringList known;
            for (const Region& r : data.regions)
                known.append(QString::fromStdString(r.id));
            return usageError(Text::tr("--region: no region has the id \"%1\"; regions: %2")
                                  .arg(id, known.join(QStringLiteral(", "))));
        }
        regions.push_back(region);
    } else {
        for (const Region& r : data.regions)
            regions.push_back(&r);
    }
    std::vector<const Projection*> projections;
    for (const Region* region : regions) {
        const auto found = allProjectionsFor(data, region->id);
        projections.insert(projections.end(), found.begin(), found.end());
    }
    if (request.format == QLatin1String("json"))
        writeOut(projectionsJson(projections, data.requestEnergy));
    else if (request.format == QLatin1String("csv"))
        writeOut(projectionsCsv(projections));
    else
        writeOut(projectionsListing(data, regions));
    return Success;
}

} // namespace

int run(const LaunchRequest& request)
{
    switch (request.command) {
    case Command::Help:
        writeOut(helpText());
        return Success;
    case Command::Version:
        writeOut(std::string("gridshare " GRIDSHARE_VERSION "\n")
                 + Text::tr("data edition %1, as of %2")
                       .arg(QString::fromStdString(Dataset::builtin().edition.version),
                            QString::fromStdString(Dataset::builtin().edition.asOf))
                       .toStdString()
                 + "\n");
        return Success;
    case Command::Evaluate:
        return evaluateCommand(request);
    case Command::Solve:
        return solveCommand(request, loadData());
    case Command::Implies:
        return impliesCommand(request, loadData());
    case Command::Presets:
        writeOut(presetsListing(loadData()));
        return Success;
    case Command::Regions:
        writeOut(regionsListing(loadData()));
        return Success;
    case Command::Sources:
        if (const auto format = citationFormatFromKey(request.format.toStdString())) {
            const Dataset data = loadData();
            writeOut(sourcesInFormat(*format, data.sources, data.levelMeanings));
        } else {
            writeOut(sourcesListing(loadData()));
        }
        return Success;
    case Command::Projections:
        return projectionsCommand(request);
    default:
        return BadUsage; // the window, export and report run elsewhere
    }
}

} // namespace gridshare::cli
