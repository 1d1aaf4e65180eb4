// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One source as GridShare writes it, in the citations panel, under exported charts and in the
// report: "[3] Title. Publisher, date. URL", with the verification level when asked for.

#include "gridshare/citations.h"

#include <QString>

namespace gridshare::gui {

// Rich text; the URL is a link (left out without withUrl, where room is short). withLevel adds the
// verification level and the source's note.
QString citationHtml(const Citation& citation, const Dataset& data, bool withLevel, bool withUrl = true);

// A source as people name it: "Epoch AI (Josh You), 2025" (its publisher and year), never its id.
QString sourceName(const Source& source);

// Where a value comes from, in one line of plain text: "[7] Epoch AI (Josh You), 2025 (V2)" (the
// number when the list cites the source), or "Assumption: why", in the window's language.
QString provenanceText(const Provenance& provenance, const CitationList& citations, const Dataset& data);

} // namespace gridshare::gui
