#pragma once
// Autosave and crash recovery. While the window is open, a modified document is written every
// 30 seconds to the app's autosave folder, beside a lock that this session holds. A clean exit
// removes both. A record whose lock nobody holds belongs to a session that died: the next start
// offers it back.

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

    // Writes the record now if the document has unsaved changes; removes it if not.
    void saveNow();
    // A clean exit: nothing is left to recover.
    void finishCleanly();
    QString recordPath() const;

    struct Recoverable {
        QString recordPath;
        AutosaveRecord record;
    };
    // Records left by sessions that are no longer running, newest first. Unreadable records are
    // skipped (and kept, so nothing is deleted that a person might still want).
    static std::vector<Recoverable> findRecoverable(const QString& folder);
    // Removes a record once it has been recovered or discarded.
    static void discard(const Recoverable& recoverable);

private:
    ScenarioDocument* document_;
    QString folder_;
    QString session_;
    std::unique_ptr<QLockFile> lock_;
    QTimer timer_;
};

} // namespace gridshare::gui
