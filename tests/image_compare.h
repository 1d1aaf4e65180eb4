// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Compares two renderings of one picture as a reader would: both in grey at the smaller one's size,
// then how far apart they are on average and how much of the picture differs strongly (a glyph or
// a line in another place). Also the rasterisers the tests call: poppler's pdftoppm and librsvg's
// rsvg-convert.

#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdlib>

struct ImageDifference {
    double meanGrey = 255;  // mean absolute grey difference, 0-255
    double strongShare = 1; // share of pixels whose grey differs by more than kStrongGrey
    double inkMoved = 1;    // the same among the pixels either picture draws on (not background)
    double worstTile = 255; // the largest mean grey difference over any kTile x kTile square
    double tilesOff = 1;    // share of those squares whose mean grey differs by more than kTileGrey
    static constexpr int kStrongGrey = 96;
    static constexpr int kTile = 16;
    static constexpr int kTileGrey = 24;

    QString describe() const
    {
        return QStringLiteral("mean grey difference %1, %2 % of pixels and %3 % of the drawing differ strongly; "
                              "worst square %4, %5 % of squares off")
            .arg(meanGrey, 0, 'f', 2)
            .arg(strongShare * 100, 0, 'f', 2)
            .arg(inkMoved * 100, 0, 'f', 1)
            .arg(worstTile, 0, 'f', 1)
            .arg(tilesOff * 100, 0, 'f', 2);
    }
};

// The largest difference of any colour channel between two pictures of one size, 0-255.
inline int largestChannelDifference(const QImage& a, const QImage& b)
{
    int largest = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            largest = std::max(
                {largest, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
        }
    return largest;
}

// The grey the picture is mostly made of: its background.
inline int backgroundGrey(const QImage& grey)
{
    long long counts[256] = {};
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* row = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            ++counts[row[x]];
    }
    return int(std::max_element(std::begin(counts), std::end(counts)) - std::begin(counts));
}

// The picture in grey at a size: area-averaged when it shrinks, as an eye or a printer would.
inline QImage greyAt(const QImage& image, QSize size)
{
    QImage flat = image.convertToFormat(QImage::Format_RGB32);
    flat.setDevicePixelRatio(1);
    if (flat.size() != size)
        flat = flat.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return flat.convertToFormat(QImage::Format_Grayscale8);
}

// Both at the size of `reference` (the 1x picture).
inline ImageDifference compareImages(const QImage& reference, const QImage& other)
{
    const QSize size(reference.width(), reference.height());
    const QImage a = greyAt(reference, size);
    const QImage b = greyAt(other, size);
    if (a.isNull() || b.isNull())
        return {};
    const int background = backgroundGrey(a);
    double sum = 0;
    long long strong = 0;
    long long ink = 0;
    for (int y = 0; y < size.height(); ++y) {
        const uchar* ra = a.constScanLine(y);
        const uchar* rb = b.constScanLine(y);
        for (int x = 0; x < size.width(); ++x) {
            const int d = std::abs(int(ra[x]) - int(rb[x]));
            sum += d;
            strong += d > ImageDifference::kStrongGrey ? 1 : 0;
            ink += std::abs(int(ra[x]) - background) > ImageDifference::kStrongGrey / 2
                           || std::abs(int(rb[x]) - background) > ImageDifference::kStrongGrey / 2
                       ? 1
                       : 0;
        }
    }
    const double pixels = double(size.width()) * size.height();
    ImageDifference d{sum / pixels, double(strong) / pixels, ink > 0 ? double(strong) / double(ink) : 0, 0, 0};
    constexpr int t = ImageDifference::kTile;
    int tiles = 0;
    int off = 0;
    for (int ty = 0; ty + t <= size.height(); ty += t)
        for (int tx = 0; tx + t <= size.width(); tx += t) {
            double tileSum = 0;
            for (int y = ty; y < ty + t; ++y) {
                const uchar* ra = a.constScanLine(y);
                const uchar* rb = b.constScanLine(y);
                for (int x = tx; x < tx + t; ++x)
                    tileSum += std::abs(int(ra[x]) - int(rb[x]));
            }
            const double mean = tileSum / (t * t);
            d.worstTile = std::max(d.worstTile, mean);
            ++tiles;
            off += mean > ImageDifference::kTileGrey ? 1 : 0;
        }
    d.tilesOff = tiles > 0 ? double(off) / tiles : 0;
    return d;
}

// Runs a rasteriser; the PNG it wrote, or a null image.
inline QImage rasterise(const QString& program, const QStringList& arguments, const QString& output)
{
    QProcess process;
    // Fontconfig chooses fonts by the language: under zh_CN "sans-serif" prefers a CJK family even
    // for Latin text, which Qt (with its own font choice) does not draw with. Rasterise in C.UTF-8.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LANG"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return {};
    }
    return QImage(output, "PNG");
}

// Writes bytes for a rasteriser to read; false when they could not be written.
inline bool writeInput(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// One page of a PDF through pdftoppm, at a resolution ({"-r", "96"}) or a width
// ({"-scale-to-x", "1200", "-scale-to-y", "-1"}).
inline QImage pdfPage(const QString& pdftoppm, const QByteArray& pdf, const QStringList& sizing, QTemporaryDir& dir,
                      int page = 1)
{
    const QString in = dir.filePath(QStringLiteral("in.pdf"));
    if (!writeInput(in, pdf))
        return {};
    const QString stem = dir.filePath(QStringLiteral("page"));
    return rasterise(pdftoppm,
                     QStringList{QStringLiteral("-png")} + sizing
                         + QStringList{QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                       QString::number(page), QStringLiteral("-singlefile"), in, stem},
                     stem + QStringLiteral(".png"));
}

// An SVG drawn by librsvg at 96 dpi (one SVG pixel, one image pixel).
inline QImage svgImage(const QString& rsvgConvert, const QByteArray& svg, QTemporaryDir& dir)
{
    const QString in = dir.filePath(QStringLiteral("in.svg"));
    if (!writeInput(in, svg))
        return {};
    const QString out = dir.filePath(QStringLiteral("svg.png"));
    return rasterise(rsvgConvert,
                     {QStringLiteral("--dpi-x"), QStringLiteral("96"), QStringLiteral("--dpi-y"), QStringLiteral("96"),
                      QStringLiteral("--background-color"), QStringLiteral("white"), QStringLiteral("-o"), out, in},
                     out);
}
