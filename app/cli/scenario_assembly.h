#pragma once
// Builds the scenario that `evaluate` runs from what the command line names: a file, a preset or
// a region's defaults, then --region and each --set in order.

#include "gridshare/dataset.h"
#include "gridshare/diagnostics.h"
#include "gridshare/resolve.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace gridshare::cli {

struct ScenarioRequest {
    QString file;
    QString preset;
    QString region;
    QStringList sets; // "KEY=VALUE"
};

struct AssembledScenario {
    std::optional<ResolvedScenario> scenario;
    int exitCode = 0;
    Issues issues; // each with the file or option it came from
};

AssembledScenario assembleScenario(const ScenarioRequest& request, const Dataset& data);

} // namespace gridshare::cli
