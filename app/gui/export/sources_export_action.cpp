// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/export/sources_export_action.h"

#include "common/atomic_file.h"
#include "document/scenario_document.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

#include <array>

namespace gridshare::gui {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SourcesExport)
};

struct FormatFile {
    CitationFormat format;
    const char* extension;
};
constexpr std::array<FormatFile, 3> kFormats{
    {{CitationFormat::Bibtex, "bib"}, {CitationFormat::CslJson, "json"}, {CitationFormat::Ris, "ris"}}};

} // namespace

QStringList sourcesExportFilters()
{
    return {Text::tr("BibTeX (*.bib)"), Text::tr("CSL-JSON for Zotero, Mendeley and pandoc (*.json)"),
            Text::tr("RIS for EndNote and Zotero (*.ris)")};
}

std::optional<CitationFormat> sourcesExportFormat(const QString& filter, const QString& path)
{
    const qsizetype index = sourcesExportFilters().indexOf(filter);
    if (index >= 0)
        return kFormats[static_cast<std::size_t>(index)].format;
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const FormatFile& f : kFormats)
        if (suffix == QLatin1String(f.extension))
            return f.format;
    return std::nullopt;
}

QString exportSources(const Dataset& data, const QString& path, CitationFormat format)
{
    return writeAtomically(path, QByteArray::fromStdString(sourcesInFormat(format, data.sources, data.levelMeanings)));
}

QAction* exportSourcesAction(ScenarioDocument* document, QWidget* parent)
{
    auto* action = new QAction(Text::tr("Export Sour&ces…"), parent);
    action->setObjectName(QStringLiteral("exportSourcesAction"));
    action->setToolTip(Text::tr("Save every cited source for a reference manager: BibTeX, CSL-JSON or RIS"));
    QObject::connect(action, &QAction::triggered, parent, [document, parent] {
        const QStringList filters = sourcesExportFilters();
        QString filter = filters.front();
        QString path = QFileDialog::getSaveFileName(parent, Text::tr("Export Sources"),
                                                    QDir::home().filePath(QStringLiteral("gridshare-sources.bib")),
                                                    filters.join(QStringLiteral(";;")), &filter);
        if (path.isEmpty())
            return;
        const auto format = sourcesExportFormat(filter, path).value_or(CitationFormat::Bibtex);
        // The dialog's filter decides; a name typed without the extension gets it.
        const char* extension = kFormats[static_cast<std::size_t>(format)].extension;
        if (QFileInfo(path).suffix().isEmpty())
            path += QLatin1Char('.') + QLatin1String(extension);
        if (const QString problem = exportSources(document->data(), path, format); !problem.isEmpty())
            QMessageBox::warning(parent, Text::tr("Export Sources"),
                                 Text::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), problem));
    });
    return action;
}

} // namespace gridshare::gui
