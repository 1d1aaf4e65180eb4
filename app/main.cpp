#include "cli/command_line.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("GridShare"));
    QCoreApplication::setOrganizationName(QStringLiteral("GridShare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRIDSHARE_VERSION));
    return gridshare::cli::run(QCoreApplication::arguments());
}
