// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Scenarios kept on the charts for comparison ("Pin as baseline"): at most four, each with a
// colour of its own that it keeps while others come and go, and a name the legend can tell apart.
// Not part of the undo history or the file.

#include "document/scenario_snapshot.h"

#include <array>
#include <vector>

namespace gridshare::gui {

class PinnedScenarios {
public:
    static constexpr std::size_t kMax = 4;

    const std::vector<PinnedScenario>& all() const { return pinned_; }
    // False when four are pinned already.
    bool pin(const QString& name, const Evaluation& evaluation);
    bool unpin(int index); // false for an index not pinned
    void clear() { pinned_.clear(); }

private:
    // Okabe-Ito colours the scenario's own lines do not use.
    static constexpr std::array<QRgb, kMax> kColours{0x009E73, 0xCC79A7, 0xE69F00, 0x7F7F7F};

    std::vector<PinnedScenario> pinned_;
};

} // namespace gridshare::gui
