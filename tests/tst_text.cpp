// SPDX-License-Identifier: GPL-3.0-or-later
// Text helpers: numbers for programs and people, strict parsing, UTF-8 and pointers.

#include "gridshare/message.h"
#include "gridshare/text.h"

#include <QTest>

#include <cstdlib>

using namespace gridshare;

class TestText : public QObject {
    Q_OBJECT

private slots:
    void number17HasSeventeenSignificantDigits()
    {
        QCOMPARE(QString::fromStdString(number17(0.1)), QStringLiteral("0.10000000000000001"));
        QCOMPARE(QString::fromStdString(number17(4097)), QStringLiteral("4097"));
        QCOMPARE(QString::fromStdString(number17(1.0 / 3.0)), QStringLiteral("0.33333333333333331"));
        // Whatever the value, reading back gives the same double.
        for (double v : {0.1825, 193.45e6, 1.0 / 3.0, 4097.0, 1e-300, 6.02214076e23})
            QCOMPARE(std::strtod(number17(v).c_str(), nullptr), v);
    }

    void shortestNumberForMessages()
    {
        QCOMPARE(QString::fromStdString(shortestNumber(0.5)), QStringLiteral("0.5"));
        QCOMPARE(QString::fromStdString(shortestNumber(1e13)), QStringLiteral("1e+13"));
    }

    void groupedForPeople_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected");
        QTest::newRow("thousands") << 4097.0 << 1 << "4,097.0";
        QTest::newRow("millions") << 193450000.0 << 0 << "193,450,000";
        QTest::newRow("negative") << -1234567.891 << 2 << "-1,234,567.89";
        QTest::newRow("small") << 0.1825 << 4 << "0.1825";
        QTest::newRow("hundreds") << 999.0 << 0 << "999";
    }

    void groupedForPeople()
    {
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(groupedFixed(value, decimals)), expected);
    }

    void strictNumberParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("decimal") << "2.5" << true;
        QTest::newRow("exponent") << "2.5e9" << true;
        QTest::newRow("negative") << "-0.3" << true;
        QTest::newRow("comma") << "2,5" << false;
        QTest::newRow("trailing text") << "2.5x" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("nan") << "nan" << false;
        QTest::newRow("inf") << "inf" << false;
        QTest::newRow("overflow") << "1e999" << false;
        QTest::newRow("leading plus") << "+1" << false;
    }

    void strictNumberParsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(parseNumber(text.toStdString()).has_value(), valid);
    }

    void utf8Validation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("firstBad"); // -1 when valid
        QTest::newRow("ascii") << QByteArray("abc") << -1;
        QTest::newRow("chinese") << QByteArray("度电") << -1;
        QTest::newRow("lone continuation") << QByteArray("a\x80") << 1;
        QTest::newRow("truncated") << QByteArray("ab\xE5\xBA") << 2;
        QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << 0;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << 0;
        QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
    }

    void utf8Validation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, firstBad);
        const auto bad = firstInvalidUtf8(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        QCOMPARE(bad ? int(*bad) : -1, firstBad);
    }

    void positionsAndPointers()
    {
        const auto p = positionOf("ab\ncd度x", 8); // after "度" (3 bytes), at "x"
        QCOMPARE(p.line, std::size_t(2));
        QCOMPARE(p.column, std::size_t(4));
        QCOMPARE(QString::fromStdString(escapePointerToken("a/b~c")), QStringLiteral("a~1b~0c"));
        QCOMPARE(editDistance("pue_", "pue"), std::size_t(1));
    }

    void messagePlaceholdersAreFilledOnce()
    {
        const Message m{"%2 is not %1; %3 stays", {"%2", "a%1b"}};
        QCOMPARE(QString::fromStdString(m.text()), QStringLiteral("a%1b is not %2; %3 stays"));
        QCOMPARE(placeholderCount(m.pattern), std::size_t(3));
        QCOMPARE(QString::fromStdString(substitutePlaceholders("100 % of %1", {"x"})), QStringLiteral("100 % of x"));
        Message nested{"%1: %2"};
        nested.arg("f").arg(Message{"cannot be read: %1", {"no"}});
        QCOMPARE(QString::fromStdString(nested.text()), QStringLiteral("f: cannot be read: no"));
        QCOMPARE(nested.nested.front().index, std::size_t(1));
    }

    void displayWidthCountsColumns()
    {
        QCOMPARE(displayWidth("m³"), std::size_t(2));
        QCOMPARE(displayWidth("年份"), std::size_t(4));
        QCOMPARE(displayWidth("Year"), std::size_t(4));
    }
};

QTEST_APPLESS_MAIN(TestText)
#include "tst_text.moc"
