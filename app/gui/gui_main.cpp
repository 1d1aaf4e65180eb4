// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/gui_main.h"

#include "common/console.h"
#include "common/message_text.h"
#include "common/user_data.h"
#include "document/autosaver.h"
#include "document/scenario_document.h"
#include "document/scenario_files.h"
#include "document/settings.h"
#include "gui/chart_typeface.h"
#include "gui/charts/chart_views.h"
#include "gui/first_frame_probe.h"
#include "gui/language.h"
#include "gui/launch_options.h"
#include "gui/main_window.h"
#include "gui/startup_notices.h"
#include "gui/themes.h"
#include "gui/window_fit.h"

#include <QApplication>
#include <QBuffer>
#include <QCoreApplication>
#include <QIcon>
#include <QImage>
#include <QScreen>

#include <cstdio>

namespace gridshare::gui {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QtMessageHandler g_nextHandler = nullptr;

// The offscreen platform warns that it cannot pass a window's size hints to a window manager it does
// not have; a screenshot needs none, so the person is not told about it. Everything else passes on.
void withoutSizeHintWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    if (g_nextHandler)
        g_nextHandler(type, context, message);
    else
        std::fputs(qPrintable(qFormatLogMessage(type, context, message) + QLatin1Char('\n')), stderr);
}

// Renders the window to a PNG and writes it atomically: an existing file is replaced whole or kept.
int saveScreenshot(MainWindow& window, const QString& path)
{
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        g_nextHandler = qInstallMessageHandler(withoutSizeHintWarnings);
    window.show();
    // Layouts settle over a few event-loop turns (rows shown during construction post new requests).
    for (int turn = 0; turn < 3; ++turn) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
    }
    window.renderNow();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    // The window's title goes with the picture, so a script can tell which scenario and language it shows.
    QImage image = window.grab().toImage();
    image.setText(QStringLiteral("Title"), window.windowTitle().remove(QStringLiteral("[*]")));
    image.save(&buffer, "PNG");
    if (const QString problem = writeAtomically(path, png); !problem.isEmpty())
        return failWith(UnreadableFile, Text::tr("%1: cannot be written: %2").arg(path, problem));
    return Success;
}

int autosaveInterval()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("GRIDSHARE_AUTOSAVE_INTERVAL_MS", &ok);
    return ok && fromEnvironment >= 100 ? fromEnvironment : Autosaver::kDefaultIntervalMs;
}

} // namespace

int checkBeforeWindow(int argc, char* argv[], const QString& language)
{
    const bool hasDisplay = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
                            || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (hasDisplay)
        return Success;
    // Said in the person's language, which needs an application object; the window's own comes later.
    QCoreApplication speaker(argc, argv);
    installLanguage(language);
    return failWith(BadUsage, Text::tr("no display to open the window on; `gridshare evaluate` prints "
                                       "the scenario and `gridshare --screenshot FILE` renders the "
                                       "window to a PNG"));
}

int runWindow(int argc, char* argv[], const LaunchRequest& request, const QString& language)
{
    QApplication app(argc, argv);
    installLanguage(language);
    registerChartTypeface();
    // Desktops match the window to the installed launcher and icon (packaging/linux) by this id.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.gridshare.GridShare"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.gridshare.GridShare")));
    const bool screenshot = request.has("screenshot");

    auto loaded = loadUserDataset();
    for (const auto& warning : loaded.warningIssues)
        writeError(Text::tr("warning: %1").arg(describe(warning)));
    Settings settings;
    Settings::Theme theme = settings.theme();
    if (request.has("theme")) {
        const auto chosen = themeFromKey(request.theme);
        if (!chosen)
            return usageError(
                Text::tr("--theme: \"%1\" is not one of system, light, dark, high-contrast").arg(request.theme));
        theme = *chosen; // for this run only: the saved choice stays
    }
    applyTheme(theme);
    ScenarioDocument document(loaded.dataset);
    if (const int refused = applyScenarioRequest(request.scenario, document))
        return refused;

    MainWindow window(&document, &settings);
    if (request.has("view")) {
        const auto view = parseViewOption(request.view);
        if (!view)
            return BadUsage;
        window.setView(*view);
    }
    if (request.has("size")) {
        const auto size = parseSize(request.size, QSize(640, 400));
        if (!size)
            return usageError(
                Text::tr("--size: \"%1\" is not WIDTHxHEIGHT between 640x400 and 8000x8000").arg(request.size));
        window.resize(*size);
    } else if (screenshot) {
        window.resize(kPreferredWindowSize);
    }
    if (screenshot)
        return saveScreenshot(window, request.screenshot);

    // The first window fits the screen it opens on; later ones come back as they were left.
    const bool maximised = !request.has("size") && settings.windowGeometry().isEmpty()
                           && placeFirstWindow(window, window.screen()->availableGeometry());
    // Recovery is offered before this session starts autosaving beside the old records.
    Autosaver autosaver(&document, Autosaver::defaultFolder(), autosaveInterval());
    QObject::connect(&autosaver, &Autosaver::failed, &window,
                     [&window](const QString& reason) { showAutosaveFailure(reason, &window); });
    if (maximised)
        window.showMaximized();
    else
        window.show();
    if (qEnvironmentVariableIsSet(kFirstFrameVariable))
        reportFirstFrameThenQuit(&window); // gridshare-bench's cold-start measure
    showDataWarnings(loaded, &window);
    offerRecovery(document, &window, autosaver, Autosaver::defaultFolder());
    autosaver.start();
    autosaver.saveNow(); // recovered work is on disk again at once
    const int code = QApplication::exec();
    autosaver.finishCleanly();
    return code;
}

} // namespace gridshare::gui
