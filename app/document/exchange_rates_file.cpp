// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/exchange_rates_file.h"

#include "common/message_text.h"
#include "document/scenario_files.h"

#include "gridshare/currency_file.h"
#include "gridshare/scenario_io.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <filesystem>

namespace gridshare::gui {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ExchangeRates)
};

} // namespace

QString refusedRatesFile(const QString& folder)
{
    const auto loaded = Dataset::load(QDir(folder).path().toStdString());
    if (std::find(loaded.refused.begin(), loaded.refused.end(), "currencies.json") == loaded.refused.end())
        return {};
    const auto first = std::find_if(loaded.warningIssues.begin(), loaded.warningIssues.end(),
                                    [](const Issue& i) { return i.file.ends_with("currencies.json"); });
    return Text::tr("Your %1 cannot be used (%2), so GridShare shows the built-in rates. Fix or "
                    "remove that file to save rates of your own; it is never overwritten.")
        .arg(QDir::toNativeSeparators(QDir(folder).filePath(QStringLiteral("currencies.json"))),
             first != loaded.warningIssues.end() ? translated(first->message) : QString());
}

QString saveExchangeRates(const QString& folder, const std::vector<Currency>& current,
                          const std::vector<Currency>& edited)
{
    const auto text = currenciesToText(edited);
    if (!text)
        return Text::tr("The rates cannot be saved: %1.").arg(describe(text.issues().front()));
    if (const QString refused = refusedRatesFile(folder); !refused.isEmpty())
        return refused;
    const QString path = QDir(folder).filePath(QStringLiteral("currencies.json"));
    const bool builtin = text.value() == embeddedDataFiles().at("currencies.json");
    const auto written = [](const QString& target, const QByteArray& bytes) {
        const QString problem = writeAtomically(target, bytes);
        return problem.isEmpty() ? problem : QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(target), problem);
    };
    if (QFileInfo::exists(path)) {
        const auto existing = readFileBytes(std::filesystem::path(path.toStdU16String()), 16 * 1024 * 1024);
        if (!existing.result)
            return Text::tr("Cannot read %1: %2. Nothing was changed.")
                .arg(path, translated(existing.result.issues().front().message));
        const QByteArray before = QByteArray::fromStdString(existing.result.value());
        const auto shown = currenciesToText(current);
        // A file changed since the window read it is kept beside the new one.
        if (!shown || before != QByteArray::fromStdString(shown.value()))
            if (const QString problem = written(path + QStringLiteral(".bak"), before); !problem.isEmpty())
                return problem;
        if (builtin && !QFile::remove(path))
            return Text::tr("Cannot remove %1. It is unchanged.").arg(path);
    }
    if (builtin)
        return {};
    if (!QDir().mkpath(folder))
        return Text::tr("Cannot create the folder %1. Nothing was changed.").arg(folder);
    return written(path, QByteArray::fromStdString(text.value()));
}

} // namespace gridshare::gui
