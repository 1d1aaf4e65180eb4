// SPDX-License-Identifier: GPL-3.0-or-later
// Every way a chart leaves the window looks like the chart at 1x, only sharper: PNG at any scale
// and the print presets, the printed page, Copy Chart on a scaled screen, and the SVG as librsvg
// draws it. Each is compared, picture against picture, with the 1x PNG of the same figure.
//
// How close is close enough is measured, not guessed. The pictures are compared square by square
// (16 x 16 pixels at 1x): text drawn at the wrong size or in the wrong place makes some square very
// different, while anti-aliasing and hinting spread thin differences everywhere. The same figure as
// a PDF, rasterised by poppler at 1x and at 2x, differs by at most W0 in any square (about 24 grey
// levels of 255 where this was written). An export may differ by three times that: poppler's and
// Qt's drawings of one figure at 1x differ by about 2.6 W0, the scaled PNGs and librsvg's drawing of
// the SVG by at most 2.6 W0, while text several times too large (the fault this guards against)
// differed by 4.3 W0 to 8.7 W0 in every view. The mean grey difference may be at most eight times
// the PDF's (it catches a picture that is wrong everywhere, such as the wrong colours).

#include "image_compare.h"
#include "window_fixture.h"

#include "gui/charts/chart_page.h"
#include "gui/charts/chart_views.h"
#include "gui/export/export_actions.h"
#include "gui/export/export_dialog.h"
#include "gui/export/figure_export.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLocale>
#include <QMimeData>
#include <QPrinter>
#include <QTest>

#include <memory>

using namespace gridshare;
using namespace gridshare::gui;

namespace {

// A chart page showing the default scenario, as `gridshare export` draws it.
struct Figure {
    std::unique_ptr<ScenarioDocument> document;
    std::unique_ptr<ChartPage> page;

    Figure(ChartView view, QSize size) : document(std::make_unique<ScenarioDocument>(Dataset::builtin()))
    {
        document->finishPendingWork();
        page.reset(createChartPage(view, nullptr));
        page->resize(size);
        page->display(document->snapshot());
    }
    FigureContent content() const { return {page.get(), document->snapshot().get(), &document->data()}; }
};

FigureSpec specOf(QSize size, double scale, double dpi)
{
    FigureSpec spec;
    spec.size = size;
    spec.scale = scale;
    spec.dpi = dpi;
    return spec;
}

// Saves both pictures beside the test when they differ too much, so a person can look.
void keepForInspection(const QString& name, const QImage& expected, const QImage& actual)
{
    const QString stem = QStringLiteral("%1/fidelity-%2")
                             .arg(QDir::tempPath(), QString(name).replace(QLatin1Char(' '), QLatin1Char('_')));
    expected.save(stem + QStringLiteral("-expected.png"));
    actual.save(stem + QStringLiteral("-actual.png"));
    qWarning("pictures kept in %s-{expected,actual}.png", qPrintable(stem));
}

} // namespace

class TestFigureFidelity : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    ImageDifference pdfBaseline_;

    // The most an export may differ from the 1x picture (see the top of the file), with floors so
    // that a baseline of almost nothing does not demand identical hinting.
    double tileLimit() const { return std::max(3 * pdfBaseline_.worstTile, 40.0); }
    double meanLimit() const { return std::max(8 * pdfBaseline_.meanGrey, 4.0); }

    void verifyClose(const QString& what, const QImage& expected, const QImage& actual)
    {
        QVERIFY2(!actual.isNull(), qPrintable(what + QStringLiteral(": nothing was drawn")));
        const ImageDifference d = compareImages(expected, actual);
        const bool close = d.worstTile <= tileLimit() && d.meanGrey <= meanLimit();
        if (!close)
            keepForInspection(what, expected, actual);
        QVERIFY2(close, qPrintable(QStringLiteral("%1: %2; allowed a worst square of %3 and a mean of %4")
                                       .arg(what, d.describe())
                                       .arg(tileLimit(), 0, 'f', 1)
                                       .arg(meanLimit(), 0, 'f', 2)));
    }

private slots:
    void initTestCase()
    {
        testing::WindowFixture::enableTestMode();
        // English figures whatever the caller's locale: the footer's date is then Latin text, which
        // librsvg and Qt draw alike (CJK glyphs differ by a few pixels between the two).
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(dir_.isValid());
        // The baseline: the share chart as a PDF (vectors and embedded fonts), at 96 and 192 dpi.
        const Figure figure(ChartView::Share, QSize(1280, 720));
        const QByteArray pdf = figurePdf(figure.content(), specOf(QSize(1280, 720), 1, 96));
        const QImage one = pdfPage(QStringLiteral(PDFTOPPM), pdf, {QStringLiteral("-r"), QStringLiteral("96")}, dir_);
        const QImage two = pdfPage(QStringLiteral(PDFTOPPM), pdf, {QStringLiteral("-r"), QStringLiteral("192")}, dir_);
        QCOMPARE(one.size(), QSize(1280, 720));
        QCOMPARE(two.size(), QSize(2560, 1440));
        pdfBaseline_ = compareImages(one, two);
        qInfo("PDF at 1x against 2x: %s", qPrintable(pdfBaseline_.describe()));
        // The poppler rendering at 1x is the same chart as the 1x PNG, or the PNG is wrong.
        verifyClose(QStringLiteral("PDF and PNG at 1x"), figureImage(figure.content(), specOf(QSize(1280, 720), 1, 96)),
                    one);
    }

    void scaledPngLooksLikeOneTimes_data()
    {
        QTest::addColumn<ChartView>("view");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("scale");
        QTest::addColumn<double>("dpi");
        for (ChartView view : kChartViews) {
            for (double scale : {1.5, 2.0, 3.0})
                // `gridshare export --scale` writes 96 dpi times the scale.
                QTest::addRow("%s scale %.1f", qPrintable(viewKey(view)), scale)
                    << view << QSize(1280, 720) << scale << 96 * scale;
            for (const FigurePreset& preset : figurePresets())
                if (preset.spec.scale != 1)
                    QTest::addRow("%s %s", qPrintable(viewKey(view)), qPrintable(preset.name))
                        << view << preset.spec.size << preset.spec.scale << preset.spec.dpi;
        }
    }

    void scaledPngLooksLikeOneTimes()
    {
        QFETCH(ChartView, view);
        QFETCH(QSize, size);
        QFETCH(double, scale);
        QFETCH(double, dpi);
        const Figure figure(view, size);
        const QImage one = figureImage(figure.content(), specOf(size, 1, 96));
        QImage scaled;
        QVERIFY(scaled.loadFromData(figurePng(figure.content(), specOf(size, scale, dpi)), "PNG"));
        QCOMPARE(scaled.width(), int(std::lround(size.width() * scale)));
        QCOMPARE(std::lround(scaled.dotsPerMeterX() * 0.0254), std::lround(dpi));
        verifyClose(QString::fromLatin1(QTest::currentDataTag()), one, scaled);
    }

    void svgLooksLikeThePng_data()
    {
        QTest::addColumn<ChartView>("view");
        for (ChartView view : kChartViews)
            QTest::addRow("%s", qPrintable(viewKey(view))) << view;
    }

    void svgLooksLikeThePng()
    {
        QFETCH(ChartView, view);
        const QSize size(1280, 720);
        const Figure figure(view, size);
        const QImage png = figureImage(figure.content(), specOf(size, 1, 96));
        const QImage svg =
            svgImage(QStringLiteral(RSVG_CONVERT), figureSvg(figure.content(), specOf(size, 1, 96)), dir_);
        // One SVG pixel is one CSS pixel: librsvg at 96 dpi draws it at the figure's size.
        QCOMPARE(svg.size(), size);
        verifyClose(QStringLiteral("SVG %1").arg(viewKey(view)), png, svg);
    }

    void printedPageLooksLikeTheFigure()
    {
        // What Print and its preview draw: the figure laid out 1200 pixels wide, scaled to the page.
        const Figure figure(ChartView::Share, QSize(1200, 800));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdfPath = dir_.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(pdfPath);
        printer.setPageOrientation(QPageLayout::Landscape);
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        printFigure(&printer, figure.content());
        QFile file(pdfPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QImage printed = pdfPage(QStringLiteral(PDFTOPPM), file.readAll(),
                                       {QStringLiteral("-scale-to-x"), QStringLiteral("1200"),
                                        QStringLiteral("-scale-to-y"), QStringLiteral("-1")},
                                       dir_);
        QVERIFY(!printed.isNull());
        QCOMPARE(printed.width(), 1200);
        const int height = std::min(900, printed.height());
        const QImage expected = figureImage(figure.content(), specOf(QSize(1200, height), 1, 96));
        verifyClose(QStringLiteral("printed page"), expected, printed.copy(0, 0, 1200, height));
    }

    void copyChartLooksLikeTheChart()
    {
        // Run at QT_SCALE_FACTOR=1.5 too (a second CTest entry): the copy has the screen's pixels.
        testing::WindowFixture f;
        f.create();
        f.window->resize(1280, 720);
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        const double ratio = f.window->devicePixelRatioF();
        if (qEnvironmentVariableIsSet("QT_SCALE_FACTOR"))
            QCOMPARE(ratio, qEnvironmentVariable("QT_SCALE_FACTOR").toDouble());
        QVERIFY(f.window->exportActions()->copyChart());
        const QImage copied = qvariant_cast<QImage>(QApplication::clipboard()->mimeData()->imageData());
        QVERIFY(!copied.isNull());
        ChartPage* page = f.window->page(f.window->view());
        const QSize size = page->size().expandedTo(QSize(640, 400));
        QCOMPARE(copied.width(), int(std::lround(size.width() * std::max(1.0, ratio))));
        const FigureContent content{page, f.document->snapshot().get(), &f.document->data()};
        verifyClose(QStringLiteral("copied chart at %1x").arg(ratio), figureImage(content, specOf(size, 1, 96)),
                    copied);
        f.destroy();
    }
};

QTEST_MAIN(TestFigureFidelity)
#include "tst_figure_fidelity.moc"
