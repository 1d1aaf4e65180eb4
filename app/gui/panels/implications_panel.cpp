// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/implications_panel.h"

#include "common/implications_text.h"
#include "document/implications_html.h"

#include <QEvent>
#include <QShowEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gridshare::gui {

ImplicationsPanel::ImplicationsPanel(const ScenarioDocument* document, QWidget* parent)
    : QWidget(parent), document_(document), text_(new QTextBrowser(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    text_->setObjectName(QStringLiteral("implicationsText"));
    text_->setOpenLinks(false);
    text_->setFrameShape(QFrame::NoFrame);
    text_->setAccessibleName(tr("What this implies"));
    layout->addWidget(text_);
    // The bands arriving change nothing it says.
    connect(document_, &ScenarioDocument::snapshotChanged, this, &ImplicationsPanel::refresh);
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
    const SnapshotPtr s = document_->snapshot();
    ImplicationsText text = s ? implicationsText(*s, locale(), ImplicationsDetail::Full) : ImplicationsText();
    rows_ = text.rows;
    flags_ = text.flags;
    html_ = text.html.isEmpty()
                ? QString()
                : QStringLiteral("<p>%1</p>")
                          .arg(tr("What this scenario implies (%1), beside figures people know. %2")
                                   .arg(s->regionName.toHtmlEscaped(), farOutsideRule(locale()).toHtmlEscaped()))
                      + text.html;
    // Laying the page out is most of the cost: while the panel is hidden (its tab not chosen), every
    // slider step would pay for it. It is laid out when shown.
    if (isVisible())
        showHtml();
    else
        htmlShown_ = false;
}

void ImplicationsPanel::showHtml()
{
    htmlShown_ = true;
    if (html_.isEmpty())
        text_->clear();
    else
        text_->setHtml(html_);
}

void ImplicationsPanel::showEvent(QShowEvent* event)
{
    if (!htmlShown_)
        showHtml();
    QWidget::showEvent(event);
}

} // namespace gridshare::gui
