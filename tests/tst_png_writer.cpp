// SPDX-License-Identifier: GPL-3.0-or-later
// Exported figures' PNG files: what pngBytes writes decodes to the same pixels, resolution and
// text it was given, with or without an alpha channel, and its rows are stored unfiltered (the
// choice that makes it fast; BENCHMARKS.md).

#include "gui/export/png_writer.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

namespace {

QImage figureLike(QImage::Format format, QSize size)
{
    QImage image(size, format);
    QRandomGenerator random(7);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x) {
            const int alpha = image.hasAlphaChannel() ? int(random.bounded(256)) : 255;
            image.setPixelColor(x, y, QColor(x % 256, y % 256, int(random.bounded(256)), alpha));
        }
    return image;
}

QImage decoded(const QByteArray& png, QString* title = nullptr)
{
    QBuffer buffer;
    buffer.setData(png);
    QImageReader reader(&buffer, "png");
    QImage image = reader.read();
    if (title)
        *title = image.text(QStringLiteral("Title"));
    return image;
}

// The filter type byte at the start of each row of the image data (RGB or RGBA, 8 bits).
QList<int> rowFilters(const QByteArray& png, int width, int height, int channels)
{
    QByteArray zlib;
    for (qsizetype at = 8; at + 12 <= png.size();) {
        const quint32 length = qFromBigEndian<quint32>(png.constData() + at);
        if (png.mid(at + 4, 4) == "IDAT")
            zlib += png.mid(at + 8, length);
        at += 12 + qsizetype(length);
    }
    const qsizetype stride = 1 + qsizetype(width) * channels;
    QByteArray sized(4, '\0');
    qToBigEndian<quint32>(quint32(stride * height), sized.data());
    const QByteArray raw = qUncompress(sized + zlib);
    QList<int> filters;
    for (qsizetype row = 0; row * stride < raw.size(); ++row)
        filters.append(int(quint8(raw.at(row * stride))));
    return filters;
}

} // namespace

class TestPngWriter : public QObject {
    Q_OBJECT

private slots:
    void opaqueImageRoundTrips()
    {
        QImage image = figureLike(QImage::Format_RGB32, QSize(301, 97));
        image.setDotsPerMeterX(11811); // 300 dpi
        image.setDotsPerMeterY(11811);
        const QString title = QStringLiteral("数据中心用电 — China, 2030");
        image.setText(QStringLiteral("Title"), title);
        const QByteArray png = gridshare::gui::pngBytes(image);
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QString readTitle;
        const QImage back = decoded(png, &readTitle);
        QVERIFY(!back.isNull());
        QVERIFY(!back.hasAlphaChannel());
        QCOMPARE(back.size(), image.size());
        QCOMPARE(back.convertToFormat(QImage::Format_RGB32), image);
        QCOMPARE(back.dotsPerMeterX(), 11811);
        QCOMPARE(back.dotsPerMeterY(), 11811);
        QCOMPARE(readTitle, title);
    }

    void latin1TextRoundTrips()
    {
        QImage image = figureLike(QImage::Format_RGB32, QSize(16, 16));
        image.setText(QStringLiteral("Title"), QStringLiteral("Share of US electricity — 2030"));
        image.setText(QStringLiteral("Author"), QStringLiteral("Café"));
        const QImage back = decoded(gridshare::gui::pngBytes(image));
        QCOMPARE(back.text(QStringLiteral("Title")), QStringLiteral("Share of US electricity — 2030"));
        QCOMPARE(back.text(QStringLiteral("Author")), QStringLiteral("Café"));
    }

    void alphaRoundTripsUnpremultiplied()
    {
        const QImage image = figureLike(QImage::Format_ARGB32, QSize(64, 33));
        const QImage back = decoded(gridshare::gui::pngBytes(image));
        QVERIFY(back.hasAlphaChannel());
        QCOMPARE(back.convertToFormat(QImage::Format_ARGB32), image);
        // A premultiplied image is written as the same colours unpremultiplied.
        const QImage premultiplied = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        const QImage fromPremultiplied = decoded(gridshare::gui::pngBytes(premultiplied));
        QCOMPARE(fromPremultiplied.convertToFormat(QImage::Format_ARGB32),
                 premultiplied.convertToFormat(QImage::Format_ARGB32));
    }

    void rowsAreUnfiltered()
    {
        const QImage opaque = figureLike(QImage::Format_RGB32, QSize(50, 40));
        const QList<int> rgb = rowFilters(gridshare::gui::pngBytes(opaque), 50, 40, 3);
        QCOMPARE(rgb.size(), 40);
        QVERIFY(std::all_of(rgb.begin(), rgb.end(), [](int f) { return f == 0; }));
        const QImage translucent = figureLike(QImage::Format_ARGB32, QSize(50, 40));
        const QList<int> rgba = rowFilters(gridshare::gui::pngBytes(translucent), 50, 40, 4);
        QCOMPARE(rgba.size(), 40);
        QVERIFY(std::all_of(rgba.begin(), rgba.end(), [](int f) { return f == 0; }));
    }

    void nullImageGivesNoBytes() { QVERIFY(gridshare::gui::pngBytes(QImage()).isEmpty()); }
};

QTEST_MAIN(TestPngWriter)
#include "tst_png_writer.moc"
