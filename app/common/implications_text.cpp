// SPDX-License-Identifier: GPL-3.0-or-later
#include "implications_text.h"

#include "data_text.h"
#include "evidence_text.h"
#include "quantity_text.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdlib>

namespace gridshare::gui {
namespace {

struct Words {
    Q_DECLARE_TR_FUNCTIONS(Implications)
};

// "July 2025" for a figure stated in a month; the year alone for a figure about a year that was
// published later (IEA's 2024 electricity, published in 2025).
QString whenText(const ReferenceVolume& v, const QLocale& locale)
{
    if (std::atoi(v.published.substr(0, 4).c_str()) != v.year)
        return QString::number(v.year);
    return publicationDateText(v.published.size() > 7 ? v.published.substr(0, 7) : v.published, locale);
}

// The reference's figure in the scenario's unit, with what it counts.
QString referenceText(const ReferenceComparison& c, const QLocale& locale)
{
    const QString label = dataText(c.reference->label);
    switch (comparableFigure(*c.reference).quantity) {
    case ImpliedQuantity::Accelerators:
        return Words::tr("%1 %2").arg(formatLargeNumber(c.referenceValue, locale), label);
    case ImpliedQuantity::TokensPerDay:
    case ImpliedQuantity::RequestsPerDay:
        return Words::tr("%1 %2 a day").arg(formatLargeNumber(c.referenceValue, locale), label);
    case ImpliedQuantity::DatacenterAvgGw:
        return Words::tr("%1 on average for %2").arg(formatPower(c.referenceValue, locale), label);
    }
    return label;
}

} // namespace

QString impliedQuantityName(ImpliedQuantity quantity)
{
    switch (quantity) {
    case ImpliedQuantity::Accelerators:
        return Words::tr("Accelerators in service");
    case ImpliedQuantity::TokensPerDay:
        return Words::tr("Generated tokens a day");
    case ImpliedQuantity::RequestsPerDay:
        return Words::tr("Requests a day");
    case ImpliedQuantity::DatacenterAvgGw:
        return Words::tr("Data-centre load (average)");
    }
    return {};
}

QString impliedValueText(const ImpliedFigure& f, double aiAvgGw, const QLocale& locale)
{
    if (f.quantity == ImpliedQuantity::DatacenterAvgGw)
        return Words::tr("%1 (AI: %2)").arg(formatPower(f.value, locale), formatPower(aiAvgGw, locale));
    return formatLargeNumber(f.value, locale);
}

QString ratioText(double ratio, const QLocale& locale)
{
    if (ratio >= 1e6)
        return Words::tr("%1×").arg(formatLargeNumber(ratio, locale, 3));
    if (ratio >= 10)
        return Words::tr("%1×").arg(locale.toString(std::round(ratio), 'f', 0));
    if (ratio >= 1)
        return Words::tr("%1×").arg(locale.toString(ratio, 'f', 1));
    return Words::tr("%1 % of").arg(locale.toString(ratio * 100, 'g', 2));
}

QString comparisonText(const ReferenceComparison& c, const CitationMark& cite, const QLocale& locale)
{
    const ReferenceVolume& v = *c.reference;
    const QString scope = v.scope == "World" ? Words::tr("worldwide") : Words::tr("this region");
    return Words::tr("%1 %2 (%3, %4)%5")
        .arg(ratioText(c.ratio, locale), referenceText(c, locale), scope, whenText(v, locale), cite(v.source));
}

QString flagText(const ImpliedFigure& f, int year, const CitationMark& cite, const QLocale& locale)
{
    const ReferenceComparison* flag = f.flag();
    if (!flag)
        return {};
    return Words::tr("Far outside what is known (%1, %2): %3.")
        .arg(impliedQuantityName(f.quantity).toLower())
        .arg(year)
        .arg(comparisonText(*flag, cite, locale));
}

QString farOutsideRule(const QLocale& locale)
{
    return Words::tr("A value is flagged when it is more than %1 times a cited total (for the world or this "
                     "region) of the year or a later one: those totals have only grown.")
        .arg(locale.toString(kFarOutsideFactor));
}

} // namespace gridshare::gui
