// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a user's own data files live (files there replace the built-in ones of the same name),
// and the data loaded with them. Shared by the command line and the window.

#include "gridshare/dataset.h"

#include <QStandardPaths>
#include <QString>

namespace gridshare {

inline QString userDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/GridShare/data");
}

// Problems with an override come back as warnings; the built-in data is used instead.
inline Dataset::Loaded loadUserDataset()
{
    return Dataset::load(userDataFolder().toStdString());
}

} // namespace gridshare
