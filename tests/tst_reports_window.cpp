// SPDX-License-Identifier: GPL-3.0-or-later
// Reports and meetings in the window: exports through File and Edit, pinned baselines on the
// charts and in the key figures, and presentation mode driven from the keyboard alone.

#include "offscreen_screen.h"
#include "window_fixture.h"

#include "common/quantity_text.h"
#include "document/settings.h"
#include "gui/charts/chart_page.h"
#include "gui/charts/share_chart_page.h"
#include "gui/export/export_actions.h"
#include "gui/panels/key_figures_strip.h"
#include "gui/presentation_window.h"

#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QMimeData>
#include <QPrinter>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gridshare;
using namespace gridshare::gui;

namespace {

// Shortcuts answer only in the active window; the offscreen platform activates on request.
void makeActive(QWidget* window)
{
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTRY_COMPARE(QApplication::activeWindow(), window);
}

} // namespace

class TestReportsWindow : public QObject {
    Q_OBJECT

    testing::WindowFixture f;
    QTemporaryDir dir_;

    // Answers the export dialogs: this size, then this file; errors are collected.
    void answerExports(const QString& file, const FigureSpec& spec = {})
    {
        ExportActions::Prompts prompts;
        prompts.figureSpec = [spec](const FigureSpec&) { return std::optional<FigureSpec>(spec); };
        prompts.saveFileName = [file](const QString&, const QString&, const QString&) { return file; };
        prompts.error = [this](const QString&, const QString& message) { errors_.append(message); };
        prompts.printPreview = [](const FigureContent&) {};
        f.window->exportActions()->setPrompts(prompts);
    }

    QStringList errors_;

private slots:
    void initTestCase() { testing::WindowFixture::enableTestMode(); }
    void init()
    {
        f.create();
        errors_.clear();
    }
    void cleanup() { f.destroy(); }

    void exportChartWritesTheChosenSize()
    {
        const QString png = dir_.filePath(QStringLiteral("window.png"));
        FigureSpec spec;
        spec.size = QSize(800, 500);
        spec.scale = 2;
        answerExports(png, spec);
        QVERIFY(f.window->exportActions()->exportChart());
        QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 1000));
    }

    void exportRefusesAnUnknownExtensionAndKeepsTheFile()
    {
        const QString path = dir_.filePath(QStringLiteral("figure.bmp"));
        answerExports(path);
        QVERIFY(!f.window->exportActions()->exportChart());
        QCOMPARE(errors_.size(), 1);
        QVERIFY(errors_.front().contains(QStringLiteral(".png, .svg or .pdf")));
        QVERIFY(!QFile::exists(path));
    }

    void exportTableAndReport()
    {
        const QString csv = dir_.filePath(QStringLiteral("table.csv"));
        answerExports(csv);
        QVERIFY(f.window->exportActions()->exportTable());
        QFile table(csv);
        QVERIFY(table.open(QIODevice::ReadOnly));
        QCOMPARE(table.readAll().count('\n'), 1 + 7);

        const QString pdf = dir_.filePath(QStringLiteral("report.pdf"));
        answerExports(pdf);
        QVERIFY(f.window->exportActions()->exportReport());
        QFile report(pdf);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.read(5) == "%PDF-");
    }

    void copyChartIsSharpAndVector()
    {
        f.window->show();
        QVERIFY(f.window->exportActions()->copyChart());
        const QMimeData* mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime->hasImage());
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        const QWidget* chart = f.window->page(f.window->view());
        QVERIFY(image.width() >= chart->width());
        QVERIFY(mime->data(QStringLiteral("image/svg+xml")).contains("<svg"));
    }

    void printingDrawsTheFigure()
    {
        // The preview dialog's paint request, on a PDF printer.
        const QString pdf = dir_.filePath(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        ChartPage* page = f.window->page(ChartView::Share);
        f.document->finishPendingWork();
        page->display(f.document->snapshot());
        printFigure(&printer, {page, f.document->snapshot().get(), &f.document->data()});
        QVERIFY(QFileInfo(pdf).size() > 10000);
    }

    void pinningKeepsDashedLinesAndDeltas()
    {
        KeyFiguresStrip* figures = f.window->keyFigures();
        QVERIFY(figures->deltaText(FigureKey::AiShare).isEmpty());
        f.window->pinAction()->trigger();
        QCOMPARE(f.document->pinned().size(), std::size_t(1));
        // Unchanged: no difference yet.
        QVERIFY(figures->deltaText(FigureKey::AiShare).startsWith(QStringLiteral("±")));

        // Query growth 50% -> 80%: the AI share rises, and the strip says by how much.
        f.document->setValue(Param::QueryGrowth, 0.8);
        f.window->renderNow();
        const auto& now = f.document->snapshot()->evaluation.years.back();
        const auto& then = f.document->pinned().front().evaluation.years.back();
        QVERIFY(now.aiShare > then.aiShare);
        const QString delta = figures->deltaText(FigureKey::AiShare);
        QVERIFY2(delta.startsWith(QStringLiteral("+")), qPrintable(delta));
        QVERIFY2(delta.contains(QLocale().toString((now.aiShare - then.aiShare) * 100, 'f', 2)), qPrintable(delta));
        QVERIFY(delta.endsWith(QStringLiteral("vs pinned")));

        // The pinned line is dashed, in its own colour, with a legend entry, on the share chart.
        ChartPage* share = f.window->page(ChartView::Share);
        QCPGraph* pinned = share->graphNamed(QStringLiteral("pinned_0"));
        QVERIFY(pinned);
        QCOMPARE(pinned->pen().style(), Qt::DashLine);
        QVERIFY(pinned->name().contains(f.document->name()));
        QCOMPARE(pinned->dataCount(), int(f.document->pinned().front().evaluation.years.size()));
        QCOMPARE(pinned->data()->at(pinned->dataCount() - 1)->value, then.aiShare * 100);
        QVERIFY(pinned->pen().color() != share->graphNamed(QStringLiteral("ai_share"))->pen().color());
    }

    void upToFourPinsThenUnpin()
    {
        for (int i = 0; i < 4; ++i) {
            f.document->setValue(Param::QueryGrowth, 0.5 + 0.1 * i);
            QVERIFY(f.document->pinCurrent());
        }
        QVERIFY(!f.document->pinCurrent());
        QVERIFY(!f.window->pinAction()->isEnabled());
        QSet<QRgb> colours;
        for (const auto& pin : f.document->pinned())
            colours.insert(pin.colour.rgb());
        QCOMPARE(colours.size(), 4);
        QCOMPARE(f.document->pinned()[1].name, f.document->name() + QStringLiteral(" (2)"));

        f.document->unpin(0);
        QCOMPARE(f.document->pinned().size(), std::size_t(3));
        QVERIFY(f.window->pinAction()->isEnabled());
        ChartPage* share = f.window->page(ChartView::Share);
        QVERIFY(share->graphNamed(QStringLiteral("pinned_2")));
        QVERIFY(!share->graphNamed(QStringLiteral("pinned_3")));
        f.document->clearPinned();
        QVERIFY(!share->graphNamed(QStringLiteral("pinned_0")));
        QVERIFY(f.window->keyFigures()->deltaText(FigureKey::AiShare).isEmpty());
    }

    void exportsIncludeThePins()
    {
        f.document->pinCurrent();
        const QString svg = dir_.filePath(QStringLiteral("pinned.svg"));
        answerExports(svg);
        QVERIFY(f.window->exportActions()->exportChart());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("Pinned: " + f.document->name().toUtf8()));
        QVERIFY(text.contains("pinned scenarios"));
    }

    void presentationStepsThroughAFiveScenarioPlaylist()
    {
        f.settings->setPresentationPlaylist({QStringLiteral("preset:chatgpt-2024"), QStringLiteral("preset:epri-2026"),
                                             QStringLiteral("preset:arm-ceo-claim"),
                                             QStringLiteral("preset:efficient-inference-2025")});
        f.settings->setPresentationZoom(1.0); // earlier runs keep theirs
        f.window->show();
        makeActive(f.window.get());
        QTest::keyClick(f.window.get(), Qt::Key_F5);
        PresentationWindow* show = f.window->presentation();
        QVERIFY(show);
        makeActive(show); // shortcuts answer in the active window
        QVERIFY(show->isFullScreen());
        QCOMPARE(show->count(), 5); // the open scenario, then four presets
        QCOMPARE(show->position(), 0);
        QCOMPARE(show->document()->name(), f.document->name());

        QTest::keyClick(show, Qt::Key_PageDown);
        QCOMPARE(show->position(), 1);
        QCOMPARE(show->document()->preset()->id, std::string("chatgpt-2024"));
        QVERIFY(show->isAnimating());                         // the chart moves to the next scenario...
        QTRY_VERIFY_WITH_TIMEOUT(!show->isAnimating(), 3000); // ...and arrives
        QCOMPARE(show->keyFigures()->valueText(FigureKey::AiTwh).isEmpty(), false);

        QTest::keyClick(show, Qt::Key_Right);
        QTest::keyClick(show, Qt::Key_Down);
        QTest::keyClick(show, Qt::Key_PageDown);
        QCOMPARE(show->position(), 4);
        QCOMPARE(show->document()->preset()->id, std::string("efficient-inference-2025"));
        QTest::keyClick(show, Qt::Key_PageDown); // the end: stays
        QCOMPARE(show->position(), 4);
        QTest::keyClick(show, Qt::Key_PageUp);
        QTest::keyClick(show, Qt::Key_Left);
        QCOMPARE(show->position(), 2);
        QCOMPARE(show->document()->preset()->id, std::string("epri-2026"));

        // The window's own scenario is untouched by the presentation.
        QVERIFY(!f.document->isModified());
        QCOMPARE(f.document->preset()->id, std::string("us-2024"));

        // P reveals and hides the published projections.
        auto* share = qobject_cast<ShareChartPage*>(show->chart());
        QVERIFY(share);
        QVERIFY(share->projectionsVisible());
        QTRY_VERIFY(!show->isAnimating());
        const qsizetype labels = share->citationLabels().size();
        QVERIFY(labels > 0);
        QTest::keyClick(show, Qt::Key_P);
        QVERIFY(!share->projectionsVisible());
        QCOMPARE(share->citationLabels().size(), 0);
        QTest::keyClick(show, Qt::Key_P);
        QCOMPARE(share->citationLabels().size(), labels);

        // Ctrl+Plus and Ctrl+Minus change the type; Esc leaves and the zoom is remembered.
        const auto typeSize = [show] { return QFontInfo(show->chart()->font()).pixelSize(); };
        const int before = typeSize();
        QVERIFY(before > QFontInfo(f.window->font()).pixelSize()); // larger than the window's
        QTest::keyClick(show, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(typeSize() > before);
        QTest::keyClick(show, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(show, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(typeSize() < before);
        const double zoom = show->zoom();
        QTest::keyClick(show, Qt::Key_Escape);
        QTRY_VERIFY(!f.window->presentation());
        QCOMPARE(f.settings->presentationZoom(), zoom);
    }

    void costsInAnotherCurrency()
    {
        // Yuan at the cited 7.0809 per dollar: the bill follows, the electricity does not. Undoable.
        const double usd = f.document->snapshot()->evaluation.years.back().cost;
        const double twh = f.document->snapshot()->evaluation.years.back().aiTwh;
        QComboBox* currency = f.window->currencySelector();
        // The rate's source by its publisher's name, never its id.
        const QString tip = currency->itemData(currency->findData(QStringLiteral("CNY")), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Board of Governors of the Federal Reserve System, 2024 (V1)"))
                     && !tip.contains(QStringLiteral("fed-g5a")),
                 qPrintable(tip));
        currency->setCurrentIndex(currency->findData(QStringLiteral("CNY")));
        emit currency->activated(currency->currentIndex());
        QCOMPARE(f.document->currency(), QStringLiteral("CNY"));
        const auto& end = f.document->snapshot()->evaluation.years.back();
        QVERIFY(std::abs(end.cost / (usd * 7.0809) - 1) < 1e-12);
        QCOMPARE(end.aiTwh, twh);
        QVERIFY(f.window->keyFigures()->valueText(FigureKey::Cost).size() > 0);
        f.document->undoStack()->undo();
        QCOMPARE(f.document->currency(), QStringLiteral("USD"));
        QCOMPARE(currency->currentData().toString(), QStringLiteral("USD"));
    }

    void themesRestyleTheCharts()
    {
        auto* dark = f.window->findChild<QAction*>(QStringLiteral("theme-dark"));
        QVERIFY(dark);
        dark->trigger();
        QCOMPARE(f.settings->theme(), Settings::Theme::Dark);
        const QColor base = QApplication::palette().color(QPalette::Base);
        QVERIFY(base.lightness() < 64);
        ChartPage* share = f.window->page(ChartView::Share);
        f.window->renderNow();
        // The chart's background, in its top-left corner (left of the title).
        const auto background = [share] {
            share->plot()->replot(QCustomPlot::rpImmediateRefresh);
            return share->plot()->grab().toImage().pixelColor(2, 2);
        };
        QTRY_COMPARE(background(), base);
        QTRY_COMPARE(share->plot()->xAxis->tickLabelColor(), QApplication::palette().color(QPalette::WindowText));

        f.window->findChild<QAction*>(QStringLiteral("theme-high-contrast"))->trigger();
        QTRY_COMPARE(background(), QColor(Qt::white));
        QTRY_COMPARE(share->plot()->xAxis->tickLabelColor(), QColor(Qt::black));
        f.window->findChild<QAction*>(QStringLiteral("theme-system"))->trigger();
        QCOMPARE(f.settings->theme(), Settings::Theme::System);
    }

    // The presentation says what the scenario implies for the base and end years, each figure beside
    // a cited one, and flags what is far outside (I hides and shows it); its key figures are in GW
    // when the window's are.
    void presentationSaysWhatTheScenarioImplies()
    {
        const QLocale system;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // the numbers as compared here
        const auto restore = qScopeGuard([&] { QLocale::setDefault(system); });
        f.settings->setKeyFiguresInGigawatts(true);
        f.window->show();
        PresentationWindow* show = f.window->present();
        f.settings->setKeyFiguresInGigawatts(false); // the next test starts as a new user would
        QVERIFY(QTest::qWaitForWindowExposed(show));
        makeActive(show); // shortcuts answer in the active window
        QVERIFY(show->keyFigures()->inGigawatts());
        const YearResult end = show->document()->snapshot()->evaluation.years.back();
        QCOMPARE(show->keyFigures()->valueText(FigureKey::DatacenterCapacityGw),
                 formatPower(end.datacenterCapacityGw, QLocale()));
        QVERIFY(show->keyFigures()->valueText(FigureKey::Households).isEmpty());

        auto* implications = show->findChild<QLabel*>(QStringLiteral("presentationImplications"));
        QVERIFY(implications);
        QVERIFY(!implications->isVisible()); // nothing flagged: the chart keeps the room until I is pressed
        QVERIFY(!show->implicationsVisible());
        QTest::keyClick(show, Qt::Key_I);
        QVERIFY(implications->isVisible());
        QString text = show->implicationsText();
        const std::vector<YearResult> years = show->document()->snapshot()->evaluation.years;
        for (const YearResult& year : {years.front(), years.back()}) {
            QVERIFY2(text.contains(QStringLiteral("In %1: Accelerators in service: %2 (= ")
                                       .arg(year.year)
                                       .arg(formatLargeNumber(year.accelerators, QLocale()))),
                     qPrintable(text));
            QVERIFY2(
                text.contains(
                    QStringLiteral("Requests a day: %1 (= ").arg(formatLargeNumber(year.queriesPerDay, QLocale()))),
                qPrintable(text));
        }
        QVERIFY(text.contains(
            QStringLiteral("15 million AI accelerators installed (H100-equivalents) (worldwide, 2025) [")));
        QVERIFY(show->implicationFlags().isEmpty());

        // Ten times the requests: 2.6 times the world's installed accelerators, flagged.
        show->document()->setValue(Param::QueriesPerDay, show->document()->value(Param::QueriesPerDay) * 10);
        show->document()->finishPendingWork();
        QCOMPARE(show->implicationFlags().size(), 1);
        text = show->implicationsText();
        QVERIFY2(text.contains(show->implicationFlags().front()), qPrintable(text));
        // The strip of sources names what the flag cites, as it names the chart's.
        const QString number =
            show->implicationFlags().front().section(QLatin1Char('['), -1).section(QLatin1Char(']'), 0, 0);
        QVERIFY2(show->sourcesText().contains(QStringLiteral("[%1] Epoch AI").arg(number)),
                 qPrintable(show->sourcesText()));
        QVERIFY2(show->implicationFlags().front().startsWith(
                     QStringLiteral("Far outside what is known (accelerators in service, %1)").arg(years.front().year)),
                 qPrintable(show->implicationFlags().front()));

        // Without the rest, the flag is still shown.
        QTest::keyClick(show, Qt::Key_I);
        QVERIFY(implications->isVisible());
        QCOMPARE(show->implicationsText().trimmed(), QStringLiteral("⚠ ") + show->implicationFlags().front());
        show->close();
    }

    void presentationSlidersMoveTheChart()
    {
        f.window->show();
        PresentationWindow* show = f.window->present();
        QVERIFY(QTest::qWaitForWindowExposed(show));
        const double before = show->document()->snapshot()->evaluation.years.back().aiTwh;
        show->document()->setValue(Param::QueriesPerDay, show->document()->value(Param::QueriesPerDay) * 2);
        QVERIFY(show->document()->snapshot()->evaluation.years.back().aiTwh > before);
        QCPGraph* ai = show->chart()->graphNamed(QStringLiteral("ai_share"));
        QCOMPARE(ai->data()->at(ai->dataCount() - 1)->value,
                 show->document()->snapshot()->evaluation.years.back().aiShare * 100);
        show->close();
    }
};

GRIDSHARE_OFFSCREEN_SCREEN("desktop-1920x1080.json");
QTEST_MAIN(TestReportsWindow)
#include "tst_reports_window.moc"
