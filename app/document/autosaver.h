// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Autosave and crash recovery. While the window is open, a modified document is written every
// 30 seconds to the app's autosave folder, beside a lock that this session holds. A clean exit
// removes both. A record whose lock nobody holds belongs to a session that died: the next start
// offers it back. The folder is its owner's alone (0700, records 0600, whatever the umask), and a
// record is never read through a symbolic link.

#include "gridshare/autosave_io.h"

#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <memory>

namespace gridshare::gui {

class ScenarioDocument;

class Autosaver : public QObject {
    Q_OBJECT

public:
    static QString defaultFolder();
    static constexpr int kDefaultIntervalMs = 30000;

    Autosaver(ScenarioDocument* document, const QString& folder, int intervalMs = kDefaultIntervalMs,
              QObject* parent = nullptr);
    ~Autosaver() override;

    // Makes the folder and takes this session's lock, then autosaves every interval. A problem is
    // reported through failed().
    void start();
    // Writes the record now if the document has unsaved changes; removes it if not.
    void saveNow();
    // A clean exit: nothing is left to recover.
    void finishCleanly();
    QString recordPath() const;

    struct Recoverable {
        QString recordPath;
        AutosaveRecord record;
    };
    struct Unreadable {
        QString recordPath;
        QString reason;
    };
    struct Found {
        std::vector<Recoverable> recoverable; // newest first
        std::vector<Unreadable> unreadable;   // kept on disk: nothing a person might want is deleted
    };
    // Records left by sessions that are no longer running. Locks left by sessions that died before
    // their first autosave are removed on the way.
    static Found scan(const QString& folder);
    static std::vector<Recoverable> findRecoverable(const QString& folder) { return scan(folder).recoverable; }
    // Removes a record (and its lock) once it has been discarded.
    static void discard(const QString& recordPath);
    static void discard(const Recoverable& recoverable) { discard(recoverable.recordPath); }

    // The work of a recovered record is now this session's: the record stays on disk (locked, so
    // no other start offers it) until this session has autosaved that work or it has been saved.
    void adopt(const Recoverable& recovered);

signals:
    // Autosave cannot work (the folder cannot be written, the disk is full); said once a session.
    void failed(const QString& reason);

private:
    bool prepare();
    void fail(const QString& reason);
    void releaseAdopted();

    ScenarioDocument* document_;
    QString folder_;
    QString session_;
    std::unique_ptr<QLockFile> lock_;
    QTimer timer_;
    bool reported_ = false;
    QString adopted_; // the recovered record this session still keeps
    std::unique_ptr<QLockFile> adoptedLock_;
};

} // namespace gridshare::gui
