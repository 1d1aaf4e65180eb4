// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/playlist.h"

#include "common/data_text.h"

#include <QFileInfo>

namespace gridshare::gui {

QList<PlaylistEntry> playlistFromStored(const QStringList& stored, const Dataset& data)
{
    QList<PlaylistEntry> entries;
    for (const QString& item : stored) {
        if (item.startsWith(QLatin1String("preset:"))) {
            const QString id = item.mid(7);
            if (data.preset(id.toStdString()))
                entries.append({PlaylistEntry::Kind::Preset, id});
        } else if (item.startsWith(QLatin1String("file:")) && item.size() > 5) {
            entries.append({PlaylistEntry::Kind::File, item.mid(5)});
        }
    }
    if (entries.isEmpty())
        for (const Preset& p : data.presets)
            entries.append({PlaylistEntry::Kind::Preset, QString::fromStdString(p.id)});
    return entries;
}

QStringList storedPlaylist(const QList<PlaylistEntry>& entries)
{
    QStringList stored;
    for (const auto& e : entries)
        stored.append((e.kind == PlaylistEntry::Kind::Preset ? QStringLiteral("preset:") : QStringLiteral("file:"))
                      + e.value);
    return stored;
}

QString entryTitle(const PlaylistEntry& entry, const Dataset& data)
{
    if (entry.kind == PlaylistEntry::Kind::File)
        return QFileInfo(entry.value).fileName();
    const Preset* p = data.preset(entry.value.toStdString());
    return p ? dataText(p->name) : entry.value;
}

} // namespace gridshare::gui
