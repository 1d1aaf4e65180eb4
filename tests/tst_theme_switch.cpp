// SPDX-License-Identifier: GPL-3.0-or-later
// View > Theme while the window is open: after every switch, every label can be read (WCAG's 4.5:1
// between its text and what is behind it, measured on the rendered window), the sources' links
// too, and High contrast draws a high-contrast chart: wider lines, a black grid, no pale fills and
// chart text at 7:1.

#include "layout_checks.h"
#include "window_fixture.h"

#include "gui/charts/chart_page.h"
#include "gui/controls/controls_panel.h"
#include "gui/controls/parameter_control.h"
#include "gui/controls/quantity_edit.h"
#include "gui/panels/citations_panel.h"
#include "gui/themes.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <map>

using namespace gridshare;
using namespace gridshare::gui;

namespace {

// The contrast of a piece of rendered text: its most contrasting pixel against the colour most of
// the piece is (the background). Anti-aliased edges are paler, stems carry the text's own colour.
double renderedContrast(const QImage& piece, QColor* ink = nullptr, QColor* ground = nullptr)
{
    std::map<QRgb, int> counts;
    for (int y = 0; y < piece.height(); ++y)
        for (int x = 0; x < piece.width(); ++x)
            ++counts[piece.pixel(x, y) | 0xFF000000];
    QRgb background = 0;
    int most = -1;
    for (const auto& [colour, count] : counts)
        if (count > most) {
            most = count;
            background = colour;
        }
    double best = 1;
    for (const auto& [colour, count] : counts) {
        const double ratio = contrastRatio(QColor(colour), QColor(background));
        if (ratio > best) {
            best = ratio;
            if (ink)
                *ink = QColor(colour);
        }
    }
    if (ground)
        *ground = QColor(background);
    return best;
}

const char* nameOf(Settings::Theme theme)
{
    switch (theme) {
    case Settings::Theme::System:
        return "system";
    case Settings::Theme::Light:
        return "light";
    case Settings::Theme::Dark:
        return "dark";
    case Settings::Theme::HighContrast:
        return "high contrast";
    }
    return "";
}

} // namespace

class TestThemeSwitch : public QObject {
    Q_OBJECT

    testing::WindowFixture f;

    void switchTo(Settings::Theme theme)
    {
        applyTheme(theme);
        settleLayouts();
        f.window->renderNow();
        settleLayouts();
    }

    void verifyLabelsReadable(const QString& theme)
    {
        const QImage window = f.window->grab().toImage();
        int checked = 0;
        for (QLabel* label : f.window->findChildren<QLabel*>()) {
            // What shows of it: a label scrolled out of its panel shows nothing.
            const QRect shown = label->visibleRegion().boundingRect();
            if (!label->isVisible() || label->text().trimmed().isEmpty() || !label->pixmap().isNull()
                || shown.width() < 4 || shown.height() < 4)
                continue;
            const QRect area(label->mapTo(f.window.get(), shown.topLeft()), shown.size());
            QColor ink;
            QColor ground;
            const double ratio = renderedContrast(window.copy(area), &ink, &ground);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: \"%2\" is %3 on %4, %5:1")
                                                  .arg(theme, label->text(), ink.name(), ground.name())
                                                  .arg(ratio, 0, 'f', 2)));
            ++checked;
        }
        QVERIFY(checked >= 25); // the key figures, the controls' names, units and ranges...
    }

    void verifyLinksReadable(const QString& theme)
    {
        CitationsPanel* panel = f.window->citations();
        const QColor base = panel->palette().color(QPalette::Base);
        int links = 0;
        for (QTextBlock block = panel->document()->begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (!format.isAnchor() || format.anchorHref().isEmpty())
                    continue;
                const QColor colour = format.foreground().color();
                QVERIFY2(contrastRatio(colour, base) >= 4.5,
                         qPrintable(QStringLiteral("%1: link %2 on %3").arg(theme, colour.name(), base.name())));
                ++links;
            }
        QVERIFY(links >= 3);
    }

private slots:
    void initTestCase() { testing::WindowFixture::enableTestMode(); }
    void init()
    {
        f.create();
        f.window->resize(1600, 900);
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        settleLayouts();
    }
    void cleanup()
    {
        f.destroy();
        applyTheme(Settings::Theme::System);
    }

    void everyLabelFollowsTheTheme()
    {
        for (Settings::Theme theme : {Settings::Theme::Dark, Settings::Theme::HighContrast, Settings::Theme::Light,
                                      Settings::Theme::Dark, Settings::Theme::System, Settings::Theme::HighContrast}) {
            switchTo(theme);
            verifyLabelsReadable(QString::fromLatin1(nameOf(theme)));
            verifyLinksReadable(QString::fromLatin1(nameOf(theme)));
        }
    }

    // A refused value says so in an orange readable in every theme, taken when it is shown: 4.5:1
    // on the panel (7:1 in high contrast), and its rendered pixels pass like every other label's.
    void refusalsAreReadableInEveryTheme()
    {
        ParameterControl* control = f.window->controls()->control(Param::QueryGrowth);
        QVERIFY(control);
        for (Settings::Theme theme : {Settings::Theme::Light, Settings::Theme::Dark, Settings::Theme::HighContrast}) {
            switchTo(theme);
            control->edit()->setFocus();
            control->edit()->selectAll();
            QTest::keyClicks(control->edit(), QStringLiteral("lots"));
            QTest::keyClick(control->edit(), Qt::Key_Return);
            settleLayouts();
            const auto* hint = control->findChild<QLabel*>(QStringLiteral("refusal"));
            QVERIFY(hint && hint->isVisible() && !hint->text().isEmpty());
            const QColor ink(
                QRegularExpression(QStringLiteral("#[0-9a-fA-F]{6}")).match(hint->styleSheet()).captured(0));
            QVERIFY2(ink.isValid(), qPrintable(hint->styleSheet()));
            const double wanted = theme == Settings::Theme::HighContrast ? 7 : 4.5;
            const QColor panel = f.window->palette().color(QPalette::Window);
            QVERIFY2(
                contrastRatio(ink, panel) >= wanted,
                qPrintable(QStringLiteral("%1: %2 on %3").arg(QLatin1String(nameOf(theme)), ink.name(), panel.name())));
            verifyLabelsReadable(QString::fromLatin1(nameOf(theme)));
        }
    }

    // High contrast has a refusal colour of its own, a dark red at 7:1 on its white, not the
    // vermillion darkened into brown; the other themes keep the vermillion at 4.5:1.
    void highContrastHasItsOwnRefusalColour()
    {
        const QPalette high = themePalette(Settings::Theme::HighContrast);
        const QPalette light = themePalette(Settings::Theme::Light);
        const QColor refusal = refusalColour(high);
        QCOMPARE(refusal, QColor(palette::kRefusalHighContrast));
        QVERIFY(refusal != refusalColour(light));
        QVERIFY(contrastRatio(refusal, high.color(QPalette::Base)) >= 7);
        QVERIFY(contrastRatio(refusal, high.color(QPalette::Window)) >= 7);
        QVERIFY(contrastRatio(refusalColour(light), light.color(QPalette::Window)) >= 4.5);
    }

    void highContrastIsAHighContrastChart()
    {
        // A range, so the chart shades a band.
        f.document->setRange(Param::QueryGrowth, Range{0.3, 0.7});
        f.document->finishPendingWork();
        switchTo(Settings::Theme::Light);
        ChartPage* page = f.window->page(ChartView::Share);
        std::map<QString, double> lightWidths;
        for (int i = 0; i < page->plot()->graphCount(); ++i)
            lightWidths[page->plot()->graph(i)->objectName()] = page->plot()->graph(i)->pen().widthF();
        const QImage light = page->plot()->toPixmap().toImage();

        switchTo(Settings::Theme::HighContrast);
        QCustomPlot* plot = page->plot();
        const QColor base = page->palette().color(QPalette::Base);
        const QPen grid = plot->yAxis->grid()->pen();
        QCOMPARE(grid.style(), Qt::SolidLine);
        QVERIFY2(contrastRatio(grid.color(), base) >= 15, qPrintable(grid.color().name()));
        int lines = 0;
        for (int i = 0; i < plot->graphCount(); ++i) {
            const QCPGraph* g = plot->graph(i);
            if (g->pen().style() != Qt::NoPen && lightWidths[g->objectName()] > 0) {
                QVERIFY2(g->pen().widthF() >= 1.4 * lightWidths[g->objectName()], qPrintable(g->objectName()));
                QVERIFY2(contrastRatio(g->pen().color(), base) >= 3, qPrintable(g->objectName()));
                ++lines;
            }
            // No pale fills: a fill is hatched or solid, never a translucent wash.
            const QBrush brush = g->brush();
            if (brush.style() != Qt::NoBrush)
                QVERIFY2(brush.style() != Qt::SolidPattern || brush.color().alpha() == 255,
                         qPrintable(g->objectName()));
        }
        QVERIFY(lines >= 3);
        int texts = 0;
        for (int i = 0; i < plot->itemCount(); ++i)
            if (auto* text = qobject_cast<QCPItemText*>(plot->item(i)); text && text->visible()) {
                QVERIFY2(contrastRatio(text->color(), base) >= 7,
                         qPrintable(text->text() + QStringLiteral(" ") + text->color().name()));
                ++texts;
            }
        QVERIFY(texts >= 3);
        // It looks different, not just nominally: the grid and the lines change a good part of it.
        const QImage high = plot->toPixmap().toImage();
        QCOMPARE(high.size(), light.size());
        long long changed = 0;
        for (int y = 0; y < high.height(); ++y)
            for (int x = 0; x < high.width(); ++x)
                changed += high.pixel(x, y) != light.pixel(x, y) ? 1 : 0;
        const double share = double(changed) / (double(high.width()) * high.height());
        QVERIFY2(share >= 0.05, qPrintable(QString::number(share)));
    }
};

QTEST_MAIN(TestThemeSwitch)
#include "tst_theme_switch.moc"
