// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The words under an exported chart, so a figure lifted into a report still says what it shows:
// the scenario, the assumptions that differ from its defaults, the pinned scenarios and the
// sources whose numbers appear on the chart.

#include "document/scenario_snapshot.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace gridshare::gui {

// The parameters whose value differs from the default Reset returns to, in parameter order.
QList<Param> changedParameters(const ScenarioSnapshot& snapshot);

// "Query growth 120 % (default 45 %)"
QString changeText(const ScenarioSnapshot& snapshot, Param p, const QLocale& locale);

// Rich text for the footer; cited are the citation numbers drawn on the chart, and withBands says
// whether it shades the Monte Carlo bands. A compact footer, for small figures, leaves out the
// sources' addresses and the closing line.
QString figureFooterHtml(const ScenarioSnapshot& snapshot, const Dataset& data, const QList<int>& cited, bool withBands,
                         const QLocale& locale, bool compact = false);

} // namespace gridshare::gui
