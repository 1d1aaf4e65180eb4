// SPDX-License-Identifier: GPL-3.0-or-later
// The window for people who use a screen reader or only a keyboard: every control a Tab reaches has
// a name an assistive technology can read, and Tab walks the window in reading order.

#include "menu_checks.h"
#include "window_fixture.h"

#include "gui/help_menu.h"

#include "gui/controls/controls_panel.h"
#include "gui/controls/parameter_control.h"
#include "gui/controls/range_editor.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QSet>
#include <QSlider>
#include <QTabBar>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

using namespace gridshare;
using namespace gridshare::gui;

namespace {

QString accessibleName(QWidget* w)
{
    // A spin box's editor is read as part of the spin box.
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
        w = spin;
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString describe(QWidget* w)
{
    return QStringLiteral("%1 \"%2\" in %3")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
             w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className()) : QString());
}

// The widgets Tab stops at, in the order it reaches them, starting from the first.
QList<QWidget*> tabChain(QWidget* first)
{
    QList<QWidget*> chain;
    QWidget* w = first;
    do {
        // A widget with a focus proxy (an editable combo box's text) is reached as that proxy.
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            chain.append(w);
        w = w->nextInFocusChain();
    } while (w && w != first && chain.size() < 2000);
    return chain;
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

    testing::WindowFixture f;

private slots:
    void initTestCase() { testing::WindowFixture::enableTestMode(); }
    void init()
    {
        f.create();
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    }
    void cleanup() { f.destroy(); }

    void menusHaveOneEntryPerMnemonic()
    {
        const QStringList clashes = mnemonicClashes(f.window->menuBar());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void helpListsTheKeyboardShortcuts()
    {
        // Help > Keyboard Shortcuts lists what the menus offer, read from them, and presentation's keys.
        auto* help = f.window->menuBar()->findChild<QMenu*>(QStringLiteral("helpMenu"));
        QVERIFY(help);
        QVERIFY(help->findChild<QAction*>(QStringLiteral("aboutAction")) || !help->actions().isEmpty());
        QStringList entries;
        for (QAction* action : help->actions())
            entries.append(action->objectName());
        QVERIFY(entries.contains(QStringLiteral("keyboardShortcutsAction")));
        QVERIFY(entries.contains(QStringLiteral("aboutAction")));
        QTextDocument list;
        list.setHtml(keyboardShortcutsHtml(f.window.get()));
        const QString text = list.toPlainText();
        for (const QString& expected :
             {QStringLiteral("Export Chart"), QStringLiteral("Present"), QStringLiteral("Copy Chart"),
              QStringLiteral("Undo"), QStringLiteral("show or hide the sources strip")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in ") + text));
        // Every shortcut the menus and the toolbar offer.
        for (QAction* action : f.window->findChildren<QAction*>())
            if (!action->shortcut().isEmpty() && !action->associatedObjects().isEmpty())
                QVERIFY2(text.contains(action->shortcut().toString(QKeySequence::NativeText)),
                         qPrintable(action->text()));
    }

    void everyControlTabReachesHasAName()
    {
        QStringList unnamed;
        for (QWidget* w : tabChain(f.window.get()))
            if (accessibleName(w).isEmpty())
                unnamed.append(describe(w));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    }

    void everyControlSaysWhatItIs()
    {
        // Beyond its name, each control of the panel describes itself: meaning and accepted values.
        QStringList undescribed;
        for (QWidget* w : f.window->controls()->focusOrder()) {
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
            if (!iface || iface->text(QAccessible::Description).trimmed().isEmpty())
                undescribed.append(describe(w) + QStringLiteral(" ") + accessibleName(w));
        }
        QVERIFY2(undescribed.isEmpty(), qPrintable(undescribed.join(QStringLiteral("\n"))));
        auto* box = f.window->controls()->control(Param::QueryGrowth)->edit();
        const QString said = QAccessible::queryAccessibleInterface(box)->text(QAccessible::Description);
        QVERIFY2(said.contains(QStringLiteral("%/yr")), qPrintable(said)); // in the unit the box shows
    }

    void tabReadsTheWindowInOrder()
    {
        // From the region: the currency, the preset, then the controls top to bottom, then the views and sources.
        QWidget* region = f.window->regionSelector();
        const QList<QWidget*> chain = tabChain(region);
        QCOMPARE(chain.value(0), region);
        QCOMPARE(chain.value(1), static_cast<QWidget*>(f.window->currencySelector()));
        QCOMPARE(chain.value(2), static_cast<QWidget*>(f.window->presetSelector()));
        const QList<QWidget*> controls = f.window->controls()->focusOrder();
        int previousY = -1;
        QSet<QWidget*> reached;
        qsizetype i = 3;
        for (; i < chain.size() && f.window->controls()->isAncestorOf(chain[i]); ++i) {
            // A spin box is reached through its editor.
            QWidget* owner =
                qobject_cast<QAbstractSpinBox*>(chain[i]->parentWidget()) ? chain[i]->parentWidget() : chain[i];
            QVERIFY2(controls.contains(owner), qPrintable(describe(chain[i])));
            // Reading order: never back up the panel (a row's box and buttons share a line).
            const int y = chain[i]->mapTo(f.window->controls(), QPoint(0, 0)).y();
            QVERIFY2(y >= previousY - 20, qPrintable(describe(chain[i])));
            previousY = std::max(previousY, y);
            reached.insert(owner);
        }
        // Every visible control is reached, the headline slider first.
        QCOMPARE(chain.value(3), static_cast<QWidget*>(f.window->controls()->control(Param::QueriesPerDay)->slider()));
        int visible = 0;
        for (QWidget* w : controls)
            visible += w->isVisible() && w->isEnabled() ? 1 : 0;
        QCOMPARE(int(reached.size()), visible);
        // Then the views, then the sources.
        QVERIFY2(qobject_cast<QTabBar*>(chain.value(i)), qPrintable(describe(chain.value(i))));
        QVERIFY(!f.window->controls()->isAncestorOf(chain.value(i + 1)));
    }

    void rangeBoxesTakeTheirPlaceInTheChain()
    {
        // A range's boxes are made when it is first given: Tab then reaches them where the row's
        // focus order puts them (after the toggle of a slider's row, after the reset button of an
        // assumption's), and every other control keeps its turn.
        f.window->controls()->control(Param::QueryGrowth)->rangeEditor()->toggle()->click();
        QToolButton* reset = nullptr;
        for (const auto& ps : paramSpecs())
            if (!reset && presentation(ps.param).group == ControlGroup::Assumption)
                reset = f.window->controls()->resetButton(ps.param);
        QVERIFY(reset);
        auto* row = qobject_cast<ParameterField*>(reset->parentWidget());
        QVERIFY(row);
        f.document->setValue(row->param(), spec(row->param()).max); // not the default: reset is reachable
        QVERIFY(reset->isEnabled());
        row->rangeEditor()->toggle()->click();
        QTest::qWait(0); // the layouts show the new boxes
        QVERIFY(row->rangeEditor()->lowEdit()->isVisible());

        QList<QWidget*> expected;
        for (QWidget* w : f.window->controls()->focusOrder())
            if (w->isVisible() && w->isEnabled())
                expected.append(w);
        QList<QWidget*> reached;
        for (QWidget* w : tabChain(f.window->controls()->control(Param::QueriesPerDay)->slider())) {
            if (!f.window->controls()->isAncestorOf(w))
                break;
            // A spin box is reached through its editor.
            reached.append(qobject_cast<QAbstractSpinBox*>(w->parentWidget()) ? w->parentWidget() : w);
        }
        QCOMPARE(reached, expected);
        QVERIFY(expected.contains(row->rangeEditor()->highEdit()));
        const RangeEditor* growth = f.window->controls()->control(Param::QueryGrowth)->rangeEditor();
        QCOMPARE(reached.indexOf(growth->boxes().value(0)), reached.indexOf(growth->toggle()) + 1);
        QCOMPARE(reached.indexOf(row->rangeEditor()->boxes().value(0)), reached.indexOf(reset) + 1);
    }

    void tabMovesTheKeyboardAlongTheChain()
    {
        // Real Tab presses from the region box: the currency, the preset, then the first slider.
        f.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        f.window->regionSelector()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(f.window->currencySelector()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(f.window->presetSelector()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(),
                 static_cast<QWidget*>(f.window->controls()->control(Param::QueriesPerDay)->slider()));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
