// SPDX-License-Identifier: GPL-3.0-or-later
// GridShare Sans (resources/fonts) is DejaVu Sans with three changes: fewer characters, another
// name, and no grid-fitting above 1,000 pixels per em, where Qt's PDF writer loads the glyphs it
// embeds. Charts are set in it; on screen and in print it must draw exactly as the DejaVu Sans it
// was made from (Debian's fonts-dejavu-core, found at configure time).

#include "file_bytes.h"
#include "gui/chart_typeface.h"
#include "gui/fonts.h"

#include <QImage>
#include <QRawFont>
#include <QTest>

using namespace gridshare::gui;

namespace {

// Every character outside ASCII that GridShare's text uses (its sources, translations and data), a
// ligature, and some ASCII.
const QString kSample = QStringLiteral(
    "Share of electricity used by AI 2024\u20132030 \u2014 \u201cArtificial\u201d \u2022 efficient\u2026 "
    "10\u2070 10\u2074\u2075\u2076\u2077\u2078\u2079\u207b CO\u2082 \u20ac\u20b9\u00a3\u00a5 \u2192 \u21ba "
    "\u2212 \u26a0 \u00b1 \u00b2\u00b3\u00b9 \u00b7 \u00d7 \u00f7 G\u00f6teborg 0123456789 %[]()/,.;:");

struct Face {
    const char* bundled;
    const char* source;
};

const Face kFaces[] = {{":/fonts/GridShareSans-Regular.ttf", DEJAVU_DIR "/DejaVuSans.ttf"},
                       {":/fonts/GridShareSans-Bold.ttf", DEJAVU_DIR "/DejaVuSans-Bold.ttf"},
                       {":/fonts/GridShareSans-Oblique.ttf", DEJAVU_DIR "/DejaVuSans-Oblique.ttf"}};

} // namespace

class TestChartTypeface : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(registerChartTypeface()); }

    void chartTextIsSetInGridShareSans()
    {
        for (const bool bold : {false, true}) {
            const QFont font = layoutFont(QFont(), 1.1, bold);
            QCOMPARE(font.family(), QStringLiteral("GridShare Sans"));
            const QRawFont raw = QRawFont::fromFont(font);
            QCOMPARE(raw.familyName(), QStringLiteral("GridShare Sans"));
            QCOMPARE(raw.styleName(), bold ? QStringLiteral("Bold") : QStringLiteral("Book"));
        }
        QFont italic = layoutFont(QFont());
        italic.setItalic(true);
        QCOMPARE(QRawFont::fromFont(italic).styleName(), QStringLiteral("Oblique")); // a real face, not slanted
    }

    // The hinting program starts: MPPEM, PUSHW 1000, GT, IF, PUSHB 1 1, INSTCTRL, ELSE.
    void gridFittingStopsAboveAThousandPixels()
    {
        for (const Face& face : kFaces) {
            const QRawFont raw(fileBytes(QString::fromLatin1(face.bundled)), 16);
            QVERIFY2(raw.isValid(), face.bundled);
            QVERIFY2(raw.fontTable("prep").startsWith(QByteArray::fromHex("4bb803e85258b101018e1b")), face.bundled);
            QVERIFY2(!QRawFont(QString::fromLatin1(face.source), 16).fontTable("prep").startsWith("\x4b\xb8"),
                     face.source);
        }
    }

    // GridShare's own text needs no other font.
    void coversGridSharesText()
    {
        for (const Face& face : kFaces) {
            const QRawFont raw(fileBytes(QString::fromLatin1(face.bundled)), 16);
            for (const uint c : kSample.toUcs4())
                QVERIFY2(
                    raw.supportsCharacter(c),
                    qPrintable(
                        QStringLiteral("%1: U+%2").arg(QLatin1String(face.bundled)).arg(c, 4, 16, QLatin1Char('0'))));
        }
    }

    // Every character the bundled faces have, at screen and print sizes and each hinting a platform
    // may ask for: the same advance and the same pixels as DejaVu Sans.
    void drawsAsDejaVuSans()
    {
        for (const Face& face : kFaces) {
            const QByteArray bundledBytes = fileBytes(QString::fromLatin1(face.bundled));
            QList<uint> characters;
            const QRawFont probe(bundledBytes, 16);
            for (uint c = 0x20; c < 0x10000; ++c) {
                if (probe.supportsCharacter(c))
                    characters.append(c);
            }
            QVERIFY2(characters.size() > 2000, face.bundled);
            for (const auto hinting : {QFont::PreferDefaultHinting, QFont::PreferNoHinting,
                                       QFont::PreferVerticalHinting, QFont::PreferFullHinting}) {
                for (const double pixels : {9.0, 11.0, 12.0, 13.0, 16.0, 20.0, 27.0, 40.0, 64.0, 125.0}) {
                    const QRawFont bundled(bundledBytes, pixels, hinting);
                    const QRawFont source(QString::fromLatin1(face.source), pixels, hinting);
                    QVERIFY2(bundled.isValid() && source.isValid(), face.source);
                    for (const uint c : characters) {
                        const QString one = QString::fromUcs4(reinterpret_cast<const char32_t*>(&c), 1);
                        const QList<quint32> a = bundled.glyphIndexesForString(one);
                        const QList<quint32> b = source.glyphIndexesForString(one);
                        const auto where = [&] {
                            return QStringLiteral("%1 U+%2 at %3 px, hinting %4")
                                .arg(QLatin1String(face.bundled))
                                .arg(c, 4, 16, QLatin1Char('0'))
                                .arg(pixels)
                                .arg(int(hinting));
                        };
                        QVERIFY2(a.size() == 1 && b.size() == 1 && b[0] != 0, qPrintable(where()));
                        QVERIFY2(bundled.advancesForGlyphIndexes(a) == source.advancesForGlyphIndexes(b),
                                 qPrintable(where()));
                        QVERIFY2(bundled.alphaMapForGlyph(a[0], QRawFont::PixelAntialiasing)
                                     == source.alphaMapForGlyph(b[0], QRawFont::PixelAntialiasing),
                                 qPrintable(where()));
                    }
                }
            }
        }
    }
};

QTEST_MAIN(TestChartTypeface)
#include "tst_chart_typeface.moc"
