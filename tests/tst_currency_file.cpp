// SPDX-License-Identifier: GPL-3.0-or-later
// The currencies file written back from the window: the built-in currencies give the built-in file
// byte for byte, an edited rate reads back exactly through Dataset::parse, and a rate or a
// provenance that Dataset::load would refuse is never written.

#include "gridshare/currency_file.h"
#include "gridshare/dataset.h"
#include "gridshare/resolve.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace gridshare;

namespace {

// The built-in data with `currenciesText` as its currencies file.
Outcome<Dataset> parseWithCurrencies(const std::string& currenciesText)
{
    auto file = [](const char* name) { return DataFile{name, std::string(embeddedDataFiles().at(name))}; };
    return Dataset::parse(file("regions.json"), file("sources.json"), {"currencies.json", currenciesText},
                          file("presets.json"), file("projections.json"));
}

std::vector<Currency> withRate(const std::string& code, double rate, const Provenance& provenance)
{
    std::vector<Currency> currencies = Dataset::builtin().currencies;
    for (auto& c : currencies)
        if (c.code == code)
            c.perUsd = {rate, provenance};
    return currencies;
}

bool sameProvenance(const Provenance& a, const Provenance& b)
{
    return a.source == b.source && a.level == b.level && a.assumption == b.assumption && a.note == b.note;
}

} // namespace

class TestCurrencyFile : public QObject {
    Q_OBJECT

private slots:
    void builtinCurrenciesGiveTheBuiltinFile()
    {
        const auto text = currenciesToText(Dataset::builtin().currencies);
        QVERIFY(text.ok());
        QCOMPARE(QString::fromStdString(text.value()),
                 QString::fromStdString(std::string(embeddedDataFiles().at("currencies.json"))));
    }

    void editedRateReadsBackExactly_data()
    {
        QTest::addColumn<double>("rate");
        QTest::newRow("7.2") << 7.2;
        QTest::newRow("one third") << 1.0 / 3.0;
        QTest::newRow("tiny") << 1.2345e-4; // near the smallest rate accepted, kMinRatePerUsd
        QTest::newRow("large") << 123456.789;
        QTest::newRow("17 digits") << 7.0809000000000015;
    }
    void editedRateReadsBackExactly()
    {
        QFETCH(double, rate);
        const SourcedValue* cited = &Dataset::builtin().currency("CNY")->perUsd;
        const Provenance mine = rateSetInGridShare("2026-11-25", cited);
        const auto text = currenciesToText(withRate("CNY", rate, mine));
        QVERIFY(text.ok());
        const auto parsed = parseWithCurrencies(text.value());
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.issues().front().describe().c_str());
        const Dataset& d = parsed.value();
        QCOMPARE(d.currencies.size(), Dataset::builtin().currencies.size());
        QVERIFY(d.currency("CNY")->perUsd.value == rate); // exactly: the file keeps every digit
        QVERIFY(sameProvenance(d.currency("CNY")->perUsd.provenance, mine));
        for (const char* code : {"USD", "EUR"}) {
            QVERIFY(d.currency(code)->perUsd.value == Dataset::builtin().currency(code)->perUsd.value);
            QVERIFY(sameProvenance(d.currency(code)->perUsd.provenance,
                                   Dataset::builtin().currency(code)->perUsd.provenance));
            QCOMPARE(d.currency(code)->symbol, Dataset::builtin().currency(code)->symbol);
        }
        // Written again, the file is the same text.
        QCOMPARE(currenciesToText(d.currencies).value(), text.value());
    }

    void textThatNeedsEscapingReadsBack()
    {
        std::vector<Currency> currencies = Dataset::builtin().currencies;
        currencies[2].name = "Euro \"single\" currency \\ €";
        currencies[2].perUsd.provenance = {}; // an assumption in place of the cited rate
        currencies[2].perUsd.provenance.assumption = "Typed in a\ttab and a newline\n; 欧元";
        const auto text = currenciesToText(currencies);
        QVERIFY(text.ok());
        const auto parsed = parseWithCurrencies(text.value());
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.issues().front().describe().c_str());
        QCOMPARE(parsed.value().currencies[2].name, currencies[2].name);
        QCOMPARE(parsed.value().currencies[2].perUsd.provenance.assumption, currencies[2].perUsd.provenance.assumption);
    }

    void refusesWhatLoadWouldRefuse_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<bool>("withProvenance");
        QTest::newRow("zero") << 0.0 << true;
        QTest::newRow("negative") << -1.0 << true;
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << true;
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << true;
        QTest::newRow("no provenance") << 7.2 << false;
    }
    void refusesWhatLoadWouldRefuse()
    {
        QFETCH(double, rate);
        QFETCH(bool, withProvenance);
        const Provenance provenance = withProvenance ? rateSetInGridShare("2026-11-25", nullptr) : Provenance{};
        const auto text = currenciesToText(withRate("CNY", rate, provenance));
        QVERIFY(!text.ok());
        const Issue& issue = text.issues().front();
        QCOMPARE(QString::fromStdString(issue.file), QStringLiteral("currencies.json"));
        QVERIFY2(issue.pointer.rfind("/currencies/1/per_usd", 0) == 0, issue.pointer.c_str());
        QVERIFY2(issue.reason.find("CNY") != std::string::npos, issue.reason.c_str());
    }

    void refusesAnEmptyList() { QVERIFY(!currenciesToText({}).ok()); }

    // New rates: a preset's price converted to the scenario's currency follows them; a price the
    // person set stays as set.
    void newRatesMoveOnlyTheConvertedPrice()
    {
        Scenario baseline;
        baseline.parameters[Param::PricePerKwh] = 0.80; // a preset's 0.11 USD at 7.27 CNY per USD
        baseline.ranges[Param::PricePerKwh] = Range{0.70, 0.90};
        Scenario converted;
        converted.parameters[Param::PricePerKwh] = 0.77; // the same price at a new rate
        converted.ranges[Param::PricePerKwh] = Range{0.67, 0.87};

        Scenario untouched = baseline; // the person left the price where the preset put it
        Scenario base1 = baseline;
        followConvertedPrice(untouched, base1, converted);
        QCOMPARE(untouched.parameters[Param::PricePerKwh], 0.77);
        QCOMPARE(base1.parameters[Param::PricePerKwh], 0.77);
        QCOMPARE(untouched.ranges[Param::PricePerKwh].low, 0.67);

        Scenario set = baseline; // the person typed 1.00 CNY
        set.parameters[Param::PricePerKwh] = 1.00;
        Scenario base2 = baseline;
        followConvertedPrice(set, base2, converted);
        QCOMPARE(set.parameters[Param::PricePerKwh], 1.00);
        QCOMPARE(base2.parameters[Param::PricePerKwh], 0.77); // Reset goes to the new conversion
        QCOMPARE(set.ranges[Param::PricePerKwh].low, 0.67);   // the range was the preset's: it follows
    }

    void anEditedRateSaysWhatItReplaces()
    {
        const Dataset& d = Dataset::builtin();
        const Provenance cny = rateSetInGridShare("2026-11-25", &d.currency("CNY")->perUsd);
        QVERIFY(cny.isAssumption());
        QCOMPARE(QString::fromStdString(cny.assumption),
                 QStringLiteral("set in GridShare on 2026-11-25; the cited value is 7.0809 (fed-g5a, V1)"));
        QCOMPARE(QString::fromStdString(rateSetInGridShare("2026-11-25", &d.currency("USD")->perUsd).assumption),
                 QStringLiteral("set in GridShare on 2026-11-25; the built-in value is 1 (an assumption)"));
        QCOMPARE(QString::fromStdString(rateSetInGridShare("2026-11-25", nullptr).assumption),
                 QStringLiteral("set in GridShare on 2026-11-25"));
    }
};

QTEST_APPLESS_MAIN(TestCurrencyFile)
#include "tst_currency_file.moc"
