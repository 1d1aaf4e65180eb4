// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/projection_import_action.h"

#include "common/message_text.h"
#include "common/projection_import_file.h"
#include "common/user_data.h"
#include "document/scenario_document.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStringList>

#include <filesystem>
#include <set>

namespace gridshare::gui {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ProjectionImport)
};

constexpr qsizetype kProblemsShown = 25;

} // namespace

QMessageBox* importProjections(ScenarioDocument* document, const QString& csvPath, const QString& dataFolder,
                               QWidget* parent)
{
    const auto result = importProjectionsFile(csvPath, dataFolder, document->data());
    QStringList problems;
    for (const Issue& issue : result.rows.problems)
        problems.append(describe(issue));
    QString text;
    if (result.failure.isEmpty()) {
        auto loaded = Dataset::load(std::filesystem::path(QDir(dataFolder).path().toStdU16String()));
        document->replaceData(std::move(loaded.dataset));
        std::set<std::string> regions;
        for (const ImportedProjection& row : result.rows.imported)
            regions.insert(row.projection.region);
        QStringList names;
        for (const std::string& id : regions)
            if (const Region* region = document->data().region(id))
                names.append(QString::fromStdString(region->name));
        text = Text::tr("Projections imported: %1, for %2. They are drawn marked “(yours)”, with their sources.")
                   .arg(result.ids.size())
                   .arg(names.join(QStringLiteral(", ")));
        if (result.rows.skipped > 0)
            text +=
                QLatin1Char('\n')
                + Text::tr("Rows skipped: %1. Each is listed below with its column and why.").arg(result.rows.skipped);
    } else {
        text = result.failure;
    }
    auto* box = new QMessageBox(result.failure.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                                Text::tr("Import Projections"), text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("projectionImportResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!problems.isEmpty()) {
        QStringList shown = problems.mid(0, kProblemsShown);
        if (problems.size() > kProblemsShown)
            shown.append(Text::tr("… and %1 more (Show Details…)").arg(problems.size() - kProblemsShown));
        box->setInformativeText(shown.join(QLatin1Char('\n')));
        box->setDetailedText(problems.join(QLatin1Char('\n')));
    }
    box->open();
    return box;
}

QAction* importProjectionsAction(ScenarioDocument* document, QWidget* parent)
{
    auto* action = new QAction(Text::tr("&Import Projections…"), parent);
    action->setObjectName(QStringLiteral("importProjectionsAction"));
    action->setToolTip(Text::tr("Add your own projections from a CSV file; they are drawn marked as yours"));
    QObject::connect(action, &QAction::triggered, parent, [document, parent] {
        const QString path = QFileDialog::getOpenFileName(parent, Text::tr("Import Projections"), QString(),
                                                          Text::tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importProjections(document, path, userDataFolder(), parent);
    });
    return action;
}

} // namespace gridshare::gui
