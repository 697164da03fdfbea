#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Nexus"));
    QCoreApplication::setApplicationName(QStringLiteral("nexus-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEXUS_VERSION));
    nexus::Cli cli;
    return cli.run(QCoreApplication::arguments());
}
