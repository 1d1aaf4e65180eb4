// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every source GridShare cites, in the formats reference managers import: BibTeX, CSL-JSON (Zotero,
// Mendeley, pandoc) and RIS (EndNote, Zotero). Each entry keeps the title, publisher, URL and date,
// and the verification level with its meaning in a note, so a report cites the evidence as
// GridShare weighed it.

#include "gridshare/dataset.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gridshare {

enum class CitationFormat { Bibtex, CslJson, Ris };

// "bibtex", "csl-json", "ris".
std::optional<CitationFormat> citationFormatFromKey(std::string_view key);
std::string_view citationFormatKey(CitationFormat format);

std::string sourcesInFormat(CitationFormat format, const std::vector<Source>& sources,
                            const std::map<std::string, std::string>& levelMeanings);

// A BibTeX key for each source, in order: its id with only letters, digits, - _ : and ., unique.
std::vector<std::string> bibtexKeys(const std::vector<Source>& sources);

} // namespace gridshare
