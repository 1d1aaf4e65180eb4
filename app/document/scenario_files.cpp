// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/scenario_files.h"

#include "common/message_text.h"

#include "gridshare/data_edition.h"
#include "gridshare/resolve.h"
#include "gridshare/scenario_io.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

#include <filesystem>

namespace gridshare::gui {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ScenarioFiles)
};

} // namespace

Outcome<Scenario> readScenario(const QString& path, const Dataset& data)
{
    const std::string name = QFileInfo(path).fileName().toStdString();
    const auto read = readScenarioFile(std::filesystem::path(path.toStdU16String()));
    if (!read.result)
        return inFile(read.result.issues(), name);
    // A file that parses can still name an unknown region or contradict itself: check it whole
    // before it replaces anything.
    const auto resolved = resolve(read.result.value(), data);
    if (resolved)
        return read.result.value();
    // A range saved around a default that has since moved no longer holds the new default: such a
    // file opens with the defaults it was saved with, the only values its ranges fit.
    const Scenario kept = keepingSavedValues(read.result.value(), movedDefaults(read.result.value(), data).moved);
    if (resolve(kept, data))
        return kept;
    return inFile(resolved.issues(), name);
}

QString writeScenario(const QString& path, const Scenario& scenario, const Dataset& data)
{
    const std::string text = scenarioToText(scenario);
    const auto reread = scenarioFromText(text);
    const auto resolved = reread ? resolve(reread.value(), data) : Outcome<ResolvedScenario>(reread.issues());
    if (!resolved) {
        QStringList problems;
        for (const Issue& issue : resolved.issues())
            problems.append(describe(issue));
        return Text::tr("a file with these values could not be opened again: %1. Change them, then save; "
                        "nothing was written")
            .arg(problems.join(QStringLiteral("; ")));
    }
    return writeAtomically(path, QByteArray::fromStdString(text));
}

} // namespace gridshare::gui
