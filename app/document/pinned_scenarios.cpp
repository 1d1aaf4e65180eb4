// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/pinned_scenarios.h"

#include <algorithm>

namespace gridshare::gui {

bool PinnedScenarios::pin(const QString& name, const Evaluation& evaluation)
{
    if (pinned_.size() >= kMax)
        return false;
    QColor colour;
    for (QRgb candidate : kColours)
        if (std::none_of(pinned_.begin(), pinned_.end(),
                         [&](const auto& p) { return p.colour == QColor(candidate); })) {
            colour = QColor(candidate);
            break;
        }
    Q_ASSERT(colour.isValid()); // fewer than kMax pins leave a colour free
    Evaluation central = evaluation;
    central.bands.clear(); // a pinned line is the central estimate
    // The same scenario pinned before and after a change needs two names in the legend.
    QString label = name;
    for (int n = 2; std::any_of(pinned_.begin(), pinned_.end(), [&](const auto& p) { return p.name == label; }); ++n)
        label = QStringLiteral("%1 (%2)").arg(name).arg(n);
    pinned_.push_back({label, colour, std::move(central)});
    return true;
}

bool PinnedScenarios::unpin(int index)
{
    if (index < 0 || index >= int(pinned_.size()))
        return false;
    pinned_.erase(pinned_.begin() + index);
    return true;
}

} // namespace gridshare::gui
