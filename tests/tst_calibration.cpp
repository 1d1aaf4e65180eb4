// SPDX-License-Identifier: GPL-3.0-or-later
// The default scenarios against the published evidence (docs/model.md, "Calibration"): each bound
// is checked on what `gridshare evaluate --region ID --format json` prints, as a reader would
// check it. The bounds are the published figures, never the program's own output.

#include "run_gridshare.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <map>

class TestCalibration : public QObject {
    Q_OBJECT

private:
    QTemporaryDir home_;
    std::map<QString, nlohmann::json> years_; // by region, each run once

    const nlohmann::json& yearOf(const QString& region, int year)
    {
        auto it = years_.find(region);
        if (it == years_.end()) {
            const Run r = runGridshare({QStringLiteral("evaluate"), QStringLiteral("--region"), region,
                                        QStringLiteral("--format"), QStringLiteral("json")},
                                       home_.path());
            if (r.exitCode != 0)
                qFatal("gridshare evaluate --region %s failed: %s", qPrintable(region), qPrintable(r.err));
            it = years_.emplace(region, nlohmann::json::parse(r.out.toStdString()).at("years")).first;
        }
        for (const auto& y : it->second)
            if (y.at("year").get<int>() == year)
                return y;
        qFatal("no year %d for %s", year, qPrintable(region));
    }

private slots:
    void bounds_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("quantity"); // a key of the json output, or "ai_share_of_datacenters"
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");

        // IEA, Energy and AI (April 2025): 183 TWh in 2024, within 5%.
        QTest::newRow("US 2024 data centres, IEA 183 TWh") << "US" << 2024 << "datacenter_twh" << 183 * 0.95
                                                         << 183 * 1.05;
        // EPRI 2024 10-20%, IEA 15% (24% with overhead), Goldman Sachs 14%, Gartner 21%.
        QTest::newRow("US 2024 AI share of data centres, 15-25%")
            << "US" << 2024 << "ai_share_of_datacenters" << 0.15 << 0.25;
        // LBNL 2024 report: 325-580 TWh in 2028.
        QTest::newRow("US 2028 data centres, LBNL 2024 325-580 TWh") << "US" << 2028 << "datacenter_twh" << 325.0
                                                                     << 580.0;
        // LBNL 2025 update: 9.5-15.3% in 2030 (inside EPRI February 2026: 9-17%).
        QTest::newRow("US 2030 data-centre share, LBNL 2025 9.5-15.3%")
            << "US" << 2030 << "datacenter_share" << 0.095 << 0.153;
        // IEA: 102 TWh in 2024, within 5%.
        QTest::newRow("China 2024 data centres, IEA 102 TWh") << "China" << 2024 << "datacenter_twh" << 102 * 0.95
                                                            << 102 * 1.05;
        // IEA 277 TWh; government figures via Carbon Brief 400 TWh.
        QTest::newRow("China 2030 data centres, IEA 277 to government 400 TWh")
            << "China" << 2030 << "datacenter_twh" << 277.0 << 400.0;
        // IEA via the European Commission: about 70 TWh in 2024, within 5%.
        QTest::newRow("EU 2024 data centres, about 70 TWh") << "EU" << 2024 << "datacenter_twh" << 70 * 0.95
                                                          << 70 * 1.05;
        // Kiel Institute: 98.5-168 TWh in 2030 (IEA and the Commission about 115 inside it).
        QTest::newRow("EU 2030 data centres, Kiel 98.5-168 TWh") << "EU" << 2030 << "datacenter_twh" << 98.5 << 168.0;
        // IEA: 415 TWh in 2024, within 5%, "around 1.5%" of world consumption within 0.1 points.
        QTest::newRow("World 2024 data centres, IEA 415 TWh") << "World" << 2024 << "datacenter_twh" << 415 * 0.95
                                                            << 415 * 1.05;
        QTest::newRow("World 2024 data-centre share, IEA 1.5% +- 0.1")
            << "World" << 2024 << "datacenter_share" << 0.014 << 0.016;
        // IEA, Key Questions on Energy and AI (April 2026): about 950 TWh in 2030, within 10%.
        QTest::newRow("World 2030 data centres, IEA 950 TWh +- 10%")
            << "World" << 2030 << "datacenter_twh" << 950 * 0.9 << 950 * 1.1;
    }

    void bounds()
    {
        QFETCH(QString, region);
        QFETCH(int, year);
        QFETCH(QString, quantity);
        QFETCH(double, low);
        QFETCH(double, high);
        const nlohmann::json& y = yearOf(region, year);
        const double value = quantity == QLatin1String("ai_share_of_datacenters")
                                 ? y.at("ai_twh").get<double>() / y.at("datacenter_twh").get<double>()
                                 : y.at(quantity.toStdString()).get<double>();
        QVERIFY2(value >= low && value <= high, qPrintable(QStringLiteral("%1 %2 %3 = %4, outside [%5, %6]")
                                                               .arg(region)
                                                               .arg(year)
                                                               .arg(quantity)
                                                               .arg(value, 0, 'g', 6)
                                                               .arg(low)
                                                               .arg(high)));
    }

    // AI and non-AI data-centre load grow at the published rates the defaults cite, not at one
    // copied from another scope: IEA's 30% for accelerated servers and 9% for conventional ones
    // (the US takes Gartner's 36% for AI-optimised servers), derived here from the printed years.
    void growthRatesComeFromTheirSources_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<double>("aiGrowth");
        QTest::addColumn<double>("otherGrowth");
        QTest::newRow("US: Gartner 36%, IEA 9%") << "US" << 0.36 << 0.09;
        QTest::newRow("EU: IEA 30%, 9%") << "EU" << 0.30 << 0.09;
        QTest::newRow("World: IEA 30%, 9%") << "World" << 0.30 << 0.09;
    }

    void growthRatesComeFromTheirSources()
    {
        QFETCH(QString, region);
        QFETCH(double, aiGrowth);
        QFETCH(double, otherGrowth);
        const auto& first = yearOf(region, 2024);
        const auto& last = yearOf(region, 2030);
        const double ai = std::pow(last.at("ai_twh").get<double>() / first.at("ai_twh").get<double>(), 1.0 / 6) - 1;
        const double other =
            std::pow(last.at("other_dc_twh").get<double>() / first.at("other_dc_twh").get<double>(), 1.0 / 6) - 1;
        QVERIFY2(std::abs(ai - aiGrowth) < 0.005, qPrintable(QString::number(ai)));
        QVERIFY2(std::abs(other - otherGrowth) < 0.001, qPrintable(QString::number(other)));
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
