// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a scenario implies, as rich text: in full (every cited comparison, as the window's panel and
// the report give it) or compact (one line a year, each figure with the comparison that matters
// most, as presentation mode gives it). Any flag is drawn white on dark vermillion.

#include "document/scenario_snapshot.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace gridshare::gui {

enum class ImplicationsDetail { Full, Compact };

struct ImplicationsText {
    QString html;      // empty without a year to describe
    QStringList rows;  // plain text, one per year and figure: "2030 Requests a day: 2 billion = 81 % of …"
    QStringList flags; // every flag's sentence
    QString flagsHtml; // the flags alone, one paragraph each, as the compact text draws them
    std::vector<std::string> sources;     // the sources of the comparisons shown, by id
    std::vector<std::string> flagSources; // the sources of the flags alone
};

// For the snapshot's base and end years; the citations are numbered as in the snapshot.
ImplicationsText implicationsText(const ScenarioSnapshot& snapshot, const QLocale& locale, ImplicationsDetail detail);

} // namespace gridshare::gui
