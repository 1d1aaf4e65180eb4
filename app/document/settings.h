// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// GridShare's settings, one typed accessor each, instead of string keys scattered through widgets.

#include <QObject>
#include <QSettings>
#include <QStringList>

namespace gridshare::gui {

class Settings : public QObject {
    Q_OBJECT

public:
    enum class Theme { System, Light, Dark, HighContrast };
    Q_ENUM(Theme)

    static constexpr int kMaxRecentFiles = 8;

    explicit Settings(QObject* parent = nullptr);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    QStringList recentFiles() const;
    void addRecentFile(const QString& path); // most recent first, no duplicates
    void removeRecentFile(const QString& path);

    QString lastExportFolder() const;
    void setLastExportFolder(const QString& folder);

    // Presentation mode: the scenarios it steps through ("preset:ID" or "file:PATH"; empty for
    // every preset) and how much larger its type is than the window's.
    QStringList presentationPlaylist() const;
    void setPresentationPlaylist(const QStringList& entries);
    double presentationZoom() const;
    void setPresentationZoom(double zoom);

    QString language() const; // empty: follow the system
    void setLanguage(const QString& language);

    Theme theme() const;
    void setTheme(Theme theme);

    // The key figures in GW (AI's average load, data-centre capacity) rather than TWh and households.
    bool keyFiguresInGigawatts() const;
    void setKeyFiguresInGigawatts(bool inGigawatts);

    // Compare regions: the regions it shows (ids; empty for every region) and whether it compares the
    // data-centre share rather than AI's.
    QStringList comparedRegions() const;
    void setComparedRegions(const QStringList& ids);
    bool compareDatacenterShare() const;
    void setCompareDatacenterShare(bool datacentres);

    // The side panel open last (0 Sources, 1 What it takes, 2 What this implies), reopened at start.
    int sidePanel() const;
    void setSidePanel(int index);

signals:
    void recentFilesChanged();
    void languageChanged();
    void themeChanged();

private:
    template <typename T> T read(const char* key, const T& fallback) const
    {
        const QVariant v = settings_.value(QLatin1String(key));
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : fallback;
    }
    void write(const char* key, const QVariant& value) { settings_.setValue(QLatin1String(key), value); }

    QSettings settings_;
};

} // namespace gridshare::gui
