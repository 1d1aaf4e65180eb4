// SPDX-License-Identifier: GPL-3.0-or-later
// `gridshare implies`, run as a user runs it: the figures for programs (json) and people (table),
// the flag with the comparison that raises it, in Chinese too, and clear refusals.

#include "run_gridshare.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

class TestImpliesCommand : public QObject {
    Q_OBJECT

    QTemporaryDir home_;
    Run gridshare(const QStringList& arguments, const QProcessEnvironment& extra = QProcessEnvironment())
    {
        return runGridshare(arguments, home_.path(), extra);
    }

private slots:
    // The base and end years, each of the four figures with its comparisons; ten times the US
    // requests in 2024 put the accelerators at more than twice Epoch AI's 15 million, flagged by it.
    void jsonCarriesEveryFigureAndTheFlag()
    {
        const Run r =
            gridshare({QStringLiteral("implies"), QStringLiteral("--set"), QStringLiteral("queries_per_day=2.3e12"),
                       QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const auto j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(j.at("region").get<std::string>(), std::string("US"));
        QCOMPARE(j.at("far_outside_factor").get<double>(), 2.0);
        const auto& years = j.at("years");
        QCOMPARE(years.size(), std::size_t(2));
        QCOMPARE(years[0].at("year").get<int>(), 2024);
        QCOMPARE(years[1].at("year").get<int>(), 2030);
        for (const auto& y : years)
            for (const char* key : {"accelerators", "tokens_per_day", "requests_per_day", "datacenter_avg_gw"})
                QVERIFY2(y.at("figures").contains(key), key);
        const auto& accelerators = years[0].at("figures").at("accelerators");
        QCOMPARE(accelerators.at("flagged_by").get<std::string>(), std::string("ai-accelerators-installed"));
        const double value = accelerators.at("value").get<double>();
        for (const auto& c : accelerators.at("comparisons"))
            if (c.at("reference") == "ai-accelerators-installed") {
                QCOMPARE(c.at("value").get<double>(), 15e6);
                QVERIFY(std::abs(c.at("ratio").get<double>() - value / 15e6) < 1e-9);
                QVERIFY(c.at("far_outside").get<bool>());
                QCOMPARE(c.at("source").get<std::string>(), std::string("epoch-chip-sales-2026"));
            }
        QVERIFY(years[1].at("figures").at("accelerators").at("flagged_by").is_null());
    }

    void tableSaysTheFlagWithItsSource()
    {
        const Run r =
            gridshare({QStringLiteral("implies"), QStringLiteral("--set"), QStringLiteral("queries_per_day=2.3e12")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("! Far outside what is known (accelerators in service, 2024): 2.6× 15 "
                                               "million AI accelerators installed (H100-equivalents) (worldwide, 2025) "
                                               "[epoch-chip-sales-2026].")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(
                     QStringLiteral("2.5 billion ChatGPT prompts a day (worldwide, July 2025) [chatgpt-volumes]")),
                 qPrintable(r.out));
        // The defaults are inside what is known.
        QVERIFY(!gridshare({QStringLiteral("implies")}).out.contains(QStringLiteral("Far outside")));
    }

    // In Chinese, power in 万千瓦: the world's 415 TWh of 2024 is 4737万千瓦 on average.
    void chineseSaysPowerInWanKilowatts()
    {
        const Run r = gridshare({QStringLiteral("implies"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("全球数据中心平均 4737万千瓦")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("在用加速器")), qPrintable(r.out));
    }

    void refusals()
    {
        const Run csv = gridshare({QStringLiteral("implies"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 2);
        QVERIFY2(csv.err.contains(QStringLiteral("--format: \"csv\" is not one of table, json")), qPrintable(csv.err));
        const Run bad = gridshare({QStringLiteral("implies"), QStringLiteral("--set"), QStringLiteral("pue=0.5")});
        QCOMPARE(bad.exitCode, 3);
        QVERIFY(bad.out.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestImpliesCommand)
#include "tst_implies_command.moc"
