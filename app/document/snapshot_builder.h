// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The picture of a document state, built without the document: a pure function of the state, the
// data, the pinned scenarios and the snapshot it follows (whose bands stay on screen while new
// ones are computed). Tested without Qt's event loop or a window.

#include "document/document_state.h"
#include "document/scenario_snapshot.h"

#include "gridshare/diagnostics.h"

#include <memory>

namespace gridshare::gui {

struct BuiltSnapshot {
    std::shared_ptr<ScenarioSnapshot> snapshot; // null when the state does not resolve
    Issues issues;                              // why it does not
};

BuiltSnapshot buildSnapshot(const DocumentState& state, const std::shared_ptr<const Dataset>& data,
                            const std::vector<PinnedScenario>& pinned, const ScenarioSnapshot* previous);

} // namespace gridshare::gui
