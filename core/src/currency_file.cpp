// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/currency_file.h"

#include "gridshare/text.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace gridshare {
namespace {

std::string quoted(const std::string& text)
{
    return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// {"key": value, ...} on one line, as the built-in file writes each entry.
class InlineObject {
public:
    InlineObject& text(const char* key, const std::string& value, bool always = true)
    {
        if (always || !value.empty())
            add(key, quoted(value));
        return *this;
    }
    InlineObject& raw(const char* key, const std::string& value)
    {
        add(key, value);
        return *this;
    }
    std::string str() const { return "{" + body_ + "}"; }

private:
    void add(const char* key, const std::string& value)
    {
        body_ += (body_.empty() ? "" : ", ") + quoted(key) + ": " + value;
    }
    std::string body_;
};

std::string sourcedValueText(const SourcedValue& v)
{
    const Provenance& p = v.provenance;
    return InlineObject()
        .raw("value", shortestNumber(v.value))
        .text("source", p.source, false)
        .text("level", p.level, false)
        .text("assumption", p.assumption, false)
        .text("note", p.note, false)
        .str();
}

} // namespace

Outcome<std::string> currenciesToText(const std::vector<Currency>& currencies)
{
    Issues issues;
    if (currencies.empty())
        issues.push_back(
            {"/currencies", {GS_TRANSLATE_NOOP("Core", "lists no currency; the US dollar at least is needed")}});
    std::string entries;
    for (std::size_t i = 0; i < currencies.size(); ++i) {
        const Currency& c = currencies[i];
        const std::string at = "/currencies/" + std::to_string(i) + "/per_usd";
        if (!(c.perUsd.value >= kMinRatePerUsd && c.perUsd.value <= kMaxRatePerUsd))
            issues.push_back({at + "/value",
                              {GS_TRANSLATE_NOOP("Core", "%1: the rate must be a number from %2 to %3"),
                               {c.code, shortestNumber(kMinRatePerUsd), shortestNumber(kMaxRatePerUsd)}}});
        const Provenance& p = c.perUsd.provenance;
        if (p.source.empty() == p.assumption.empty() || (!p.source.empty() && p.level.empty()))
            issues.push_back(
                {at,
                 {GS_TRANSLATE_NOOP("Core", "%1: needs either a source with a level or an assumption saying why"),
                  {c.code}}});
        entries += (i == 0 ? "    " : ",\n    ")
                   + InlineObject()
                         .text("code", c.code)
                         .text("name", c.name)
                         .text("symbol", c.symbol)
                         .raw("per_usd", sourcedValueText(c.perUsd))
                         .str();
    }
    if (!issues.empty())
        return inFile(issues, "currencies.json");
    return "{\n  \"format\": \"gridshare-currencies\",\n  \"version\": 1,\n  \"currencies\": [\n" + entries
           + "\n  ]\n}\n";
}

Provenance rateSetInGridShare(std::string_view isoDate, const SourcedValue* builtin)
{
    Provenance p;
    p.assumption = "set in GridShare on " + std::string(isoDate);
    if (!builtin)
        return p;
    const Provenance& cited = builtin->provenance;
    if (cited.isAssumption())
        p.assumption += "; the built-in value is " + shortestNumber(builtin->value) + " (an assumption)";
    else
        p.assumption +=
            "; the cited value is " + shortestNumber(builtin->value) + " (" + cited.source + ", " + cited.level + ")";
    return p;
}

} // namespace gridshare
