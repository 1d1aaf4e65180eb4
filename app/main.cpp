#include "cli/command_line.h"
#include "gui/export_command.h"
#include "gui/gui_main.h"

#include <QCoreApplication>

#include <cstring>

namespace {

// Commands that run without a window (and without a display).
bool isCommandLine(int argc, char* argv[])
{
    if (argc < 2)
        return false;
    for (const char* command : {"evaluate", "solve", "presets", "regions", "sources", "--help", "-h", "--version"})
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
    if (isCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        return gridshare::cli::run(QCoreApplication::arguments());
    }
    if (gridshare::gui::isExportCommand(argc, argv)) {
        // Exports never need a display: they draw offscreen unless told otherwise.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return gridshare::gui::runExportCommand(argc, argv);
    }
    if (gridshare::gui::wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (const int refused = gridshare::gui::checkBeforeWindow(argc, argv))
        return refused;
    return gridshare::gui::runWindow(argc, argv);
}
