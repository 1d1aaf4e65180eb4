// SPDX-License-Identifier: GPL-3.0-or-later
#include "solve_command.h"

#include "../common/console.h"
#include "../common/message_text.h"

#include "gridshare/analysis.h"
#include "gridshare/text.h"

#include <QCoreApplication>

#include <cmath>

namespace gridshare::cli {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int solveCommand(const LaunchRequest& request, const Dataset& data)
{
    if (request.vary.isEmpty() || request.target.isEmpty())
        return usageError(Text::tr("solve needs --vary KEY and --target OUTPUT=VALUE"));
    const auto vary = paramFromKey(request.vary.toStdString());
    if (!vary) {
        if (const auto near = closestParamKey(request.vary.toStdString()))
            return usageError(
                Text::tr("--vary: unknown parameter \"%1\"; did you mean \"%2\"?")
                    .arg(request.vary, QString::fromUtf8(near->data(), static_cast<qsizetype>(near->size()))));
        return usageError(Text::tr("--vary: unknown parameter \"%1\"").arg(request.vary));
    }
    const std::string target = request.target.toStdString();
    const auto equals = target.find('=');
    const auto output = equals == std::string::npos ? std::nullopt : outputFromKey(target.substr(0, equals));
    const auto value = equals == std::string::npos ? std::nullopt : parseNumber(target.substr(equals + 1));
    if (!output || !value)
        return usageError(Text::tr("--target: expected OUTPUT=VALUE with OUTPUT a key of the "
                                   "evaluate output (ai_share, datacenter_share, ai_twh, "
                                   "cost, ...) and VALUE a number, got \"%1\"")
                              .arg(request.target));

    const AssembledScenario assembled = assembleScenario(request.scenario, data);
    if (!assembled.resolved)
        return refuseWith(assembled.exitCode, assembled.issues);
    const ResolvedScenario& s = *assembled.resolved;
    int year = s.endYear;
    if (!request.year.isEmpty()) {
        const auto parsed = parseNumber(request.year.toStdString());
        if (!parsed || *parsed < s.baseYear || *parsed > s.endYear || *parsed != std::floor(*parsed))
            return usageError(Text::tr("--year: \"%1\" is not a year from %2 to %3")
                                  .arg(request.year, QString::number(s.baseYear), QString::number(s.endYear)));
        year = static_cast<int>(*parsed);
    }

    const ParamSpec& ps = spec(*vary);
    const GoalSeekResult result = goalSeek(s, *vary, *output, year, *value);
    const auto q = [](const std::string& text) { return QString::fromStdString(text); };
    const QString key = q(std::string(ps.key));
    const QString outputKey = q(std::string(output->key));
    if (!result.value) {
        writeOut(Text::tr("no value of %1 from %2 to %3 gives %4 = %5 in %6; reachable: %7 .. %8")
                     .arg(key, q(shortestNumber(ps.min)), q(shortestNumber(ps.max)), outputKey,
                          q(shortestNumber(*value)), QString::number(year), q(number17(result.reachableLow)),
                          q(number17(result.reachableHigh)))
                 + QLatin1Char('\n'));
        return NoSolution;
    }
    writeOut(std::string(ps.key) + " = " + number17(*result.value) + "\n");
    writeOut(Text::tr("(%1 = %2 in %3; the scenario has %4 = %5 %6)")
                 .arg(outputKey, q(shortestNumber(*value)), QString::number(year), key,
                      q(shortestNumber(s.values[*vary])), q(std::string(ps.unit)))
             + QLatin1Char('\n'));
    return Success;
}

} // namespace gridshare::cli
