#include "listings.h"

#include "gridshare/model.h"
#include "gridshare/resolve.h"
#include "gridshare/text.h"

namespace gridshare::cli {
namespace {

std::string padRight(const std::string& s, std::size_t width)
{
    return s.size() >= width ? s + " " : s + std::string(width - s.size(), ' ');
}

} // namespace

std::string presetsListing(const Dataset& data)
{
    std::string out;
    for (const Preset& p : data.presets) {
        out += padRight(p.id, 26) + p.name + (p.id == data.defaultPreset ? "  (default)" : "") + "\n";
        out += std::string(26, ' ') + p.description + "\n";
    }
    out += "\nEvaluate one with: gridshare evaluate --preset ID\n";
    return out;
}

std::string regionsListing(const Dataset& data)
{
    std::string out = padRight("ID", 8) + padRight("Name", 18) + padRight("Currency", 10) + padRight("Year", 6)
                      + padRight("National TWh", 14) + "Data-centre TWh\n";
    for (const Region& r : data.regions) {
        ParameterSet defaults;
        for (const auto& ps : paramSpecs())
            defaults[ps.param] = r.at(ps.param).value;
        out += padRight(r.id, 8) + padRight(r.name, 18) + padRight(r.currency, 10)
               + padRight(std::to_string(r.dataYear), 6) + padRight(groupedFixed(defaults[Param::NationalTwh], 0), 14)
               + groupedFixed(baseYearDatacenterTwh(defaults), 1) + "\n";
    }
    out += "\nEvaluate one with: gridshare evaluate --region ID\n";
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
            out += "    Note: " + s.note + "\n";
    }
    out += "\nVerification levels:";
    for (const auto& [level, meaning] : data.levelMeanings)
        out += " " + level + " = " + meaning + ";";
    out.back() = '\n';
    return out;
}

} // namespace gridshare::cli
