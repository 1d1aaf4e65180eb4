// gridshare-bench: the speed and memory figures of BENCHMARKS.md, measured on this machine and
// printed as JSON. Timings are wall-clock medians of repeated runs; the machine is noisy, so the
// figures are for comparison with the targets, not for tests.

#include "gui/chart_page.h"
#include "gui/controls_panel.h"
#include "gui/main_window.h"
#include "gui/parameter_control.h"
#include "gui/scenario_document.h"
#include "gui/settings.h"

#include "gridshare/evaluation.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace gridshare;
using Clock = std::chrono::steady_clock;

namespace {

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

// The US baseline with ranges on the growth rates and request volume: 10,000 samples, 7 years.
Scenario bandedScenario()
{
    Scenario s;
    s.name = "Benchmark with bands";
    s.ranges[Param::QueryGrowth] = {0.2, 1.0};
    s.ranges[Param::EfficiencyGain] = {0.1, 0.6};
    s.ranges[Param::QueriesPerDay] = {1e10, 5e11};
    s.ranges[Param::TokensGrowth] = {0.0, 0.4};
    s.monteCarlo.samples = 10000;
    return s;
}

double evaluationNanoseconds()
{
    Scenario s;
    const auto resolved = resolve(s, Dataset::builtin()).value();
    const int rounds = 200000;
    double sink = 0;
    const auto start = Clock::now();
    for (int i = 0; i < rounds; ++i)
        sink += evaluateYears(resolved.values, resolved.householdKwhPerYear, 2024, 2030).back().aiShare;
    const double ns = millisecondsSince(start) * 1e6 / rounds;
    return sink > 0 ? ns : -1;
}

double monteCarloMilliseconds()
{
    const auto resolved = resolve(bandedScenario(), Dataset::builtin()).value();
    std::vector<double> times;
    for (int i = 0; i < 30; ++i) {
        const auto start = Clock::now();
        const auto bands = monteCarloBands(resolved);
        times.push_back(millisecondsSince(start));
        if (bands.size() != 7)
            return -1;
    }
    return percentile(times, 0.5);
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);

    const double evaluationNs = evaluationNanoseconds();
    const double monteCarloMs = monteCarloMilliseconds();

    gui::Settings settings;
    gui::ScenarioDocument document(Dataset::builtin());
    document.replaceWith(bandedScenario(), QString(), false);
    gui::MainWindow window(&document, &settings);
    window.resize(1600, 900);
    window.show();
    QApplication::processEvents();
    gui::ChartPage* chart = window.page(gui::ChartView::Share);

    // A slider step: the value changes, the engine runs, the pages take the snapshot and the visible
    // chart repaints with the new line. The bands follow in a later frame, from another thread;
    // their arrival (and its repaint) happens between steps, outside the timing.
    QSlider* slider = window.controls()->control(Param::QueryGrowth)->slider();
    std::vector<double> steps;
    for (int i = 0; i < 300; ++i) {
        const auto start = Clock::now();
        slider->setValue(100 + (i % 100) * 3);
        chart->plot()->replot(QCustomPlot::rpImmediateRefresh);
        chart->plot()->repaint();
        steps.push_back(millisecondsSince(start));
        QApplication::processEvents();
    }

    // How long new bands take to follow a step, off the GUI thread.
    std::vector<double> bandsReady;
    for (int i = 0; i < 30; ++i) {
        slider->setValue(100 + i * 7);
        const auto start = Clock::now();
        document.finishPendingWork();
        bandsReady.push_back(millisecondsSince(start));
    }

    QTemporaryDir dir;
    std::vector<double> png, pdf;
    for (int i = 0; i < 10; ++i) {
        auto start = Clock::now();
        chart->plot()->savePng(dir.filePath(QStringLiteral("chart.png")), 1600, 900, 1.0);
        png.push_back(millisecondsSince(start));
        start = Clock::now();
        chart->plot()->savePdf(dir.filePath(QStringLiteral("chart.pdf")), 1600, 900);
        pdf.push_back(millisecondsSince(start));
    }

    // Process start to a painted window written as a PNG: an upper bound on the cold start.
    std::vector<double> cold;
    const QString binary = QCoreApplication::applicationDirPath() + QStringLiteral("/gridshare");
    for (int i = 0; i < 5; ++i) {
        QProcess process;
        const auto start = Clock::now();
        process.start(binary, {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("cold.png"))});
        process.waitForFinished(60000);
        cold.push_back(process.exitCode() == 0 ? millisecondsSince(start) : -1);
    }

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("{\n"
                "  \"evaluation_ns_per_scenario\": %.0f,\n"
                "  \"monte_carlo_10000_samples_7_years_ms\": %.2f,\n"
                "  \"slider_step_ms\": {\"median\": %.2f, \"p95\": %.2f, \"steps\": %zu, \"bands_samples\": 10000},\n"
                "  \"bands_follow_step_ms\": %.2f,\n"
                "  \"cold_start_to_screenshot_ms\": %.0f,\n"
                "  \"chart_png_1600x900_ms\": %.1f,\n"
                "  \"chart_pdf_ms\": %.1f,\n"
                "  \"peak_resident_mb\": %.1f\n"
                "}\n",
                evaluationNs, monteCarloMs, percentile(steps, 0.5), percentile(steps, 0.95), steps.size(),
                percentile(bandsReady, 0.5), percentile(cold, 0.5), percentile(png, 0.5), percentile(pdf, 0.5),
                static_cast<double>(usage.ru_maxrss) / 1024.0);
    return 0;
}
