// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/user_regions_file.h"

#include "common/atomic_file.h"
#include "common/message_text.h"

#include "gridshare/region_entry.h"
#include "gridshare/scenario_io.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <filesystem>

namespace gridshare::gui {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(UserRegions)
};

} // namespace

QString saveUserRegion(const QString& folder, const Region& region)
{
    const QString path = QDir(folder).filePath(QStringLiteral("regions.json"));
    const QString shown = QDir::toNativeSeparators(path);
    std::optional<std::string> existing;
    if (QFileInfo::exists(path)) {
        auto read = readFileBytes(std::filesystem::path(path.toStdU16String()), 16 * 1024 * 1024);
        if (!read.result)
            return Text::tr("Cannot read %1: %2. Nothing was changed.")
                .arg(shown, translated(read.result.issues().front().message));
        existing = std::move(read.result).value();
    }
    const auto text = regionsFileWith(existing, region);
    if (!text)
        return Text::tr("%1 is not a regions file (%2), so it is not overwritten. Fix or move it, "
                        "then save again.")
            .arg(shown, describe(text.issues().front()));
    if (!QDir().mkpath(folder))
        return Text::tr("Cannot create the folder %1. Nothing was changed.").arg(QDir::toNativeSeparators(folder));
    if (const QString problem = writeAtomically(path, QByteArray::fromStdString(text.value())); !problem.isEmpty())
        return QStringLiteral("%1: %2").arg(shown, problem);
    return {};
}

} // namespace gridshare::gui
