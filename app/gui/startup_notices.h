// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the window says as it starts, and when autosave stops working: user data files that are
// not used, autosaved work to recover, records that cannot be read. Nothing here blocks a start
// that needs no answer; the recovery question is the one that waits for the person.

#include "document/autosaver.h"

#include "gridshare/dataset.h"

#include <QString>

class QMessageBox;
class QWidget;

namespace gridshare::gui {

class ScenarioDocument;

// Which of the person's data files are not used, where and why, and that the built-in file is used
// for each. A box that does not block; null when every file was used.
QMessageBox* showDataWarnings(const Dataset::Loaded& loaded, QWidget* window);

// Autosave cannot work: said once, without blocking.
QMessageBox* showAutosaveFailure(const QString& reason, QWidget* window);

// "Request growth 80 %/yr, PUE 1.4 and 2 more": what a recovered record changed, so two records of
// the same preset can be told apart.
QString changesOf(const Scenario& scenario);

// After a crash: names records that cannot be read (kept unless the person deletes them), then
// offers the newest unsaved scenario back; others stay for a later start. Recovered work is
// adopted by the autosaver, which keeps its record until the work is autosaved again, and has no
// file of its own: Save asks where, proposing the file the record names, so a record never makes
// Save write to a path the person has not seen. GRIDSHARE_RECOVERY_ANSWER=recover|discard answers
// for automated tests.
void offerRecovery(ScenarioDocument& document, QWidget* window, Autosaver& autosaver, const QString& folder);

} // namespace gridshare::gui
