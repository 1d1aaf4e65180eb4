// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File > Export Sources…: every source GridShare cites, for a reference manager. The save dialog's
// filter picks the format (BibTeX, CSL-JSON or RIS); the file is written atomically.

#include "gridshare/citation_formats.h"

#include <QString>
#include <QStringList>

#include <optional>

class QAction;
class QWidget;

namespace gridshare::gui {

class ScenarioDocument;

QAction* exportSourcesAction(ScenarioDocument* document, QWidget* parent);

// The save dialog's filters, in order: BibTeX, CSL-JSON, RIS.
QStringList sourcesExportFilters();
// The format a filter names, else the one the path's extension names (.bib, .json, .ris).
std::optional<CitationFormat> sourcesExportFormat(const QString& filter, const QString& path);

// Writes every source of data to path; empty on success, otherwise why nothing was written.
QString exportSources(const Dataset& data, const QString& path, CitationFormat format);

} // namespace gridshare::gui
