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

// What the verification levels mean, under a list of sources. withAssumptions adds that defaults
// marked "assumption" have no source, where the controls are there to say why.
QString levelsLegend(bool withAssumptions);

// "GridShare has no published projections for <region>.", plain text.
QString noProjectionsSentence(const QString& regionName);

// A source as people name it: "Epoch AI (Josh You), 2025" (its publisher and year), never its id.
QString sourceName(const Source& source);

// Where a value comes from, one wording for each place it is said, in the window's language.
// In one line of plain text: "[7] Epoch AI (Josh You), 2025 (V2)" (the number when the list cites
// the source), or "Assumption: why".
QString provenanceText(const Provenance& provenance, const CitationList& citations, const Dataset& data);
// On a parameter's badge: "[7] V2", the level alone while the list does not cite the source (no
// list yet: nullptr), or "assumption".
QString provenanceBadge(const Provenance& provenance, const CitationList* citations);
// The badge's tooltip: "Default from <title> (V2)" or "Assumption: why", then the note, if any.
QString provenanceTooltip(const Provenance& provenance, const Dataset& data);
// Inside a sentence, as rich text without a closing full stop: "default from [7] <title> (V2)" or
// "default is an assumption: why".
QString provenanceClause(const Provenance& provenance, const CitationList& citations, const Dataset& data);
// In full, for a value the person may check: "<title>. <publisher>, <date> (V1). <note>", or
// "Assumption: why".
QString provenanceInFull(const Provenance& provenance, const Dataset& data);

} // namespace gridshare::gui
