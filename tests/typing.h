// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers for dialog tests: typing into a field as a person does, and reading back a file.

#include <QByteArray>
#include <QFile>
#include <QLineEdit>
#include <QString>
#include <QTest>

// Replaces the field's text as typing does (select all, then keys), so the dialog sees an edit.
inline void type(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// The file's bytes; empty when it cannot be read.
inline QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
