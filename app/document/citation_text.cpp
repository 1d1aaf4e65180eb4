// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/citation_text.h"

#include "common/data_text.h"

#include <QCoreApplication>

namespace gridshare::gui {
namespace {

QString html(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

} // namespace

QString sourceName(const Source& source)
{
    const QString year = QString::fromStdString(source.date).left(4);
    const QString publisher = QString::fromStdString(source.publisher);
    return year.isEmpty() ? publisher : QCoreApplication::translate("Citations", "%1, %2").arg(publisher, year);
}

QString provenanceText(const Provenance& provenance, const CitationList& citations, const Dataset& data)
{
    if (provenance.isAssumption())
        return QCoreApplication::translate("Citations", "Assumption: %1").arg(dataText(provenance.assumption));
    const auto number = citations.numberOf(provenance.source);
    const Source* source = data.source(provenance.source);
    // A source the data does not describe keeps its id: better than nothing to look it up by.
    const QString name = source ? sourceName(*source) : QString::fromStdString(provenance.source);
    return (number ? QStringLiteral("[%1] ").arg(*number) : QString()) + name
           + QStringLiteral(" (%1)").arg(QString::fromStdString(provenance.level));
}

QString citationHtml(const Citation& c, const Dataset& data, bool withLevel, bool withUrl)
{
    const Source& s = *c.source;
    QString entry =
        QStringLiteral("<b>[%1]</b> %2. %3, %4.").arg(c.number).arg(html(s.title), html(s.publisher), html(s.date));
    if (withUrl && !s.url.empty())
        entry += QStringLiteral(" <a href=\"%1\">%2</a>").arg(html(s.url), html(s.url));
    if (s.own)
        entry += QStringLiteral(" <i>%1</i>").arg(QCoreApplication::translate("Citations", "(yours)").toHtmlEscaped());
    if (!withLevel)
        return entry;
    const auto level = data.levelMeanings.find(s.level);
    entry += QStringLiteral("<br/><small>%1 %2</small>")
                 .arg(html(s.level), level != data.levelMeanings.end()
                                         ? QStringLiteral("· ") + dataText(level->second).toHtmlEscaped()
                                         : QString());
    if (!s.note.empty())
        entry += QStringLiteral("<br/><small><i>%1</i></small>").arg(dataText(s.note).toHtmlEscaped());
    return entry;
}

} // namespace gridshare::gui
