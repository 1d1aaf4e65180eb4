// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/compare_menu.h"

#include "document/scenario_document.h"

#include <QIcon>
#include <QPixmap>

namespace gridshare::gui {

CompareMenu::CompareMenu(ScenarioDocument* document, QAction* pin, QMenu* regions, QWidget* parent)
    : QMenu(tr("&Compare"), parent), document_(document), pin_(pin), regions_(regions)
{
    connect(document_, &ScenarioDocument::pinnedChanged, this, &CompareMenu::fill);
    fill();
}

void CompareMenu::fill()
{
    clear();
    addAction(pin_);
    addMenu(regions_);
    const auto& pinned = document_->pinned();
    if (pinned.empty())
        return;
    addSeparator();
    for (int i = 0; i < int(pinned.size()); ++i) {
        QPixmap swatch(12, 12);
        swatch.fill(pinned[i].colour);
        addAction(QIcon(swatch), tr("Unpin \"%1\"").arg(pinned[i].name), this, [this, i] { document_->unpin(i); });
    }
    addAction(tr("Unpin &All"), document_, &ScenarioDocument::clearPinned);
}

} // namespace gridshare::gui
