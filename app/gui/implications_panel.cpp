// SPDX-License-Identifier: GPL-3.0-or-later
#include "implications_panel.h"

#include "../common/implications_text.h"

#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gridshare::gui {

ImplicationsPanel::ImplicationsPanel(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent), document_(document), text_(new QTextBrowser(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    text_->setObjectName(QStringLiteral("implicationsText"));
    text_->setOpenLinks(false);
    text_->setFrameShape(QFrame::NoFrame);
    text_->setAccessibleName(tr("What this implies"));
    layout->addWidget(text_);
    connect(document_, &ScenarioDocument::changed, this, &ImplicationsPanel::refresh);
    refresh();
}

void ImplicationsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        refresh();
    QWidget::changeEvent(event);
}

void ImplicationsPanel::refresh()
{
    rows_.clear();
    flags_.clear();
    const SnapshotPtr s = document_->snapshot();
    if (!s || !s->data || s->evaluation.years.empty()) {
        text_->clear();
        return;
    }
    const QLocale l = locale();
    const CitationMark cite = [&](const std::string& source) {
        const auto number = s->citations.numberOf(source);
        return number ? QStringLiteral(" [%1]").arg(*number) : QString();
    };
    QString html = QStringLiteral("<p>%1</p>").arg(
        tr("What this scenario implies (%1), beside figures people know. %2")
            .arg(s->regionName.toHtmlEscaped(), farOutsideRule(l).toHtmlEscaped()));
    for (const YearImplications& y : implications(*s->data, s->evaluation)) {
        html += QStringLiteral("<h3>%1</h3>").arg(tr("In %1").arg(y.year));
        for (const ImpliedFigure& f : y.figures) {
            const QString name = impliedQuantityName(f.quantity);
            const QString value = impliedValueText(f, y.aiAvgGw, l);
            QStringList compared;
            for (const ReferenceComparison& c : f.comparisons)
                compared.append(comparisonText(c, cite, l));
            rows_.append(QStringLiteral("%1 %2: %3 = %4").arg(y.year).arg(name, value, compared.join(QStringLiteral("; "))));
            html += QStringLiteral("<p><b>%1</b>").arg(tr("%1: %2").arg(name, value).toHtmlEscaped());
            for (const QString& c : std::as_const(compared))
                html += QStringLiteral("<br>= %1").arg(c.toHtmlEscaped());
            const QString flag = flagText(f, y.year, cite, l);
            if (!flag.isEmpty()) {
                flags_.append(flag);
                // As the window's problem banner: white on dark vermillion (5:1) in every theme.
                html += QStringLiteral("<table width=\"100%\" cellpadding=\"4\" bgcolor=\"#B34700\"><tr><td>"
                                       "<font color=\"white\"><b>⚠ %1</b></font></td></tr></table>")
                            .arg(flag.toHtmlEscaped());
            }
            html += QStringLiteral("</p>");
        }
    }
    text_->setHtml(html);
}

} // namespace gridshare::gui
