// SPDX-License-Identifier: GPL-3.0-or-later
#include "projection_import_file.h"

#include "atomic_file.h"
#include "message_text.h"

#include "gridshare/scenario_io.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <filesystem>
#include <optional>

namespace gridshare {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ProjectionImport)
};

std::filesystem::path nativePath(const QString& path)
{
    return std::filesystem::path(path.toStdU16String());
}

} // namespace

ProjectionImportResult importProjectionsFile(const QString& csvPath, const QString& dataFolder, const Dataset& data)
{
    ProjectionImportResult result;
    const std::string name = QFileInfo(csvPath).fileName().toStdString();
    const auto bytes = readFileBytes(nativePath(csvPath), kMaxProjectionCsvBytes);
    if (!bytes.result) {
        result.rows.problems = inFile(bytes.result.issues(), name);
        result.unreadable = bytes.unreadable;
        result.failure = Text::tr("%1 cannot be imported: %2")
                             .arg(QDir::toNativeSeparators(csvPath), translated(bytes.result.issues().front().message));
        return result;
    }
    result.rows = importProjectionsCsv(bytes.result.value(), data);
    result.rows.problems = inFile(result.rows.problems, name);
    if (result.rows.imported.empty()) {
        result.failure =
            Text::tr("No projection was imported from %1: no row is valid.").arg(QDir::toNativeSeparators(csvPath));
        return result;
    }

    // A file of the person's that GridShare could not use in full is theirs to fix: never replaced.
    const QDir folder(dataFolder);
    const auto loaded = Dataset::load(nativePath(folder.path()));
    std::optional<std::string> texts[2];
    const char* files[2] = {"sources.json", "projections.json"};
    for (int i = 0; i < 2; ++i) {
        const QString path = folder.filePath(QString::fromLatin1(files[i]));
        if (std::find(loaded.refused.begin(), loaded.refused.end(), files[i]) != loaded.refused.end()) {
            result.failure =
                Text::tr("Your %1 cannot be used as it is, so nothing was imported: fix it first (GridShare "
                         "says what is wrong in it at start); it was not changed.")
                    .arg(QDir::toNativeSeparators(path));
            return result;
        }
        if (!QFileInfo::exists(path))
            continue;
        const auto existing = readFileBytes(nativePath(path), 16 * 1024 * 1024);
        if (!existing.result) {
            result.unreadable = true;
            result.failure =
                Text::tr("Cannot read %1: %2. Nothing was imported.")
                    .arg(QDir::toNativeSeparators(path), translated(existing.result.issues().front().message));
            return result;
        }
        texts[i] = existing.result.value();
    }
    const auto merged = mergeImportedProjections(texts[0], texts[1], result.rows.imported);
    if (!merged) {
        result.failure = Text::tr("Nothing was imported: %1.").arg(describe(merged.issues().front()));
        return result;
    }
    if (!QDir().mkpath(folder.path())) {
        result.unreadable = true;
        result.failure =
            Text::tr("Cannot create the folder %1. Nothing was imported.").arg(QDir::toNativeSeparators(folder.path()));
        return result;
    }
    // Sources first: a projection is only ever stored beside the source it cites.
    const std::string* contents[2] = {&merged.value().sources, &merged.value().projections};
    for (int i = 0; i < 2; ++i) {
        const QString path = folder.filePath(QString::fromLatin1(files[i]));
        if (const QString problem = writeAtomically(path, QByteArray::fromStdString(*contents[i]));
            !problem.isEmpty()) {
            result.unreadable = true;
            result.failure = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), problem);
            return result;
        }
    }
    for (const ImportedProjection& row : result.rows.imported)
        result.ids.push_back(row.projection.id);
    return result;
}

} // namespace gridshare
