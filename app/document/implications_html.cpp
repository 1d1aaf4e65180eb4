// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/implications_html.h"

#include "common/implications_text.h"
#include "document/colours.h"

#include <QCoreApplication>

namespace gridshare::gui {
namespace {

struct Words {
    Q_DECLARE_TR_FUNCTIONS(Implications)
};

// As the window's problem banner: white on dark vermillion (5:1) in every theme.
QString flagHtml(const QString& flag, ImplicationsDetail detail)
{
    const QString banner = QColor(palette::kWarningBanner).name();
    if (detail == ImplicationsDetail::Compact)
        return QStringLiteral("<span style=\"background-color: %1; color: white;\"><b>&nbsp;⚠ %2&nbsp;</b></span>")
            .arg(banner, flag.toHtmlEscaped());
    return QStringLiteral("<table width=\"100%\" cellpadding=\"4\" bgcolor=\"%1\"><tr><td>"
                          "<font color=\"white\"><b>⚠ %2</b></font></td></tr></table>")
        .arg(banner, flag.toHtmlEscaped());
}

} // namespace

ImplicationsText implicationsText(const ScenarioSnapshot& s, const QLocale& l, ImplicationsDetail detail)
{
    ImplicationsText out;
    if (!s.data || s.evaluation.years.empty())
        return out;
    const CitationMark cite = [&](const std::string& source) {
        const auto number = s.citations.numberOf(source);
        return number ? QStringLiteral(" [%1]").arg(*number) : QString();
    };
    for (const YearImplications& y : implications(*s.data, s.evaluation)) {
        const QString heading = Words::tr("In %1").arg(y.year);
        QStringList compactItems;
        QString flagsHtml;
        if (detail == ImplicationsDetail::Full)
            out.html += QStringLiteral("<h3>%1</h3>").arg(heading.toHtmlEscaped());
        for (const ImpliedFigure& f : y.figures) {
            const QString name = impliedQuantityName(f.quantity);
            const QString value = impliedValueText(f, y.aiAvgGw, l);
            QStringList compared;
            for (const ReferenceComparison& c : f.comparisons) {
                compared.append(comparisonText(c, cite, l));
                if (detail == ImplicationsDetail::Full)
                    out.sources.push_back(c.reference->source);
            }
            out.rows.append(
                QStringLiteral("%1 %2: %3 = %4").arg(y.year).arg(name, value, compared.join(QStringLiteral("; "))));
            const QString named = Words::tr("%1: %2").arg(name, value);
            const QString flag = flagText(f, y.year, cite, l);
            if (!flag.isEmpty()) {
                out.flags.append(flag);
                out.flagSources.push_back(f.flag()->reference->source);
                flagsHtml += flagHtml(flag, detail);
                out.flagsHtml += QStringLiteral("<p>%1</p>").arg(flagHtml(flag, ImplicationsDetail::Compact));
            }
            if (detail == ImplicationsDetail::Compact) {
                // The comparison that flags the value, or else the first the data gives.
                const ReferenceComparison* shown = f.flag()                ? f.flag()
                                                   : f.comparisons.empty() ? nullptr
                                                                           : &f.comparisons.front();
                if (shown)
                    out.sources.push_back(shown->reference->source);
                compactItems.append(
                    shown ? Words::tr("%1 (= %2)").arg(named, comparisonText(*shown, cite, l)).toHtmlEscaped()
                          : named.toHtmlEscaped());
                continue;
            }
            out.html += QStringLiteral("<p><b>%1</b>").arg(named.toHtmlEscaped());
            for (const QString& c : std::as_const(compared))
                out.html += QStringLiteral("<br>= %1").arg(c.toHtmlEscaped());
            out.html += flagsHtml + QStringLiteral("</p>");
            flagsHtml.clear();
        }
        if (detail == ImplicationsDetail::Compact)
            out.html += QStringLiteral("<p>%1%2</p>")
                            .arg(Words::tr("%1: %2").arg(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()),
                                                         compactItems.join(QStringLiteral(" · "))),
                                 flagsHtml.isEmpty() ? QString() : QStringLiteral("<br>") + flagsHtml);
    }
    return out;
}

} // namespace gridshare::gui
