// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The command line, read once: which command runs (the window when none is named), its options and
// the scenario it starts from. The same options mean the same everywhere; an option a command does
// not take, an option given twice or with an empty value, and a word that is no command are usage
// problems, found here before anything runs.

#include "scenario_request.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace gridshare {

enum class Command {
    Window,
    Evaluate,
    Solve,
    Implies,
    Export,
    Report,
    Presets,
    Regions,
    Sources,
    Projections,
    Help,
    Version
};

// A problem with the command line, kept untranslated until there is an application to translate
// it: a pattern of the context "Cli" and its arguments.
struct UsageProblem {
    const char* pattern;
    QStringList args;

    QString text() const;
};

struct LaunchRequest {
    Command command = Command::Window;
    ScenarioRequest scenario;
    QString format;                 // evaluate and projections
    QString importFile;             // projections --import
    QString vary, target, year;     // solve
    QString out, view, size, scale; // export and report; view and size also the window
    QString theme, screenshot;      // the window
    std::optional<UsageProblem> problem;

    bool has(const char* option) const;
    QStringList given; // the options named, without their dashes
};

// arguments[0] is the program; --lang has already been taken out (chooseLanguage).
LaunchRequest parseLaunchRequest(const QStringList& arguments);

// The commands, as `gridshare --help` and the "unknown command" message list them.
QString commandNames();

// Export, report and --screenshot draw offscreen: they need no display.
bool drawsOffscreen(const LaunchRequest& request);

// Commands that need the widgets (the window, export and report) rather than only QtCore.
bool needsWidgets(const LaunchRequest& request);

} // namespace gridshare
