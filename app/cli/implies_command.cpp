// SPDX-License-Identifier: GPL-3.0-or-later
#include "implies_command.h"

#include "../common/console.h"
#include "../common/implications_text.h"
#include "../common/message_text.h"

#include "gridshare/implications.h"

#include <QCoreApplication>

namespace gridshare::cli {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int impliesCommand(const LaunchRequest& request, const Dataset& data)
{
    const AssembledScenario assembled = assembleScenario(request.scenario, data);
    if (!assembled.resolved)
        return refuseWith(assembled.exitCode, assembled.issues);
    const Evaluation evaluation = evaluate(*assembled.resolved, false);
    const auto years = implications(data, evaluation);
    if (request.format == QLatin1String("json")) {
        writeOut(implicationsJson(evaluation, years));
        return Success;
    }
    // On a terminal a citation is its source id, which `gridshare sources` lists.
    const gui::CitationMark cite = [](const std::string& source) {
        return QStringLiteral(" [%1]").arg(QString::fromStdString(source));
    };
    const QLocale locale;
    QString out = Text::tr("What %1 implies (%2)")
                      .arg(QString::fromStdString(evaluation.name), QString::fromStdString(evaluation.region))
                  + QLatin1Char('\n');
    for (const YearImplications& y : years) {
        out += QLatin1Char('\n') + Text::tr("In %1").arg(y.year) + QLatin1Char('\n');
        for (const ImpliedFigure& f : y.figures) {
            out += QStringLiteral("  %1: %2\n")
                       .arg(gui::impliedQuantityName(f.quantity), gui::impliedValueText(f, y.aiAvgGw, locale));
            for (const ReferenceComparison& c : f.comparisons)
                out += QStringLiteral("    = %1\n").arg(gui::comparisonText(c, cite, locale));
            const QString flag = gui::flagText(f, y.year, cite, locale);
            if (!flag.isEmpty())
                out += QStringLiteral("    ! %1\n").arg(flag);
        }
    }
    out += QLatin1Char('\n') + gui::farOutsideRule(locale) + QLatin1Char('\n');
    writeOut(out);
    return Success;
}

} // namespace gridshare::cli
