// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Scenarios kept on the charts for comparison ("Pin as baseline"): at most four, each with a
// colour of its own that it keeps while others come and go, and a name the legend can tell apart.
// Not part of the undo history or the file.

#include "document/colours.h"
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
    static constexpr std::array<QRgb, kMax> kColours = palette::kPins;

    std::vector<PinnedScenario> pinned_;
};

} // namespace gridshare::gui
