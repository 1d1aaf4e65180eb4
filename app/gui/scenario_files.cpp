// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario_files.h"

#include "../common/message_text.h"

#include "gridshare/data_edition.h"
#include "gridshare/resolve.h"
#include "gridshare/scenario_io.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <filesystem>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace gridshare::gui {

Outcome<Scenario> readScenario(const QString& path, const Dataset& data)
{
    const std::string name = QFileInfo(path).fileName().toStdString();
    const auto read = readScenarioFile(std::filesystem::path(path.toStdU16String()));
    if (!read.result)
        return inFile(read.result.issues(), name);
    // A file that parses can still name an unknown region or contradict itself: check it whole
    // before it replaces anything.
    const auto resolved = resolve(read.result.value(), data);
    if (resolved)
        return read.result.value();
    // A range saved around a default that has since moved no longer holds the new default: such a
    // file opens with the defaults it was saved with, the only values its ranges fit.
    const Scenario kept = keepingSavedValues(read.result.value(), movedDefaults(read.result.value(), data).moved);
    if (resolve(kept, data))
        return kept;
    return inFile(resolved.issues(), name);
}

QString writeAtomically(const QString& path, const QByteArray& bytes, FileAccess access)
{
    const bool existed = QFileInfo::exists(path);
    const auto failed = [existed](const QString& reason) {
        return existed ? QObject::tr("%1; the previous file is unchanged").arg(reason)
                       : QObject::tr("%1; nothing was written").arg(reason);
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
            file.error() != QFileDevice::NoError ? file.errorString() : QObject::tr("the disk may be full");
        file.cancelWriting();
        file.commit();
        return failed(reason);
    }
    if (!file.commit())
        return failed(file.errorString());
    return QString();
}

QString writeScenario(const QString& path, const Scenario& scenario, const Dataset& data)
{
    const std::string text = scenarioToText(scenario);
    const auto reread = scenarioFromText(text);
    const auto resolved = reread ? resolve(reread.value(), data) : Outcome<ResolvedScenario>(reread.issues());
    if (!resolved) {
        QStringList problems;
        for (const Issue& issue : resolved.issues())
            problems.append(describe(issue));
        return QObject::tr("a file with these values could not be opened again: %1. Change them, then save; "
                           "nothing was written")
            .arg(problems.join(QStringLiteral("; ")));
    }
    return writeAtomically(path, QByteArray::fromStdString(text));
}

} // namespace gridshare::gui
