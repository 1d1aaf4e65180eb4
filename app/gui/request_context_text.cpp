// SPDX-License-Identifier: GPL-3.0-or-later
#include "request_context_text.h"

#include "../common/data_text.h"
#include "../common/evidence_text.h"
#include "quantity_text.h"

#include "gridshare/projections.h"

#include <QCoreApplication>

#include <cmath>

namespace gridshare::gui {
namespace {

struct Words {
    Q_DECLARE_TR_FUNCTIONS(RequestContext)
};

QString times(double ratio, const QLocale& locale)
{
    if (ratio >= 1e6)
        return Words::tr("%1×").arg(formatLargeNumber(ratio, locale, 3));
    if (ratio >= 10)
        return Words::tr("%1×").arg(locale.toString(std::round(ratio), 'f', 0));
    if (ratio >= 1)
        return Words::tr("%1×").arg(locale.toString(ratio, 'g', 2));
    return Words::tr("%1 % of").arg(locale.toString(ratio * 100, 'g', 2));
}

// "July 2025": the month is precise enough here.
QString monthOf(const std::string& date, const QLocale& locale)
{
    return publicationDateText(date.size() > 7 ? date.substr(0, 7) : date, locale);
}

} // namespace

QString requestControlExplanation()
{
    return Words::tr("The volume of all AI work on this grid (chat, search, recommendation, enterprise use, idle "
                     "capacity), expressed as typical requests of the size set below. It is not a count of any one "
                     "service's prompts.");
}

QString requestContextText(const ScenarioSnapshot& s, const QLocale& locale)
{
    if (!s.data || s.evaluation.years.empty())
        return {};
    const auto& values = s.resolved.values;
    const RequestContext context = requestContext(*s.data, s.resolved.region, values[Param::QueriesPerDay],
                                                  values[Param::TokensPerQuery]);
    QStringList parts;
    for (const RequestComparison& c : context.comparisons) {
        const ReferenceVolume& v = *c.reference;
        const auto number = s.citations.numberOf(v.source);
        const QString scope = v.scope == "World" ? Words::tr("worldwide") : Words::tr("this region");
        const QString what = Words::tr("%1 %2 a day").arg(formatLargeNumber(c.referencePerDay, locale), dataText(v.label));
        parts.append(Words::tr("%1 %2 (%3, %4)%5")
                         .arg(times(c.ratio, locale), what, scope, monthOf(v.published, locale),
                              number ? QStringLiteral(" [%1]").arg(*number) : QString()));
    }
    const QString head = Words::tr("In %1: %2 requests and %3 generated tokens a day")
                             .arg(s.evaluation.baseYear)
                             .arg(formatLargeNumber(context.requestsPerDay, locale),
                                  formatLargeNumber(context.tokensPerDay, locale));
    return parts.isEmpty() ? head + QLatin1Char('.')
                           : head + QStringLiteral(" = ") + parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

} // namespace gridshare::gui
