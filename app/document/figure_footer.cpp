// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/figure_footer.h"

#include "document/citation_text.h"
#include "document/parameter_presentation.h"

#include <QCoreApplication>

namespace gridshare::gui {
namespace {

// The translation context of this file's text, which belongs to no widget.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FigureFooter)
};

QString withUnit(const QString& value, const QString& unit)
{
    if (unit.isEmpty())
        return value;
    return unit == QLatin1String("%") ? value + QStringLiteral(" %") : value + QLatin1Char(' ') + unit;
}

} // namespace

QList<Param> changedParameters(const ScenarioSnapshot& snapshot)
{
    QList<Param> changed;
    for (const auto& ps : paramSpecs())
        if (!snapshot.isDefault(ps.param))
            changed.append(ps.param);
    return changed;
}

QString changeText(const ScenarioSnapshot& s, Param p, const QLocale& locale)
{
    const ParameterPresentation& pres = presentation(p);
    const QString unit = displayUnit(pres, s.currency);
    return Text::tr("%1 %2 (default %3)")
        .arg(pres.label, withUnit(formatValue(p, s.resolved.values[p], locale), unit),
             withUnit(formatValue(p, s.defaults[static_cast<std::size_t>(p)], locale), unit));
}

QString figureFooterHtml(const ScenarioSnapshot& s, const Dataset& data, const QList<int>& cited, bool withBands,
                         const QLocale& locale, bool compact)
{
    QString text = Text::tr("<b>Scenario:</b> %1 · %2–%3.")
                       .arg(s.nameAndRegion().toHtmlEscaped())
                       .arg(s.evaluation.baseYear)
                       .arg(s.evaluation.endYear);
    QStringList changes;
    for (Param p : changedParameters(s))
        changes.append(changeText(s, p, locale).toHtmlEscaped());
    QStringList ranged;
    for (const auto& [p, range] : s.resolved.ranges)
        ranged.append(
            (presentation(p).label + QLatin1Char(' ') + formatRange(p, range.low, range.high, s.currency, locale))
                .toHtmlEscaped());
    if (!changes.isEmpty())
        text += QLatin1Char(' ')
                + Text::tr("<b>Changed from the defaults:</b> %1.").arg(changes.join(QStringLiteral("; ")));
    else
        text += QLatin1Char(' ')
                + (ranged.isEmpty() ? Text::tr("All assumptions at their defaults.")
                                    : Text::tr("Values at their defaults."));
    if (!ranged.isEmpty())
        text += QLatin1Char(' ') + Text::tr("<b>Ranges:</b> %1.").arg(ranged.join(QStringLiteral("; ")));
    if (withBands && !s.evaluation.bands.empty())
        text += QLatin1Char(' ')
                + Text::tr("Shaded: P10–P90 of %1 Monte Carlo samples (seed %2); dotted: their medians (P50).")
                      .arg(locale.toString(s.resolved.monteCarlo.samples))
                      .arg(s.resolved.monteCarlo.seed);
    if (!s.pinned.empty()) {
        QStringList names;
        for (const auto& pin : s.pinned)
            names.append(pin.name.toHtmlEscaped());
        text +=
            QLatin1Char(' ') + Text::tr("<b>Dashed:</b> pinned scenarios %1.").arg(names.join(QStringLiteral(", ")));
    }
    // In full, a source a line; where room is short, each by its publisher and year, in one paragraph.
    QStringList sources;
    for (const Citation& c : s.citations.entries)
        if (cited.contains(c.number))
            sources.append(
                compact ? QStringLiteral("<b>[%1]</b> %2").arg(c.number).arg(sourceName(*c.source).toHtmlEscaped())
                        : citationHtml(c, data, false));
    if (!sources.isEmpty())
        text += compact
                    ? QStringLiteral("<br/><b>%1:</b> ").arg(Text::tr("Sources")) + sources.join(QStringLiteral(" · "))
                    : QStringLiteral("<br/><b>%1</b><br/>").arg(Text::tr("Sources"))
                          + sources.join(QStringLiteral("<br/>"));
    if (compact)
        return text;
    text += QStringLiteral("<br/><i>%1</i>")
                .arg(Text::tr("Made with GridShare %1; the assumptions behind every default are "
                              "listed with their sources in its report.")
                         .arg(QCoreApplication::applicationVersion()));
    return text;
}

} // namespace gridshare::gui
