// SPDX-License-Identifier: GPL-3.0-or-later
// Reading scenario files: every refusal names its pointer; a written file reads back exactly.

#include "bad_inputs.h"
#include "message_checks.h"

#include "gridshare/autosave_io.h"
#include "gridshare/dataset.h"
#include "gridshare/resolve.h"
#include "gridshare/scenario_io.h"

#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <fstream>
#include <future>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

using namespace gridshare;

namespace {

// readFileBytes on another thread, given five seconds: a read that would block (a FIFO without a
// writer) fails the test instead of hanging it.
FileBytes readWithin5s(const std::string& path, std::size_t maxBytes, bool followLinks = true)
{
    auto promise = std::make_shared<std::promise<FileBytes>>();
    auto result = promise->get_future();
    std::thread([promise, path, maxBytes, followLinks] {
        promise->set_value(readFileBytes(path, maxBytes, followLinks));
    }).detach();
    if (result.wait_for(std::chrono::seconds(5)) != std::future_status::ready)
        qFatal("reading %s did not finish within 5 s", path.c_str());
    return result.get();
}

std::string reasonOf(const FileBytes& read)
{
    return read.result ? std::string() : read.result.issues().front().reason;
}

// Reading and resolving, the two steps evaluate takes before any number is computed.
Issues issuesOf(const std::string& text)
{
    auto read = scenarioFromText(text);
    if (!read)
        return read.issues();
    auto resolved = resolve(read.value(), Dataset::builtin());
    return resolved ? Issues{} : resolved.issues();
}

} // namespace

class TestScenarioReading : public QObject {
    Q_OBJECT

private slots:
    void badInput_data() { testing::addBadInputRows(); }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, pointer);
        QFETCH(QString, reason);
        const Issues issues = issuesOf(bytes.toStdString());
        QVERIFY2(!issues.empty(), "the bad input was accepted");
        QCOMPARE(QString::fromStdString(issues.front().pointer), pointer);
        QVERIFY2(QString::fromStdString(issues.front().reason).contains(reason),
                 qPrintable(QString::fromStdString(issues.front().describe())));
    }

    // Every issue a bad file gives can be translated: its reason is its message's English text and
    // each placeholder of the pattern has its argument.
    void everyIssueIsATranslatableMessage_data() { testing::addBadInputRows(); }

    void everyIssueIsATranslatableMessage()
    {
        QFETCH(QByteArray, bytes);
        const Issues issues = issuesOf(bytes.toStdString());
        QVERIFY(!issues.empty());
        for (const Issue& issue : issues) {
            const std::string problem = testing::issueProblem(issue);
            QVERIFY2(problem.empty(), problem.c_str());
        }
    }

    void otherIssuesAreTranslatableMessages()
    {
        QTemporaryDir dir;
        Issues issues = issuesOf(testing::withParameters(R"("pue": 0.5, "utilization": 2, "typo": 1, "pue_": 1)",
                                                         R"(, "monte_carlo": {"seed": 1.5, "x": 1})"));
        const auto missing = readScenarioFile(dir.filePath(QStringLiteral("missing.json")).toStdString());
        const auto folder = readScenarioFile(dir.path().toStdString());
        const auto autosave = autosaveFromText(R"({"format": "gridshare-autosave", "version": 1, "original_file": "",
            "saved_at": "", "scenario": {"format": "gridshare-scenario", "version": 1, "name": 7, "x": 1}})");
        for (const Issues* more : {&missing.result.issues(), &folder.result.issues(), &autosave.issues()})
            issues.insert(issues.end(), more->begin(), more->end());
        QVERIFY(issues.size() >= 8);
        for (const Issue& issue : issues) {
            const std::string problem = testing::issueProblem(issue);
            QVERIFY2(problem.empty(), problem.c_str());
        }
        QCOMPARE(issues.back().pointer, std::string("/scenario/x"));
    }

    void everyIssueOfAFileIsReported()
    {
        const Issues issues = issuesOf(testing::withParameters(R"("pue": 0.5, "utilization": 2, "typo": 1)"));
        QCOMPARE(issues.size(), std::size_t(3));
    }

    void parseErrorsGiveLineAndColumn()
    {
        const Issues issues = issuesOf("{\n  \"format\": \"gridshare-scenario\",\n  \"version\": 1,\n  oops\n}");
        QCOMPARE(issues.size(), std::size_t(1));
        QVERIFY2(QString::fromStdString(issues.front().reason).startsWith(QStringLiteral("line 4, column 3")),
                 issues.front().reason.c_str());
    }

    void duplicateKeyPointerInsideList()
    {
        const Issues issues =
            issuesOf(R"({"format": "gridshare-scenario", "version": 1, "ranges": {"pue": [1, {"a": 1, "a": 2}]}})");
        QCOMPARE(QString::fromStdString(issues.front().pointer), QStringLiteral("/ranges/pue/1/a"));
    }

    void nestingAtTheLimitIsParsedNotRefused()
    {
        // 64 levels are allowed; the scenario is then refused for its shape, not its depth.
        const Issues issues = issuesOf(testing::nested(64));
        QVERIFY(QString::fromStdString(issues.front().reason).contains(QStringLiteral("must be a JSON object")));
    }

    void roundTripKeepsEveryField()
    {
        Scenario s;
        s.name = "Round trip — 往返";
        s.description = "Every field set";
        s.region = "China";
        s.preset = "china-2024";
        s.currency = "EUR";
        s.baseYear = 2025;
        s.endYear = 2040;
        s.parameters[Param::Pue] = 1.1 + 1e-15;
        s.parameters[Param::QueriesPerDay] = 123456789012.345;
        s.parameters[Param::QueryGrowth] = 0.1;
        s.parameters[Param::EfficiencyGain] = 1.0 / 3.0;
        s.ranges[Param::Pue] = Range{1.05, 1.3};
        s.ranges[Param::QueryGrowth] = Range{0.05, 0.7};
        s.monteCarlo = MonteCarloSettings{54321, 18446744073709551615ULL};

        auto back = scenarioFromText(scenarioToText(s));
        QVERIFY2(back.ok(), back.ok() ? "" : back.issues().front().describe().c_str());
        QVERIFY(back.value() == s);
        QCOMPARE(back.value().parameters.at(Param::Pue), 1.1 + 1e-15); // bit for bit
    }

    void autosaveRecordRoundTrip()
    {
        AutosaveRecord record;
        record.scenario.name = "Unsaved";
        record.scenario.parameters[Param::QueryGrowth] = 0.87;
        record.originalFile = "/home/someone/plan.gridshare.json";
        record.savedAt = "2026-11-25T07:40:00Z";
        auto back = autosaveFromText(autosaveToText(record));
        QVERIFY(back.ok());
        QVERIFY(back.value().scenario == record.scenario);
        QCOMPARE(back.value().originalFile, record.originalFile);
        QCOMPARE(back.value().savedAt, record.savedAt);
    }

    void brokenAutosaveRecordsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("a scenario file") << QByteArray(R"({"format": "gridshare-scenario", "version": 1})")
                                         << "/format";
        QTest::newRow("format is an object (found by the fuzzer)")
            << QByteArray(R"({"format": {"a": 1}, "version": 1})") << "/format";
        QTest::newRow("version is text") << QByteArray(R"({"format": "gridshare-autosave", "version": "1"})")
                                         << "/version";
        QTest::newRow("truncated") << QByteArray("{\"format\": \"gridshare-autosave\", \"vers") << "";
        QTest::newRow("bad scenario inside")
            << QByteArray(R"({"format": "gridshare-autosave", "version": 1, "original_file": "", "saved_at": "",
                "scenario": {"format": "gridshare-scenario", "version": 1, "parameters": {"pue": 9}}})")
            << "/scenario/parameters/pue";
    }

    void brokenAutosaveRecordsAreRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, pointer);
        auto read = autosaveFromText(text.toStdString());
        QVERIFY(!read.ok());
        QCOMPARE(QString::fromStdString(read.issues().front().pointer), pointer);
    }

    // An autosave record's own fields are read like every other file's, in the same words, and
    // every problem is said at once.
    void autosaveFieldsAreReadLikeOtherFiles()
    {
        const auto read =
            autosaveFromText(R"({"format": "gridshare-autosave", "version": 1, "original_file": "a\u0001b",
            "saved_at": 20261201, "note": "", "scenario": {"format": "gridshare-scenario", "version": 1}})");
        QVERIFY(!read.ok());
        QStringList said;
        for (const Issue& issue : read.issues())
            said << QString::fromStdString(issue.describe());
        said.sort();
        QCOMPARE(said, (QStringList{QStringLiteral("/note: unknown field"),
                                    QStringLiteral("/original_file: contains control characters"),
                                    QStringLiteral("/saved_at: must be text, not a number")}));

        const auto noVersion = autosaveFromText(R"({"format": "gridshare-autosave"})");
        QVERIFY(!noVersion.ok());
        QCOMPARE(noVersion.issues().front().describe(), std::string("/version: missing"));
    }

    void fileErrorsAreUnreadableOrInvalid()
    {
        QTemporaryDir dir;
        const std::string missing = dir.filePath(QStringLiteral("missing.json")).toStdString();
        auto read = readScenarioFile(missing);
        QVERIFY(!read.result.ok());
        QVERIFY(read.unreadable);

        auto folder = readScenarioFile(dir.path().toStdString());
        QVERIFY(folder.unreadable);
        QVERIFY(QString::fromStdString(folder.result.issues().front().reason).contains(QStringLiteral("folder")));

        const std::string bad = dir.filePath(QStringLiteral("bad.json")).toStdString();
        std::ofstream(bad) << "{";
        auto invalid = readScenarioFile(bad);
        QVERIFY(!invalid.result.ok());
        QVERIFY(!invalid.unreadable);
    }

    // What is not a regular file is refused before it is read: a FIFO would block for ever,
    // /dev/zero and /dev/urandom never end, /dev/null is no scenario.
    void devicesAndPipesAreRefusedUnread_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("/dev/zero") << "/dev/zero";
        QTest::newRow("/dev/urandom") << "/dev/urandom";
        QTest::newRow("/dev/null") << "/dev/null";
        QTest::newRow("a FIFO without a writer") << "fifo";
        QTest::newRow("a link to /dev/zero") << "link-to-zero";
    }

    void devicesAndPipesAreRefusedUnread()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        QCOMPARE(::mkfifo(dir.filePath(QStringLiteral("fifo")).toLocal8Bit().constData(), 0600), 0);
        QCOMPARE(::symlink("/dev/zero", dir.filePath(QStringLiteral("link-to-zero")).toLocal8Bit().constData()), 0);
        const std::string file =
            path.startsWith(QLatin1Char('/')) ? path.toStdString() : dir.filePath(path).toStdString();
        const FileBytes read = readWithin5s(file, 1024 * 1024);
        QVERIFY(!read.result);
        QVERIFY(read.unreadable); // exit 4, as for a missing file
        QCOMPARE(reasonOf(read), std::string("cannot be read: it is a device, a pipe or a socket, not a file"));
    }

    void pathProblemsAreNamed()
    {
        QTemporaryDir dir;
        const std::string loop = dir.filePath(QStringLiteral("loop")).toStdString();
        QCOMPARE(::symlink(loop.c_str(), loop.c_str()), 0);
        QCOMPARE(reasonOf(readWithin5s(loop, 100)),
                 std::string("cannot be read: the symbolic links in its path form a loop"));
        const std::string longPath = dir.filePath(QString(5000, QLatin1Char('a'))).toStdString();
        QCOMPARE(reasonOf(readWithin5s(longPath, 100)), std::string("cannot be read: the path is too long"));

        // Autosave records are read without following links, even to a good file.
        const std::string target = dir.filePath(QStringLiteral("target.json")).toStdString();
        std::ofstream(target) << "{}";
        const std::string link = dir.filePath(QStringLiteral("link.json")).toStdString();
        QCOMPARE(::symlink(target.c_str(), link.c_str()), 0);
        QVERIFY(readWithin5s(link, 100).result);
        QCOMPARE(reasonOf(readWithin5s(link, 100, false)),
                 std::string("cannot be read: it is a symbolic link, which is not followed here"));
    }

    // The limit counts bytes read, whatever size the file claims; a file of exactly the limit is fine.
    void readsAreBounded()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("big.json")).toStdString();
        std::ofstream(path) << std::string(1000, ' ');
        QVERIFY(readWithin5s(path, 1000).result);
        const FileBytes tooBig = readWithin5s(path, 999);
        QVERIFY(!tooBig.result);
        QVERIFY(!tooBig.unreadable); // readable, but refused: an invalid scenario, exit 3
        QCOMPARE(reasonOf(tooBig), std::string("the file is 1000 bytes; at most 999 bytes are accepted"));
    }
};

QTEST_APPLESS_MAIN(TestScenarioReading)
#include "tst_scenario_reading.moc"
