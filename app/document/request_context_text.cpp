// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/request_context_text.h"

#include "common/data_text.h"
#include "common/implications_text.h"
#include "common/quantity_text.h"

#include "gridshare/projections.h"

#include <QCoreApplication>

#include <cmath>

namespace gridshare::gui {
namespace {

struct Words {
    Q_DECLARE_TR_FUNCTIONS(RequestContext)
};

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
                                                  values[Param::TokensPerQuery], s.evaluation.baseYear);
    QStringList parts;
    const CitationMark cite = [&](const std::string& source) {
        const auto number = s.citations.numberOf(source);
        return number ? QStringLiteral(" [%1]").arg(*number) : QString();
    };
    for (const ReferenceComparison& c : context.comparisons)
        parts.append(comparisonText(c, cite, locale));
    const QString head =
        Words::tr("In %1: %2 requests and %3 generated tokens a day")
            .arg(s.evaluation.baseYear)
            .arg(formatLargeNumber(context.requestsPerDay, locale), formatLargeNumber(context.tokensPerDay, locale));
    return parts.isEmpty() ? head + QLatin1Char('.')
                           : head + QStringLiteral(" = ") + parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

} // namespace gridshare::gui
