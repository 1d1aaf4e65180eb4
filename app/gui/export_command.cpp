#include "export_command.h"

#include "../common/message_text.h"
#include "../common/user_data.h"
#include "chart_page.h"
#include "figure_export.h"
#include "language.h"
#include "launch_options.h"
#include "report_export.h"
#include "scenario_document.h"
#include "scenario_files.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstring>

namespace gridshare::gui {
namespace {

constexpr double kMinScale = 0.25;
constexpr double kMaxScale = 8;

struct ExportRequest {
    bool report = false;
    QString out;
    ScenarioOptions scenario;
    ChartView view = ChartView::Share;
    FigureSpec figure;
};

// Reads the command line; nullopt after printing what is wrong.
std::optional<ExportRequest> parseRequest(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const char* option : {"out", "preset", "region", "set", "view", "size", "scale"})
        parser.addOption({QString::fromLatin1(option), QString(), QStringLiteral("VALUE")});
    const auto usage = [](const QString& message) {
        failWith(2, withHelpHint(message));
        return std::nullopt;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    ExportRequest request;
    const QStringList positional = parser.positionalArguments();
    request.report = positional.value(0) == QLatin1String("report");
    const QString command = positional.value(0);
    if (positional.size() > 2)
        return usage(QCoreApplication::translate("Cli", "%1 takes at most one scenario file").arg(command));
    request.scenario.file = positional.value(1);
    request.scenario.preset = parser.value(QStringLiteral("preset"));
    request.scenario.region = parser.value(QStringLiteral("region"));
    request.scenario.sets = parser.values(QStringLiteral("set"));
    request.out = parser.value(QStringLiteral("out"));
    if (request.out.isEmpty())
        return usage(QCoreApplication::translate("Cli", "%1 needs --out PATH").arg(command));
    if (request.report) {
        for (const char* option : {"view", "size", "scale"})
            if (parser.isSet(QLatin1String(option)))
                return usage(QCoreApplication::translate("Cli", "--%1 applies to export, not report")
                                 .arg(QLatin1String(option)));
        if (figureFormatFor(request.out) != FigureFormat::Pdf)
            return usage(QCoreApplication::translate("Cli", "--out %1: the report is a PDF; name the file *.pdf")
                             .arg(request.out));
        return request;
    }
    if (!figureFormatFor(request.out))
        return usage(
            QCoreApplication::translate("Cli", "--out %1: the extension picks the format; use .png, .svg, .pdf or .csv")
                .arg(request.out));
    if (parser.isSet(QStringLiteral("view"))) {
        const auto view = parseViewOption(parser.value(QStringLiteral("view")));
        if (!view)
            return std::nullopt;
        request.view = *view;
    }
    if (parser.isSet(QStringLiteral("size"))) {
        const auto size = parseSize(parser.value(QStringLiteral("size")), QSize(320, 200));
        if (!size)
            return usage(
                QCoreApplication::translate("Cli", "--size: \"%1\" is not WIDTHxHEIGHT between 320x200 and 8000x8000")
                    .arg(parser.value(QStringLiteral("size"))));
        request.figure.size = *size;
    }
    if (parser.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        const double scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || !(scale >= kMinScale && scale <= kMaxScale))
            return usage(QCoreApplication::translate("Cli", "--scale: \"%1\" is not a number from 0.25 to 8")
                             .arg(parser.value(QStringLiteral("scale"))));
        request.figure.scale = scale;
        request.figure.dpi = 96 * scale;
    }
    const QSize pixels = request.figure.size * request.figure.scale;
    if (pixels.width() > 16000 || pixels.height() > 16000)
        return usage(
            QCoreApplication::translate("Cli", "--size and --scale give %1x%2 pixels; the largest image is 16000x16000")
                .arg(QString::number(pixels.width()), QString::number(pixels.height())));
    return request;
}

} // namespace

bool isExportCommand(int argc, char* argv[])
{
    return argc >= 2 && (std::strcmp(argv[1], "export") == 0 || std::strcmp(argv[1], "report") == 0);
}

int runExportCommand(int argc, char* argv[], const QString& language)
{
    QApplication app(argc, argv);
    installLanguage(language);
    const auto request = parseRequest(QApplication::arguments());
    if (!request)
        return 2;

    auto loaded = loadUserDataset();
    for (const auto& warning : loaded.warningIssues)
        failWith(0, QCoreApplication::translate("Cli", "warning: %1").arg(describe(warning)));
    ScenarioDocument document(loaded.dataset);
    if (const int refused = applyScenarioOptions(request->scenario, document))
        return refused;
    if (!document.issues().empty()) {
        for (const auto& issue : document.issues())
            failWith(0, describe(issue));
        return 3;
    }
    document.finishPendingWork();
    const SnapshotPtr snapshot = document.snapshot();

    QByteArray bytes;
    if (request->report) {
        bytes = reportPdf(*snapshot, document.data());
    } else {
        std::unique_ptr<ChartPage> page(createChartPage(request->view, nullptr));
        page->resize(request->figure.size);
        page->display(snapshot);
        const FigureContent content{page.get(), snapshot.get(), &document.data()};
        bytes = figureBytes(content, request->figure, *figureFormatFor(request->out));
    }
    if (const QString problem = writeAtomically(request->out, bytes); !problem.isEmpty())
        return failWith(4, QCoreApplication::translate("Cli", "%1: cannot be written: %2").arg(request->out, problem));
    return 0;
}

} // namespace gridshare::gui
