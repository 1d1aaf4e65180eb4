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
    stale_ = true;
    htmlShown_ = false;
    // Laying the page out is most of the cost: it is laid out when shown.
    if (isVisible())
        showHtml();
}

QStringList ImplicationsPanel::rows() const
{
    bringUpToDate();
    return rows_;
}

QStringList ImplicationsPanel::flags() const
{
    bringUpToDate();
    return flags_;
}

void ImplicationsPanel::bringUpToDate() const
{
    if (!stale_)
        return;
    stale_ = false;
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
}

void ImplicationsPanel::showHtml()
{
    bringUpToDate();
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
