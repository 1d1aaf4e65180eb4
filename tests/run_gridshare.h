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

// dataHome is XDG_DATA_HOME for the run, so a developer's own data overrides never leak in.
inline Run runGridshare(const QStringList& arguments, const QString& dataHome)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GRIDSHARE_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("gridshare did not finish");
    if (process.exitStatus() != QProcess::NormalExit)
        qFatal("gridshare crashed");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
