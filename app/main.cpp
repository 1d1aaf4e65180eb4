// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command_line.h"
#include "common/console.h"
#include "common/launch_request.h"
#include "gui/export/export_command.h"
#include "gui/gui_main.h"
#include "gui/language.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    using namespace gridshare;
    QCoreApplication::setApplicationName(QStringLiteral("GridShare"));
    QCoreApplication::setOrganizationName(QStringLiteral("GridShare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRIDSHARE_VERSION));
    // The language comes before everything that speaks: the commands, the window, their errors.
    const gui::LanguageChoice language = gui::chooseLanguage(argc, argv);
    // The command line is read once, here; every command and the window run from what it says.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    LaunchRequest request = parseLaunchRequest(arguments);
    if (language.refused)
        request.problem = UsageProblem{QT_TRANSLATE_NOOP("Cli", "--lang: \"%1\" is not one of %2"),
                                       {*language.refused, gui::availableLanguages().join(QStringLiteral(", "))}};
    // Exports and screenshots never need a display: they draw offscreen unless told otherwise.
    if (drawsOffscreen(request) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!needsWidgets(request)) {
        QCoreApplication app(argc, argv);
        gui::installLanguage(language.language);
        if (request.problem)
            return usageError(request.problem->text());
        return finishOutput(cli::run(request));
    }
    if (request.command != Command::Window)
        return gui::runExportCommand(argc, argv, request, language.language);
    if (const int refused = gui::checkBeforeWindow(argc, argv, language.language))
        return refused;
    return gui::runWindow(argc, argv, request, language.language);
}
