// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The scenario a command starts from, one implementation for every command and the window: a file,
// a preset or a region's defaults, then --region and each --set in order. Everything is checked
// together, with each problem blamed on the file or option it comes from.

#include "gridshare/dataset.h"
#include "gridshare/diagnostics.h"
#include "gridshare/resolve.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace gridshare {

struct ScenarioRequest {
    QString file;
    QString preset;
    QString region;
    QStringList sets; // "KEY=VALUE"

    bool isEmpty() const { return file.isEmpty() && preset.isEmpty() && region.isEmpty() && sets.isEmpty(); }
};

struct AssembledScenario {
    // What FILE, --preset or the region's defaults give, as they give it.
    Scenario opened;
    // What FILE, --preset or the region's defaults give, with --region and the --set of region,
    // currency and years applied: what the window opens.
    Scenario start;
    // The --set of parameters, the last of each key: the window applies them as one undoable step.
    std::map<Param, double> parameterSets;
    // start with every --set applied, checked whole: what the commands evaluate.
    Scenario scenario;
    std::optional<ResolvedScenario> resolved;
    QString file; // the scenario file's absolute path, when one was named
    int exitCode = 0;
    Issues issues; // each with the file or option it came from
};

AssembledScenario assembleScenario(const ScenarioRequest& request, const Dataset& data);

} // namespace gridshare
