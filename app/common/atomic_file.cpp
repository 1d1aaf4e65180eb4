// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomic_file.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QObject>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace gridshare {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)
};

} // namespace

QString writeAtomically(const QString& path, const QByteArray& bytes, FileAccess access)
{
    const bool existed = QFileInfo::exists(path);
    const auto failed = [existed](const QString& reason) {
        return existed ? Text::tr("%1; the previous file is unchanged").arg(reason)
                       : Text::tr("%1; nothing was written").arg(reason);
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
#ifdef Q_OS_UNIX
    // Set on the temporary file before it takes the name, so the record is never readable by others.
    if (access == FileAccess::OwnerOnly && ::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0) {
        file.cancelWriting();
        file.commit();
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    }
#else
    Q_UNUSED(access);
#endif
    // Qt 6.4's commit() accepts a short write (a full disk) and would replace the old file with a
    // truncated one: flush and compare the size on disk before committing.
    const bool complete = file.write(bytes) == bytes.size() && file.flush() && file.size() == bytes.size();
    if (!complete) {
        const QString reason =
            file.error() != QFileDevice::NoError ? file.errorString() : Text::tr("the disk may be full");
        file.cancelWriting();
        file.commit();
        return failed(reason);
    }
    if (!file.commit())
        return failed(file.errorString());
    return QString();
}

} // namespace gridshare
