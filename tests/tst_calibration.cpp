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
            // To 2034, the year of Wood Mackenzie's and EirGrid's figures; earlier years are the same.
            const Run r = runGridshare({QStringLiteral("evaluate"), QStringLiteral("--region"), region,
                                        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--set"),
                                        QStringLiteral("end_year=2034")},
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
        QTest::newRow("US 2024 data centres, IEA 183 TWh")
            << "US" << 2024 << "datacenter_twh" << 183 * 0.95 << 183 * 1.05;
        // EPRI 2024 10-20%, IEA 15% (24% with overhead), Goldman Sachs 14%, Gartner 21%.
        QTest::newRow("US 2024 AI share of data centres, 15-25%")
            << "US" << 2024 << "ai_share_of_datacenters" << 0.15 << 0.25;
        // LBNL 2024 report: 325-580 TWh in 2028.
        QTest::newRow("US 2028 data centres, LBNL 2024 325-580 TWh")
            << "US" << 2028 << "datacenter_twh" << 325.0 << 580.0;
        // LBNL 2025 update: 9.5-15.3% in 2030 (inside EPRI February 2026: 9-17%).
        QTest::newRow("US 2030 data-centre share, LBNL 2025 9.5-15.3%")
            << "US" << 2030 << "datacenter_share" << 0.095 << 0.153;
        // IEA: 102 TWh in 2024, within 5%.
        QTest::newRow("China 2024 data centres, IEA 102 TWh")
            << "China" << 2024 << "datacenter_twh" << 102 * 0.95 << 102 * 1.05;
        // IEA 277 TWh; government figures via Carbon Brief 400 TWh.
        QTest::newRow("China 2030 data centres, IEA 277 to government 400 TWh")
            << "China" << 2030 << "datacenter_twh" << 277.0 << 400.0;
        // IEA via the European Commission: about 70 TWh in 2024, within 5%.
        QTest::newRow("EU 2024 data centres, about 70 TWh")
            << "EU" << 2024 << "datacenter_twh" << 70 * 0.95 << 70 * 1.05;
        // Kiel Institute: 98.5-168 TWh in 2030 (IEA and the Commission about 115 inside it).
        QTest::newRow("EU 2030 data centres, Kiel 98.5-168 TWh") << "EU" << 2030 << "datacenter_twh" << 98.5 << 168.0;
        // IEA: 415 TWh in 2024, within 5%, "around 1.5%" of world consumption within 0.1 points.
        QTest::newRow("World 2024 data centres, IEA 415 TWh")
            << "World" << 2024 << "datacenter_twh" << 415 * 0.95 << 415 * 1.05;
        QTest::newRow("World 2024 data-centre share, IEA 1.5% +- 0.1")
            << "World" << 2024 << "datacenter_share" << 0.014 << 0.016;
        // IEA, Key Questions on Energy and AI (April 2026): about 950 TWh in 2030, within 10%.
        QTest::newRow("World 2030 data centres, IEA 950 TWh +- 10%")
            << "World" << 2030 << "datacenter_twh" << 950 * 0.9 << 950 * 1.1;

        // The countries and the state where the share is already high or published.
        // CSO: 22% of Ireland's metered electricity in 2024, within 1 point.
        QTest::newRow("Ireland 2024 data-centre share, CSO 22% +- 1")
            << "Ireland" << 2024 << "datacenter_share" << 0.21 << 0.23;
        // EirGrid: data centres and other new large loads 27% now, 31% in 2034. Data centres alone stay
        // below that, and above the CSO's 22% of 2024.
        QTest::newRow("Ireland 2030 data-centre share, CSO 22% to EirGrid 31%")
            << "Ireland" << 2030 << "datacenter_share" << 0.22 << 0.31;
        QTest::newRow("Ireland 2034 data-centre share, at most EirGrid's 31%")
            << "Ireland" << 2034 << "datacenter_share" << 0.22 << 0.31;
        // CBS: 4.6% of Dutch consumption in 2024, within 0.5 points.
        QTest::newRow("Netherlands 2024 data-centre share, CBS 4.6% +- 0.5")
            << "Netherlands" << 2024 << "datacenter_share" << 0.041 << 0.051;
        // The Dutch government's steering group (2021): 5-15 TWh in 2030.
        QTest::newRow("Netherlands 2030 data centres, 5-15 TWh")
            << "Netherlands" << 2030 << "datacenter_twh" << 5.0 << 15.0;
        // Bitkom: 21.3 TWh in 2025, 6.5% more than 2024 (20.0 TWh), within 5%.
        QTest::newRow("Germany 2025 data centres, Bitkom 21.3 TWh +- 5%")
            << "Germany" << 2025 << "datacenter_twh" << 21.3 * 0.95 << 21.3 * 1.05;
        // Borderstep for Bitkom (2022): 23-35 TWh in 2030.
        QTest::newRow("Germany 2030 data centres, Borderstep 23-35 TWh")
            << "Germany" << 2030 << "datacenter_twh" << 23.0 << 35.0;
        // Electric Insights: data centres use 2.5% of Britain's electricity, within 0.3 points.
        QTest::newRow("UK 2024 data-centre share, Electric Insights 2.5% +- 0.3")
            << "UK" << 2024 << "datacenter_share" << 0.022 << 0.028;
        // Tony Blair Institute 19.6 TWh to NESO's upper 26.2 TWh in 2030.
        QTest::newRow("UK 2030 data centres, TBI 19.6 to NESO 26.2 TWh")
            << "UK" << 2030 << "datacenter_twh" << 19.6 << 26.2;
        // The Danish energy authorities (via TV 2): about 4% now, 8% in 2030, each within 1 point.
        QTest::newRow("Denmark 2024 data-centre share, about 4%")
            << "Denmark" << 2024 << "datacenter_share" << 0.03 << 0.05;
        QTest::newRow("Denmark 2030 data-centre share, 8% +- 1")
            << "Denmark" << 2030 << "datacenter_share" << 0.07 << 0.09;
        // Wood Mackenzie: 19 TWh in 2024 (within 5%), 57-66 TWh in 2034.
        QTest::newRow("Japan 2024 data centres, Wood Mackenzie 19 TWh +- 5%")
            << "Japan" << 2024 << "datacenter_twh" << 19 * 0.95 << 19 * 1.05;
        QTest::newRow("Japan 2034 data centres, Wood Mackenzie 57-66 TWh")
            << "Japan" << 2034 << "datacenter_twh" << 57.0 << 66.0;
        // S&P Global: 13 TWh in 2024 (within 5%); Deloitte 40-45 and S&P Global 57 TWh in 2030.
        QTest::newRow("India 2024 data centres, S&P Global 13 TWh +- 5%")
            << "India" << 2024 << "datacenter_twh" << 13 * 0.95 << 13 * 1.05;
        QTest::newRow("India 2030 data centres, Deloitte 40 to S&P Global 57 TWh")
            << "India" << 2030 << "datacenter_twh" << 40.0 << 57.0;
        // Singapore's government (May 2024): about 7%, within 0.5 points. No attributed 2030 figure exists.
        QTest::newRow("Singapore 2024 data-centre share, 7% +- 0.5")
            << "Singapore" << 2024 << "datacenter_share" << 0.065 << 0.075;
        // EPRI (February 2026): about 25% now, within 1 point; 39-57% in 2030.
        QTest::newRow("Virginia 2024 data-centre share, EPRI about 25%")
            << "Virginia" << 2024 << "datacenter_share" << 0.24 << 0.26;
        QTest::newRow("Virginia 2030 data-centre share, EPRI 39-57%")
            << "Virginia" << 2030 << "datacenter_share" << 0.39 << 0.57;
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
