#include "autosaver.h"

#include "scenario_document.h"
#include "scenario_files.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace gridshare::gui {
namespace {

const QString kRecordSuffix = QStringLiteral(".autosave.json");

QString lockPathFor(const QString& recordPath)
{
    return recordPath.left(recordPath.size() - kRecordSuffix.size()) + QStringLiteral(".lock");
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
    QDir().mkpath(folder_);
    lock_ = std::make_unique<QLockFile>(lockPathFor(recordPath()));
    lock_->setStaleLockTime(0); // stale only when its process is gone, however long it ran
    lock_->tryLock(0);
    timer_.setInterval(intervalMs);
    connect(&timer_, &QTimer::timeout, this, &Autosaver::saveNow);
    timer_.start();
}

Autosaver::~Autosaver() = default; // the record stays unless finishCleanly() ran: that is the point

QString Autosaver::recordPath() const
{
    return folder_ + QLatin1Char('/') + session_ + kRecordSuffix;
}

void Autosaver::saveNow()
{
    if (!document_->isModified()) {
        QFile::remove(recordPath());
        return;
    }
    AutosaveRecord record;
    record.scenario = document_->scenarioForSaving();
    record.originalFile = document_->filePath().toStdString();
    record.savedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    writeAtomically(recordPath(), QByteArray::fromStdString(autosaveToText(record)));
}

void Autosaver::finishCleanly()
{
    timer_.stop();
    QFile::remove(recordPath());
    lock_->unlock();
}

std::vector<Autosaver::Recoverable> Autosaver::findRecoverable(const QString& folder)
{
    std::vector<Recoverable> found;
    const QDir dir(folder);
    const QStringList records = dir.entryList({QStringLiteral("*") + kRecordSuffix}, QDir::Files, QDir::Time);
    for (const QString& name : records) {
        const QString path = dir.filePath(name);
        QLockFile lock(lockPathFor(path));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its session is still running
        lock.unlock();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024)
            continue;
        auto record = autosaveFromText(file.readAll().toStdString());
        if (record)
            found.push_back({path, record.value()});
    }
    return found;
}

void Autosaver::discard(const Recoverable& recoverable)
{
    QFile::remove(recoverable.recordPath);
    QFile::remove(lockPathFor(recoverable.recordPath));
}

} // namespace gridshare::gui
