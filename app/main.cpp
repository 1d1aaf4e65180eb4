#include "cli/command_line.h"
#include "gui/export_command.h"
#include "gui/gui_main.h"
#include "gui/language.h"
#include "gui/launch_options.h"

#include <QCoreApplication>

#include <cstring>

namespace {

// Commands that run without a window (and without a display).
bool isCommandLine(int argc, char* argv[])
{
    if (argc < 2)
        return false;
    for (const char* command : {"evaluate", "solve", "presets", "regions", "sources", "projections", "--help", "-h", "--version"})
        if (std::strcmp(argv[1], command) == 0)
            return true;
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("GridShare"));
    QCoreApplication::setOrganizationName(QStringLiteral("GridShare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRIDSHARE_VERSION));
    // The language comes before everything that speaks: the commands, the window, their errors.
    const gridshare::gui::LanguageChoice language = gridshare::gui::chooseLanguage(argc, argv);
    if (language.refused) {
        QCoreApplication app(argc, argv);
        gridshare::gui::installLanguage(language.language);
        return gridshare::gui::failWith(
            2, QCoreApplication::translate("Cli", "--lang: \"%1\" is not one of %2")
                   .arg(*language.refused, gridshare::gui::availableLanguages().join(QStringLiteral(", "))));
    }
    if (isCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        gridshare::gui::installLanguage(language.language);
        return gridshare::cli::run(QCoreApplication::arguments());
    }
    if (gridshare::gui::isExportCommand(argc, argv)) {
        // Exports never need a display: they draw offscreen unless told otherwise.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return gridshare::gui::runExportCommand(argc, argv, language.language);
    }
    if (gridshare::gui::wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (const int refused = gridshare::gui::checkBeforeWindow(argc, argv, language.language))
        return refused;
    return gridshare::gui::runWindow(argc, argv, language.language);
}
