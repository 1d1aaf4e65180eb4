// SPDX-License-Identifier: GPL-3.0-or-later
// File > Import Projections…: the rows skipped are listed with their row and column, the others are
// drawn on the share chart marked as the person's, and their source joins the Sources panel.
// File > Export Sources…: the file written in each format holds every source, the imported too.

#include "window_fixture.h"

#include "common/user_data.h"
#include "gui/charts/chart_views.h"
#include "gui/charts/forecasts_chart_page.h"
#include "gui/charts/power_chart_page.h"
#include "gui/charts/share_chart_page.h"
#include "gui/export/sources_export_action.h"
#include "gui/panels/citations_panel.h"
#include "gui/projection_import_action.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace gridshare;
using namespace gridshare::gui;

class TestProjectionImportWindow : public QObject {
    Q_OBJECT

    testing::WindowFixture f;
    QTemporaryDir dir_;

    QString writeCsv(const QByteArray& text)
    {
        const QString path = dir_.filePath(QStringLiteral("mine.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
            qFatal("cannot write the CSV");
        return path;
    }

private slots:
    void initTestCase()
    {
        testing::WindowFixture::enableTestMode();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QDir(userDataFolder()).removeRecursively();
    }
    void init() { f.create(); }
    void cleanup()
    {
        f.destroy();
        QDir(userDataFolder()).removeRecursively();
    }

    void theFileMenuOffersIt() { QVERIFY(f.window->findChild<QAction*>(QStringLiteral("importProjectionsAction"))); }

    void aBadRowIsListedAndTheOtherIsDrawnAsYours()
    {
        f.document->loadRegion(QStringLiteral("Ireland"));
        const QString path =
            writeCsv("region,title,publisher,url,published,year,scope,level,share\n"
                     "Ireland,Grid outlook of my own,My Consultancy,https://example.org/outlook,"
                     "2026-02,2030,datacenters,NV,35%\n"
                     "Ireland,Grid outlook of my own,My Consultancy,,2026-02,20x0,datacenters,NV,40%\n");
        QMessageBox* box = importProjections(f.document.get(), path, userDataFolder(), f.window.get());
        QVERIFY(box->text().contains(QStringLiteral("Projections imported: 1, for Ireland")));
        QVERIFY2(box->informativeText().contains(QStringLiteral("row 3, column year: \"20x0\" is not a year")),
                 qPrintable(box->informativeText()));
        QVERIFY(!box->informativeText().contains(QStringLiteral("row 2")));
        box->close();

        f.document->finishPendingWork();
        QCoreApplication::processEvents();
        QStringList yours;
        for (const QString& label : f.window->shareChart()->citationLabels())
            if (label.endsWith(QStringLiteral("(yours)")))
                yours.append(label);
        QCOMPARE(yours.size(), 1);
        const QString number = yours.front().section(QLatin1Char(']'), 0, 0) + QLatin1Char(']');
        bool cited = false;
        for (const QString& entry : f.window->citations()->numberedEntries())
            cited = cited || entry.startsWith(number + QStringLiteral(" yours-"));
        QVERIFY2(cited, qPrintable(f.window->citations()->numberedEntries().join(QLatin1Char('\n'))));
        const QString shown = f.window->citations()->toPlainText();
        const qsizetype at =
            shown.indexOf(number + QStringLiteral(" Grid outlook of my own. My Consultancy, 2026-02."));
        QVERIFY2(at >= 0, qPrintable(shown));
        const QString entry = shown.mid(at, shown.indexOf(QLatin1Char('\n'), at) - at);
        QVERIFY2(entry.contains(QStringLiteral("https://example.org/outlook (yours)")), qPrintable(entry));
        // Built-in projections are not marked.
        QVERIFY(f.window->shareChart()->citationLabels().size() > 1);
    }

    // Every chart that draws an imported projection marks it as the person's: a capacity on the
    // Power view, an energy figure on How forecasts moved (and, through the same pages, in
    // presentation mode and every export).
    void yoursOnPowerAndForecastsToo()
    {
        f.document->loadRegion(QStringLiteral("US"));
        const QString path = writeCsv("region,title,publisher,url,published,year,scope,level,measure,twh,gw\n"
                                      "US,Capacity outlook of my own,My Consultancy,,2026-03,2030,datacenters,NV,"
                                      "capacity,,150\n"
                                      "US,Energy outlook of my own,My Consultancy,,2026-04,2030,datacenters,NV,"
                                      "energy,700,\n");
        QMessageBox* box = importProjections(f.document.get(), path, userDataFolder(), f.window.get());
        QVERIFY2(box->text().contains(QStringLiteral("Projections imported: 2")), qPrintable(box->informativeText()));
        box->close();
        f.document->finishPendingWork();
        const auto markedYours = [](const QStringList& labels) {
            return int(std::count_if(labels.begin(), labels.end(),
                                     [](const QString& l) { return l.endsWith(QStringLiteral("(yours)")); }));
        };
        f.window->setView(ChartView::Power);
        f.window->renderNow();
        const auto* power = qobject_cast<PowerChartPage*>(f.window->page(ChartView::Power));
        QVERIFY(power);
        QCOMPARE(markedYours(power->citationLabels()), 1);
        QVERIFY(power->citationLabels().size() > 1); // the built-in ones are not marked
        f.window->setView(ChartView::Forecasts);
        f.window->renderNow();
        const auto* forecasts = qobject_cast<ForecastsChartPage*>(f.window->page(ChartView::Forecasts));
        QVERIFY(forecasts);
        QCOMPARE(markedYours(forecasts->citationLabels()), 1);
        QVERIFY(forecasts->citationLabels().size() > 1);
    }

    void exportedSourcesHoldEverySource_data()
    {
        QTest::addColumn<int>("filter");
        QTest::addColumn<QString>("file");
        QTest::newRow("BibTeX") << 0 << "sources.bib";
        QTest::newRow("CSL-JSON") << 1 << "sources.json";
        QTest::newRow("RIS") << 2 << "sources.ris";
    }

    void exportedSourcesHoldEverySource()
    {
        QFETCH(int, filter);
        QFETCH(QString, file);
        importProjections(f.document.get(),
                          writeCsv("region,title,publisher,url,published,year,scope,level,twh\n"
                                   "US,R&D outlook_2026,Lab 100%,,2026,2030,ai,D,300\n"),
                          userDataFolder(), f.window.get())
            ->close();
        const Dataset& data = f.document->data();
        QVERIFY(std::any_of(data.sources.begin(), data.sources.end(), [](const Source& s) { return s.own; }));
        const QString path = dir_.filePath(file);
        // The dialog's filter decides the format, whatever the name typed.
        const auto format = sourcesExportFormat(sourcesExportFilters().at(filter), dir_.filePath(QStringLiteral("x")));
        QVERIFY(format);
        QCOMPARE(int(*format), filter);
        QCOMPARE(exportSources(data, path, *format), QString());
        QFile read(path);
        QVERIFY(read.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(read.readAll());
        const auto keys = bibtexKeys(data.sources);
        for (std::size_t i = 0; i < data.sources.size(); ++i) {
            const QString id = QString::fromStdString(filter == 0 ? keys[i] : data.sources[i].id);
            const QString expected = filter == 0   ? QStringLiteral("@misc{%1,").arg(id)
                                     : filter == 1 ? QStringLiteral("\"id\": \"%1\"").arg(id)
                                                   : QStringLiteral("ID  - %1\r\n").arg(id);
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
        if (filter == 0)
            QVERIFY(text.contains(QStringLiteral("R\\&D outlook\\_2026")));
    }

    void aFileThatIsNotCsvSaysSoAndChangesNothing()
    {
        const QString path = writeCsv(QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11));
        QMessageBox* box = importProjections(f.document.get(), path, userDataFolder(), f.window.get());
        QCOMPARE(box->icon(), QMessageBox::Warning);
        QVERIFY2(box->informativeText().contains(QStringLiteral("not a CSV text file")),
                 qPrintable(box->informativeText()));
        box->close();
        QVERIFY(!QFile::exists(QDir(userDataFolder()).filePath(QStringLiteral("projections.json"))));
    }
};

QTEST_MAIN(TestProjectionImportWindow)
#include "tst_projection_import_window.moc"
