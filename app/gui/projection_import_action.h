// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File > Import Projections…: a CSV of the person's own projections (README, "Your own
// projections") checked row by row, stored in their data folder, and drawn at once, each marked as
// theirs. The dialog afterwards lists every row that was skipped, with its column and why.

#include <QString>

class QAction;
class QMessageBox;
class QWidget;

namespace gridshare::gui {

class ScenarioDocument;

QAction* importProjectionsAction(ScenarioDocument* document, QWidget* parent);

// Imports csvPath into dataFolder, gives the document the data with what was imported, and opens
// a message box saying what was imported and each row's problems (returned for tests).
QMessageBox* importProjections(ScenarioDocument* document, const QString& csvPath, const QString& dataFolder,
                               QWidget* parent);

} // namespace gridshare::gui
