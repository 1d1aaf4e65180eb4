#include "exchange_rates_file.h"

#include "../common/message_text.h"
#include "scenario_files.h"

#include "gridshare/currency_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace gridshare::gui {

QString saveExchangeRates(const QString& folder, const std::vector<Currency>& current,
                          const std::vector<Currency>& edited)
{
    const auto text = currenciesToText(edited);
    if (!text)
        return QCoreApplication::translate("ExchangeRates", "The rates cannot be saved: %1.")
            .arg(describe(text.issues().front()));
    const QString path = QDir(folder).filePath(QStringLiteral("currencies.json"));
    const bool builtin = text.value() == embeddedDataFiles().at("currencies.json");
    if (QFileInfo(path).isFile()) {
        QFile existing(path);
        if (!existing.open(QIODevice::ReadOnly))
            return QCoreApplication::translate("ExchangeRates", "Cannot read %1: %2. Nothing was changed.")
                .arg(path, existing.errorString());
        const QByteArray before = existing.readAll();
        const auto shown = currenciesToText(current);
        if (!shown || before != QByteArray::fromStdString(shown.value()))
            if (const QString problem = writeAtomically(path + QStringLiteral(".bak"), before); !problem.isEmpty())
                return problem;
        if (builtin && !existing.remove())
            return QCoreApplication::translate("ExchangeRates", "Cannot remove %1: %2. It is unchanged.")
                .arg(path, existing.errorString());
    }
    if (builtin)
        return {};
    if (!QDir().mkpath(folder))
        return QCoreApplication::translate("ExchangeRates", "Cannot create the folder %1. Nothing was changed.")
            .arg(folder);
    return writeAtomically(path, QByteArray::fromStdString(text.value()));
}

} // namespace gridshare::gui
