// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/launch_options.h"

#include "common/console.h"
#include "document/scenario_document.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gridshare::gui {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int applyScenarioRequest(const ScenarioRequest& request, ScenarioDocument& document)
{
    if (request.isEmpty())
        return Success; // the document starts with the default preset
    ScenarioRequest asked = request;
    if (asked.file.isEmpty() && asked.preset.isEmpty() && asked.region.isEmpty())
        asked.preset = QString::fromStdString(document.data().defaultPreset);
    const AssembledScenario assembled = assembleScenario(asked, document.data());
    if (!assembled.resolved)
        return refuseWith(assembled.exitCode, assembled.issues);
    Scenario start = assembled.start;
    if (asked.file.isEmpty() && asked.preset.isEmpty())
        start.name.clear(); // the document names a region's defaults in the window's language
    document.replaceWith(start, assembled.file, !(assembled.start == assembled.opened));
    document.setValues(assembled.parameterSets);
    return Success;
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
        usageError(Text::tr("--view: \"%1\" is not one of share, energy, cost, per-query, water, sensitivity, "
                            "forecasts, power, regions")
                       .arg(text));
    return view;
}

} // namespace gridshare::gui
