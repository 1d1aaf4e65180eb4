// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The numbered sources of what is on screen: the projections on the chart and the defaults behind
// the controls, with title, publisher, date, address (opens in the browser), verification level
// and any note, such as the seed article's slip.

#include "document/scenario_snapshot.h"

#include <QTextBrowser>

namespace gridshare::gui {

class ScenarioDocument;

class CitationsPanel : public QTextBrowser {
    Q_OBJECT

public:
    explicit CitationsPanel(QWidget* parent = nullptr);

    void display(const SnapshotPtr& snapshot);
    // Lists the sources of the document's evaluation now and of each one after.
    void follow(const ScenarioDocument& document);

    // Marks the source behind the selected control and scrolls to it; an empty id clears it.
    void highlight(const QString& sourceId);
    QString highlighted() const { return highlighted_; }

    // "[n] source-id" for each entry, in order.
    QStringList numberedEntries() const;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    void render();
    void layOutAtSettledWidth();

    SnapshotPtr snapshot_;
    QString highlighted_;
    bool rendered_ = false;
    // The panel first shows at a passing size (the tab widget places its pages after showing them);
    // the text waits to be laid out until the width has settled, so that it is laid out once.
    bool widthSettled_ = false;
};

} // namespace gridshare::gui
