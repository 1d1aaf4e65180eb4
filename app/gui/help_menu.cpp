// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/help_menu.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSet>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace gridshare::gui {
namespace {

// The translation context of this file's text, which belongs to no widget.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(HelpMenu)
};

// "&Export Chart…" as a person reads it: "Export Chart".
QString plainText(QString text)
{
    static const QRegularExpression chineseMnemonic(QStringLiteral("\\(&.\\)")); // Chinese menus: 文件(&F)
    text.remove(chineseMnemonic);
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text.trimmed();
}

void addRows(QString& html, const QList<QAction*>& actions, QSet<const QAction*>& listed)
{
    for (const QAction* action : actions) {
        if (action->menu())
            addRows(html, action->menu()->actions(), listed);
        else if (!action->shortcuts().isEmpty() && !listed.contains(action)) {
            listed.insert(action);
            QStringList keys;
            for (const QKeySequence& keySequence : action->shortcuts())
                keys.append(keySequence.toString(QKeySequence::NativeText));
            html +=
                QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.join(QStringLiteral(", ")).toHtmlEscaped(), plainText(action->text()).toHtmlEscaped());
        }
    }
}

void showShortcuts(QMainWindow* window)
{
    QDialog dialog(window);
    dialog.setWindowTitle(Text::tr("Keyboard shortcuts"));
    auto* text = new QTextBrowser(&dialog);
    text->setObjectName(QStringLiteral("keyboardShortcuts"));
    text->setHtml(keyboardShortcutsHtml(window));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(520, 560);
    dialog.exec();
}

void showAbout(QMainWindow* window, const DataEdition& edition)
{
    QMessageBox::about(
        window, Text::tr("About GridShare"),
        Text::tr("<h3>GridShare %1</h3><p>How much of a country's electricity will AI use? GridShare computes the "
                 "share of the national grid year by year from AI requests, model size and the assumptions behind "
                 "them, beside the published projections, with every default traced to a numbered source.</p>"
                 "<p>Data edition %3, as of %4: every default and published projection is the evidence of that "
                 "date, each with its source and how far it was verified.</p>"
                 "<p>Built with Qt %2 and QCustomPlot.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion()),
                 QString::fromStdString(edition.version).toHtmlEscaped(),
                 QString::fromStdString(edition.asOf).toHtmlEscaped()));
}

} // namespace

QString keyboardShortcutsHtml(const QMainWindow* window)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    const auto section = [&html](const QString& title, const QString& rows) {
        if (!rows.isEmpty())
            html += QStringLiteral("<tr><td colspan=\"2\"><h4>%1</h4></td></tr>").arg(title.toHtmlEscaped()) + rows;
    };
    QSet<const QAction*> listed;
    for (const QAction* action : window->menuBar()->actions()) {
        if (!action->menu())
            continue;
        QString rows;
        addRows(rows, action->menu()->actions(), listed);
        section(plainText(action->text()), rows);
    }
    QString toolbar;
    for (const QToolBar* bar : window->findChildren<QToolBar*>())
        addRows(toolbar, bar->actions(), listed);
    section(Text::tr("Toolbar"), toolbar);
    // Presentation mode has no menus: its keys are listed here.
    const std::pair<QString, QString> presenting[] = {
        {Text::tr("PageDown, Right, Space"), Text::tr("next scenario")},
        {Text::tr("PageUp, Left, Backspace"), Text::tr("previous scenario")},
        {QStringLiteral("P"), Text::tr("show or hide the published projections")},
        {QStringLiteral("S"), Text::tr("show or hide the sources strip")},
        {QKeySequence(QKeySequence::ZoomIn).toString(QKeySequence::NativeText) + QStringLiteral(", ")
             + QKeySequence(QKeySequence::ZoomOut).toString(QKeySequence::NativeText),
         Text::tr("larger or smaller type")},
        {Text::tr("Esc"), Text::tr("leave presentation mode")},
    };
    html += QStringLiteral("<tr><td colspan=\"2\"><h4>%1</h4></td></tr>").arg(Text::tr("While presenting (F5)"));
    for (const auto& [keys, what] : presenting)
        html +=
            QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

QMenu* addHelpMenu(QMainWindow* window, const DataEdition& edition)
{
    QMenu* help = window->menuBar()->addMenu(Text::tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* shortcuts = help->addAction(Text::tr("&Keyboard Shortcuts"), window, [window] { showShortcuts(window); });
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    help->addSeparator();
    QAction* about =
        help->addAction(Text::tr("&About GridShare"), window, [window, edition] { showAbout(window, edition); });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    return help;
}

} // namespace gridshare::gui
