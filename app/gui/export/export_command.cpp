// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/export/export_command.h"

#include "common/message_text.h"
#include "common/user_data.h"
#include "document/scenario_document.h"
#include "document/scenario_files.h"
#include "document/settings.h"
#include "gui/chart_typeface.h"
#include "gui/charts/chart_page.h"
#include "gui/export/figure_export.h"
#include "gui/export/report_export.h"
#include "gui/language.h"
#include "gui/launch_options.h"

#include "common/console.h"

#include <QApplication>
#include <QCoreApplication>

namespace gridshare::gui {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr double kMinScale = 0.25;
constexpr double kMaxScale = 8;

struct ExportRequest {
    bool report = false;
    ChartView view = ChartView::Share;
    FigureSpec figure;
};

// Checks what only export and report ask; nullopt after printing what is wrong.
std::optional<ExportRequest> checkRequest(const LaunchRequest& launch)
{
    ExportRequest request;
    request.report = launch.command == Command::Report;
    const QString command = request.report ? QStringLiteral("report") : QStringLiteral("export");
    const auto usage = [](const QString& message) {
        usageError(message);
        return std::nullopt;
    };
    if (launch.out.isEmpty())
        return usage(Text::tr("%1 needs --out PATH").arg(command));
    if (request.report) {
        if (figureFormatFor(launch.out) != FigureFormat::Pdf)
            return usage(Text::tr("--out %1: the report is a PDF; name the file *.pdf").arg(launch.out));
        return request;
    }
    if (!figureFormatFor(launch.out))
        return usage(
            Text::tr("--out %1: the extension picks the format; use .png, .svg, .pdf or .csv").arg(launch.out));
    if (launch.has("view")) {
        const auto view = parseViewOption(launch.view);
        if (!view)
            return std::nullopt;
        request.view = *view;
    }
    if (launch.has("size")) {
        const auto size = parseSize(launch.size, QSize(320, 200));
        if (!size)
            return usage(Text::tr("--size: \"%1\" is not WIDTHxHEIGHT between 320x200 and 8000x8000").arg(launch.size));
        request.figure.size = *size;
    }
    if (launch.has("scale")) {
        bool ok = false;
        const double scale = launch.scale.toDouble(&ok);
        if (!ok || !(scale >= kMinScale && scale <= kMaxScale))
            return usage(Text::tr("--scale: \"%1\" is not a number from 0.25 to 8").arg(launch.scale));
        request.figure.scale = scale;
        request.figure.dpi = 96 * scale;
    }
    const QSize pixels = request.figure.size * request.figure.scale;
    if (pixels.width() > 16000 || pixels.height() > 16000)
        return usage(Text::tr("--size and --scale give %1x%2 pixels; the largest image is 16000x16000")
                         .arg(QString::number(pixels.width()), QString::number(pixels.height())));
    return request;
}

} // namespace

int runExportCommand(int argc, char* argv[], const LaunchRequest& launch, const QString& language)
{
    QApplication app(argc, argv);
    installLanguage(language);
    registerChartTypeface();
    const auto request = checkRequest(launch);
    if (!request)
        return BadUsage;

    auto loaded = loadUserDataset();
    for (const auto& warning : loaded.warningIssues)
        writeError(Text::tr("warning: %1").arg(describe(warning)));
    ScenarioDocument document(loaded.dataset);
    if (const int refused = applyScenarioRequest(launch.scenario, document))
        return refused;
    if (!document.issues().empty()) {
        writeIssues(document.issues());
        return InvalidScenario;
    }
    document.finishPendingWork();
    const SnapshotPtr snapshot = document.snapshot();

    QByteArray bytes;
    if (request->report) {
        bytes = reportPdf(*snapshot, document.data(), Settings().keyFiguresInGigawatts()); // as the window has it
    } else {
        std::unique_ptr<ChartPage> page(createChartPage(request->view, nullptr));
        page->resize(request->figure.size);
        page->display(snapshot);
        const FigureContent content{page.get(), snapshot.get(), &document.data()};
        bytes = figureBytes(content, request->figure, *figureFormatFor(launch.out));
    }
    if (const QString problem = writeAtomically(launch.out, bytes); !problem.isEmpty())
        return failWith(UnreadableFile, Text::tr("%1: cannot be written: %2").arg(launch.out, problem));
    return Success;
}

} // namespace gridshare::gui
