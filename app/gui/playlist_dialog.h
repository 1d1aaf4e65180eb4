// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Edits presentation mode's playlist: presets and saved scenario files, in order.

#include "document/playlist.h"

#include <QDialog>

class QComboBox;
class QListWidget;

namespace gridshare::gui {

class PlaylistDialog : public QDialog {
    Q_OBJECT

public:
    PlaylistDialog(const QList<PlaylistEntry>& entries, const Dataset& dataset, QWidget* parent = nullptr);

    QList<PlaylistEntry> entries() const;

private:
    void add(const PlaylistEntry& entry);
    void move(int by);

    const Dataset& data_;
    QListWidget* list_;
    QComboBox* presets_;
};

} // namespace gridshare::gui
