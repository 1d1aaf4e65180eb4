// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/settings.h"

#include <QMetaEnum>

namespace gridshare::gui {

Settings::Settings(QObject* parent) : QObject(parent) {}

QByteArray Settings::windowGeometry() const
{
    return read("window/geometry", QByteArray());
}
void Settings::setWindowGeometry(const QByteArray& geometry)
{
    write("window/geometry", geometry);
}
QByteArray Settings::windowState() const
{
    return read("window/state", QByteArray());
}
void Settings::setWindowState(const QByteArray& state)
{
    write("window/state", state);
}

QStringList Settings::recentFiles() const
{
    return read("files/recent", QStringList());
}

void Settings::addRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    write("files/recent", files);
    emit recentFilesChanged();
}

void Settings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    if (files.removeAll(path) == 0)
        return;
    write("files/recent", files);
    emit recentFilesChanged();
}

QString Settings::lastExportFolder() const
{
    return read("files/lastExportFolder", QString());
}
void Settings::setLastExportFolder(const QString& folder)
{
    write("files/lastExportFolder", folder);
}

QStringList Settings::presentationPlaylist() const
{
    return read("presentation/playlist", QStringList());
}

void Settings::setPresentationPlaylist(const QStringList& entries)
{
    write("presentation/playlist", entries);
}

double Settings::presentationZoom() const
{
    return read("presentation/zoom", 1.0);
}

void Settings::setPresentationZoom(double zoom)
{
    write("presentation/zoom", zoom);
}

QString Settings::language() const
{
    return read("ui/language", QString());
}

void Settings::setLanguage(const QString& language)
{
    write("ui/language", language);
    emit languageChanged();
}

Settings::Theme Settings::theme() const
{
    // Stored by name, so a settings file stays readable and survives reordering of the enum.
    const QString name = read("ui/theme", QString());
    bool ok = false;
    const int value = QMetaEnum::fromType<Theme>().keyToValue(name.toLatin1().constData(), &ok);
    return ok ? static_cast<Theme>(value) : Theme::System;
}

void Settings::setTheme(Theme theme)
{
    write("ui/theme", QString::fromLatin1(QMetaEnum::fromType<Theme>().valueToKey(static_cast<int>(theme))));
    emit themeChanged();
}

bool Settings::keyFiguresInGigawatts() const
{
    return read("ui/keyFiguresInGigawatts", false);
}

void Settings::setKeyFiguresInGigawatts(bool inGigawatts)
{
    write("ui/keyFiguresInGigawatts", inGigawatts);
}

QStringList Settings::comparedRegions() const
{
    return read("compare/regions", QStringList());
}

void Settings::setComparedRegions(const QStringList& ids)
{
    write("compare/regions", ids);
}

bool Settings::compareDatacenterShare() const
{
    return read("compare/datacenterShare", false);
}

void Settings::setCompareDatacenterShare(bool datacentres)
{
    write("compare/datacenterShare", datacentres);
}

int Settings::sidePanel() const
{
    return read("ui/sidePanel", 0);
}

void Settings::setSidePanel(int index)
{
    write("ui/sidePanel", index);
}

} // namespace gridshare::gui
