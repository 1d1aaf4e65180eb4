#include "gui_main.h"

#include "../common/user_data.h"
#include "chart_views.h"
#include "main_window.h"
#include "scenario_document.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace gridshare::gui {
namespace {

int fail(int code, const QString& message)
{
    std::fprintf(stderr, "gridshare: %s\n", qPrintable(message));
    return code;
}

std::optional<QSize> parseSize(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < 640 || size.height() < 400 || size.width() > 8000 || size.height() > 8000)
        return std::nullopt;
    return size;
}

// Renders the window to a PNG and writes it atomically: an existing file is replaced whole or kept.
int saveScreenshot(MainWindow& window, const QString& path)
{
    window.show();
    QApplication::processEvents();
    window.renderNow();
    const QImage image = window.grab().toImage();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return fail(4, QStringLiteral("%1: cannot be written: %2").arg(path, file.errorString()));
    return 0;
}

} // namespace

bool wantsScreenshot(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    return false;
}

int checkBeforeWindow(int argc, char* argv[])
{
    static const char* const withValue[] = {"--screenshot", "--preset", "--region", "--view", "--size"};
    for (int i = 1; i < argc; ++i) {
        const bool takesValue = std::any_of(std::begin(withValue), std::end(withValue),
                                            [&](const char* option) { return std::strcmp(argv[i], option) == 0; });
        if (takesValue) {
            ++i;
            continue;
        }
        if (argv[i][0] != '-')
            return fail(2, QStringLiteral("unknown command \"%1\"; commands: evaluate, presets, regions, sources\n"
                                          "gridshare: try 'gridshare --help'")
                               .arg(QString::fromLocal8Bit(argv[i])));
    }
    const bool hasDisplay = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
                            || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (!hasDisplay)
        return fail(2, QStringLiteral("no display to open the window on; `gridshare evaluate` prints the scenario "
                                      "and `gridshare --screenshot FILE` renders the window to a PNG"));
    return 0;
}

int runWindow(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("screenshot"), QString(), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("preset"), QString(), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("region"), QString(), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("view"), QString(), QStringLiteral("VIEW")});
    parser.addOption({QStringLiteral("size"), QString(), QStringLiteral("WxH")});
    if (!parser.parse(QApplication::arguments()))
        return fail(2, parser.errorText() + QStringLiteral("\ngridshare: try 'gridshare --help'"));
    if (!parser.positionalArguments().isEmpty())
        return fail(2, QStringLiteral("unknown command \"%1\"; commands: evaluate, presets, regions, sources")
                           .arg(parser.positionalArguments().first()));

    auto loaded = loadUserDataset();
    for (const auto& warning : loaded.warnings)
        std::fprintf(stderr, "gridshare: warning: %s\n", warning.c_str());
    ScenarioDocument document(loaded.dataset);
    if (parser.isSet(QStringLiteral("region")) && !document.loadRegion(parser.value(QStringLiteral("region"))))
        return fail(2, QStringLiteral("--region: unknown region \"%1\"").arg(parser.value(QStringLiteral("region"))));
    if (parser.isSet(QStringLiteral("preset")) && !document.loadPreset(parser.value(QStringLiteral("preset"))))
        return fail(2, QStringLiteral("--preset: unknown preset \"%1\"; see `gridshare presets`")
                           .arg(parser.value(QStringLiteral("preset"))));

    MainWindow window(&document);
    if (parser.isSet(QStringLiteral("view"))) {
        const auto view = viewFromKey(parser.value(QStringLiteral("view")));
        if (!view)
            return fail(2, QStringLiteral("--view: \"%1\" is not one of share, energy, cost, per-query, water")
                               .arg(parser.value(QStringLiteral("view"))));
        window.setView(*view);
    }
    QSize size(1600, 900);
    if (parser.isSet(QStringLiteral("size"))) {
        const auto parsed = parseSize(parser.value(QStringLiteral("size")));
        if (!parsed)
            return fail(2, QStringLiteral("--size: \"%1\" is not WIDTHxHEIGHT between 640x400 and 8000x8000")
                               .arg(parser.value(QStringLiteral("size"))));
        size = *parsed;
    }
    window.resize(size);
    if (parser.isSet(QStringLiteral("screenshot")))
        return saveScreenshot(window, parser.value(QStringLiteral("screenshot")));
    window.show();
    return QApplication::exec();
}

} // namespace gridshare::gui
