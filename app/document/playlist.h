// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The scenarios presentation mode steps through: the open scenario first, then presets and saved
// files, in the order the presenter chose.

#include "gridshare/dataset.h"
#include "gridshare/scenario.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gridshare::gui {

struct PlaylistEntry {
    enum class Kind { Preset, File };
    Kind kind = Kind::Preset;
    QString value; // the preset id or the file path
};

// From the stored form ("preset:ID", "file:PATH"). Unknown presets are dropped; an empty list
// stands for every preset.
QList<PlaylistEntry> playlistFromStored(const QStringList& stored, const Dataset& data);
QStringList storedPlaylist(const QList<PlaylistEntry>& entries);

// The name to show for an entry: the preset's name or the file's name.
QString entryTitle(const PlaylistEntry& entry, const Dataset& data);

} // namespace gridshare::gui
