#include "scenario_files.h"

#include "gridshare/data_edition.h"
#include "gridshare/resolve.h"
#include "gridshare/scenario_io.h"

#include <QFileInfo>
#include <QSaveFile>

#include <filesystem>

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

QString writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QObject::tr("Cannot write %1: %2.").arg(path, file.errorString());
    // Qt 6.4's commit() accepts a short write (a full disk) and would replace the old file with a
    // truncated one: flush and compare the size on disk before committing.
    const bool complete = file.write(bytes) == bytes.size() && file.flush() && file.size() == bytes.size();
    if (!complete) {
        const QString reason =
            file.error() != QFileDevice::NoError ? file.errorString() : QObject::tr("the disk may be full");
        file.cancelWriting();
        file.commit();
        return QObject::tr("Writing %1 failed (%2). The previous file is unchanged.").arg(path, reason);
    }
    if (!file.commit())
        return QObject::tr("Writing %1 failed (%2). The previous file is unchanged.").arg(path, file.errorString());
    return QString();
}

QString writeScenario(const QString& path, const Scenario& scenario)
{
    return writeAtomically(path, QByteArray::fromStdString(scenarioToText(scenario)));
}

} // namespace gridshare::gui
