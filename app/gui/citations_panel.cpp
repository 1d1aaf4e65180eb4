#include "citations_panel.h"

#include <QScrollBar>

namespace gridshare::gui {
namespace {

QString html(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

} // namespace

CitationsPanel::CitationsPanel(const Dataset& dataset, QWidget* parent) : QTextBrowser(parent), data_(dataset)
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
    snapshot_ = snapshot;
    if (numberedEntries() != before || (snapshot_ && snapshot_->regionName != regionBefore))
        render();
}

void CitationsPanel::highlight(const QString& sourceId)
{
    highlighted_ = sourceId;
    render();
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

void CitationsPanel::render()
{
    if (!snapshot_)
        return;
    const QColor mark = palette().color(QPalette::Highlight);
    const QColor markText = palette().color(QPalette::HighlightedText);
    QString page = QStringLiteral("<h3>%1</h3>").arg(tr("Sources"));
    if (snapshot_->projections.empty())
        page +=
            QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("GridShare has no published projections for %1.").arg(snapshot_->regionName.toHtmlEscaped()));
    for (const Citation& c : snapshot_->citations.entries) {
        const Source& s = *c.source;
        const bool marked = QString::fromStdString(s.id) == highlighted_;
        const auto level = data_.levelMeanings.find(s.level);
        QString entry = QStringLiteral("<a name=\"%1\"></a><b>[%2]</b> %3. %4, %5.")
                            .arg(html(s.id))
                            .arg(c.number)
                            .arg(html(s.title), html(s.publisher), html(s.date));
        if (!s.url.empty())
            entry += QStringLiteral(" <a href=\"%1\">%2</a>").arg(html(s.url), html(s.url));
        entry += QStringLiteral("<br/><small>%1 %2</small>")
                     .arg(html(s.level),
                          level != data_.levelMeanings.end() ? QStringLiteral("· ") + html(level->second) : QString());
        if (!s.note.empty())
            entry += QStringLiteral("<br/><small><i>%1</i></small>").arg(html(s.note));
        page += marked ? QStringLiteral("<table width=\"100%\" cellpadding=\"4\" bgcolor=\"%1\"><tr><td "
                                        "style=\"color:%2\">%3</td></tr></table>")
                             .arg(mark.name(), markText.name(), entry)
                       : QStringLiteral("<p>%1</p>").arg(entry);
    }
    page +=
        QStringLiteral("<p><small>%1</small></p>")
            .arg(
                tr("Levels: V1 primary text read; V2 secondary text quoting the primary; D derived from cited "
                   "figures; NV not verified. Defaults marked \"assumption\" have no source; their controls say why."));
    const int scroll = verticalScrollBar()->value();
    setHtml(page);
    verticalScrollBar()->setValue(scroll);
}

} // namespace gridshare::gui
