// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through the scenario and autosave readers, the validator and, when
// valid, the evaluation and writers. Besides crashes and sanitizer reports it checks one
// property: a scenario that was read writes back to text that reads as the same scenario.

#include "gridshare/autosave_io.h"
#include "gridshare/evaluation.h"
#include "gridshare/scenario_io.h"
#include "gridshare/writers.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace gridshare;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)autosaveFromText(text);

    const auto read = scenarioFromText(text);
    if (!read)
        return 0;
    const auto again = scenarioFromText(scenarioToText(read.value()));
    if (!again || !(again.value() == read.value()))
        __builtin_trap(); // the writer lost or changed something

    Scenario scenario = read.value();
    // Sampling cost grows with the file's sample count; a few samples exercise the same code.
    scenario.monteCarlo.samples = std::min<std::int64_t>(scenario.monteCarlo.samples, 64);
    const auto resolved = resolve(scenario, Dataset::builtin());
    if (!resolved)
        return 0;
    const Evaluation evaluation = evaluate(resolved.value());
    (void)toJson(evaluation);
    (void)toCsv(evaluation);
    (void)toTable(evaluation, Dataset::builtin());
    return 0;
}
