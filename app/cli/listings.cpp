// SPDX-License-Identifier: GPL-3.0-or-later
#include "listings.h"

#include "../common/data_text.h"
#include "../common/evidence_text.h"

#include "gridshare/model.h"
#include "gridshare/projections.h"
#include "gridshare/resolve.h"
#include "gridshare/text.h"

#include <QCoreApplication>

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
        out += padRight(p.id, 26) + p.name
               + (p.id == data.defaultPreset ? "  " + cliText(QCoreApplication::translate("Cli", "(default)")) : "")
               + "\n";
        out += std::string(26, ' ') + p.description + "\n";
    }
    out +=
        "\n" + cliText(QCoreApplication::translate("Cli", "Evaluate one with: gridshare evaluate --preset ID")) + "\n";
    return out;
}

std::string regionsListing(const Dataset& data)
{
    std::string out = padRight(QCoreApplication::translate("Cli", "ID"), 13)
                      + padRight(QCoreApplication::translate("Cli", "Name"), 21)
                      + padRight(QCoreApplication::translate("Cli", "Currency"), 10)
                      + padRight(QCoreApplication::translate("Cli", "Year"), 6)
                      + padRight(QCoreApplication::translate("Cli", "National TWh"), 14)
                      + cliText(QCoreApplication::translate("Cli", "Data-centre TWh")) + "\n";
    for (const Region& r : data.regions) {
        ParameterSet defaults;
        for (const auto& ps : paramSpecs())
            defaults[ps.param] = r.at(ps.param).value;
        out += padRight(r.id, 13) + padRight(r.name, 21) + padRight(r.currency, 10)
               + padRight(std::to_string(r.dataYear), 6) + padRight(groupedFixed(defaults[Param::NationalTwh], 0), 14)
               + groupedFixed(baseYearDatacenterTwh(defaults), 1) + "\n";
    }
    out +=
        "\n" + cliText(QCoreApplication::translate("Cli", "Evaluate one with: gridshare evaluate --region ID")) + "\n";
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
            out += "    " + cliText(QCoreApplication::translate("Cli", "Note: %1").arg(QString::fromStdString(s.note)))
                   + "\n";
    }
    out += "\n" + cliText(QCoreApplication::translate("Cli", "Verification levels:"));
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
        out += "  " + padRight(QCoreApplication::translate("Cli", "Year"), 6)
               + padRight(QCoreApplication::translate("Cli", "Value"), 26)
               + padRight(QCoreApplication::translate("Cli", "Scope"), 20)
               + padRight(QCoreApplication::translate("Cli", "Published"), 18)
               + padRight(QCoreApplication::translate("Cli", "Level"), 7)
               + cliText(QCoreApplication::translate("Cli", "Source")) + "\n";
        for (const Projection* p : allProjectionsFor(data, region->id)) {
            if (shown && !shown(*p))
                continue;
            QString value = p->gw ? gui::powerText(*p->gw, locale) + QLatin1Char(' ') + gui::measureText(p->measure)
                            : p->share && p->twh
                                ? gui::shareText(*p->share, locale) + QStringLiteral(" (")
                                      + gui::energyText(*p->twh, locale) + QLatin1Char(')')
                            : p->share ? gui::shareText(*p->share, locale)
                                       : gui::energyText(*p->twh, locale);
            if (p->approximate)
                value = QStringLiteral("~") + value;
            std::string source = cliText(gui::dataText(p->label)) + " [" + p->source + "]";
            if (p->own)
                source += " " + cliText(QCoreApplication::translate("Cli", "(yours)"));
            if (!p->supersededBy.empty())
                source += ", "
                          + cliText(QCoreApplication::translate("Cli", "replaced by %1")
                                        .arg(QString::fromStdString(p->supersededBy)));
            out += "  " + padRight(std::to_string(p->year), 6) + padRight(value, 26)
                   + padRight(gui::scopeText(p->scope), 20)
                   + padRight(gui::publicationDateText(p->published, locale), 18) + padRight(p->level, 7) + source
                   + "\n";
        }
        out += "\n";
    }
    out += cliText(QCoreApplication::translate(
               "Cli", "Shares are of each region's own electricity use (a country's, or a state's for a sub-national "
                      "grid); ~ marks an approximate figure. --format json or csv "
                      "gives every field."))
           + "\n";
    return out;
}

} // namespace gridshare::cli
