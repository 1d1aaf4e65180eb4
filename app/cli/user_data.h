#pragma once
// Where a user's own data files live: files there replace the built-in ones of the same name.

#include <QStandardPaths>
#include <QString>

namespace gridshare::cli {

inline QString userDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/GridShare/data");
}

} // namespace gridshare::cli
