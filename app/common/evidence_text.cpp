// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence_text.h"

#include "data_text.h"

#include "gridshare/projections.h"

#include <QCoreApplication>
#include <QDate>

namespace gridshare::gui {
namespace {

// The words' translation context, "Evidence".
struct Words {
    Q_DECLARE_TR_FUNCTIONS(Evidence)
};

QString number(double value, const QLocale& locale)
{
    return locale.toString(value, 'g', value >= 1000 ? 6 : 4);
}

QString range(const ValueRange& r, const QLocale& locale, double scale)
{
    if (!r.isRange())
        return number(r.low * scale, locale);
    return number(r.low * scale, locale) + QStringLiteral("–") + number(r.high * scale, locale);
}

} // namespace

QString publicationDateText(const std::string& date, const QLocale& locale)
{
    const QString text = QString::fromStdString(date);
    if (!isPublicationDate(date) || text.size() == 4)
        return text;
    const QDate parsed = QDate::fromString(text.size() == 7 ? text + QStringLiteral("-01") : text, Qt::ISODate);
    // The formats are translatable: Chinese writes 2026年6月 and 2025年4月10日.
    return locale.toString(parsed, text.size() == 7 ? Words::tr("MMMM yyyy") : Words::tr("d MMMM yyyy"));
}

QString scopeText(ProjectionScope scope)
{
    return scope == ProjectionScope::AiOnly ? Words::tr("AI only") : Words::tr("all data centres");
}

QString measureText(ProjectionMeasure measure)
{
    switch (measure) {
    case ProjectionMeasure::Energy:
        return Words::tr("energy");
    case ProjectionMeasure::Capacity:
        return Words::tr("capacity");
    case ProjectionMeasure::AverageLoad:
        return Words::tr("average load");
    case ProjectionMeasure::Peak:
        return Words::tr("peak demand");
    }
    return {};
}

QString evidenceKindText(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::Measurement:
        return Words::tr("measurement");
    case EvidenceKind::Estimate:
        return Words::tr("estimate");
    case EvidenceKind::CompanyStatement:
        return Words::tr("company statement");
    }
    return {};
}

QString levelText(const std::string& level, const Dataset& data)
{
    const auto meaning = data.levelMeanings.find(level);
    return meaning == data.levelMeanings.end()
               ? QString::fromStdString(level)
               : QStringLiteral("%1: %2").arg(QString::fromStdString(level), dataText(meaning->second));
}

QString shareText(const ValueRange& share, const QLocale& locale)
{
    return range(share, locale, 100) + QStringLiteral(" %");
}

QString energyText(const ValueRange& twh, const QLocale& locale)
{
    return Words::tr("%1 TWh").arg(range(twh, locale, 1));
}

QString powerText(const ValueRange& gw, const QLocale& locale)
{
    return Words::tr("%1 GW").arg(range(gw, locale, 1));
}

QString projectionValueText(const Projection& p, const QLocale& locale)
{
    if (p.gw)
        return Words::tr("%1 of %2 in %3").arg(powerText(*p.gw, locale), measureText(p.measure)).arg(p.year);
    if (p.share && p.twh)
        return Words::tr("%1 (%2) of electricity use in %3")
            .arg(shareText(*p.share, locale), energyText(*p.twh, locale))
            .arg(p.year);
    if (p.share)
        return Words::tr("%1 of electricity use in %2").arg(shareText(*p.share, locale)).arg(p.year);
    if (p.twh)
        return Words::tr("%1 in %2").arg(energyText(*p.twh, locale)).arg(p.year);
    return {};
}

} // namespace gridshare::gui
