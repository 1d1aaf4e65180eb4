// SPDX-License-Identifier: GPL-3.0-or-later
// What people type into number boxes, read in English and German locales.

#include "common/quantity_text.h"

#include <QTest>

using namespace gridshare::gui;

class TestQuantityText : public QObject {
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("style");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("expected"); // NaN: refused
        const int count = int(QuantityStyle::Count);
        const int percent = int(QuantityStyle::Percent);
        const int plain = int(QuantityStyle::Plain);
        const double refused = qQNaN();
        QTest::newRow("2.5B") << "2.5B" << count << "en_US" << 2.5e9;
        QTest::newRow("200M") << "200M" << count << "en_US" << 2e8;
        QTest::newRow("1.2T") << "1.2T" << count << "en_US" << 1.2e12;
        QTest::newRow("2.5e9") << "2.5e9" << count << "en_US" << 2.5e9;
        QTest::newRow("lower-case m is million") << "200m" << count << "en_US" << 2e8;
        QTest::newRow("words") << "3 billion" << count << "en_US" << 3e9;
        QTest::newRow("grouped") << "200,000,000" << count << "en_US" << 2e8;
        QTest::newRow("Chinese 亿") << "2亿" << count << "zh_CN" << 2e8;
        QTest::newRow("Chinese 万") << "1.7万" << count << "zh_CN" << 1.7e4;
        QTest::newRow("German decimal comma") << "0,12" << plain << "de_DE" << 0.12;
        QTest::newRow("German 2,5B") << "2,5B" << count << "de_DE" << 2.5e9;
        QTest::newRow("plain decimal") << "0.12" << plain << "en_US" << 0.12;
        QTest::newRow("percent") << "12" << percent << "en_US" << 0.12;
        QTest::newRow("percent sign") << "12%" << percent << "en_US" << 0.12;
        QTest::newRow("negative percent") << "-5" << percent << "en_US" << -0.05;
        QTest::newRow("spaces") << "  2.5 B " << count << "en_US" << 2.5e9;
        QTest::newRow("text") << "abc" << count << "en_US" << refused;
        QTest::newRow("empty") << "" << plain << "en_US" << refused;
        QTest::newRow("suffix alone") << "B" << count << "en_US" << refused;
        QTest::newRow("unknown suffix") << "2.5X" << count << "en_US" << refused;
        QTest::newRow("suffix on a plain value") << "1.2B" << plain << "en_US" << refused;
        QTest::newRow("two numbers") << "1.2.3" << plain << "en_US" << refused;
        QTest::newRow("infinity") << "inf" << plain << "en_US" << refused;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, style);
        QFETCH(QString, locale);
        QFETCH(double, expected);
        const auto value = parseQuantity(text, QuantityStyle(style), QLocale(locale));
        if (qIsNaN(expected)) {
            QVERIFY2(!value, qPrintable(QStringLiteral("accepted as %1").arg(value.value_or(0))));
        } else {
            QVERIFY(value);
            QVERIFY2(qAbs(*value / expected - 1) < 1e-12, qPrintable(QString::number(*value)));
        }
    }

    void formatReadsBack_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("style");
        QTest::addColumn<QString>("text");
        QTest::newRow("billions") << 2.5e9 << int(QuantityStyle::Count) << "2.5B";
        QTest::newRow("millions") << 2e8 << int(QuantityStyle::Count) << "200M";
        QTest::newRow("trillions") << 1e13 << int(QuantityStyle::Count) << "10T";
        QTest::newRow("small count") << 500.0 << int(QuantityStyle::Count) << "500";
        QTest::newRow("percent") << 0.3 << int(QuantityStyle::Percent) << "30";
        QTest::newRow("price") << 0.0806 << int(QuantityStyle::Plain) << "0.0806";
    }

    void formatReadsBack()
    {
        QFETCH(double, value);
        QFETCH(int, style);
        QFETCH(QString, text);
        const QLocale english(QStringLiteral("en_US"));
        QCOMPARE(formatQuantity(value, QuantityStyle(style), english), text);
        QCOMPARE(*parseQuantity(text, QuantityStyle(style), english), value);
    }

    void largeNumbersInWords()
    {
        const QLocale english(QStringLiteral("en_US"));
        QCOMPARE(formatLargeNumber(193.45e6, english, 5), QStringLiteral("193.45 million"));
        QCOMPARE(formatLargeNumber(1.04e10, english), QStringLiteral("10.4 billion"));
        QCOMPARE(formatLargeNumber(1.19e7, english, 3, true), QStringLiteral("11.9 M"));
    }

    // Past a trillion: 10^15 is a quadrillion and 10^18 a quintillion in English (short scale); in
    // Chinese 万亿 counts up to 9999万亿 and 亿亿 is 10^16 (as in 每秒亿亿次). Beyond those words the
    // number is written in powers of ten. The magnitude is that of the number as rounded; before 万亿
    // every whole digit is kept, as before 万 and 亿.
    void numbersPastATrillion_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("digits");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        QTest::newRow("1e15") << 1e15 << 3 << QStringLiteral("1 quadrillion") << QStringLiteral("1000万亿");
        QTest::newRow("3.465e15") << 3.465e15 << 2 << QStringLiteral("3.5 quadrillion") << QStringLiteral("3465万亿");
        QTest::newRow("3.465e15, 4 digits")
            << 3.465e15 << 4 << QStringLiteral("3.465 quadrillion") << QStringLiteral("3465万亿");
        QTest::newRow("1e16") << 1e16 << 3 << QStringLiteral("10 quadrillion") << QStringLiteral("1亿亿");
        QTest::newRow("1e18") << 1e18 << 3 << QStringLiteral("1 quintillion") << QStringLiteral("100亿亿");
        QTest::newRow("999.95 trillion") << 999.95e12 << 3 << QStringLiteral("1 quadrillion")
                                         << QStringLiteral("1000万亿");
        QTest::newRow("999.4 trillion") << 999.4e12 << 3 << QStringLiteral("999 trillion") << QStringLiteral("999万亿");
        QTest::newRow("9999.996万亿") << 9999.996e12 << 4 << QStringLiteral("10 quadrillion")
                                      << QStringLiteral("1亿亿");
        QTest::newRow("999.96 million") << 999.96e6 << 3 << QStringLiteral("1 billion") << QStringLiteral("10亿");
        QTest::newRow("999,999.7") << 999999.7 << 3 << QStringLiteral("1 million") << QStringLiteral("100万");
        QTest::newRow("2.5e20") << 2.5e20 << 3 << QStringLiteral("250 quintillion") << QStringLiteral("2.5×10²⁰");
        QTest::newRow("1.234e21") << 1.234e21 << 2 << QStringLiteral("1.2 × 10²¹") << QStringLiteral("1.2×10²¹");
        QTest::newRow("negative") << -3.465e15 << 2 << QStringLiteral("-3.5 quadrillion")
                                  << QStringLiteral("-3465万亿");
    }

    void numbersPastATrillion()
    {
        QFETCH(double, value);
        QFETCH(int, digits);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        QCOMPARE(formatLargeNumber(value, QLocale(QStringLiteral("en_US")), digits), english);
        QCOMPARE(formatLargeNumber(value, QLocale(QStringLiteral("zh_CN")), digits), chinese);
    }

    // The short forms spell the words out past a trillion: no one reads "Q" or "qd" alike.
    void shortFormsPastATrillion()
    {
        const QLocale english(QStringLiteral("en_US"));
        QCOMPARE(formatLargeNumber(2e12, english, 3, true), QStringLiteral("2 tn"));
        QCOMPARE(formatLargeNumber(3.2e15, english, 3, true), QStringLiteral("3.2 quadrillion"));
        QCOMPARE(formatLargeNumber(3.2e15, QLocale(QStringLiteral("zh_CN")), 3, true), QStringLiteral("3200万亿"));
        // What a Chinese number box shows past 9999万亿 reads back.
        const QLocale chinese(QStringLiteral("zh_CN"));
        QCOMPARE(formatQuantity(2e16, QuantityStyle::Count, chinese), QStringLiteral("2亿亿"));
        QCOMPARE(*parseQuantity(QStringLiteral("2亿亿"), QuantityStyle::Count, chinese), 2e16);
    }

    // Chinese states grid capacity in 千瓦 by 万 and 亿: 40 GW is 4000万千瓦, 108 GW 1.08亿千瓦.
    void powerInGigawattsOrWanKilowatts()
    {
        const QLocale english(QStringLiteral("en_US"));
        const QLocale chinese(QStringLiteral("zh_CN"));
        QCOMPARE(formatPower(108.4, english), QStringLiteral("108 GW"));
        QCOMPARE(formatPower(2.094, english), QStringLiteral("2.09 GW"));
        QCOMPARE(formatPower(40, chinese), QStringLiteral("4000万千瓦"));
        QCOMPARE(formatPower(108, chinese), QStringLiteral("1.08亿千瓦"));
        QCOMPARE(formatPower(2.094, chinese), QStringLiteral("209万千瓦"));
        QCOMPARE(formatPower(1200, chinese), QStringLiteral("12亿千瓦"));
    }
};

QTEST_APPLESS_MAIN(TestQuantityText)
#include "tst_quantity_text.moc"
