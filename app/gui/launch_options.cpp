#include "launch_options.h"

#include "../common/message_text.h"
#include "scenario_document.h"
#include "scenario_files.h"

#include "gridshare/text.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdio>

namespace gridshare::gui {
namespace {

// The command line's messages share one translation context with the commands of app/cli.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// "--set KEY=VALUE": the same as typing VALUE into KEY's box, so in the window it can be undone.
QString applySet(ScenarioDocument& document, const QString& assignment)
{
    const qsizetype equals = assignment.indexOf(QLatin1Char('='));
    const auto param = paramFromKey(assignment.left(equals).toStdString());
    const auto value = parseNumber(assignment.mid(equals + 1).toStdString());
    if (equals <= 0 || !param)
        return Text::tr("--set %1: expected PARAMETER=VALUE with a parameter key (see `gridshare --help`)")
            .arg(assignment);
    if (!value || *value < spec(*param).min || *value > spec(*param).max)
        return Text::tr("--set %1: the value must be a number from %2 to %3")
            .arg(assignment, QString::fromStdString(shortestNumber(spec(*param).min)),
                 QString::fromStdString(shortestNumber(spec(*param).max)));
    document.setValue(*param, *value);
    return QString();
}

} // namespace

int failWith(int code, const QString& message)
{
    std::fprintf(stderr, "gridshare: %s\n", qPrintable(message));
    return code;
}

QString withHelpHint(const QString& message)
{
    return message + QLatin1String("\ngridshare: ") + Text::tr("try 'gridshare --help'");
}

int applyScenarioOptions(const ScenarioOptions& options, ScenarioDocument& document)
{
    if (!options.file.isEmpty()) {
        const auto read = readScenario(options.file, document.data());
        if (!read) {
            for (const auto& issue : read.issues())
                failWith(0, describe(issue));
            return QFileInfo::exists(options.file) && QFileInfo(options.file).isFile() ? 3 : 4;
        }
        document.replaceWith(read.value(), QFileInfo(options.file).absoluteFilePath(), false);
    }
    if (!options.region.isEmpty() && !document.loadRegion(options.region))
        return failWith(2, Text::tr("--region: unknown region \"%1\"; see `gridshare regions`").arg(options.region));
    if (!options.preset.isEmpty() && !document.loadPreset(options.preset))
        return failWith(2, Text::tr("--preset: unknown preset \"%1\"; see `gridshare presets`").arg(options.preset));
    for (const QString& assignment : options.sets)
        if (const QString problem = applySet(document, assignment); !problem.isEmpty())
            return failWith(2, problem);
    return 0;
}

std::optional<QSize> parseSize(const QString& text, QSize smallest, QSize largest)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < smallest.width() || size.height() < smallest.height() || size.width() > largest.width()
        || size.height() > largest.height())
        return std::nullopt;
    return size;
}

std::optional<ChartView> parseViewOption(const QString& text)
{
    const auto view = viewFromKey(text);
    if (!view)
        failWith(2,
                 Text::tr("--view: \"%1\" is not one of share, energy, cost, per-query, water, sensitivity, forecasts")
                     .arg(text));
    return view;
}

} // namespace gridshare::gui
