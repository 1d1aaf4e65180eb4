// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/citations_panel.h"

#include "document/citation_text.h"
#include "document/scenario_document.h"

#include <QEvent>
#include <QScrollBar>

namespace gridshare::gui {
CitationsPanel::CitationsPanel(QWidget* parent) : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
    setAccessibleName(tr("Sources"));
    setMinimumWidth(240);
}

void CitationsPanel::display(const SnapshotPtr& snapshot)
{
    // Dragging a slider changes numbers, not sources: redraw only when the list itself changes.
    const QStringList before = numberedEntries();
    const QString regionBefore = snapshot_ ? snapshot_->regionName : QString();
    const Dataset* dataBefore = snapshot_ ? snapshot_->data.get() : nullptr;
    snapshot_ = snapshot;
    if (numberedEntries() != before
        || (snapshot_ && (snapshot_->regionName != regionBefore || snapshot_->data.get() != dataBefore)))
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
