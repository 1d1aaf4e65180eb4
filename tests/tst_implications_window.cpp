// SPDX-License-Identifier: GPL-3.0-or-later
// The window's "What this implies" panel and the key figures in GW: what they say for the US
// defaults and for a scenario far outside what is known, with the citation behind each comparison,
// and the GW choice kept in the settings for the next window.

#include "window_fixture.h"

#include "common/quantity_text.h"
#include "gui/panels/implications_panel.h"
#include "gui/panels/key_figures_strip.h"

#include <QAction>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace gridshare;
using namespace gridshare::gui;

class TestImplicationsWindow : public QObject {
    Q_OBJECT

    testing::WindowFixture f;

    QString cited(const char* source) const
    {
        const auto number = f.document->snapshot()->citations.numberOf(source);
        return number ? QStringLiteral(" [%1]").arg(*number)
                      : QStringLiteral(" [no citation for %1]").arg(QLatin1String(source));
    }

    QStringList rowsFor(int year) const
    {
        QStringList rows;
        for (const QString& row : f.window->implications()->rows())
            if (row.startsWith(QString::number(year)))
                rows.append(row);
        return rows;
    }

private slots:
    void initTestCase()
    {
        testing::WindowFixture::enableTestMode();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void init() { f.create(); }
    void cleanup() { f.destroy(); }

    // It is the third tab beside the sources.
    void panelIsBesideTheSources() { QCOMPARE(f.window->sideTabs()->indexOf(f.window->implications()), 2); }

    // The US defaults (230 billion typical requests a day in 2024): the accelerators they imply
    // against Epoch AI's 15 million H100-equivalents, their requests against ChatGPT's 2.5 billion
    // prompts a day (92 times) and 330 million from the US (697 times), the data-centre load against
    // the world's 415 TWh (47.4 GW) in 2024; nothing flagged.
    void defaultsBesideCitedFigures()
    {
        f.document->loadRegion(QStringLiteral("US"));
        f.document->finishPendingWork();
        const YearResult& base = f.document->snapshot()->evaluation.years.front();
        QCOMPARE(base.year, 2024);
        const QStringList rows = rowsFor(2024);
        QCOMPARE(rows.size(), 4);
        const QString share = QLocale().toString(base.accelerators / 15e6 * 100, 'g', 2);
        QVERIFY2(rows[0].contains(QStringLiteral("Accelerators in service: ")
                                  + formatLargeNumber(base.accelerators, QLocale())
                                  + QStringLiteral(" = %1 % of 15 million AI accelerators installed (H100-equivalents) "
                                                   "(worldwide, 2025)")
                                        .arg(share)
                                  + cited("epoch-chip-sales-2026")),
                 qPrintable(rows[0]));
        QVERIFY2(
            rows[0].contains(QStringLiteral("3.76 million NVIDIA data-centre GPUs shipped in 2023 (worldwide, 2023)")
                             + cited("techinsights-gpu-2023")),
            qPrintable(rows[0]));
        QVERIFY2(rows[2].contains(QStringLiteral("92× 2.5 billion ChatGPT prompts a day (worldwide, July 2025)")
                                  + cited("chatgpt-volumes")),
                 qPrintable(rows[2]));
        QVERIFY2(rows[2].contains(QStringLiteral("697× 330 million ChatGPT prompts from the US a day (this region")),
                 qPrintable(rows[2]));
        QVERIFY2(rows[3].contains(QStringLiteral("47.4 GW on average for the world's data centres (worldwide, 2024)")
                                  + cited("iea-energy-ai-2025")),
                 qPrintable(rows[3]));
        QCOMPARE(rowsFor(2030).size(), 4);
        QVERIFY2(f.window->implications()->flags().isEmpty(),
                 qPrintable(f.window->implications()->flags().join(QLatin1Char(0x0a))));
    }

    // Ten times the requests in 2024 imply 38 million accelerators for the US alone, 2.6 times the
    // world's installed base at the end of 2025: flagged, with that comparison and its citation.
    void farOutsideIsFlaggedWithItsComparison()
    {
        f.document->loadRegion(QStringLiteral("US"));
        f.document->setValue(Param::QueriesPerDay, 2.3e12);
        f.document->finishPendingWork();
        const double accelerators = f.document->snapshot()->evaluation.years.front().accelerators;
        QVERIFY(accelerators > 2 * 15e6);
        const QStringList flags = f.window->implications()->flags();
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.front(),
                 QStringLiteral("Far outside what is known (accelerators in service, 2024): %1× 15 million AI "
                                "accelerators installed (H100-equivalents) (worldwide, 2025)%2.")
                     .arg(QLocale().toString(accelerators / 15e6, 'f', 1), cited("epoch-chip-sales-2026")));
    }

    // Written when its tab is chosen, not at every step while hidden: what it shows then is the
    // scenario as it is, however many steps went by while another tab was chosen.
    void aHiddenPanelShowsTheScenarioOfWhenItIsShown()
    {
        f.document->loadRegion(QStringLiteral("US"));
        f.document->finishPendingWork();
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        QTabWidget* tabs = f.window->sideTabs();
        auto* browser = f.window->implications()->findChild<QTextBrowser*>(QStringLiteral("implicationsText"));
        QVERIFY(browser);
        const auto acceleratorsNow = [&] {
            return formatLargeNumber(f.document->snapshot()->evaluation.years.front().accelerators, QLocale());
        };
        tabs->setCurrentWidget(f.window->implications());
        const QString before = acceleratorsNow();
        QVERIFY2(browser->toPlainText().contains(before), qPrintable(before));

        tabs->setCurrentIndex(0);
        QVERIFY(!f.window->implications()->isVisible());
        for (double requests : {4e11, 9e11, 1.5e12})
            f.document->setValue(Param::QueriesPerDay, requests);
        f.document->finishPendingWork();
        const QString after = acceleratorsNow();
        QVERIFY(after != before);
        QVERIFY2(!browser->toPlainText().contains(after), "written while hidden");
        tabs->setCurrentWidget(f.window->implications());
        QVERIFY2(browser->toPlainText().contains(after), qPrintable(after));
        QVERIFY(!browser->toPlainText().contains(before));
    }

    // View > Key Figures in GW: the AI tile says its average load and the last tile the data-centre
    // capacity, in GW; the choice is saved and the next window starts with it.
    void keyFiguresInGigawattsPersist()
    {
        f.document->loadRegion(QStringLiteral("US"));
        f.document->finishPendingWork();
        auto* action = f.window->findChild<QAction*>(QStringLiteral("keyFiguresInGigawatts"));
        QVERIFY(action);
        QVERIFY(!action->isChecked());
        QVERIFY(f.window->keyFigures()->valueText(FigureKey::DatacenterCapacityGw).isEmpty());
        action->setChecked(true);
        QVERIFY(f.settings->keyFiguresInGigawatts());

        f.destroy();
        f.create();
        f.document->loadRegion(QStringLiteral("US"));
        f.document->finishPendingWork();
        const KeyFiguresStrip* strip = f.window->keyFigures();
        QVERIFY(strip->inGigawatts());
        QVERIFY(f.window->findChild<QAction*>(QStringLiteral("keyFiguresInGigawatts"))->isChecked());
        const YearResult& end = f.document->snapshot()->evaluation.years.back();
        QCOMPARE(strip->valueText(FigureKey::DatacenterCapacityGw), formatPower(end.datacenterCapacityGw, QLocale()));
        QVERIFY(strip->valueText(FigureKey::DatacenterCapacityGw).endsWith(QStringLiteral(" GW")));
        QCOMPARE(strip->valueText(FigureKey::AiAvgGw), formatPower(end.aiAvgGw, QLocale()));
        QVERIFY(strip->valueText(FigureKey::Households).isEmpty());

        f.settings->setKeyFiguresInGigawatts(false); // the next test starts as a new user would
    }
};

QTEST_MAIN(TestImplicationsWindow)
#include "tst_implications_window.moc"
