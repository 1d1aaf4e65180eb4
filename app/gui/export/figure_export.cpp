// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/export/figure_export.h"

#include "document/figure_footer.h"
#include "gui/chart_typeface.h"
#include "gui/charts/chart_page.h"
#include "gui/export/png_writer.h"
#include "gui/fonts.h"

#include "gridshare/writers.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QFileInfo>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QTextDocument>

#include <cmath>

namespace gridshare::gui {
namespace {

constexpr int kFooterMargin = 16;

// The footer laid out for a figure: in full where it takes at most kFooterShare of the height, else
// without the sources' addresses, else in smaller type too. Its height decides the chart's room.
constexpr double kFooterShare = 0.38;

std::unique_ptr<QTextDocument> layOutFooter(const FigureContent& c, QSize size)
{
    const QString ink = c.page->palette().color(QPalette::WindowText).name();
    std::unique_ptr<QTextDocument> doc;
    for (const auto& [compact, typeScale] : {std::pair{false, 0.95}, {true, 0.95}, {true, 0.85}, {true, 0.75}}) {
        doc = std::make_unique<QTextDocument>();
        doc->setDefaultFont(layoutFont(c.page->font(), typeScale));
        doc->setDocumentMargin(0);
        doc->setDefaultStyleSheet(QStringLiteral("a { color: %1; text-decoration: none; }").arg(ink));
        doc->setHtml(QStringLiteral("<div style=\"color:%1\">%2</div>")
                         .arg(ink, figureFooterHtml(*c.snapshot, *c.data, c.page->citedNumbers(), c.page->showsBands(),
                                                    c.page->locale(), compact)));
        doc->setTextWidth(size.width() - 2 * kFooterMargin);
        if (doc->size().height() + 2 * kFooterMargin <= size.height() * kFooterShare)
            break;
    }
    return doc;
}

// A footer never takes more than half the figure; beyond that it is cut, not the chart.
int chartHeightAbove(const QTextDocument* footer, QSize size)
{
    if (!footer)
        return size.height();
    return size.height() - std::min(int(std::ceil(footer->size().height())) + 2 * kFooterMargin, size.height() / 2);
}

} // namespace

std::optional<FigureFormat> figureFormatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return FigureFormat::Png;
    if (suffix == QLatin1String("svg"))
        return FigureFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return FigureFormat::Pdf;
    if (suffix == QLatin1String("csv"))
        return FigureFormat::Csv;
    return std::nullopt;
}

QString figureTitle(const FigureContent& c)
{
    return QStringLiteral("%1 — %2").arg(c.page->title(), c.snapshot->displayName());
}

QSize figureChartSize(const FigureContent& content, QSize size, bool footer)
{
    const auto doc = footer ? layOutFooter(content, size) : nullptr;
    return {size.width(), chartHeightAbove(doc.get(), size)};
}

void paintFigure(QCPPainter& painter, const FigureContent& c, QSize size, bool footer)
{
    const QColor base = c.page->palette().color(QPalette::Base);
    painter.fillRect(QRect(QPoint(0, 0), size), base);
    std::unique_ptr<QTextDocument> doc;
    if (footer)
        doc = layOutFooter(c, size);
    const int chartHeight = chartHeightAbove(doc.get(), size);
    painter.save();
    c.page->fitText(QSize(size.width(), chartHeight));
    c.page->plot()->toPainter(&painter, size.width(), chartHeight);
    c.page->fitText(c.page->plot()->size());
    painter.restore();
    if (!doc)
        return;
    QColor rule = c.page->palette().color(QPalette::WindowText);
    rule.setAlpha(60);
    painter.setPen(QPen(rule, 1));
    painter.drawLine(QPointF(kFooterMargin, chartHeight + 0.5),
                     QPointF(size.width() - kFooterMargin, chartHeight + 0.5));
    painter.save();
    painter.translate(kFooterMargin, chartHeight + kFooterMargin);
    doc->drawContents(&painter, QRectF(0, 0, size.width() - 2 * kFooterMargin, size.height() - chartHeight));
    painter.restore();
}

QImage figureImage(const FigureContent& c, const FigureSpec& spec)
{
    const QSize pixels(int(std::lround(spec.size.width() * spec.scale)),
                       int(std::lround(spec.size.height() * spec.scale)));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(spec.scale);
    const int dotsPerMeter = int(std::lround(spec.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(c.page->palette().color(QPalette::Base));
    QCPPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintFigure(painter, c, spec.size, spec.footer);
    painter.end();
    image.setText(QStringLiteral("Title"), figureTitle(c));
    return image;
}

QByteArray figurePng(const FigureContent& c, const FigureSpec& spec)
{
    // Painted with an alpha channel, so text never gets the coloured subpixel antialiasing Qt gives
    // opaque images; on an opaque background, written as RGB without it.
    QImage image = figureImage(c, spec);
    if (c.page->palette().color(QPalette::Base).alpha() == 255)
        image = std::move(image).convertToFormat(QImage::Format_RGB32);
    return pngBytes(image);
}

QByteArray figureSvg(const FigureContent& c, const FigureSpec& spec)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(spec.size);
    svg.setResolution(96); // one logical pixel is one CSS pixel, so the SVG's size in mm is right
    svg.setViewBox(QRect(QPoint(0, 0), spec.size));
    // Qt 6.4 writes the title and description into the XML as they are: escape them ("S&P", "McKinsey & Company").
    svg.setTitle(figureTitle(c).toHtmlEscaped());
    svg.setDescription(layOutFooter(c, spec.size)->toPlainText().toHtmlEscaped());
    QCPPainter painter(&svg);
    painter.setMode(QCPPainter::pmVectorized);
    paintFigure(painter, c, spec.size, spec.footer);
    painter.end();
    // QSvgGenerator states the size in millimetres to six digits, which renderers round up to one
    // pixel more than the figure has: state it in (CSS) pixels, exactly.
    static const QRegularExpression stated(QStringLiteral("<svg width=\"[^\"]*\" height=\"[^\"]*\""));
    QString text = QString::fromUtf8(bytes);
    text.replace(stated,
                 QStringLiteral("<svg width=\"%1\" height=\"%2\"").arg(spec.size.width()).arg(spec.size.height()));
    // Chart text names the typeface's design, which readers' tools can find.
    text.replace(QStringLiteral("font-family=\"%1\"").arg(bundledChartFamily()),
                 QStringLiteral("font-family=\"%1\"").arg(bundledChartDesign()));
    bytes = text.toUtf8();
    return bytes;
}

QByteArray figurePdf(const FigureContent& c, const FigureSpec& spec)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        // One logical pixel is 1/96 inch, as on a screen at 100 %.
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(QSizeF(spec.size) * 72.0 / 96.0, QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(figureTitle(c));
        pdf.setCreator(QStringLiteral("GridShare"));
        QCPPainter painter(&pdf);
        painter.setMode(QCPPainter::pmVectorized);
        paintFigure(painter, c, spec.size, spec.footer);
    }
    return bytes;
}

QByteArray figureBytes(const FigureContent& c, const FigureSpec& spec, FigureFormat format)
{
    switch (format) {
    case FigureFormat::Png:
        return figurePng(c, spec);
    case FigureFormat::Svg:
        return figureSvg(c, spec);
    case FigureFormat::Pdf:
        return figurePdf(c, spec);
    case FigureFormat::Csv:
        if (const auto table = c.page->csvTable())
            return *table;
        return QByteArray::fromStdString(toCsv(c.snapshot->evaluation));
    }
    return {};
}

void printFigure(QPrinter* printer, const FigureContent& c)
{
    // Laid out at a screen-like width, then scaled to the page, so type keeps its proportions.
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    const int width = 1200;
    const double scale = page.width() / width;
    const int height = std::min(int(width * 0.75), int(page.height() / scale));
    QCPPainter painter(printer);
    painter.setMode(QCPPainter::pmVectorized);
    painter.scale(scale, scale);
    paintFigure(painter, c, QSize(width, height), true);
}

} // namespace gridshare::gui
