// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writing a file whole or not at all (QSaveFile), for the window and the command line alike: a
// failed write leaves the previous file as it was.

#include <QByteArray>
#include <QString>

namespace gridshare {

// Who may read a file written: as the umask says, or its owner alone (autosave records).
enum class FileAccess { Default, OwnerOnly };

// Empty on success; otherwise why it failed, saying that the previous file is unchanged or that
// nothing was written where there was none (the caller names the path).
QString writeAtomically(const QString& path, const QByteArray& bytes, FileAccess access = FileAccess::Default);

} // namespace gridshare
