// SPDX-License-Identifier: GPL-3.0-or-later
#include "listings.h"

#include "../common/data_text.h"
#include "../common/evidence_text.h"

#include "gridshare/model.h"
#include "gridshare/projections.h"
#include "gridshare/resolve.h"
#include "gridshare/text.h"

#include <QCoreApplication>

// The translation context of this file's text, which belongs to no QObject. Outside the
// project's namespace: lupdate loses the context in functions that return std:: types.
namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

namespace gridshare::cli {
namespace {

// Padded by terminal columns, so a translated header keeps its columns aligned.
std::string padRight(const std::string& s, std::size_t width)
{
    const std::size_t n = displayWidth(s);
    return n >= width ? s + " " : s + std::string(width - n, ' ');
}

std::string padRight(const QString& s, std::size_t width)
{
    return padRight(s.toStdString(), width);
}

std::string cliText(const QString& text)
{
    return text.toStdString();
}

} // namespace

std::string presetsListing(const Dataset& data)
{
    std::string out;
    for (const Preset& p : data.presets) {
        out += padRight(p.id, 26) + p.name + (p.id == data.defaultPreset ? "  " + cliText(Text::tr("(default)")) : "")
               + "\n";
        out += std::string(26, ' ') + p.description + "\n";
    }
    out += "\n" + cliText(Text::tr("Evaluate one with: gridshare evaluate --preset ID")) + "\n";
    return out;
}

std::string regionsListing(const Dataset& data)
{
    std::string out = padRight(Text::tr("ID"), 13) + padRight(Text::tr("Name"), 21) + padRight(Text::tr("Currency"), 10)
                      + padRight(Text::tr("Year"), 6) + padRight(Text::tr("National TWh"), 14)
                      + cliText(Text::tr("Data-centre TWh")) + "\n";
    for (const Region& r : data.regions) {
        ParameterSet defaults;
        for (const auto& ps : paramSpecs())
            defaults[ps.param] = r.at(ps.param).value;
        out += padRight(r.id, 13) + padRight(r.name, 21) + padRight(r.currency, 10)
               + padRight(std::to_string(r.dataYear), 6) + padRight(groupedFixed(defaults[Param::NationalTwh], 0), 14)
               + groupedFixed(baseYearDatacenterTwh(defaults), 1) + "\n";
    }
    out += "\n" + cliText(Text::tr("Evaluate one with: gridshare evaluate --region ID")) + "\n";
    return out;
}

std::string sourcesListing(const Dataset& data)
{
    std::string out;
    int number = 1;
    for (const Source& s : data.sources) {
        out += "[" + std::to_string(number++) + "] " + s.id + " (" + s.level + ")\n";
        out += "    " + s.title + ". " + s.publisher + ", " + s.date + ".\n";
        if (!s.url.empty())
            out += "    " + s.url + "\n";
        for (const auto& figure : s.figures)
            out += "    - " + figure + "\n";
        if (!s.note.empty())
            out += "    " + cliText(Text::tr("Note: %1").arg(QString::fromStdString(s.note))) + "\n";
    }
    out += "\n" + cliText(Text::tr("Verification levels:"));
    for (const auto& [level, meaning] : data.levelMeanings)
        out += " " + level + " = " + meaning + ";";
    out.back() = '\n';
    return out;
}

std::string projectionsListing(const Dataset& data, const std::vector<const Region*>& regions,
                               const std::function<bool(const Projection&)>& shown)
{
    const QLocale locale;
    std::string out;
    for (const Region* region : regions) {
        const std::string name = cliText(gui::regionName(*region));
        out += name + (region->name == region->id ? std::string() : " (" + region->id + ")") + "\n";
        out += "  " + padRight(Text::tr("Year"), 6) + padRight(Text::tr("Value"), 26) + padRight(Text::tr("Scope"), 20)
               + padRight(Text::tr("Published"), 18) + padRight(Text::tr("Level"), 7) + cliText(Text::tr("Source"))
               + "\n";
        for (const Projection* p : allProjectionsFor(data, region->id)) {
            if (shown && !shown(*p))
                continue;
            QString value = p->gw ? gui::powerText(*p->gw, locale) + QLatin1Char(' ') + gui::measureText(p->measure)
                            : p->share && p->twh ? gui::shareText(*p->share, locale) + QStringLiteral(" (")
                                                       + gui::energyText(*p->twh, locale) + QLatin1Char(')')
                            : p->share ? gui::shareText(*p->share, locale)
                                       : gui::energyText(*p->twh, locale);
            if (p->approximate)
                value = QStringLiteral("~") + value;
            std::string source = cliText(gui::dataText(p->label)) + " [" + p->source + "]";
            if (p->own)
                source += " " + cliText(Text::tr("(yours)"));
            if (!p->supersededBy.empty())
                source += ", " + cliText(Text::tr("replaced by %1").arg(QString::fromStdString(p->supersededBy)));
            out += "  " + padRight(std::to_string(p->year), 6) + padRight(value, 26)
                   + padRight(gui::scopeText(p->scope), 20)
                   + padRight(gui::publicationDateText(p->published, locale), 18) + padRight(p->level, 7) + source
                   + "\n";
        }
        out += "\n";
    }
    out += cliText(
               Text::tr("Shares are of each region's own electricity use (a country's, or a state's for a sub-national "
                        "grid); ~ marks an approximate figure. --format json or csv "
                        "gives every field."))
           + "\n";
    return out;
}

} // namespace gridshare::cli
