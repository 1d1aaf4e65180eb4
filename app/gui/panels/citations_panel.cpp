// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/citations_panel.h"

#include "document/citation_text.h"
#include "document/scenario_document.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QMetaObject>
#include <QResizeEvent>
#include <QScrollBar>

#include <algorithm>
#include <utility>

namespace gridshare::gui {
CitationsPanel::CitationsPanel(QWidget* parent) : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
    setAccessibleName(tr("Sources"));
    setMinimumWidth(240);
    // The list is longer than the panel is tall; laid out first beside the scroll bar, the text is
    // not laid out again when the bar appears. The bar hides again once laid out if the text fits.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
}

void CitationsPanel::display(const SnapshotPtr& snapshot)
{
    // Dragging a slider changes numbers, not sources: redraw only when the list itself changes.
    const SnapshotPtr before = std::exchange(snapshot_, snapshot);
    const auto sameEntries = [](const CitationList& a, const CitationList& b) {
        return std::equal(a.entries.begin(), a.entries.end(), b.entries.begin(), b.entries.end(),
                          [](const Citation& x, const Citation& y) {
                              return x.number == y.number
                                     && (x.source == y.source
                                         || (x.source && y.source && x.source->id == y.source->id));
                          });
    };
    if (!before || !snapshot_ || !sameEntries(before->citations, snapshot_->citations)
        || snapshot_->regionName != before->regionName || snapshot_->data.get() != before->data.get())
        render();
}

void CitationsPanel::follow(const ScenarioDocument& document)
{
    // The bands arriving change no source.
    connect(&document, &ScenarioDocument::snapshotChanged, this, &CitationsPanel::display);
    display(document.snapshot());
}

void CitationsPanel::highlight(const QString& sourceId)
{
    // The same source again (the keyboard returning to a control) leaves the text as it is.
    if (sourceId != highlighted_ || !rendered_) {
        highlighted_ = sourceId;
        render();
    }
    if (!sourceId.isEmpty())
        scrollToAnchor(sourceId);
}

QStringList CitationsPanel::numberedEntries() const
{
    QStringList entries;
    if (snapshot_)
        for (const Citation& c : snapshot_->citations.entries)
            entries.append(QStringLiteral("[%1] %2").arg(c.number).arg(QString::fromStdString(c.source->id)));
    return entries;
}

void CitationsPanel::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    // Links and the highlight take their colours from the palette when the text is set.
    if (event->type() == QEvent::PaletteChange)
        render();
}

void CitationsPanel::resizeEvent(QResizeEvent* event)
{
    // Passing sizes before the width settles would each lay the text out anew.
    if (widthSettled_)
        QTextBrowser::resizeEvent(event);
}

void CitationsPanel::showEvent(QShowEvent* event)
{
    QTextBrowser::showEvent(event);
    // The tab widget gives its pages their sizes after showing them, and the layouts settle in the
    // turn after: the text is laid out then, before the first paint.
    if (!widthSettled_)
        QMetaObject::invokeMethod(this, &CitationsPanel::layOutAtSettledWidth, Qt::QueuedConnection);
}

bool CitationsPanel::viewportEvent(QEvent* event)
{
    // A paint that comes first (the tab shown by a click) lays the text out itself.
    if (event->type() == QEvent::Paint && !widthSettled_)
        layOutAtSettledWidth();
    return QTextBrowser::viewportEvent(event);
}

void CitationsPanel::layOutAtSettledWidth()
{
    if (widthSettled_)
        return;
    widthSettled_ = true;
    // QTextEdit lays the text out at the viewport's width when that width changes.
    QResizeEvent resize(viewport()->size(), QSize());
    QTextBrowser::resizeEvent(&resize);
    // All of it now, not the rest in Qt's idle-time steps: the first paint has the scroll bar's final
    // range, so the frame is complete without a second paint.
    document()->documentLayout()->documentSize();
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    if (!highlighted_.isEmpty())
        scrollToAnchor(highlighted_);
}

void CitationsPanel::render()
{
    if (!snapshot_)
        return;
    document()->setDefaultStyleSheet(QStringLiteral("a { color: %1; }").arg(palette().color(QPalette::Link).name()));
    const QColor mark = palette().color(QPalette::Highlight);
    const QColor markText = palette().color(QPalette::HighlightedText);
    QString page = QStringLiteral("<h3>%1</h3>").arg(tr("Sources"));
    if (snapshot_->projections.empty())
        page += QStringLiteral("<p><i>%1</i></p>").arg(noProjectionsSentence(snapshot_->regionName).toHtmlEscaped());
    for (const Citation& c : snapshot_->citations.entries) {
        const QString id = QString::fromStdString(c.source->id);
        const bool marked = id == highlighted_;
        const QString entry =
            QStringLiteral("<a name=\"%1\"></a>").arg(id.toHtmlEscaped()) + citationHtml(c, *snapshot_->data, true);
        page += marked ? QStringLiteral("<table width=\"100%\" cellpadding=\"4\" bgcolor=\"%1\"><tr><td "
                                        "style=\"color:%2\">%3</td></tr></table>")
                             .arg(mark.name(), markText.name(), entry)
                       : QStringLiteral("<p>%1</p>").arg(entry);
    }
    page += QStringLiteral("<p><small>%1</small></p>").arg(levelsLegend(true).toHtmlEscaped());
    const int scroll = verticalScrollBar()->value();
    setHtml(page);
    rendered_ = true;
    verticalScrollBar()->setValue(scroll);
}

} // namespace gridshare::gui
