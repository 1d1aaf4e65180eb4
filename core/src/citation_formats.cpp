// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/citation_formats.h"

#include "gridshare/projections.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <set>

namespace gridshare {
namespace {

// The note every format carries: the verification level, what it means, and the source's own note.
std::string levelNote(const Source& s, const std::map<std::string, std::string>& meanings)
{
    std::string note = "GridShare verification level: " + s.level;
    if (const auto meaning = meanings.find(s.level); meaning != meanings.end())
        note += " (" + meaning->second + ")";
    if (!s.note.empty())
        note += ". " + s.note;
    return note;
}

// The date's year, month and day as numbers, as far as the date gives them.
std::vector<int> dateParts(const std::string& date)
{
    std::vector<int> parts;
    if (!isPublicationDate(date))
        return parts;
    for (std::size_t at = 0; at < date.size(); at += at == 0 ? 5 : 3)
        parts.push_back(std::stoi(date.substr(at, at == 0 ? 4 : 2)));
    return parts;
}

// Text inside a braced BibTeX field: LaTeX's special characters escaped, UTF-8 kept (biber and
// bibtex8 read it); a control character becomes a space.
std::string bibtexText(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '&':
        case '%':
        case '$':
        case '#':
        case '_':
        case '{':
        case '}':
            out += '\\';
            out += c;
            break;
        case '~':
            out += "\\textasciitilde{}";
            break;
        case '^':
            out += "\\textasciicircum{}";
            break;
        case '\\':
            out += "\\textbackslash{}";
            break;
        default:
            out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
        }
    }
    return out;
}

// A URL stays as written (the url field is verbatim) but may not unbalance the braces.
std::string bibtexUrl(std::string_view url)
{
    std::string out;
    for (const char c : url)
        out += c == '{'    ? std::string("%7B")
               : c == '}'  ? std::string("%7D")
               : c == '\\' ? std::string("%5C")
                           : std::string(1, c);
    return out;
}

std::string bibtex(const std::vector<Source>& sources, const std::map<std::string, std::string>& meanings)
{
    static const char* months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    const auto keys = bibtexKeys(sources);
    std::string out = "% Sources cited by GridShare, with their verification levels.\n";
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const Source& s = sources[i];
        out += "\n@misc{" + keys[i] + ",\n";
        out += "  title = {{" + bibtexText(s.title) + "}},\n";
        out += "  author = {{" + bibtexText(s.publisher) + "}},\n";
        out += "  publisher = {" + bibtexText(s.publisher) + "},\n";
        const auto parts = dateParts(s.date);
        if (!parts.empty()) {
            out += "  year = {" + std::to_string(parts[0]) + "},\n";
            if (parts.size() > 1)
                out += "  month = " + std::string(months[parts[1] - 1]) + ",\n";
            out += "  date = {" + s.date + "},\n";
        } else if (!s.date.empty()) {
            out += "  year = {" + bibtexText(s.date) + "},\n";
        }
        if (!s.url.empty())
            out += "  url = {" + bibtexUrl(s.url) + "},\n";
        out += "  note = {" + bibtexText(levelNote(s, meanings)) + "}\n}\n";
    }
    return out;
}

std::string cslJson(const std::vector<Source>& sources, const std::map<std::string, std::string>& meanings)
{
    nlohmann::json items = nlohmann::json::array();
    for (const Source& s : sources) {
        nlohmann::json item = {{"id", s.id},
                               {"type", "document"},
                               {"title", s.title},
                               {"publisher", s.publisher},
                               {"author", nlohmann::json::array({{{"literal", s.publisher}}})},
                               {"note", levelNote(s, meanings)}};
        if (!s.url.empty())
            item["URL"] = s.url;
        if (const auto parts = dateParts(s.date); !parts.empty())
            item["issued"] = {{"date-parts", nlohmann::json::array({parts})}};
        else if (!s.date.empty())
            item["issued"] = {{"literal", s.date}};
        items.push_back(std::move(item));
    }
    return items.dump(2) + "\n";
}

// RIS: one tag a line, so a line break inside a value becomes a space.
std::string risValue(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        if (c == '\n' || c == '\r')
            c = ' ';
    return out;
}

std::string ris(const std::vector<Source>& sources, const std::map<std::string, std::string>& meanings)
{
    std::string out;
    for (const Source& s : sources) {
        out += "TY  - GEN\r\n";
        out += "ID  - " + risValue(s.id) + "\r\n";
        out += "TI  - " + risValue(s.title) + "\r\n";
        out += "AU  - " + risValue(s.publisher) + "\r\n";
        out += "PB  - " + risValue(s.publisher) + "\r\n";
        const auto parts = dateParts(s.date);
        if (!parts.empty()) {
            out += "PY  - " + std::to_string(parts[0]) + "\r\n";
            std::string da = std::to_string(parts[0]) + "/";
            for (std::size_t i = 1; i < 3; ++i)
                da += (i < parts.size() ? (parts[i] < 10 ? "0" : "") + std::to_string(parts[i]) : std::string()) + "/";
            out += "DA  - " + da + "\r\n";
        }
        if (!s.url.empty())
            out += "UR  - " + risValue(s.url) + "\r\n";
        out += "N1  - " + risValue(levelNote(s, meanings)) + "\r\n";
        out += "ER  - \r\n\r\n";
    }
    return out;
}

} // namespace

std::optional<CitationFormat> citationFormatFromKey(std::string_view key)
{
    for (const CitationFormat f : {CitationFormat::Bibtex, CitationFormat::CslJson, CitationFormat::Ris})
        if (citationFormatKey(f) == key)
            return f;
    return std::nullopt;
}

std::string_view citationFormatKey(CitationFormat format)
{
    switch (format) {
    case CitationFormat::Bibtex:
        return "bibtex";
    case CitationFormat::CslJson:
        return "csl-json";
    case CitationFormat::Ris:
        return "ris";
    }
    return "";
}

std::vector<std::string> bibtexKeys(const std::vector<Source>& sources)
{
    std::vector<std::string> keys;
    std::set<std::string> used;
    for (const Source& s : sources) {
        std::string key;
        for (const char c : s.id)
            key += (std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80) || c == '-'
                           || c == '_' || c == ':' || c == '.'
                       ? c
                       : '-';
        if (key.empty())
            key = "source";
        const std::string base = key;
        for (int n = 2; !used.insert(key).second; ++n)
            key = base + "-" + std::to_string(n);
        keys.push_back(key);
    }
    return keys;
}

std::string sourcesInFormat(CitationFormat format, const std::vector<Source>& sources,
                            const std::map<std::string, std::string>& levelMeanings)
{
    switch (format) {
    case CitationFormat::Bibtex:
        return bibtex(sources, levelMeanings);
    case CitationFormat::CslJson:
        return cslJson(sources, levelMeanings);
    case CitationFormat::Ris:
        return ris(sources, levelMeanings);
    }
    return {};
}

} // namespace gridshare
