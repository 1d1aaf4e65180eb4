// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the built gridshare binary as a user would and collects what it says.

#include <QProcess>
#include <QString>
#include <QStringList>

#include <cstdlib>

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// dataHome is XDG_DATA_HOME for the run, so a developer's own data overrides never leak in; the
// settings are kept beside it and the locale is C unless a test says otherwise, so the messages
// compared are the English ones whatever language the developer's desktop speaks.
inline Run runGridshare(const QStringList& arguments, const QString& dataHome,
                        const QProcessEnvironment& extra = QProcessEnvironment())
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dataHome + QStringLiteral("/config"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(extra);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GRIDSHARE_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("gridshare did not finish");
    if (process.exitStatus() != QProcess::NormalExit)
        qFatal("gridshare crashed");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
