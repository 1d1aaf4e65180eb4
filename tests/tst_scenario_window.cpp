// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario window, driven as a person drives it (offscreen): sliders and typed values reach
// the chart as exactly what the engine computes; presets, regions and resets; citations agree.

#include "gui/controls/controls_panel.h"
#include "gui/panels/citations_panel.h"
#include "gui/panels/key_figures_strip.h"
#include "window_fixture.h"

#include "common/quantity_text.h"
#include "document/citation_text.h"
#include "document/settings.h"
#include "gui/charts/sensitivity_chart_page.h"
#include "gui/charts/share_chart_page.h"
#include "gui/controls/parameter_control.h"
#include "gui/controls/parameter_field.h"
#include "gui/controls/quantity_edit.h"
#include "gui/controls/range_editor.h"
#include "gui/controls/what_it_takes_panel.h"
#include "gui/main_window.h"

#include "gridshare/evaluation.h"
#include "gridshare/sobol.h"

#include <qcustomplot.h>

#include <map>

#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace gridshare;
using namespace gridshare::gui;

namespace {

// What the engine says for a scenario, computed here without the window.
Evaluation engineResult(const Scenario& s)
{
    auto resolved = resolve(s, Dataset::builtin());
    if (!resolved)
        qFatal("%s", resolved.issues().front().describe().c_str());
    return evaluate(resolved.value());
}

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

class TestScenarioWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { testing::WindowFixture::enableTestMode(); }

    void init()
    {
        fixture_.create();
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }

    void cleanup() { fixture_.destroy(); }

    void headlineSliderDrawsWhatTheEngineReturns_data()
    {
        QTest::addColumn<int>("param");
        QTest::addColumn<int>("position");
        QTest::newRow("requests per day") << int(Param::QueriesPerDay) << 850;
        QTest::newRow("model size") << int(Param::ActiveParamsBillion) << 700;
        QTest::newRow("electricity price") << int(Param::PricePerKwh) << 600;
        QTest::newRow("request growth") << int(Param::QueryGrowth) << 300;
    }

    void headlineSliderDrawsWhatTheEngineReturns()
    {
        QFETCH(int, param);
        QFETCH(int, position);
        const Param p = Param(param);
        ParameterControl* control = window_->controls()->control(p);
        QVERIFY(control);
        const QVector<double> before = plotted(QStringLiteral("ai_share"));
        control->slider()->setValue(position);

        const double chosen = control->valueAt(position);
        QCOMPARE(document_->value(p), chosen);
        Scenario expected;
        expected.name = document_->scenario().name;
        expected.parameters[p] = chosen;
        const Evaluation e = engineResult(expected);

        const QVector<double> ai = plotted(QStringLiteral("ai_share"));
        const QVector<double> dc = plotted(QStringLiteral("datacenter_share"));
        QCOMPARE(ai.size(), int(e.years.size()));
        for (int i = 0; i < ai.size(); ++i) {
            QCOMPARE(ai[i], e.years[std::size_t(i)].aiShare * 100);
            QCOMPARE(dc[i], e.years[std::size_t(i)].datacenterShare * 100);
        }
        if (p != Param::PricePerKwh) // the price moves cost, not shares
            QVERIFY(ai != before);
        const QString expectedCost = formatLargeNumber(e.years.back().cost, window_->locale(), 3, true);
        QCOMPARE(window_->keyFigures()->valueText(FigureKey::Cost), expectedCost);
    }

    void typedValuesAreRead_data()
    {
        QTest::addColumn<int>("param");
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("expected");
        QTest::newRow("2.5B requests") << int(Param::QueriesPerDay) << "2.5B" << 2.5e9;
        QTest::newRow("200M requests") << int(Param::QueriesPerDay) << "200M" << 2e8;
        QTest::newRow("1.2T parameters") << int(Param::ActiveParamsBillion) << "1.2T" << 1200.0;
        QTest::newRow("2.5e9 requests") << int(Param::QueriesPerDay) << "2.5e9" << 2.5e9;
        QTest::newRow("price 0.12") << int(Param::PricePerKwh) << "0.12" << 0.12;
        QTest::newRow("growth 80%") << int(Param::QueryGrowth) << "80%" << 0.8;
    }

    void typedValuesAreRead()
    {
        QFETCH(int, param);
        QFETCH(QString, text);
        QFETCH(double, expected);
        typeInto(window_->controls()->control(Param(param))->edit(), text);
        QCOMPARE(document_->value(Param(param)), expected);
    }

    void localeDecimalsAreRead()
    {
        QuantityEdit* edit = window_->controls()->control(Param::PricePerKwh)->edit();
        edit->setLocale(QLocale(QStringLiteral("de_DE")));
        typeInto(edit, QStringLiteral("0,15"));
        QCOMPARE(document_->value(Param::PricePerKwh), 0.15);
    }

    void badTextIsRefusedVisibly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not a number") << "lots"
                                      << "is not a number";
        QTest::newRow("out of range") << "20T"
                                      << "outside the valid range";
        QTest::newRow("negative") << "-5M"
                                  << "outside the valid range";
    }

    void badTextIsRefusedVisibly()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        ParameterControl* control = window_->controls()->control(Param::QueriesPerDay);
        const double before = document_->value(Param::QueriesPerDay);
        typeInto(control->edit(), text);
        QCOMPARE(document_->value(Param::QueriesPerDay), before); // nothing changed
        QCOMPARE(control->edit()->text(), text);                  // nor what the person typed
        QVERIFY(control->edit()->property("refused").toBool());
        auto* hint = control->findChild<QLabel*>(QStringLiteral("refusal"));
        QVERIFY(hint && hint->isVisible());
        QVERIFY2(hint->text().contains(reason), qPrintable(hint->text()));
    }

    void assumptionEditAndReset()
    {
        QuantityEdit* pue = window_->controls()->assumptionEdit(Param::Pue);
        QToolButton* reset = window_->controls()->resetButton(Param::Pue);
        QVERIFY(pue && reset);
        QVERIFY(!reset->isEnabled());
        typeInto(pue, QStringLiteral("1.5"));
        QCOMPARE(document_->value(Param::Pue), 1.5);
        QVERIFY(reset->isEnabled());
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(document_->value(Param::Pue), 1.2);
        QVERIFY(!document_->scenario().parameters.count(Param::Pue));
    }

    void resetAllReturnsToThePreset()
    {
        QVERIFY(document_->loadPreset(QStringLiteral("chatgpt-2024")));
        document_->setValue(Param::QueriesPerDay, 1e9);
        document_->setValue(Param::Pue, 1.4);
        document_->resetAll();
        QCOMPARE(document_->value(Param::QueriesPerDay), 2e8); // the preset's value, not the region's
        QCOMPARE(document_->value(Param::Pue), 1.2);
    }

    void presetSwitching()
    {
        QComboBox* presets = window_->presetSelector();
        const int index = presets->findData(QStringLiteral("chatgpt-2024"));
        QVERIFY(index > 0);
        presets->setCurrentIndex(index);
        emit presets->activated(index);
        QCOMPARE(QString::fromStdString(document_->preset()->id), QStringLiteral("chatgpt-2024"));
        QCOMPARE(document_->currency(), QStringLiteral("CNY"));
        QCOMPARE(document_->value(Param::QueriesPerDay), 2e8);
        const Evaluation e = engineResult(Dataset::builtin().preset("chatgpt-2024")->scenario);
        QCOMPARE(plotted(QStringLiteral("ai_share")).first(), e.years.front().aiShare * 100);
        // Editing a value makes it no longer the preset: the selector says so after a reload.
        QCOMPARE(presets->currentIndex(), index);
    }

    // Thirteen regions and more stay easy to pick: grouped under headings that cannot be chosen, and
    // found by typing any part of a name, in any letter case.
    void regionChooserIsGroupedAndSearchable()
    {
        QComboBox* regions = window_->regionSelector();
        QStringList headings;
        int choosable = 0;
        for (int i = 0; i < regions->count(); ++i) {
            if (regions->itemData(i).toString().isEmpty()) {
                headings.append(regions->itemText(i));
                QVERIFY(!(regions->model()->flags(regions->model()->index(i, 0)) & Qt::ItemIsEnabled));
            } else {
                ++choosable;
            }
        }
        QCOMPARE(choosable, int(document_->data().regions.size()));
        QVERIFY(choosable >= 13);
        QCOMPARE(headings.join(QLatin1Char('|')),
                 QStringLiteral("Global|Large grids|High-share countries|Grids inside a country"));
        // Virginia sits under "Grids inside a country", after its heading.
        QCOMPARE(regions->findData(QStringLiteral("Virginia")),
                 regions->findText(QStringLiteral("Grids inside a country")) + 1);
        QVERIFY(regions->isEditable());
        QCompleter* completer = regions->completer();
        QVERIFY(completer);
        completer->setCompletionPrefix(QStringLiteral("LAND"));
        QStringList offered;
        for (int row = 0; completer->setCurrentRow(row); ++row)
            offered.append(completer->currentCompletion());
        QCOMPARE(offered.join(QLatin1Char('|')), QStringLiteral("Ireland|Netherlands"));
        // Choosing an offer loads that region, as choosing it from the list does.
        emit completer->activated(QStringLiteral("Ireland"));
        QCOMPARE(QString::fromStdString(document_->scenario().region), QStringLiteral("Ireland"));
        QCOMPARE(document_->currency(), QStringLiteral("EUR"));
        QCOMPARE(regions->currentText(), QStringLiteral("Ireland"));
        // A name typed out in full, in any case, and left chooses that region, never a heading.
        regions->lineEdit()->setText(QStringLiteral("world"));
        emit regions->lineEdit()->editingFinished();
        QCOMPARE(QString::fromStdString(document_->scenario().region), QStringLiteral("World"));
        regions->lineEdit()->setText(QStringLiteral("Atlantis"));
        emit regions->lineEdit()->editingFinished();
        QCOMPARE(regions->lineEdit()->text(), QStringLiteral("World")); // text that names nothing is put back
        const int us = regions->findData(QStringLiteral("US"));
        regions->setCurrentIndex(us);
        emit regions->activated(us);
        QCOMPARE(QString::fromStdString(document_->scenario().region), QStringLiteral("US"));
    }

    void aGridInsideACountryIsNotCalledNational()
    {
        QComboBox* regions = window_->regionSelector();
        const int virginia = regions->findData(QStringLiteral("Virginia"));
        regions->setCurrentIndex(virginia);
        emit regions->activated(virginia);
        window_->renderNow();
        QVERIFY(document_->snapshot()->subNational);
        QCOMPARE(window_->shareChart()->plot()->yAxis->label(),
                 QStringLiteral("Share of the region's electricity (%)"));
        const QString axis = window_->page(ChartView::Sensitivity)->plot()->xAxis->label();
        QVERIFY2(!axis.contains(QStringLiteral("national")), qPrintable(axis));
        const int us = regions->findData(QStringLiteral("US"));
        regions->setCurrentIndex(us);
        emit regions->activated(us);
        window_->renderNow();
        QCOMPARE(window_->shareChart()->plot()->yAxis->label(), QStringLiteral("Share of national electricity (%)"));
    }

    void regionSwitchChangesCurrencyAndDefaults()
    {
        QComboBox* regions = window_->regionSelector();
        const int china = regions->findData(QStringLiteral("China"));
        regions->setCurrentIndex(china);
        emit regions->activated(china);
        QCOMPARE(document_->currency(), QStringLiteral("CNY"));
        QCOMPARE(document_->value(Param::NationalTwh), 9852.0);
        auto units = window_->controls()->control(Param::PricePerKwh)->findChildren<QLabel*>();
        const bool showsCny =
            std::any_of(units.begin(), units.end(), [](QLabel* l) { return l->text() == QStringLiteral("CNY/kWh"); });
        QVERIFY(showsCny);
        QCOMPARE(window_->presetSelector()->currentIndex(), 0); // "Custom": no preset is loaded
        // China's published projections are drawn and cited: IEA's, the government's, S&P Global's...
        const QStringList labels = window_->shareChart()->citationLabels();
        QCOMPARE(labels.size(), int(document_->snapshot()->projections.size()));
        QVERIFY(labels.size() >= 4);
        QVERIFY(window_->citations()->toPlainText().contains(QStringLiteral("Carbon Brief")));
        QVERIFY(!window_->citations()->toPlainText().contains(QStringLiteral("no published projections")));
    }

    void chartCitationNumbersMatchThePanel()
    {
        const QStringList labels = window_->shareChart()->citationLabels();
        const QStringList entries = window_->citations()->numberedEntries();
        const auto& projections = document_->snapshot()->projections;
        QCOMPARE(labels.size(), int(projections.size()));
        QVERIFY(labels.size() >= 9);
        for (int i = 0; i < labels.size(); ++i) {
            QVERIFY2(!labels[i].isEmpty(), "a projection marker without a source");
            const int number = labels[i].mid(1, labels[i].size() - 2).toInt();
            QVERIFY(number >= 1 && number <= entries.size());
            const QString entry = entries[number - 1];
            QCOMPARE(entry, QStringLiteral("[%1] %2").arg(number).arg(
                                QString::fromStdString(projections[std::size_t(i)]->source)));
        }
    }

    void selectingAControlHighlightsItsSource()
    {
        window_->controls()->control(Param::ActiveParamsBillion)->edit()->setFocus();
        QTRY_COMPARE(window_->citations()->highlighted(), QStringLiteral("epoch-2025"));
        window_->controls()->assumptionEdit(Param::NationalTwh)->setFocus();
        QTRY_COMPARE(window_->citations()->highlighted(), QStringLiteral("eia-steo-2025"));
    }

    // A headline slider and an assumption row are one kind of field: each badge says where its
    // default comes from in the same words, and clicking it shows that source.
    void everyFieldSaysWhereItsDefaultComesFromAlike()
    {
        QVERIFY(document_->snapshot());
        const std::map<Param, QString> sources{{Param::ActiveParamsBillion, QStringLiteral("epoch-2025")},
                                               {Param::NationalTwh, QStringLiteral("eia-steo-2025")}};
        for (const auto& [p, source] : sources) {
            ParameterField* field = window_->controls()->control(p);
            if (!field)
                field = qobject_cast<ParameterField*>(window_->controls()->assumptionEdit(p)->parentWidget());
            QVERIFY(field);
            const Provenance provenance = document_->defaultProvenance(p);
            QTRY_COMPARE(field->sourceBadge()->text(), provenanceBadge(provenance, &document_->snapshot()->citations));
            QVERIFY2(QRegularExpression(QStringLiteral("^\\[\\d+\\] ")).match(field->sourceBadge()->text()).hasMatch(),
                     qPrintable(field->sourceBadge()->text()));
            QCOMPARE(field->sourceBadge()->toolTip(), provenanceTooltip(provenance, document_->data()));
            QVERIFY2(field->sourceBadge()->toolTip().startsWith(QStringLiteral("Default from ")),
                     qPrintable(field->sourceBadge()->toolTip()));
            window_->citations()->highlight(QString());
            field->sourceBadge()->click();
            QTRY_COMPARE(window_->citations()->highlighted(), source);
        }
    }

    // Each field's badge and its tooltip say what they would if written anew, as presets and regions
    // change the cited sources and their numbers under fields whose defaults stay the same.
    void badgesFollowTheCitationNumbers()
    {
        std::map<Param, QString> first;
        int renumbered = 0;
        for (const QString& preset : {QStringLiteral("us-2024"), QStringLiteral("chatgpt-2024"),
                                      QStringLiteral("china-2024"), QStringLiteral("us-2024")}) {
            QVERIFY(document_->loadPreset(preset));
            QVERIFY(document_->snapshot());
            for (const auto& spec : paramSpecs()) {
                ParameterField* field = window_->controls()->control(spec.param);
                if (!field && window_->controls()->assumptionEdit(spec.param))
                    field =
                        qobject_cast<ParameterField*>(window_->controls()->assumptionEdit(spec.param)->parentWidget());
                if (!field)
                    continue;
                const Provenance provenance = document_->defaultProvenance(spec.param);
                const QString badge = provenanceBadge(provenance, &document_->snapshot()->citations);
                QCOMPARE(field->sourceBadge()->text(), badge);
                QCOMPARE(field->sourceBadge()->toolTip(), provenanceTooltip(provenance, document_->data()));
                if (const auto it = first.find(spec.param); it == first.end())
                    first[spec.param] = badge;
                else if (it->second != badge)
                    ++renumbered;
            }
        }
        QVERIFY(renumbered > 0); // some badges did change
    }

    void seedSlipIsNotedWhereTheSeedIsCited()
    {
        document_->loadPreset(QStringLiteral("chatgpt-2024"));
        QVERIFY(window_->citations()->toPlainText().contains(QStringLiteral("128.7 万度")));
    }

    void hoverReadsOutTheYearUnderTheMouse()
    {
        ShareChartPage* chart = window_->shareChart();
        chart->plot()->replot();
        const QPoint at(int(chart->plot()->xAxis->coordToPixel(2027.1)), int(chart->plot()->yAxis->coordToPixel(3)));
        QTest::mouseMove(chart->plot(), at);
        QTRY_VERIFY(!chart->readoutText().isEmpty());
        const YearResult& y = document_->snapshot()->evaluation.years[3];
        QCOMPARE(y.year, 2027);
        QVERIFY2(chart->readoutText().startsWith(QStringLiteral("2027")), qPrintable(chart->readoutText()));
        QVERIFY2(chart->readoutText().contains(formatPercent(y.aiShare, window_->locale())),
                 qPrintable(chart->readoutText()));
    }

    void whatItTakesMatchesTheCommandLine()
    {
        // "What request growth makes the Arm CEO's 25% come true?" in the window and on the command
        // line: the same number, to the last of 17 digits.
        WhatItTakesPanel* panel = window_->whatItTakes();
        panel->ask(QStringLiteral("ai_share"), window_->locale().toString(25), 2030, Param::QueryGrowth);
        QVERIFY(panel->answer());

        QProcess solve;
        solve.start(QStringLiteral(GRIDSHARE_BINARY),
                    {QStringLiteral("solve"), QStringLiteral("--vary"), QStringLiteral("query_growth"),
                     QStringLiteral("--target"), QStringLiteral("ai_share=0.25"), QStringLiteral("--year"),
                     QStringLiteral("2030")});
        QVERIFY(solve.waitForFinished(30000));
        QCOMPARE(solve.exitCode(), 0);
        const QString line = QString::fromUtf8(solve.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(line.startsWith(QStringLiteral("query_growth = ")), qPrintable(line));
        QCOMPARE(*panel->answer(), line.section(QStringLiteral(" = "), 1).toDouble());

        // Apply it: the key figure reads 25 %.
        panel->findChild<QPushButton*>()->click();
        QCOMPARE(window_->keyFigures()->valueText(FigureKey::AiShare), formatPercent(0.25, window_->locale()));
    }

    void claimsListEveryProjection()
    {
        WhatItTakesPanel* panel = window_->whatItTakes();
        const auto& projections = document_->snapshot()->projections;
        const QStringList rows = panel->claimRows();
        QCOMPARE(rows.size(), int(projections.size()));
        // The Arm CEO's 20-25%: request growth for each end, applied, meets it.
        const auto arm =
            std::find_if(rows.begin(), rows.end(), [](const QString& r) { return r.contains(QStringLiteral("Arm")); });
        QVERIFY(arm != rows.end());
        QVERIFY2(arm->contains(QStringLiteral("20 % → ")) && arm->contains(QStringLiteral("25 % → ")),
                 qPrintable(*arm));
        // Projections before the base year cannot be reached by changing it.
        QVERIFY(rows.first().contains(QStringLiteral("outside 2024–2030")));
        // EPRI's 4.6% low end is below anything request growth alone can give.
        const auto epri =
            std::find_if(rows.begin(), rows.end(), [](const QString& r) { return r.contains(QStringLiteral("EPRI")); });
        QVERIFY2(epri->contains(QStringLiteral("out of reach")), qPrintable(*epri));
    }

    void noSolutionSaysWhatIsReachable()
    {
        WhatItTakesPanel* panel = window_->whatItTakes();
        panel->ask(QStringLiteral("ai_share"), QStringLiteral("50"), 2030, Param::Pue);
        QVERIFY(!panel->answer());
        auto* result = panel->findChild<QLabel*>(QStringLiteral("goalSeekResult"));
        QVERIFY(result->text().contains(QStringLiteral("No value of")));
        QVERIFY(result->text().contains(QStringLiteral("between")));
    }

    void theLegendListsOnlyWhatIsDrawn()
    {
        const auto entries = [this] {
            window_->renderNow();
            QStringList names;
            QCPLegend* legend = window_->shareChart()->plot()->legend;
            for (int i = 0; i < legend->itemCount(); ++i)
                if (auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i)))
                    names.append(item->plottable()->name());
            return names;
        };
        // In every region, an entry for each kind of published projection drawn, and only for those.
        for (const Region& region : document_->data().regions) {
            QVERIFY(document_->loadRegion(QString::fromStdString(region.id)));
            const auto& drawn = document_->snapshot()->projections;
            const auto has = [&](ProjectionScope scope) {
                return std::any_of(drawn.begin(), drawn.end(), [&](const Projection* p) { return p->scope == scope; });
            };
            const QStringList names = entries();
            // A scope's own entry (a point or a range in its colour) only when that scope is drawn; what
            // is drawn has an entry, its scope's own or a kind drawn in both colours (placed from TWh,
            // replaced).
            const bool neutral = std::any_of(names.begin(), names.end(), [](const QString& n) {
                return n.startsWith(QStringLiteral("Published in TWh only"))
                       || n.startsWith(QStringLiteral("Replaced"));
            });
            for (const auto& [scope, suffix] :
                 {std::pair{ProjectionScope::DataCentres, QStringLiteral(": all data centres")},
                  std::pair{ProjectionScope::AiOnly, QStringLiteral(": AI only")}}) {
                const bool own = names.contains(QStringLiteral("Published") + suffix)
                                 || names.contains(QStringLiteral("Published range") + suffix);
                QVERIFY2(!own || has(scope), qPrintable(QString::fromStdString(region.id) + suffix));
                QVERIFY2(!has(scope) || own || neutral, qPrintable(QString::fromStdString(region.id) + suffix));
            }
        }
    }

    void keyFiguresAndChartLabelsWriteSharesAlike()
    {
        // One formatter: the end-of-line labels read exactly as the key figures, small shares too.
        for (double requests : {1e11, 1e8, 2e6}) {
            document_->setValue(Param::QueriesPerDay, requests);
            window_->renderNow();
            QStringList labels;
            QCustomPlot* plot = window_->shareChart()->plot();
            for (int i = 0; i < plot->itemCount(); ++i)
                if (auto* text = qobject_cast<QCPItemText*>(plot->item(i)))
                    labels.append(text->text());
            for (FigureKey key : {FigureKey::AiShare, FigureKey::DatacenterShare}) {
                const QString figure = window_->keyFigures()->valueText(key);
                QVERIFY2(
                    labels.contains(figure),
                    qPrintable(QStringLiteral("%1 is not among %2").arg(figure, labels.join(QStringLiteral(", ")))));
            }
        }
    }

    void tornadoBarsSelectTheirControl()
    {
        window_->setView(ChartView::Sensitivity);
        auto* tornado = static_cast<SensitivityChartPage*>(window_->page(ChartView::Sensitivity));
        const auto& expected = document_->snapshot()->sensitivities;
        QVERIFY(!tornado->order().empty());
        for (std::size_t i = 0; i < tornado->order().size(); ++i)
            QCOMPARE(int(tornado->order()[i]), int(expected[i].param));
        // The bars are the engine's swings around the central share.
        QCPBars* high = nullptr;
        for (int i = 0; i < tornado->plot()->plottableCount(); ++i)
            if (tornado->plot()->plottable(i)->objectName() == QStringLiteral("sensitivity_high"))
                high = static_cast<QCPBars*>(tornado->plot()->plottable(i));
        QVERIFY(high);
        const double central = document_->snapshot()->evaluation.years.back().aiShare * 100;
        const auto top = high->data()->at(high->dataCount() - 1); // the top bar, largest swing
        QCOMPARE(top->value + central, expected.front().outputHigh * 100);

        tornado->clickBar(0);
        QTRY_VERIFY(window_->controls()->control(expected.front().param)
                        ? window_->controls()->control(expected.front().param)->slider()->hasFocus()
                        : window_->controls()->assumptionEdit(expected.front().param)->hasFocus());

        // A click with the mouse on the second bar from the top reaches its control too, and leaves
        // every bar in the colour the legend gives it.
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        tornado->plot()->replot(QCustomPlot::rpImmediateRefresh);
        const QImage before = tornado->plot()->toPixmap().toImage();
        const auto second = high->data()->at(high->dataCount() - 2);
        const QPoint onBar(int(high->valueAxis()->coordToPixel(central + second->value / 2)),
                           int(high->keyAxis()->coordToPixel(second->key)));
        QTest::mouseClick(tornado->plot(), Qt::LeftButton, {}, onBar);
        QTRY_VERIFY(window_->controls()->control(expected[1].param)
                        ? window_->controls()->control(expected[1].param)->slider()->hasFocus()
                        : window_->controls()->assumptionEdit(expected[1].param)->hasFocus());
        QVERIFY(high->selection().isEmpty());
        tornado->plot()->replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(tornado->plot()->toPixmap().toImage(), before);
    }

    // With several ranges, the tornado says which uncertainty drives the bands' spread: the Sobol
    // indices the engine gives for the same scenario, beside each ranged bar and in the subtitle.
    void tornadoSaysWhichRangeDrivesTheSpread()
    {
        for (const Param p : {Param::QueryGrowth, Param::Pue}) {
            const double v = document_->value(p);
            document_->setRange(p, p == Param::QueryGrowth ? Range{v - 0.2, v + 0.2} : Range{v * 0.95, v * 1.05});
        }
        window_->setView(ChartView::Sensitivity);
        window_->renderNow(); // waits for the bands and the indices
        const SnapshotPtr snapshot = document_->snapshot();
        QVERIFY(snapshot->sobol);
        const auto engine = sobolIndices(snapshot->resolved);
        QVERIFY(engine);
        QCOMPARE(snapshot->sobol->parameters.size(), std::size_t(2));
        for (std::size_t i = 0; i < 2; ++i)
            QCOMPARE(snapshot->sobol->parameters[i].aiShare.firstOrder, engine->parameters[i].aiShare.firstOrder);
        // Twenty points of growth over six years against five percent of PUE: growth explains most.
        const auto growth = std::find_if(engine->parameters.begin(), engine->parameters.end(),
                                         [](const ParameterSobol& p) { return p.param == Param::QueryGrowth; });
        QVERIFY(growth != engine->parameters.end());
        QVERIFY2(growth->aiShare.firstOrder > 0.5, qPrintable(QString::number(growth->aiShare.firstOrder)));
        const QString explains =
            QStringLiteral("%1 % of the spread").arg(std::lround(growth->aiShare.firstOrder * 100));

        auto* tornado = static_cast<SensitivityChartPage*>(window_->page(ChartView::Sensitivity));
        QVERIFY2(tornado->subtitle().startsWith(QStringLiteral("The range on \u201cRequest growth\u201d explains ")
                                                + explains),
                 qPrintable(tornado->subtitle()));
        auto ticker = tornado->plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
        QVERIFY(ticker);
        int withShare = 0;
        for (const QString& tick : ticker->ticks()) {
            withShare += tick.contains(QStringLiteral("of the spread")) ? 1 : 0;
            if (tick.startsWith(QStringLiteral("Request growth")))
                QVERIFY2(tick.contains(explains), qPrintable(tick));
        }
        // Every ranged parameter among the bars, and no other.
        const auto& drawn = tornado->order();
        QCOMPARE(withShare, int(std::count_if(drawn.begin(), drawn.end(),
                                              [&](Param p) { return snapshot->resolved.ranges.count(p) > 0; })));
    }

    void rangesMakeBands()
    {
        RangeEditor* range = window_->controls()->control(Param::QueryGrowth)->rangeEditor();
        range->toggle()->click(); // prefilled with the tornado's step: 47% +- 10 points
        QCOMPARE(document_->range(Param::QueryGrowth), std::optional<Range>(Range{0.47 - 0.1, 0.47 + 0.1}));
        window_->renderNow(); // waits for the bands
        QVERIFY(!document_->snapshot()->evaluation.bands.empty());
        QVERIFY(window_->shareChart()->graphNamed(QStringLiteral("ai_share_p90")));

        typeInto(range->lowEdit(), QStringLiteral("30"));
        QCOMPARE(document_->range(Param::QueryGrowth)->low, 0.3);

        // A range that leaves out the current value is refused, with a reason.
        typeInto(range->lowEdit(), QStringLiteral("70"));
        QCOMPARE(document_->range(Param::QueryGrowth)->low, 0.3);
        const auto hints = range->findChildren<QLabel*>();
        QVERIFY(std::any_of(hints.begin(), hints.end(), [](QLabel* l) {
            return l->isVisible() && l->text().contains(QStringLiteral("must contain the current value"));
        }));

        range->toggle()->click();
        QVERIFY(!document_->range(Param::QueryGrowth));
        QVERIFY(document_->snapshot()->evaluation.bands.empty());
        document_->undoStack()->undo(); // the range comes back
        QVERIFY(document_->range(Param::QueryGrowth));
    }

    void samplesAndSeedAreSaved()
    {
        QSpinBox* samples = window_->controls()->samplesBox();
        samples->setValue(20000);
        emit samples->editingFinished();
        QSpinBox* seed = window_->controls()->seedBox();
        seed->setValue(42);
        emit seed->editingFinished();
        QCOMPARE(document_->scenario().monteCarlo.samples, std::int64_t(20000));
        QCOMPARE(document_->scenario().monteCarlo.seed, std::uint64_t(42));
    }

    void invalidValuesAreShownNotComputed()
    {
        // National consumption below the data centres: refused by the engine, said in the window.
        const auto before = document_->snapshot();
        document_->setValue(Param::NationalTwh, 100);
        QVERIFY(!document_->issues().empty());
        QCOMPARE(document_->snapshot(), before);
        auto* problem = window_->findChild<QLabel*>(QStringLiteral("scenarioProblem"));
        QVERIFY(problem && problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("/parameters/national_twh")));
    }

private:
    QVector<double> plotted(const QString& graph) const
    {
        QCPGraph* g = window_->shareChart()->graphNamed(graph);
        if (!g)
            qFatal("no graph %s", qPrintable(graph));
        QVector<double> values;
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
            values.append(it->value);
        return values;
    }

    testing::WindowFixture fixture_;
    std::unique_ptr<ScenarioDocument>& document_ = fixture_.document;
    std::unique_ptr<MainWindow>& window_ = fixture_.window;
};

QTEST_MAIN(TestScenarioWindow)
#include "tst_scenario_window.moc"
