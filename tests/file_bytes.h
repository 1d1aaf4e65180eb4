// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A file's bytes, or none when it cannot be read (the test's own checks then say what is missing).

#include <QByteArray>
#include <QFile>
#include <QString>

inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
