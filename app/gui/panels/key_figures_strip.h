// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Large numbers for the end year, updated with every change: AI share, data-centre share, AI
// electricity, its cost, energy per request and household equivalents (see key_figures.h). The
// numbers are the answer, so they are never cut: the tiles go into two or three rows, or their type
// shrinks, before any text is wider than its tile.

#include "document/bands_wait.h"
#include "document/key_figures.h"
#include "document/scenario_snapshot.h"

#include <QFont>
#include <QHash>
#include <QWidget>

#include <utility>
#include <vector>

class QFrame;
class QGridLayout;
class QLabel;

namespace gridshare::gui {

class ScenarioDocument;

class KeyFiguresStrip : public QWidget {
    Q_OBJECT

public:
    explicit KeyFiguresStrip(QWidget* parent = nullptr);

    void display(const SnapshotPtr& snapshot);
    // Shows the document's evaluation now and each one after, bands included as they arrive: new
    // values whose bands are coming wait for them, as the charts do (BandsWait).
    void follow(const ScenarioDocument& document);

    // AI's electricity as its average load and the data-centre capacity in place of the household
    // equivalents (View > Key Figures in GW); redraws at once.
    void setInGigawatts(bool inGigawatts);
    bool inGigawatts() const { return inGigawatts_; }

    // How many times the tiles were written (an evaluation shown, or shown again in other units),
    // for tests that count them per step.
    int displays() const { return displays_; }

    // The value shown on a figure's tile, as a person reads it; empty when no tile shows it.
    QString valueText(FigureKey key) const;
    // The difference from the first pinned scenario; empty when nothing is pinned.
    QString deltaText(FigureKey key) const;

    // Every label, for tests that check that the text fits and can be read.
    QList<QLabel*> labels() const;
    // How many tiles share a row: six, three or two, whichever lets their text fit.
    int columns() const { return columns_; }
    // Shrink the numbers before going to a second row (where height is short, as on a slide).
    void setPreferOneRow(bool prefer);

protected:
    bool event(QEvent* event) override;

private:
    struct Tile {
        FigureKey key;
        QFrame* frame;
        QLabel* caption;
        QLabel* value;
        QLabel* detail;
        QLabel* delta;
    };
    void applyFonts();
    void applyColours();
    void fitToWidth();
    void arrange(int columns);
    int neededTileWidth(bool withDetails) const;
    int tileWidthFor(int columns) const;
    int textWidth(const QLabel* label) const; // its widest line

    QGridLayout* grid_;
    QLabel* year_;
    QList<Tile> tiles_;
    int columns_ = 0;
    int displays_ = 0;
    double valueScale_ = 1;
    bool fitting_ = false;
    bool preferOneRow_ = false;
    bool inGigawatts_ = false;
    SnapshotPtr snapshot_;
    SnapshotPtr waiting_; // new values waiting for their bands
    BandsWait bandsWait_;
    // Text widths by font, then text; see textWidth(). A few fonts: found by comparing them, which
    // costs far less than writing a font's key.
    mutable std::vector<std::pair<QFont, QHash<QString, int>>> widths_;
};

} // namespace gridshare::gui
