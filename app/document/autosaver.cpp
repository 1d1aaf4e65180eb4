// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/autosaver.h"

#include "common/message_text.h"
#include "document/scenario_document.h"
#include "document/scenario_files.h"

#include "gridshare/scenario_io.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <filesystem>

namespace gridshare::gui {
namespace {

constexpr QLatin1StringView kRecordSuffix(".autosave.json");
constexpr QLatin1StringView kLockSuffix(".lock");
constexpr std::size_t kMaxRecordBytes = 4 * 1024 * 1024;
constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString lockPathFor(const QString& recordPath)
{
    return recordPath.left(recordPath.size() - kRecordSuffix.size()) + kLockSuffix;
}

QString recordPathFor(const QString& lockPath)
{
    return lockPath.left(lockPath.size() - kLockSuffix.size()) + kRecordSuffix;
}

// A lock of a session that is gone is taken (QLockFile removes a stale one); a live one is not.
std::unique_ptr<QLockFile> takeLock(const QString& path)
{
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0); // stale only when its process is gone, however long it ran
    if (!lock->tryLock(0))
        return nullptr;
    QFile::setPermissions(path, kOwnerOnly);
    return lock;
}

} // namespace

QString Autosaver::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/GridShare/autosave");
}

Autosaver::Autosaver(ScenarioDocument* document, const QString& folder, int intervalMs, QObject* parent)
    : QObject(parent), document_(document), folder_(folder),
      session_(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    timer_.setInterval(intervalMs);
    connect(&timer_, &QTimer::timeout, this, &Autosaver::saveNow);
}

Autosaver::~Autosaver() = default; // the record stays unless finishCleanly() ran: that is the point

void Autosaver::start()
{
    prepare();
    timer_.start();
}

// The folder, its owner's alone, and this session's lock; false (said once) when either fails.
bool Autosaver::prepare()
{
    if (lock_)
        return true;
    if (!QDir().mkpath(folder_)) {
        fail(tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(folder_)));
        return false;
    }
    QFile::setPermissions(folder_, kOwnerOnly | QFileDevice::ExeOwner);
    lock_ = takeLock(lockPathFor(recordPath()));
    if (!lock_) {
        fail(tr("%1 cannot be written").arg(QDir::toNativeSeparators(folder_)));
        return false;
    }
    return true;
}

void Autosaver::fail(const QString& reason)
{
    if (reported_)
        return;
    reported_ = true;
    emit failed(reason);
}

QString Autosaver::recordPath() const
{
    return folder_ + QLatin1Char('/') + session_ + kRecordSuffix;
}

void Autosaver::saveNow()
{
    if (!document_->isModified()) {
        QFile::remove(recordPath());
        releaseAdopted(); // the recovered work has been saved
        return;
    }
    if (!prepare())
        return;
    AutosaveRecord record;
    record.scenario = document_->scenarioForSaving();
    record.originalFile = document_->suggestedPath().toStdString();
    record.savedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    const QString problem =
        writeAtomically(recordPath(), QByteArray::fromStdString(autosaveToText(record)), FileAccess::OwnerOnly);
    if (!problem.isEmpty())
        return fail(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(recordPath()), problem));
    releaseAdopted(); // this session's record now holds the recovered work
}

void Autosaver::finishCleanly()
{
    timer_.stop();
    QFile::remove(recordPath());
    if (lock_)
        lock_->unlock();
    releaseAdopted(); // saved, or discarded when the window closed
}

void Autosaver::adopt(const Recoverable& recovered)
{
    releaseAdopted();
    adopted_ = recovered.recordPath;
    adoptedLock_ = takeLock(lockPathFor(adopted_));
}

void Autosaver::releaseAdopted()
{
    if (adopted_.isEmpty())
        return;
    QFile::remove(adopted_);
    if (adoptedLock_)
        adoptedLock_->unlock(); // removes the lock file
    adoptedLock_.reset();
    adopted_.clear();
}

Autosaver::Found Autosaver::scan(const QString& folder)
{
    Found found;
    const QDir dir(folder);
    // Hidden and System too: a FIFO or a device planted as a record is named, not skipped.
    const auto filter = QDir::Files | QDir::System | QDir::Hidden;
    for (const QString& name : dir.entryList({QStringLiteral("*") + kLockSuffix}, filter)) {
        const QString lock = dir.filePath(name);
        if (!QFileInfo::exists(recordPathFor(lock)) && !QFileInfo(recordPathFor(lock)).isSymLink())
            if (const auto stale = takeLock(lock))
                stale->unlock(); // a session that died before its first autosave
    }
    for (const QString& name : dir.entryList({QStringLiteral("*") + kRecordSuffix}, filter, QDir::Time)) {
        const QString path = dir.filePath(name);
        if (!takeLock(lockPathFor(path)))
            continue; // its session is still running
        const auto bytes = readFileBytes(std::filesystem::path(path.toStdU16String()), kMaxRecordBytes, false);
        if (!bytes.result) {
            found.unreadable.push_back({path, translated(bytes.result.issues().front().message)});
            continue;
        }
        auto record = autosaveFromText(bytes.result.value());
        if (record)
            found.recoverable.push_back({path, record.value()});
        else
            found.unreadable.push_back({path, describe(record.issues().front())});
    }
    return found;
}

void Autosaver::discard(const QString& recordPath)
{
    QFile::remove(recordPath);
    QFile::remove(lockPathFor(recordPath));
}

} // namespace gridshare::gui
