// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/export/report_export.h"

#include "common/data_text.h"
#include "common/evidence_text.h"
#include "common/implications_text.h"
#include "common/quantity_text.h"
#include "document/citation_text.h"
#include "document/figure_footer.h"
#include "document/implications_html.h"
#include "document/key_figures.h"
#include "document/parameter_presentation.h"
#include "document/request_context_text.h"
#include "gui/chart_typeface.h"
#include "gui/charts/chart_page.h"
#include "gui/charts/chart_views.h"
#include "gui/export/figure_export.h"

#include <qcustomplot.h>

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBuffer>
#include <QDate>
#include <QPdfWriter>
#include <QStyle>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <algorithm>
#include <cmath>
#include <memory>

namespace gridshare::gui {
namespace {

// The translation context of this file's text, which belongs to no widget.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

constexpr int kChartWidth = 900;    // charts are laid out at this width, then scaled to the page
constexpr int kPageNumberRoom = 28; // below the text on every page

QString html(const QString& text)
{
    return text.toHtmlEscaped();
}

QString headerHtml(const ScenarioSnapshot& s, const QLocale& locale, bool inGigawatts)
{
    QString page = QStringLiteral("<h1 style=\"font-size: 20pt; margin: 0;\">%1</h1>")
                       .arg(html(Text::tr("GridShare report: %1").arg(s.displayName())));
    page += QStringLiteral("<p style=\"margin-top: 2px;\">%1</p>")
                .arg(html(Text::tr("%1 · %2–%3 · written %4 by GridShare %5")
                              .arg(s.regionName)
                              .arg(s.evaluation.baseYear)
                              .arg(s.evaluation.endYear)
                              .arg(locale.toString(QDate::currentDate(), QLocale::LongFormat),
                                   QCoreApplication::applicationVersion())));
    // Key figures: three per row, the value large.
    if (s.data && !s.data->edition.version.empty())
        page += QStringLiteral("<p style=\"margin-top: 0;\"><small>%1</small></p>")
                    .arg(html(Text::tr("Data edition %1, as of %2: the defaults and published projections are the "
                                       "evidence of that date.")
                                  .arg(QString::fromStdString(s.data->edition.version),
                                       QString::fromStdString(s.data->edition.asOf))));
    page += QStringLiteral("<table width=\"100%\" cellspacing=\"4\" cellpadding=\"4\"><tr>");
    const auto figures = keyFigures(s, locale, inGigawatts);
    for (int i = 0; i < figures.size(); ++i) {
        const KeyFigure& f = figures[i];
        if (i > 0 && i % 3 == 0)
            page += QStringLiteral("</tr><tr>");
        page += QStringLiteral("<td width=\"33%\" style=\"background-color: #F2F2F2;\">%1<br/><span "
                               "style=\"font-size: 15pt; font-weight: bold;\">%2</span><br/><small>%3</small>%4</td>")
                    .arg(html(f.caption), html(f.value), html(f.detail),
                         f.delta.isEmpty() ? QString()
                                           : QStringLiteral("<br/><small>%1</small>")
                                                 .arg(html(Text::tr("%1 vs %2").arg(f.delta, f.versus))));
    }
    page += QStringLiteral("</tr></table>");
    page += QStringLiteral("<p>%1</p>")
                .arg(Text::tr("Figures for %1. Numbers in brackets refer to the sources listed at "
                              "the end; the parameter table gives every value behind them.")
                         .arg(s.evaluation.endYear));
    return page;
}

// The measured and estimated energy per request drawn on the Energy per request chart, each with
// its kind, scope, date and level.
QString requestEvidenceHtml(const ScenarioSnapshot& s, const Dataset& data, const QLocale& locale)
{
    if (data.requestEnergy.empty())
        return {};
    QString page = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(Text::tr("Energy per request: published figures"),
                            Text::tr("Drawn beside the scenario on the Energy per request chart. Only a measurement "
                                     "is called measured."));
    page += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0\">");
    page += QStringLiteral("<thead><tr style=\"background-color: #E6E6E6;\"><th align=\"left\">%1</th><th "
                           "align=\"right\">%2</th><th align=\"left\">%3</th><th align=\"left\">%4</th><th "
                           "align=\"left\">%5</th></tr></thead>")
                .arg(Text::tr("Figure"), Text::tr("Wh per request"), Text::tr("Kind"), Text::tr("What it counts"),
                     Text::tr("Published, level"));
    bool shaded = false;
    for (const RequestEnergy& r : data.requestEnergy) {
        const auto number = s.citations.numberOf(r.source);
        page += QStringLiteral("<tr style=\"background-color: %6;\"><td>%1</td><td align=\"right\">%2</td><td>%3</td>"
                               "<td>%4</td><td>%5</td></tr>")
                    .arg(html((number ? QStringLiteral("[%1] ").arg(*number) : QString()) + dataText(r.label)),
                         html(locale.toString((r.wh.low + r.wh.high) / 2, 'g', 3)), html(evidenceKindText(r.kind)),
                         html(QString::fromStdString(r.scope)),
                         html(publicationDateText(r.published, locale) + QStringLiteral(", ")
                              + QString::fromStdString(r.level)),
                         shaded ? QStringLiteral("#F4F4F4") : QStringLiteral("#FFFFFF"));
        shaded = !shaded;
    }
    return page + QStringLiteral("</table>");
}

// The base and end years' accelerators, tokens, requests and load beside the cited figures, with
// any flag, as the window's "What this implies" panel gives them.
QString implicationsSectionHtml(const ScenarioSnapshot& s, const QLocale& locale)
{
    const ImplicationsText text = implicationsText(s, locale, ImplicationsDetail::Full);
    if (text.html.isEmpty())
        return {};
    return QStringLiteral("<h2>%1</h2><p>%2</p>")
               .arg(html(Text::tr("What this scenario implies")),
                    html(Text::tr("In things people can check, beside the figures they know. %1")
                             .arg(farOutsideRule(locale))))
           + text.html;
}

// Which range's uncertainty drives the bands' spread: the Sobol indices of AI's end-year share,
// largest first, each with the standard error the estimator states.
QString uncertaintySectionHtml(const ScenarioSnapshot& s, const QLocale& locale)
{
    if (!s.sobol || s.sobol->parameters.empty())
        return {};
    std::vector<const ParameterSobol*> rows;
    for (const ParameterSobol& p : s.sobol->parameters)
        if (std::isfinite(p.aiShare.firstOrder) && std::isfinite(p.aiShare.total))
            rows.push_back(&p);
    if (rows.empty())
        return {};
    std::sort(rows.begin(), rows.end(), [](const ParameterSobol* a, const ParameterSobol* b) {
        return a->aiShare.firstOrder > b->aiShare.firstOrder;
    });
    const auto percent = [&locale](double fraction, double error) {
        return Text::tr("%1 ± %2").arg(formatVarianceShare(fraction, locale), locale.toString(error * 100, 'f', 1));
    };
    QString page = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(html(Text::tr("Which uncertainty matters")),
                            html(Text::tr("How much of the spread of AI's %1 share in the shaded bands (its variance) "
                                          "each range explains: alone, and together with its interactions with the "
                                          "other ranges. Sobol indices from %2 rows of samples, each ± its standard "
                                          "error.")
                                     .arg(s.sobol->year)
                                     .arg(locale.toString(qulonglong(s.sobol->rows)))));
    page += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0\">");
    page +=
        QStringLiteral("<thead><tr style=\"background-color: #E6E6E6;\"><th align=\"left\">%1</th><th "
                       "align=\"left\">%2</th><th align=\"right\">%3</th><th align=\"right\">%4</th></tr></thead>")
            .arg(Text::tr("Parameter"), Text::tr("Range"), Text::tr("Explains alone"), Text::tr("With interactions"));
    bool shaded = false;
    for (const ParameterSobol* p : rows) {
        shaded = !shaded;
        const auto range = s.resolved.ranges.find(p->param);
        const QString rangeText =
            range == s.resolved.ranges.end()
                ? QString()
                : formatRange(p->param, range->second.low, range->second.high, s.currency, locale);
        page += QStringLiteral("<tr style=\"background-color: %5;\"><td>%1</td><td>%2</td><td align=\"right\">%3</td>"
                               "<td align=\"right\">%4</td></tr>")
                    .arg(html(presentation(p->param).label), html(rangeText),
                         html(percent(p->aiShare.firstOrder, p->aiShare.firstOrderError)),
                         html(percent(p->aiShare.total, p->aiShare.totalError)),
                         shaded ? QStringLiteral("#F4F4F4") : QStringLiteral("#FFFFFF"));
    }
    return page + QStringLiteral("</table>");
}

QString tablesHtml(const ScenarioSnapshot& s, const Dataset& data, const QLocale& locale)
{
    // The request control is a volume of work, not a count of prompts: the report says so.
    const QString requests = QStringLiteral("<p><b>%1.</b> %2 %3</p>")
                                 .arg(html(presentation(Param::QueriesPerDay).label), html(requestControlExplanation()),
                                      html(requestContextText(s, locale)));
    QString page = implicationsSectionHtml(s, locale)
                   + QStringLiteral("<h2>%1</h2><p>%2</p>")
                         .arg(Text::tr("Parameters"),
                              Text::tr("Values in bold differ from the defaults; the source is the default's."))
                   + requests;
    // No frame: a table frame is drawn across page breaks. Alternate rows are shaded instead.
    page += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0\">");
    page += QStringLiteral("<thead><tr style=\"background-color: #E6E6E6;\"><th align=\"left\">%1</th><th "
                           "align=\"right\">%2</th><th align=\"left\">%3</th><th align=\"right\">%4</th><th "
                           "align=\"left\">%5</th></tr></thead>")
                .arg(Text::tr("Parameter"), Text::tr("Value"), Text::tr("Unit"), Text::tr("Default"),
                     Text::tr("Source of the default"));
    bool shaded = false;
    for (const auto& ps : paramSpecs()) {
        const Param p = ps.param;
        shaded = !shaded;
        const ParameterPresentation& pres = presentation(p);
        const bool changed = !s.isDefault(p);
        const QString value = formatValue(p, s.resolved.values[p], locale);
        page += QStringLiteral("<tr style=\"background-color: %6;\"><td>%1</td><td "
                               "align=\"right\">%2</td><td>%3</td><td "
                               "align=\"right\">%4</td><td><small>%5</small></td></tr>")
                    .arg(html(pres.label), changed ? QStringLiteral("<b>%1</b>").arg(html(value)) : html(value),
                         html(displayUnit(pres, s.currency)),
                         html(formatValue(p, s.defaults[static_cast<std::size_t>(p)], locale)),
                         html(provenanceText(s.defaultProvenance[static_cast<std::size_t>(p)], s.citations, data)),
                         shaded ? QStringLiteral("#F4F4F4") : QStringLiteral("#FFFFFF"));
    }
    page += QStringLiteral("</table>");
    if (!s.resolved.ranges.empty())
        page +=
            QStringLiteral("<p>%1</p>")
                .arg(Text::tr("Shaded bands: P10–P90 of %1 Monte Carlo samples, seed %2, over the ranges set in the "
                              "scenario; the dotted line in each band is its median (P50).")
                         .arg(locale.toString(s.resolved.monteCarlo.samples))
                         .arg(s.resolved.monteCarlo.seed));
    page += uncertaintySectionHtml(s, locale);
    if (!s.pinned.empty()) {
        QStringList names;
        for (const auto& pin : s.pinned)
            names.append(html(pin.name));
        page +=
            QStringLiteral("<p>%1</p>")
                .arg(Text::tr("Dashed lines on the charts: the pinned scenarios %1; the key figures compare with %2.")
                         .arg(names.join(QStringLiteral(", ")), names.front()));
    }
    page += requestEvidenceHtml(s, data, locale);
    page += QStringLiteral("<h2>%1</h2>").arg(Text::tr("Sources"));
    for (const Citation& c : s.citations.entries)
        page += QStringLiteral("<p>%1</p>").arg(citationHtml(c, data, true));
    page += QStringLiteral("<p><small>%1</small></p>").arg(levelsLegend(false).toHtmlEscaped());
    return page;
}

std::unique_ptr<QTextDocument> makeDocument(const QString& body, double width)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font = QApplication::font();
    font.setFamily(chartFamily(font)); // the charts' typeface: the PDF embeds one set of fonts, not two
    font.setPointSizeF(9.5);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setHtml(body);
    doc->setTextWidth(width);
    return doc;
}

// Draws one chart view at the page width, h logical pixels high; returns the height used on the page.
double drawChart(QCPPainter& painter, ChartView view, const ScenarioSnapshot& s, const Dataset& data, double top,
                 double pageWidth, int height, const ReportChartAdjustment& adjust)
{
    std::unique_ptr<ChartPage> page(createChartPage(view, nullptr));
    page->setPalette(QApplication::style()->standardPalette()); // ink on white paper
    page->resize(kChartWidth, height);
    page->display(std::shared_ptr<const ScenarioSnapshot>(&s, [](const ScenarioSnapshot*) {}));
    if (adjust)
        adjust(*page->plot());
    const double scale = pageWidth / kChartWidth;
    painter.save();
    painter.translate(0, top);
    painter.scale(scale, scale);
    paintFigure(painter, {page.get(), &s, &data}, QSize(kChartWidth, height), false);
    painter.restore();
    return height * scale;
}

// Moves every top-level paragraph that a page break would split (a citation, a note) to the start
// of the next page, so nothing is printed in two halves, and a heading to the page its text starts
// on. Tables keep Qt's own row breaking.
void keepParagraphsWhole(QTextDocument& doc, double pageHeight)
{
    // Qt lays a long document out lazily: measuring the last block finishes the layout, so every
    // block is measured where it really is and pageCount() counts every page.
    const auto finishLayout = [&doc] { doc.documentLayout()->blockBoundingRect(doc.lastBlock()); };
    finishLayout();
    const auto pageOf = [&](double y) { return int(y / pageHeight); };
    for (int pass = 0; pass < 40; ++pass) {
        bool moved = false;
        for (QTextFrame::iterator it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
            const QTextBlock block = it.currentBlock();
            if (!block.isValid())
                continue; // a table: its rows break between pages on their own
            const QRectF r = doc.documentLayout()->blockBoundingRect(block);
            bool split = pageOf(r.top()) != pageOf(r.bottom() - 1) && r.height() < pageHeight;
            if (!split && block.blockFormat().headingLevel() > 0 && block.next().isValid()) {
                const QRectF next = doc.documentLayout()->blockBoundingRect(block.next());
                split = pageOf(next.top()) > pageOf(r.top());
            }
            if (!split || block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            QTextCursor cursor(block);
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.setBlockFormat(format);
            if (block.blockFormat().headingLevel() > 0 && block.next().isValid()) {
                // The text under the heading follows it onto the new page without a break of its own.
                QTextCursor following(block.next());
                QTextBlockFormat next = block.next().blockFormat();
                next.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
                following.setBlockFormat(next);
            }
            moved = true;
            finishLayout();
            break; // the layout below has changed: measure again
        }
        if (!moved)
            break;
    }
    finishLayout();
}

// The foot of every page: the report's title and date on the left, "page N of M" on the right.
void drawPageFooter(QPainter& painter, const QRectF& page, const QString& title, int number, int count)
{
    painter.save();
    QFont font = QApplication::font();
    font.setFamily(chartFamily(font));
    font.setPointSizeF(8);
    painter.setFont(font);
    painter.setPen(QColor(0x59, 0x59, 0x59));
    const QRectF line(0, page.height() - kPageNumberRoom + 8, page.width(), kPageNumberRoom - 8);
    const QString pages = Text::tr("page %1 of %2").arg(number).arg(count);
    const double pagesWidth = painter.fontMetrics().horizontalAdvance(pages) + 16;
    painter.drawText(line, Qt::AlignRight | Qt::AlignBottom, pages);
    painter.drawText(line.adjusted(0, 0, -pagesWidth, 0), Qt::AlignLeft | Qt::AlignBottom,
                     painter.fontMetrics().elidedText(title, Qt::ElideMiddle, int(line.width() - pagesWidth)));
    painter.restore();
}

} // namespace

QByteArray reportPdf(const ScenarioSnapshot& s, const Dataset& data, bool keyFiguresInGigawatts,
                     const ReportChartAdjustment& adjust)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QLocale locale;
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
        pdf.setTitle(Text::tr("GridShare report: %1").arg(s.displayName()));
        pdf.setCreator(QStringLiteral("GridShare"));
        const QRectF page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        const double textHeight = page.height() - kPageNumberRoom;
        QCPPainter painter(&pdf);
        painter.setMode(QCPPainter::pmVectorized);

        // Laid out first, so every page can say how many there are.
        auto header = makeDocument(headerHtml(s, locale, keyFiguresInGigawatts), page.width());
        const double scale = page.width() / kChartWidth;
        constexpr double kGap = 16;
        const double chartsTop = header->size().height() + 8;
        const int chartHeight = std::clamp(int((textHeight - chartsTop - kGap) / 2 / scale), 300, 560);
        const bool energyOnNextPage = chartsTop + 2 * chartHeight * scale + kGap > textHeight + 1;
        auto tables = makeDocument(tablesHtml(s, data, locale), page.width());
        tables->setPageSize(QSizeF(page.width(), textHeight));
        keepParagraphsWhole(*tables, textHeight);
        const bool evidenceOnTwoPages = 2 * chartHeight * scale + kGap > textHeight + 1;
        // Power and the regions compared share a page as the evidence charts do; what moves AI's
        // share has a page of its own.
        const int pageCount = (energyOnNextPage ? 2 : 1) + 2 * (evidenceOnTwoPages ? 2 : 1) + 1 + tables->pageCount();
        const QString footer = Text::tr("GridShare report: %1 · %2")
                                   .arg(s.displayName(), locale.toString(QDate::currentDate(), QLocale::LongFormat));
        int pageNumber = 1;

        // Page 1: the header and both charts, which share what the header leaves.
        header->drawContents(&painter);
        double top = chartsTop
                     + drawChart(painter, ChartView::Share, s, data, chartsTop, page.width(), chartHeight, adjust)
                     + kGap;
        if (energyOnNextPage) {
            drawPageFooter(painter, page, footer, pageNumber++, pageCount);
            pdf.newPage();
            top = 0;
        }
        drawChart(painter, ChartView::Energy, s, data, top, page.width(), chartHeight, adjust);
        drawPageFooter(painter, page, footer, pageNumber++, pageCount);

        // Then how the published forecasts moved, and energy per request beside the published figures.
        pdf.newPage();
        top = drawChart(painter, ChartView::Forecasts, s, data, 0, page.width(), chartHeight, adjust) + kGap;
        if (evidenceOnTwoPages) {
            drawPageFooter(painter, page, footer, pageNumber++, pageCount);
            pdf.newPage();
            top = 0;
        }
        drawChart(painter, ChartView::PerQuery, s, data, top, page.width(), chartHeight, adjust);
        drawPageFooter(painter, page, footer, pageNumber++, pageCount);

        // Then power, as grid planners count it, beside the published GW projections, and the
        // scenario's assumptions on every region.
        pdf.newPage();
        top = drawChart(painter, ChartView::Power, s, data, 0, page.width(), chartHeight, adjust) + kGap;
        if (evidenceOnTwoPages) {
            drawPageFooter(painter, page, footer, pageNumber++, pageCount);
            pdf.newPage();
            top = 0;
        }
        drawChart(painter, ChartView::Regions, s, data, top, page.width(), chartHeight, adjust);
        drawPageFooter(painter, page, footer, pageNumber++, pageCount);

        // Then what moves AI's share, with the part of the bands' spread each range explains.
        pdf.newPage();
        drawChart(painter, ChartView::Sensitivity, s, data, 0, page.width(), chartHeight, adjust);
        drawPageFooter(painter, page, footer, pageNumber++, pageCount);

        // Then the tables, a page of the document at a time, cut at the page's edge so nothing
        // reaches into the footer.
        for (int i = 0; i < tables->pageCount(); ++i) {
            pdf.newPage();
            painter.save();
            painter.setClipRect(QRectF(0, 0, page.width(), textHeight));
            painter.translate(0, -i * textHeight);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, i * textHeight, page.width(), textHeight);
            context.palette.setColor(QPalette::Text, Qt::black);
            tables->documentLayout()->draw(&painter, context);
            painter.restore();
            drawPageFooter(painter, page, footer, pageNumber++, pageCount);
        }
    }
    return bytes;
}

} // namespace gridshare::gui
