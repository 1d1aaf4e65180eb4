// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "What this implies": for the base and end years, the accelerators in service, generated tokens and
// requests a day, and the data-centre load in GW that the scenario implies, each beside the cited
// figures people know with their scope and date; a value far outside what is known says which
// comparison flags it. The comparisons and the rule are core's (gridshare/implications.h).

#include "document/scenario_document.h"

#include <QWidget>

class QTextBrowser;

namespace gridshare::gui {

class ImplicationsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ImplicationsPanel(const ScenarioDocument* document, QWidget* parent = nullptr);

    // What the panel says, as plain text: one entry per year and figure, and every flag.
    QStringList rows() const;
    QStringList flags() const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void bringUpToDate() const;
    void showHtml();

    const ScenarioDocument* document_;
    QTextBrowser* text_;
    // What it says, written when asked for or shown: while the panel is hidden (its tab not chosen),
    // a slider step does not pay for writing it.
    mutable QStringList rows_;
    mutable QStringList flags_;
    mutable QString html_;
    mutable bool stale_ = true; // whether the three above are for an earlier scenario
    bool htmlShown_ = false;    // whether the browser holds html_
};

} // namespace gridshare::gui
