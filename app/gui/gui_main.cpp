#include "gui_main.h"

#include "../common/message_text.h"
#include "../common/user_data.h"
#include "autosaver.h"
#include "chart_views.h"
#include "language.h"
#include "launch_options.h"
#include "main_window.h"
#include "scenario_document.h"
#include "scenario_files.h"
#include "settings.h"
#include "themes.h"
#include "window_fit.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QIcon>
#include <QImage>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace gridshare::gui {
namespace {

const char* const kOptionsWithValue[] = {"--screenshot", "--preset", "--region", "--view",
                                         "--size",       "--set",    "--theme"};

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
        return failWith(4, QCoreApplication::translate("Cli", "%1: cannot be written: %2").arg(path, problem));
    return 0;
}

// After a crash: offers the newest unsaved scenario back. Others stay for a later start.
void offerRecovery(ScenarioDocument& document, QWidget* window, const QString& folder)
{
    const auto recoverable = Autosaver::findRecoverable(folder);
    if (recoverable.empty())
        return;
    const auto& newest = recoverable.front();
    const QString name = QString::fromStdString(newest.record.scenario.name);
    const QString from = newest.record.originalFile.empty() ? QObject::tr("never saved")
                                                            : QString::fromStdString(newest.record.originalFile);
    const QDateTime savedAt = QDateTime::fromString(QString::fromStdString(newest.record.savedAt), Qt::ISODate);
    QMessageBox box(QMessageBox::Question, QObject::tr("Recover unsaved changes?"),
                    QObject::tr("GridShare did not close normally. Recover the unsaved changes to \"%1\" (%2), "
                                "autosaved %3?")
                        .arg(name, from, QLocale().toString(savedAt.toLocalTime(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, window);
    QPushButton* recover = box.addButton(QObject::tr("Recover"), QMessageBox::AcceptRole);
    box.addButton(QObject::tr("Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == recover)
        document.replaceWith(newest.record.scenario, QString::fromStdString(newest.record.originalFile), true);
    Autosaver::discard(newest);
}

int autosaveInterval()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("GRIDSHARE_AUTOSAVE_INTERVAL_MS", &ok);
    return ok && fromEnvironment >= 100 ? fromEnvironment : Autosaver::kDefaultIntervalMs;
}

} // namespace

bool wantsScreenshot(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    return false;
}

int checkBeforeWindow(int argc, char* argv[], const QString& language)
{
    // A refusal is said in the person's language, which needs an application object; the window's
    // own comes later, so a small one speaks and goes. Messages are made once it exists.
    const auto refuse = [&](const auto& message) {
        QCoreApplication speaker(argc, argv);
        installLanguage(language);
        return failWith(2, message());
    };
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const bool takesValue = std::any_of(std::begin(kOptionsWithValue), std::end(kOptionsWithValue),
                                            [&](const char* option) { return std::strcmp(argv[i], option) == 0; });
        if (takesValue) {
            ++i;
            continue;
        }
        if (argv[i][0] == '-')
            continue;
        // A word that names no file is a mistyped command more often than a missing file.
        const QString word = QString::fromLocal8Bit(argv[i]);
        if (!QFileInfo::exists(word) && !word.endsWith(QStringLiteral(".json")))
            return refuse([&] {
                return withHelpHint(QCoreApplication::translate("Cli",
                                                                "unknown command \"%1\"; commands: evaluate, "
                                                                "solve, export, report, presets, regions, sources")
                                        .arg(word));
            });
        if (++files > 1)
            return refuse(
                [] { return QCoreApplication::translate("Cli", "the window opens one scenario file at a time"); });
    }
    const bool hasDisplay = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
                            || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (!hasDisplay)
        return refuse([] {
            return QCoreApplication::translate("Cli", "no display to open the window on; `gridshare evaluate` prints "
                                                      "the scenario and `gridshare --screenshot FILE` renders the "
                                                      "window to a PNG");
        });
    return 0;
}

int runWindow(int argc, char* argv[], const QString& language)
{
    QApplication app(argc, argv);
    installLanguage(language);
    // Desktops match the window to the installed launcher and icon (packaging/linux) by this id.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.gridshare.GridShare"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.gridshare.GridShare")));
    QCommandLineParser parser;
    for (const char* option : kOptionsWithValue)
        parser.addOption({QString::fromLatin1(option + 2), QString(), QStringLiteral("VALUE")});
    if (!parser.parse(QApplication::arguments()))
        return failWith(2, withHelpHint(parser.errorText()));
    const bool screenshot = parser.isSet(QStringLiteral("screenshot"));

    auto loaded = loadUserDataset();
    for (const auto& warning : loaded.warningIssues)
        failWith(0, QCoreApplication::translate("Cli", "warning: %1").arg(describe(warning)));
    Settings settings;
    Settings::Theme theme = settings.theme();
    if (parser.isSet(QStringLiteral("theme"))) {
        const auto chosen = themeFromKey(parser.value(QStringLiteral("theme")));
        if (!chosen)
            return failWith(2, QCoreApplication::translate(
                                   "Cli", "--theme: \"%1\" is not one of system, light, dark, high-contrast")
                                   .arg(parser.value(QStringLiteral("theme"))));
        theme = *chosen; // for this run only: the saved choice stays
    }
    applyTheme(theme);
    ScenarioDocument document(loaded.dataset);
    ScenarioOptions options;
    options.file = parser.positionalArguments().value(0);
    options.region = parser.value(QStringLiteral("region"));
    options.preset = parser.value(QStringLiteral("preset"));
    options.sets = parser.values(QStringLiteral("set"));
    if (const int refused = applyScenarioOptions(options, document))
        return refused;

    MainWindow window(&document, &settings);
    if (parser.isSet(QStringLiteral("view"))) {
        const auto view = parseViewOption(parser.value(QStringLiteral("view")));
        if (!view)
            return 2;
        window.setView(*view);
    }
    if (parser.isSet(QStringLiteral("size"))) {
        const auto size = parseSize(parser.value(QStringLiteral("size")), QSize(640, 400));
        if (!size)
            return failWith(2, QCoreApplication::translate(
                                   "Cli", "--size: \"%1\" is not WIDTHxHEIGHT between 640x400 and 8000x8000")
                                   .arg(parser.value(QStringLiteral("size"))));
        window.resize(*size);
    } else if (screenshot) {
        window.resize(kPreferredWindowSize);
    }
    if (screenshot)
        return saveScreenshot(window, parser.value(QStringLiteral("screenshot")));

    // The first window fits the screen it opens on; later ones come back as they were left.
    const bool maximised = !parser.isSet(QStringLiteral("size")) && settings.windowGeometry().isEmpty()
                           && placeFirstWindow(window, window.screen()->availableGeometry());
    // Recovery is offered before this session starts autosaving beside the old records.
    const QString autosaveFolder = Autosaver::defaultFolder();
    if (maximised)
        window.showMaximized();
    else
        window.show();
    offerRecovery(document, &window, autosaveFolder);
    Autosaver autosaver(&document, autosaveFolder, autosaveInterval());
    const int code = QApplication::exec();
    autosaver.finishCleanly();
    return code;
}

} // namespace gridshare::gui
