// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing lost, nothing hangs, run as a user runs gridshare: paths that are no file, user data
// files that are broken or hostile, an output that cannot be written, the same scenario options in
// every command, and the window killed twice. Each run has a minute before it counts as a hang.

#include "file_bytes.h"
#include "run_gridshare.h"

#include "document/autosaver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>

#include <sys/stat.h>
#include <unistd.h>

namespace {

QString builtin(const char* name)
{
    QFile file(QStringLiteral(GRIDSHARE_DATA_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return QString::fromUtf8(file.readAll());
}

// The built-in file with the first `from` replaced by `to`.
QByteArray edited(const char* name, const QString& from, const QString& to)
{
    QString text = builtin(name);
    const qsizetype at = text.indexOf(from);
    if (at < 0)
        qFatal("%s holds no %s", name, qPrintable(from));
    return text.replace(at, from.size(), to).toUtf8();
}

void write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// What gridshare said on standard error, without what Qt itself may print there.
QString said(const QString& err)
{
    QStringList lines = err.split(QLatin1Char('\n'));
    lines.removeIf([](const QString& line) { return !line.startsWith(QLatin1String("gridshare: ")); });
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestReliability : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QTemporaryDir home_;

    Run gridshare(const QStringList& arguments, const QString& home = {})
    {
        return runGridshare(arguments, home.isEmpty() ? home_.path() : home);
    }

    // A data folder holding one file of the person's.
    QString homeWith(const QString& name, const QByteArray& bytes)
    {
        const QString home = dir_.filePath(QStringLiteral("home-%1").arg(++homes_));
        write(home + QStringLiteral("/GridShare/data/") + name, bytes);
        return home;
    }

    int homes_ = 0;

    // The ways a scenario is handed to gridshare.
    static QList<QPair<QString, QStringList>> commands(const QString& out)
    {
        return {{QStringLiteral("evaluate"), {QStringLiteral("evaluate")}},
                {QStringLiteral("export"),
                 {QStringLiteral("export"), QStringLiteral("--out"), out + QStringLiteral(".png")}},
                {QStringLiteral("report"),
                 {QStringLiteral("report"), QStringLiteral("--out"), out + QStringLiteral(".pdf")}},
                {QStringLiteral("window"), {QStringLiteral("--screenshot"), out + QStringLiteral("-window.png")}}};
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(::mkfifo(dir_.filePath(QStringLiteral("fifo.json")).toLocal8Bit().constData(), 0600), 0);
        const QByteArray loop = dir_.filePath(QStringLiteral("loop.json")).toLocal8Bit();
        QCOMPARE(::symlink(loop.constData(), loop.constData()), 0);
        QCOMPARE(::symlink("/dev/zero", dir_.filePath(QStringLiteral("zero.json")).toLocal8Bit().constData()), 0);
        QVERIFY(QDir(dir_.path()).mkdir(QStringLiteral("folder.json")));
    }

    // D7, D9, D12, D16, D20: what is not a readable file gives exit 4 and says why, in every command
    // and the window alike, at once: a FIFO no longer blocks and /dev/zero no longer fills memory.
    void pathsThatAreNoFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("FIFO") << dir_.filePath(QStringLiteral("fifo.json"))
                              << "cannot be read: it is a device, a pipe or a socket, not a file";
        QTest::newRow("/dev/zero") << "/dev/zero"
                                   << "cannot be read: it is a device, a pipe or a socket";
        QTest::newRow("/dev/urandom") << "/dev/urandom"
                                      << "cannot be read: it is a device, a pipe or a socket";
        QTest::newRow("/dev/null") << "/dev/null"
                                   << "cannot be read: it is a device, a pipe or a socket";
        QTest::newRow("link to /dev/zero")
            << dir_.filePath(QStringLiteral("zero.json")) << "cannot be read: it is a device, a pipe or a socket";
        QTest::newRow("symlink loop") << dir_.filePath(QStringLiteral("loop.json"))
                                      << "cannot be read: the symbolic links in its path form a loop";
        QTest::newRow("5000-character path") << dir_.filePath(QString(5000, QLatin1Char('a')) + QStringLiteral(".json"))
                                             << "cannot be read: the path is too long";
        QTest::newRow("folder") << dir_.filePath(QStringLiteral("folder.json"))
                                << "cannot be read: it is a folder, not a file";
        QTest::newRow("missing") << dir_.filePath(QStringLiteral("missing.json")) << "cannot be read: no such file";
    }

    void pathsThatAreNoFile()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        for (const auto& [name, command] : commands(dir_.filePath(QStringLiteral("out")))) {
            const Run r = gridshare(command + QStringList{path});
            QVERIFY2(r.exitCode == 4, qPrintable(name + QStringLiteral(": ") + r.err));
            QVERIFY2(said(r.err).startsWith(QStringLiteral("gridshare: ") + path + QStringLiteral(": ") + reason),
                     qPrintable(name + QStringLiteral(": ") + r.err));
            QVERIFY(r.out.isEmpty());
        }
    }

    // D12: a file its reader may not read gives exit 4 and the system's reason in every command, as
    // for any file that cannot be read. Root reads every file, so a run as root drops to nobody.
    void aFileWithoutReadPermissionExitsFour()
    {
        QTemporaryDir open; // traversable by anyone: only the file's own mode refuses
        const auto everyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                              | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(open.path(), everyone));
        const QString path = open.filePath(QStringLiteral("unreadable.json"));
        write(path, R"({"format": "gridshare-scenario", "version": 1})");
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        QStringList program{QStringLiteral(GRIDSHARE_BINARY)};
        if (::geteuid() == 0)
            program = QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                                  QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")}
                      + program;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), open.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), open.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const auto& [name, command] : commands(open.filePath(QStringLiteral("out")))) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(program.first(), program.mid(1) + command + QStringList{path});
            QVERIFY(process.waitForFinished(60000));
            const QString err = QString::fromUtf8(process.readAllStandardError());
            QVERIFY2(process.exitCode() == 4, qPrintable(name + QStringLiteral(": ") + err));
            QVERIFY2(said(err).startsWith(QStringLiteral("gridshare: ") + path
                                          + QStringLiteral(": cannot be read: Permission denied")),
                     qPrintable(name + QStringLiteral(": ") + err));
        }
    }

    // D13, D14, D17, D21, D25: FILE, --preset, --region and --set mean the same in every command and
    // the window, with the same exit codes and messages.
    void scenarioOptionsAreTheSameEverywhere_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString file = dir_.filePath(QStringLiteral("plan.gridshare.json"));
        write(file, R"({"format": "gridshare-scenario", "version": 1, "region": "China"})");
        auto row = [](const char* name, QStringList options, int code, const char* message) {
            QTest::newRow(name) << options << code << QString::fromUtf8(message);
        };
        row("end year", {QStringLiteral("--set"), QStringLiteral("end_year=2035")}, 0, "");
        row("region by --set", {QStringLiteral("--set"), QStringLiteral("region=China")}, 0, "");
        row("currency by --set", {QStringLiteral("--set"), QStringLiteral("currency=EUR")}, 0, "");
        row("out of range", {QStringLiteral("--set"), QStringLiteral("pue=9")}, 3,
            "gridshare: --set pue=9: /parameters/pue: 9 is above the maximum 3");
        row("typo", {QStringLiteral("--set"), QStringLiteral("peu=1.2")}, 2,
            "gridshare: --set peu=1.2: unknown key \"peu\"; did you mean \"pue\"?");
        row("not a number", {QStringLiteral("--set"), QStringLiteral("pue=abc")}, 2,
            "gridshare: --set pue=abc: \"abc\" is not a number");
        row("year far out", {QStringLiteral("--set"), QStringLiteral("end_year=1e10")}, 3,
            "gridshare: --set end_year=1e10: /end_year: 1e+10 is outside the valid range 2016 .. 2050");
        row("year not whole, in a file's words", {QStringLiteral("--set"), QStringLiteral("base_year=2024.5")}, 3,
            "gridshare: --set base_year=2024.5: /base_year: 2024.5 is not a whole number");
        row("base year blamed", {QStringLiteral("--set"), QStringLiteral("base_year=2030")}, 3,
            "gridshare: --set base_year=2030: /end_year: 2030 is not after the base year 2030");
        row("file and preset", {file, QStringLiteral("--preset"), QStringLiteral("chatgpt-2024")}, 2,
            "gridshare: give a scenario file or --preset, not both");
        row("preset twice",
            {QStringLiteral("--preset"), QStringLiteral("chatgpt-2024"), QStringLiteral("--preset"),
             QStringLiteral("us-2024")},
            2, "gridshare: --preset is given twice");
        row("region twice",
            {QStringLiteral("--region"), QStringLiteral("US"), QStringLiteral("--region"), QStringLiteral("EU")}, 2,
            "gridshare: --region is given twice");
        row("empty preset", {QStringLiteral("--preset=")}, 2, "gridshare: --preset needs a value");
        row("unknown region", {QStringLiteral("--region"), QStringLiteral("Mars")}, 2,
            "gridshare: --region: unknown region \"Mars\"");
    }

    void scenarioOptionsAreTheSameEverywhere()
    {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        for (const auto& [name, command] : commands(dir_.filePath(QStringLiteral("options")))) {
            const Run r = gridshare(command + options);
            QVERIFY2(r.exitCode == exitCode, qPrintable(name + QStringLiteral(": ") + r.err));
            QVERIFY2(message.isEmpty() ? said(r.err).isEmpty() : said(r.err).startsWith(message),
                     qPrintable(name + QStringLiteral(": ") + r.err));
        }
    }

    // --set end_year reaches the export's table, as it reaches evaluate's.
    void exportTakesEverySet()
    {
        const QString csv = dir_.filePath(QStringLiteral("to2035.csv"));
        const Run r =
            gridshare({QStringLiteral("export"), QStringLiteral("--out"), csv, QStringLiteral("--set"),
                       QStringLiteral("end_year=2035"), QStringLiteral("--set"), QStringLiteral("region=China")});
        QCOMPARE(r.exitCode, 0);
        const Run evaluated = gridshare({QStringLiteral("evaluate"), QStringLiteral("--format"), QStringLiteral("csv"),
                                         QStringLiteral("--set"), QStringLiteral("end_year=2035"),
                                         QStringLiteral("--set"), QStringLiteral("region=China")});
        QCOMPARE(QString::fromUtf8(fileBytes(csv)), evaluated.out);
        QVERIFY(evaluated.out.trimmed().split(QLatin1Char('\n')).last().startsWith(QStringLiteral("2035,")));
        QVERIFY(evaluated.out.startsWith(QStringLiteral("year,"))
                && evaluated.out.contains(QStringLiteral(",cost_cny,")));
    }

    void outputOptionsOnce()
    {
        Run r = gridshare({QStringLiteral("evaluate"), QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(said(r.err).startsWith(QStringLiteral("gridshare: --format is given twice")), qPrintable(r.err));
        r = gridshare({QStringLiteral("export"), QStringLiteral("--out"), dir_.filePath(QStringLiteral("a.png")),
                       QStringLiteral("--out"), dir_.filePath(QStringLiteral("b.png"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(said(r.err).startsWith(QStringLiteral("gridshare: --out is given twice")), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("a.png"))));
    }

    // D3: what cannot be written to standard output is an error, not a truncated result with exit 0.
    void standardOutputThatCannotBeWritten_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("evaluate csv") << QStringList{QStringLiteral("evaluate"), QStringLiteral("--format"),
                                                     QStringLiteral("csv"), QStringLiteral("--set"),
                                                     QStringLiteral("end_year=2050")};
        QTest::newRow("sources") << QStringList{QStringLiteral("sources")};
        QTest::newRow("help") << QStringList{QStringLiteral("--help")};
        QTest::newRow("solve") << QStringList{QStringLiteral("solve"), QStringLiteral("--vary"),
                                              QStringLiteral("query_growth"), QStringLiteral("--target"),
                                              QStringLiteral("ai_share=0.1")};
    }

    void standardOutputThatCannotBeWritten()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home_.path());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        process.setProcessEnvironment(env);
        process.setStandardOutputFile(QStringLiteral("/dev/full"));
        process.start(QStringLiteral(GRIDSHARE_BINARY), arguments);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 4);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("standard output cannot be written: No space left on device")),
                 qPrintable(err));
    }

    // D10: 60,000 unknown keys are a few lines, not 60,000; a very long key costs no edit distance.
    void aFloodOfProblemsIsCut()
    {
        QString keys;
        for (int i = 0; i < 60000; ++i)
            keys += QStringLiteral("\"k%1\": 1,").arg(i);
        keys += QStringLiteral("\"") + QString(300000, QLatin1Char('k')) + QStringLiteral("\": 1");
        const QString file = dir_.filePath(QStringLiteral("flood.json"));
        write(
            file,
            QStringLiteral(R"({"format": "gridshare-scenario", "version": 1, "parameters": {%1}})").arg(keys).toUtf8());
        const Run r = gridshare({QStringLiteral("evaluate"), file});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 21);
        QVERIFY2(r.err.contains(QStringLiteral("… and 59981 more problems")), qPrintable(r.err.right(200)));
    }

    // D6, D8, D11, D15: hostile numbers in the person's data files are refused with the file and the
    // place, the built-in entry takes over, and every command still runs and writes valid output.
    void hostileDataFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("warning");
        QTest::newRow("data year 1e300") << "regions.json"
                                         << edited("regions.json", QStringLiteral("\"data_year\": 2024"),
                                                   QStringLiteral("\"data_year\": 1e300"))
                                         << "/regions/0/data_year: 1e+300 is outside the valid range 2015 .. 2030";
        QTest::newRow("data year -2e9") << "regions.json"
                                        << edited("regions.json", QStringLiteral("\"data_year\": 2024"),
                                                  QStringLiteral("\"data_year\": -2000000000"))
                                        << "/regions/0/data_year: -2e+09 is outside";
        QTest::newRow("data year 1990") << "regions.json"
                                        << edited("regions.json", QStringLiteral("\"data_year\": 2024"),
                                                  QStringLiteral("\"data_year\": 1990"))
                                        << "/regions/0/data_year: 1990 is outside the valid range 2015 .. 2030";
        QTest::newRow("projection year -1e9")
            << "projections.json"
            << edited("projections.json", QStringLiteral("\"year\": 2030"), QStringLiteral("\"year\": -1000000000"))
            << "/year: -1e+09 is outside the valid range 2000 .. 2100";
        QTest::newRow("rate 1e300") << "currencies.json"
                                    << edited("currencies.json", QStringLiteral("\"value\": 7.0809"),
                                              QStringLiteral("\"value\": 1e300"))
                                    << "/currencies/1/per_usd/value: 1e+300 is outside the valid range";
    }

    void hostileDataFiles()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, warning);
        const QString home = homeWith(file, bytes);
        const QString path = home + QStringLiteral("/GridShare/data/") + file;
        const Run json = gridshare({QStringLiteral("evaluate"), QStringLiteral("--region"), QStringLiteral("China"),
                                    QStringLiteral("--format"), QStringLiteral("json")},
                                   home);
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(json.err.contains(QStringLiteral("gridshare: warning: ") + path + QStringLiteral(": "))
                     && json.err.contains(warning),
                 qPrintable(json.err));
        // Only the broken entry is skipped; the built-in entry of its id takes its place.
        QVERIFY2(json.err.contains(path + QStringLiteral(": /"))
                     && json.err.contains(QStringLiteral(": skipped; the built-in \"")),
                 qPrintable(json.err));
        const auto parsed = nlohmann::json::parse(json.out.toStdString()); // valid JSON: no inf, no NaN
        QCOMPARE(parsed.at("base_year").get<int>(), 2024);
        for (const auto& year : parsed.at("years"))
            QVERIFY(std::isfinite(year.at("cost").get<double>()));
        const QString png = dir_.filePath(QStringLiteral("hostile.png"));
        QCOMPARE(gridshare({QStringLiteral("export"), QStringLiteral("--out"), png}, home).exitCode, 0);
        QCOMPARE(fileBytes(path), bytes); // the person's file, untouched
    }

    // D2: one broken file never costs the others; a valid currencies.json is still used.
    void aBrokenFileCostsNoOtherFile()
    {
        const QString home = homeWith(QStringLiteral("regions.json"), "{broken");
        write(home + QStringLiteral("/GridShare/data/currencies.json"),
              edited("currencies.json", QStringLiteral("\"value\": 7.0809, \"source\": \"fed-g5a\", \"level\": \"V1\""),
                     QStringLiteral("\"value\": 7.5, \"assumption\": \"my rate\"")));
        const Run r = gridshare({QStringLiteral("evaluate"), QStringLiteral("--region"), QStringLiteral("China"),
                                 QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--set"),
                                 QStringLiteral("currency=USD")},
                                home);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("regions.json: using the built-in regions.json instead")),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("currencies.json")));
        // China's price is in CNY: at 7.5 CNY per dollar the bill in dollars is 7.0809 / 7.5 of the cited one.
        const Run cited = gridshare({QStringLiteral("evaluate"), QStringLiteral("--region"), QStringLiteral("China"),
                                     QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--set"),
                                     QStringLiteral("currency=USD")});
        const double mine = nlohmann::json::parse(r.out.toStdString()).at("years").at(0).at("cost").get<double>();
        const double theirs = nlohmann::json::parse(cited.out.toStdString()).at("years").at(0).at("cost").get<double>();
        QVERIFY(std::abs(mine / theirs - 7.0809 / 7.5) < 1e-12);
    }

    // D1: the window is killed after an edit, then again right after Recover; the work is found
    // both times.
    void recoveredWorkSurvivesASecondCrash()
    {
        QTemporaryDir home;
        const QString folder = home.filePath(QStringLiteral("data/GridShare/autosave"));
        auto start = [&](QProcess& window, const QString& interval, const QStringList& arguments) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("GRIDSHARE_AUTOSAVE_INTERVAL_MS"), interval);
            env.insert(QStringLiteral("GRIDSHARE_RECOVERY_ANSWER"), QStringLiteral("recover"));
            window.setProcessEnvironment(env);
            window.start(QStringLiteral(GRIDSHARE_BINARY), arguments);
            return window.waitForStarted();
        };
        const auto records = [&] { return QDir(folder).entryList({QStringLiteral("*.autosave.json")}, QDir::Files); };

        QProcess first;
        QVERIFY(start(first, QStringLiteral("200"), {QStringLiteral("--set"), QStringLiteral("query_growth=0.9")}));
        QTRY_VERIFY_WITH_TIMEOUT(!records().isEmpty(), 15000);
        first.kill();
        QVERIFY(first.waitForFinished());
        auto found = gridshare::gui::Autosaver::findRecoverable(folder);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found.front().record.scenario.parameters.at(gridshare::Param::QueryGrowth), 0.9);
        const QString crashed = found.front().recordPath;

        // Recovered, then killed long before its first timed autosave (an hour away).
        QProcess second;
        QVERIFY(start(second, QStringLiteral("3600000"), {}));
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(crashed), 15000); // the old record goes once the new one is written
        second.kill();
        QVERIFY(second.waitForFinished());
        found = gridshare::gui::Autosaver::findRecoverable(folder);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found.front().record.scenario.parameters.at(gridshare::Param::QueryGrowth), 0.9);
        QVERIFY(found.front().recordPath != crashed);
        // And no lock of either session is left behind once the folder has been looked at.
        QCOMPARE(QDir(folder).entryList({QStringLiteral("*.lock")}, QDir::Files | QDir::Hidden).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
