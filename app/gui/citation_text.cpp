#include "citation_text.h"

#include "data_text.h"

#include <QCoreApplication>

namespace gridshare::gui {
namespace {

QString html(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

} // namespace

QString provenanceText(const Provenance& provenance, const CitationList& citations)
{
    if (provenance.isAssumption())
        return QCoreApplication::translate("Citations", "Assumption: %1")
            .arg(QString::fromStdString(provenance.assumption));
    const auto number = citations.numberOf(provenance.source);
    return (number ? QStringLiteral("[%1] ").arg(*number) : QString()) + QString::fromStdString(provenance.source)
           + QStringLiteral(" (%1)").arg(QString::fromStdString(provenance.level));
}

QString citationHtml(const Citation& c, const Dataset& data, bool withLevel, bool withUrl)
{
    const Source& s = *c.source;
    QString entry =
        QStringLiteral("<b>[%1]</b> %2. %3, %4.").arg(c.number).arg(html(s.title), html(s.publisher), html(s.date));
    if (withUrl && !s.url.empty())
        entry += QStringLiteral(" <a href=\"%1\">%2</a>").arg(html(s.url), html(s.url));
    if (!withLevel)
        return entry;
    const auto level = data.levelMeanings.find(s.level);
    entry += QStringLiteral("<br/><small>%1 %2</small>")
                 .arg(html(s.level), level != data.levelMeanings.end()
                                         ? QStringLiteral("· ") + dataText(level->second).toHtmlEscaped()
                                         : QString());
    if (!s.note.empty())
        entry += QStringLiteral("<br/><small><i>%1</i></small>").arg(html(s.note));
    return entry;
}

} // namespace gridshare::gui
