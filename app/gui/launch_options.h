#pragma once
// Command-line options shared by the window, its screenshots and the headless export and report
// commands: the scenario to start from (FILE, --region, --preset, --set) and sizes.

#include "chart_views.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace gridshare::gui {

class ScenarioDocument;

struct ScenarioOptions {
    QString file;
    QString region;
    QString preset;
    QStringList sets; // "KEY=VALUE"
};

// Loads the scenario the options name into the document. Problems are printed with where they
// are; the result is the exit code (0 when everything applied): 2 for usage, 3 for an invalid
// scenario file, 4 for one that cannot be read.
int applyScenarioOptions(const ScenarioOptions& options, ScenarioDocument& document);

// "1600x900" within the limits, or nullopt.
std::optional<QSize> parseSize(const QString& text, QSize smallest, QSize largest = QSize(8000, 8000));

// --view's value; prints the problem and returns nullopt when it names no view.
std::optional<ChartView> parseViewOption(const QString& text);

// Prints "gridshare: message" on standard error and returns code.
int failWith(int code, const QString& message);

// A usage problem followed by where to read the usage: "MESSAGE\ngridshare: try 'gridshare --help'".
QString withHelpHint(const QString& message);

} // namespace gridshare::gui
