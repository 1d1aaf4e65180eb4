// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/export/export_actions.h"

#include "document/scenario_document.h"
#include "document/scenario_files.h"
#include "document/settings.h"
#include "gui/charts/chart_page.h"
#include "gui/export/export_dialog.h"
#include "gui/export/report_export.h"

#include "gridshare/writers.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>

#include <cmath>

namespace gridshare::gui {
namespace {

// A file name from the scenario's name: "US 2024 baseline" -> "US-2024-baseline".
QString fileStem(const QString& name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\w\\-]+"));
    QString stem = name.trimmed();
    stem.replace(unsafe, QStringLiteral("-"));
    return stem.isEmpty() ? QStringLiteral("scenario") : stem;
}

} // namespace

ExportActions::ExportActions(ScenarioDocument* document, Settings* settings, std::function<ChartPage*()> currentPage,
                             QWidget* window)
    : QObject(window), document_(document), settings_(settings), currentPage_(std::move(currentPage)), window_(window)
{
    prompts_.figureSpec = [this](const FigureSpec& initial) -> std::optional<FigureSpec> {
        ExportDialog dialog(initial, window_);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.spec();
    };
    prompts_.saveFileName = [this](const QString& title, const QString& suggestion, const QString& filter) {
        return QFileDialog::getSaveFileName(window_, title, suggestion, filter);
    };
    prompts_.error = [this](const QString& title, const QString& message) {
        QMessageBox::warning(window_, title, message);
    };
    prompts_.printPreview = [this](const FigureContent& c) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageOrientation(QPageLayout::Landscape);
        printer.setDocName(figureTitle(c));
        QPrintPreviewDialog preview(&printer, window_);
        connect(&preview, &QPrintPreviewDialog::paintRequested, this,
                [&c](QPrinter* target) { printFigure(target, c); });
        preview.exec();
    };

    exportChart_ = new QAction(tr("&Export Chart…"), this);
    exportChart_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportChart_->setToolTip(tr("Write the chart as PNG, SVG or PDF, with a footer naming its sources (Ctrl+E)"));
    exportReport_ = new QAction(tr("E&xport Report…"), this);
    exportReport_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportTable_ = new QAction(tr("Export &Table (CSV)…"), this);
    copyChart_ = new QAction(tr("&Copy Chart"), this);
    copyChart_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    print_ = new QAction(tr("&Print…"), this);
    print_->setShortcut(QKeySequence::Print);
    connect(exportChart_, &QAction::triggered, this, &ExportActions::exportChart);
    connect(exportReport_, &QAction::triggered, this, &ExportActions::exportReport);
    connect(exportTable_, &QAction::triggered, this, &ExportActions::exportTable);
    connect(copyChart_, &QAction::triggered, this, &ExportActions::copyChart);
    connect(print_, &QAction::triggered, this, &ExportActions::print);
}

FigureContent ExportActions::content() const
{
    document_->finishPendingWork(); // bands in the figure are those of the values shown
    ChartPage* page = currentPage_();
    // The chosen page follows the document; only a page that has not drawn the latest yet draws here.
    if (page->shownSnapshot() != document_->snapshot())
        page->display(document_->snapshot());
    return {page, document_->snapshot().get(), &document_->data()};
}

QString ExportActions::askFile(const QString& title, const QString& suffix, const QString& filter)
{
    QString folder = settings_->lastExportFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString suggestion = QDir(folder).filePath(fileStem(document_->name()) + suffix);
    const QString path = prompts_.saveFileName(title, suggestion, filter);
    if (!path.isEmpty())
        settings_->setLastExportFolder(QFileInfo(path).absolutePath());
    return path;
}

bool ExportActions::write(const QString& path, const QByteArray& bytes)
{
    if (const QString problem = writeAtomically(path, bytes); !problem.isEmpty()) {
        prompts_.error(tr("Export failed"), tr("%1 could not be written: %2.").arg(path, problem));
        return false;
    }
    return true;
}

bool ExportActions::exportChart()
{
    if (!document_->snapshot())
        return false;
    const auto spec = prompts_.figureSpec(lastSpec_);
    if (!spec)
        return false;
    lastSpec_ = *spec;
    const QString path = askFile(tr("Export chart"), QStringLiteral(".png"),
                                 tr("PNG image (*.png);;SVG vector image (*.svg);;PDF vector document (*.pdf)"));
    if (path.isEmpty())
        return false;
    const auto format = figureFormatFor(path);
    if (!format || *format == FigureFormat::Csv) {
        prompts_.error(tr("Export failed"),
                       tr("%1: the name must end in .png, .svg or .pdf, which picks the format.").arg(path));
        return false;
    }
    return write(path, figureBytes(content(), *spec, *format));
}

bool ExportActions::exportReport()
{
    if (!document_->snapshot())
        return false;
    const QString path = askFile(tr("Export report"), QStringLiteral("-report.pdf"), tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (figureFormatFor(path) != FigureFormat::Pdf) {
        prompts_.error(tr("Export failed"), tr("%1: the report is a PDF; the name must end in .pdf.").arg(path));
        return false;
    }
    document_->finishPendingWork();
    return write(path, reportPdf(*document_->snapshot(), document_->data(), settings_->keyFiguresInGigawatts()));
}

bool ExportActions::exportTable()
{
    if (!document_->snapshot())
        return false;
    const QString path = askFile(tr("Export table"), QStringLiteral(".csv"), tr("CSV table (*.csv)"));
    if (path.isEmpty())
        return false;
    // The view's own table where it has one (a row a region), else the yearly table.
    return write(path, figureBytes(content(), lastSpec_, FigureFormat::Csv));
}

bool ExportActions::copyChart()
{
    if (!document_->snapshot())
        return false;
    const FigureContent c = content();
    // As large as it appears, at the screen's pixel density, so it stays sharp on high-DPI screens.
    FigureSpec spec;
    spec.size = c.page->size().expandedTo(QSize(640, 400));
    spec.scale = std::max(1.0, window_->devicePixelRatioF());
    spec.dpi = 96 * spec.scale;
    auto* mime = new QMimeData;
    mime->setImageData(figureImage(c, spec));
    mime->setData(QStringLiteral("image/svg+xml"), figureSvg(c, spec)); // for editors that take vectors
    QApplication::clipboard()->setMimeData(mime);
    return true;
}

void ExportActions::print()
{
    if (document_->snapshot())
        prompts_.printPreview(content());
}

} // namespace gridshare::gui
