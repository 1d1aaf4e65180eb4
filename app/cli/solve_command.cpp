#include "solve_command.h"

#include "console.h"

#include "gridshare/analysis.h"
#include "gridshare/text.h"

namespace gridshare::cli {

int solveCommand(const SolveRequest& request, const Dataset& data)
{
    if (request.vary.isEmpty() || request.target.isEmpty())
        return usageError("solve needs --vary KEY and --target OUTPUT=VALUE");
    const auto vary = paramFromKey(request.vary.toStdString());
    if (!vary) {
        std::string reason = "--vary: unknown parameter \"" + request.vary.toStdString() + "\"";
        if (const auto near = closestParamKey(request.vary.toStdString()))
            reason += "; did you mean \"" + std::string(*near) + "\"?";
        return usageError(reason);
    }
    const std::string target = request.target.toStdString();
    const auto equals = target.find('=');
    const auto output = equals == std::string::npos ? std::nullopt : outputFromKey(target.substr(0, equals));
    const auto value = equals == std::string::npos ? std::nullopt : parseNumber(target.substr(equals + 1));
    if (!output || !value)
        return usageError("--target: expected OUTPUT=VALUE with OUTPUT a key of the evaluate output (ai_share, "
                          "datacenter_share, ai_twh, cost, ...) and VALUE a number, got \""
                          + target + "\"");

    const AssembledScenario assembled = assembleScenario(request.scenario, data);
    if (!assembled.scenario) {
        for (const auto& issue : assembled.issues)
            writeError(issue.describe());
        return assembled.exitCode;
    }
    const ResolvedScenario& s = *assembled.scenario;
    int year = s.endYear;
    if (!request.year.isEmpty()) {
        const auto parsed = parseNumber(request.year.toStdString());
        if (!parsed || *parsed != static_cast<int>(*parsed) || *parsed < s.baseYear || *parsed > s.endYear)
            return usageError("--year: \"" + request.year.toStdString() + "\" is not a year from "
                              + std::to_string(s.baseYear) + " to " + std::to_string(s.endYear));
        year = static_cast<int>(*parsed);
    }

    const ParamSpec& ps = spec(*vary);
    const GoalSeekResult result = goalSeek(s, *vary, *output, year, *value);
    const std::string goal = std::string(output->key) + " = " + shortestNumber(*value) + " in " + std::to_string(year);
    if (!result.value) {
        writeOut("no value of " + std::string(ps.key) + " from " + shortestNumber(ps.min) + " to "
                 + shortestNumber(ps.max) + " gives " + goal + "; reachable: " + number17(result.reachableLow) + " .. "
                 + number17(result.reachableHigh) + "\n");
        return NoSolution;
    }
    writeOut(std::string(ps.key) + " = " + number17(*result.value) + "\n");
    writeOut("(" + goal + "; the scenario has " + std::string(ps.key) + " = " + shortestNumber(s.values[*vary]) + " "
             + std::string(ps.unit) + ")\n");
    return Success;
}

} // namespace gridshare::cli
