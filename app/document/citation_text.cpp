// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/citation_text.h"

#include "common/data_text.h"

#include <QCoreApplication>

namespace gridshare::gui {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Citations)
};

QString html(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

} // namespace

QString sourceName(const Source& source)
{
    const QString year = QString::fromStdString(source.date).left(4);
    const QString publisher = QString::fromStdString(source.publisher);
    return year.isEmpty() ? publisher : Text::tr("%1, %2").arg(publisher, year);
}

QString levelsLegend(bool withAssumptions)
{
    return withAssumptions
               ? Text::tr("Levels: V1 primary text read; V2 secondary text quoting the primary; D derived from cited "
                          "figures; NV not verified. Defaults marked \"assumption\" have no source; their controls say "
                          "why.")
               : Text::tr("Levels: V1 primary text read; V2 secondary text quoting the primary; D derived from cited "
                          "figures; NV not verified.");
}

QString noProjectionsSentence(const QString& regionName)
{
    return Text::tr("GridShare has no published projections for %1.").arg(regionName);
}

QString provenanceText(const Provenance& provenance, const CitationList& citations, const Dataset& data)
{
    if (provenance.isAssumption())
        return Text::tr("Assumption: %1").arg(dataText(provenance.assumption));
    const auto number = citations.numberOf(provenance.source);
    const Source* source = data.source(provenance.source);
    // A source the data does not describe keeps its id: better than nothing to look it up by.
    const QString name = source ? sourceName(*source) : QString::fromStdString(provenance.source);
    return (number ? QStringLiteral("[%1] ").arg(*number) : QString()) + name
           + QStringLiteral(" (%1)").arg(QString::fromStdString(provenance.level));
}

QString provenanceBadge(const Provenance& provenance, const CitationList* citations)
{
    if (provenance.isAssumption())
        return Text::tr("assumption");
    const auto number = citations ? citations->numberOf(provenance.source) : std::nullopt;
    const QString level = QString::fromStdString(provenance.level);
    return number ? QStringLiteral("[%1] %2").arg(*number).arg(level) : level;
}

QString provenanceTooltip(const Provenance& provenance, const Dataset& data)
{
    QString text = provenanceText(provenance, CitationList{}, data);
    if (!provenance.isAssumption()) {
        const Source* source = data.source(provenance.source);
        text = Text::tr("Default from %1 (%2)")
                   .arg(source ? QString::fromStdString(source->title) : QString::fromStdString(provenance.source),
                        QString::fromStdString(provenance.level));
    }
    if (!provenance.note.empty())
        text += QStringLiteral("\n") + dataText(provenance.note);
    return text;
}

QString provenanceClause(const Provenance& provenance, const CitationList& citations, const Dataset& data)
{
    const Source* source = provenance.isAssumption() ? nullptr : data.source(provenance.source);
    const auto number = source ? citations.numberOf(source->id) : std::nullopt;
    QString clause =
        source
            ? Text::tr("default from [%1] %2 (%3)")
                  .arg(number ? QString::number(*number) : QStringLiteral("–"),
                       QString::fromStdString(source->title).toHtmlEscaped(), QString::fromStdString(provenance.level))
            : Text::tr("default is an assumption: %1").arg(dataText(provenance.assumption).toHtmlEscaped());
    if (clause.endsWith(QLatin1Char('.')))
        clause.chop(1); // the sentence it goes into ends with its own full stop
    return clause;
}

QString provenanceInFull(const Provenance& provenance, const Dataset& data)
{
    const Source* source = provenance.isAssumption() ? nullptr : data.source(provenance.source);
    if (!source)
        return provenanceText(provenance, CitationList{}, data);
    QString text = Text::tr("%1. %2, %3 (%4).")
                       .arg(QString::fromStdString(source->title), QString::fromStdString(source->publisher),
                            QString::fromStdString(source->date), QString::fromStdString(provenance.level));
    if (!provenance.note.empty())
        text += QLatin1Char(' ') + dataText(provenance.note);
    return text;
}

QString citationHtml(const Citation& c, const Dataset& data, bool withLevel, bool withUrl)
{
    const Source& s = *c.source;
    QString entry =
        QStringLiteral("<b>[%1]</b> %2. %3, %4.").arg(c.number).arg(html(s.title), html(s.publisher), html(s.date));
    if (withUrl && !s.url.empty())
        entry += QStringLiteral(" <a href=\"%1\">%2</a>").arg(html(s.url), html(s.url));
    if (s.own)
        entry += QStringLiteral(" <i>%1</i>").arg(Text::tr("(yours)").toHtmlEscaped());
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
