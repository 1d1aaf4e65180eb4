#pragma once
// Large numbers for the end year, updated with every change: AI share, data-centre share, AI
// electricity, its cost, energy per request and household equivalents (see key_figures.h).

#include "scenario_snapshot.h"

#include <QWidget>

class QLabel;

namespace gridshare::gui {

class KeyFiguresStrip : public QWidget {
    Q_OBJECT

public:
    explicit KeyFiguresStrip(QWidget* parent = nullptr);

    void display(const SnapshotPtr& snapshot);

    // The value shown on a tile ("ai_share", "datacenter_share", "ai_twh", "cost", "wh_per_query",
    // "households"), as a person reads it.
    QString valueText(const QString& key) const;
    // The difference from the first pinned scenario; empty when nothing is pinned.
    QString deltaText(const QString& key) const;

protected:
    bool event(QEvent* event) override;

private:
    struct Tile {
        QString key;
        QLabel* caption;
        QLabel* value;
        QLabel* detail;
        QLabel* delta;
    };
    void applyFonts();
    Tile& tile(const QString& key);

    QLabel* year_;
    QList<Tile> tiles_;
};

} // namespace gridshare::gui
