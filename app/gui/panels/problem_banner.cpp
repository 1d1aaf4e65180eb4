// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/problem_banner.h"

#include "common/message_text.h"
#include "document/colours.h"
#include "document/scenario_document.h"

#include <QColor>

namespace gridshare::gui {

ProblemBanner::ProblemBanner(const ScenarioDocument* document, QWidget* parent) : QLabel(parent), document_(document)
{
    setObjectName(QStringLiteral("scenarioProblem"));
    setWordWrap(true);
    // Values that cannot be evaluated publish no snapshot: every change is read again.
    connect(document_, &ScenarioDocument::changed, this, &ProblemBanner::follow);
    follow();
}

void ProblemBanner::follow()
{
    const Issues& issues = document_->issues();
    if (!issues.empty()) {
        // A darker vermillion than the charts': white text on it reads at 5:1. Set when first
        // shown: a style sheet on a widget costs its window's start-up, and most never show this.
        if (styleSheet().isEmpty())
            setStyleSheet(QStringLiteral("background: %1; color: white; padding: 6px; font-weight: bold;")
                              .arg(QColor(palette::kWarningBanner).name()));
        setText(tr("These values cannot be evaluated: %1. The charts show the last valid scenario.")
                    .arg(describe(issues.front())));
    }
    setVisible(!issues.empty());
}

} // namespace gridshare::gui
