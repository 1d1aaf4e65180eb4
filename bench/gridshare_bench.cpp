// SPDX-License-Identifier: GPL-3.0-or-later
// gridshare-bench: the speed and memory figures of BENCHMARKS.md, measured on this machine and
// printed as JSON. Timings are wall-clock medians of repeated runs; the machine is noisy, so the
// figures are for comparison with the targets, not for tests.

#include "bench_statistics.h"
#include "cold_start_bench.h"
#include "document/scenario_document.h"
#include "document/settings.h"
#include "engine_state_bench.h"
#include "export_bench.h"
#include "gui/chart_typeface.h"
#include "gui/charts/chart_page.h"
#include "gui/controls/controls_panel.h"
#include "gui/controls/parameter_control.h"
#include "gui/export/figure_export.h"
#include "gui/export/png_writer.h"
#include "gui/main_window.h"

#include "gridshare/evaluation.h"
#include "gridshare/sobol.h"
#include "gridshare/vector_state.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <sys/resource.h>
#include <thread>
#include <time.h>
#include <vector>

using namespace gridshare;
using Clock = std::chrono::steady_clock;
using bench::percentile;

namespace {

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
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

// The processor's name, as the benchmark records say which machine they came from.
std::string cpuName()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) // a /proc file has no size: read it whole
        for (const QByteArray& line : cpuinfo.readAll().split('\n'))
            if (line.startsWith("model name"))
                return line.mid(line.indexOf(':') + 1).trimmed().toStdString();
    return "unknown";
}

double medianMilliseconds(int runs, const std::function<void()>& run)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        run();
        times.push_back(millisecondsSince(start));
    }
    return percentile(times, 0.5);
}

// The slider step as earlier sections of BENCHMARKS.md measured it (wall time): setValue, an
// immediate replot and a repaint; the replot the pages queue and the bands' arrival are left to the
// untimed processEvents between steps.
std::vector<double> sliderStepsForcedRepaint(QSlider* slider, gui::ChartPage* chart, int count)
{
    std::vector<double> steps;
    for (int i = 0; i < count; ++i) {
        const auto start = Clock::now();
        slider->setValue(100 + (i % 100) * 3);
        chart->plot()->replot(QCustomPlot::rpImmediateRefresh);
        chart->plot()->repaint();
        steps.push_back(millisecondsSince(start));
        QApplication::processEvents();
    }
    return steps;
}

// CPU time of the calling thread, in milliseconds: what the GUI thread itself spent, whatever
// other work on the shared machine preempted it.
double threadCpuMilliseconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// A slider step as the user sees it finished: from setValue to the painted frame, with the replot
// the pages queue, then the bands' arrival from the worker thread and the repaint it causes. The
// GUI thread waits for the worker blocked in its event loop, so its CPU time counts its own work.
struct FrameStep {
    std::vector<double> totalCpu; // setValue to the last repaint after the bands arrived
    std::vector<double> totalWall;
    std::vector<double> replots; // how many times the chart was redrawn for the step
};

void flushEvents()
{
    // The queued replot posts a paint request, which the next round delivers.
    for (int round = 0; round < 3; ++round)
        QApplication::processEvents();
}

// Waits for the step's bands as the window does: blocked in the event loop until their arrival is
// delivered. (Polling for them every 100 µs, as this bench did, spent GUI-thread time of its own
// on every round of the event loop, one to two milliseconds a step on a virtual machine.)
void waitForBands(gui::ScenarioDocument& document)
{
    if (!document.snapshot() || !document.snapshot()->bandsPending)
        return;
    QEventLoop waiting;
    const QMetaObject::Connection arrived =
        QObject::connect(&document, &gui::ScenarioDocument::bandsArrived, &waiting, &QEventLoop::quit);
    QTimer::singleShot(2000, &waiting, &QEventLoop::quit); // bands that never come do not hang the bench
    waiting.exec();
    QObject::disconnect(arrived);
}

FrameStep sliderStepsToFinishedFrame(QSlider* slider, gui::ScenarioDocument& document, QCustomPlot* plot, int steps)
{
    FrameStep out;
    document.finishPendingWork();
    flushEvents();
    int replots = 0;
    const QMetaObject::Connection counting =
        QObject::connect(plot, &QCustomPlot::afterReplot, [&replots] { ++replots; });
    for (int i = 0; i < steps; ++i) {
        replots = 0;
        const auto wallStart = Clock::now();
        const double cpuStart = threadCpuMilliseconds();
        // Positions 130-271: request growth from 21 to 99 %/yr, inside the range the banded scenario
        // gives it (20-100 %/yr), and never the position the slider has, so every step changes the
        // scenario (a value outside its range is refused and nothing is redrawn).
        slider->setValue(130 + (i % 48) * 3);
        flushEvents();
        waitForBands(document);
        flushEvents();
        out.totalCpu.push_back(threadCpuMilliseconds() - cpuStart);
        out.totalWall.push_back(millisecondsSince(wallStart));
        out.replots.push_back(replots);
    }
    QObject::disconnect(counting);
    return out;
}

std::string frameStepJson(const FrameStep& f)
{
    char line[400];
    std::snprintf(line, sizeof line,
                  "{\"gui_thread_cpu_ms\": {\"median\": %.2f, \"p95\": %.2f}, \"wall_ms_with_bands_wait\": "
                  "{\"median\": %.2f, \"p95\": %.2f}, \"replots\": {\"median\": %.0f, \"max\": %.0f}, \"steps\": %zu}",
                  percentile(f.totalCpu, 0.5), percentile(f.totalCpu, 0.95), percentile(f.totalWall, 0.5),
                  percentile(f.totalWall, 0.95), percentile(f.replots, 0.5), percentile(f.replots, 1.0),
                  f.totalCpu.size());
    return line;
}

// The window the slider figures are taken in: the banded scenario, at 1600x900, shown.
struct BenchWindow {
    gui::Settings settings;
    gui::ScenarioDocument document{Dataset::builtin()};
    std::unique_ptr<gui::MainWindow> window;
    BenchWindow()
    {
        gui::registerChartTypeface(); // as the window and `gridshare export` do
        document.replaceWith(bandedScenario(), QString(), false);
        window = std::make_unique<gui::MainWindow>(&document, &settings);
        window->resize(1600, 900);
        window->show();
        QApplication::processEvents();
        // The first bands and Sobol indices are computed on worker threads: every measure starts
        // once they are in, so none of them shares the cores with that work.
        while (document.snapshot() && document.snapshot()->bandsPending) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            QApplication::processEvents();
        }
        QApplication::processEvents();
    }
};

// `gridshare-bench --slider`: only the slider-step figures, both measures, in alternating rounds
// of 50 steps each, for quick comparisons while working on the chart. `--frame-steps`: only the
// steps to the finished frame, so that a profile of the run (callgrind) holds them and nothing else.
int sliderFiguresOnly(int argc, char* argv[], bool forcedToo)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    BenchWindow shown;
    gui::ScenarioDocument& document = shown.document;
    gui::MainWindow& window = *shown.window;
    QSlider* slider = window.controls()->control(Param::QueryGrowth)->slider();
    std::vector<double> forced;
    FrameStep frame;
    for (int round = 0; round < 6; ++round) {
        if (forcedToo) {
            const std::vector<double> f = sliderStepsForcedRepaint(slider, window.page(gui::ChartView::Share), 50);
            forced.insert(forced.end(), f.begin(), f.end());
        }
        const FrameStep r =
            sliderStepsToFinishedFrame(slider, document, window.page(gui::ChartView::Share)->plot(), 50);
        for (auto [to, from] : {std::pair{&frame.totalCpu, &r.totalCpu}, std::pair{&frame.totalWall, &r.totalWall},
                                std::pair{&frame.replots, &r.replots}})
            to->insert(to->end(), from->begin(), from->end());
    }
    if (!forcedToo) {
        std::printf("{\n  \"cpu\": \"%s\",\n  \"slider_step_to_finished_frame\": %s\n}\n", cpuName().c_str(),
                    frameStepJson(frame).c_str());
        return 0;
    }
    std::printf("{\n  \"cpu\": \"%s\",\n  \"slider_step_ms\": {\"median\": %.2f, \"p95\": %.2f, \"steps\": %zu},\n"
                "  \"slider_step_to_finished_frame\": %s\n}\n",
                cpuName().c_str(), percentile(forced, 0.5), percentile(forced, 0.95), forced.size(),
                frameStepJson(frame).c_str());
    return 0;
}

// `gridshare-bench --exports`: only the export figures (the chart's PDF, File > Export chart's PDF
// and the report), for quick comparisons while working on exports.
int exportFiguresOnly(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    BenchWindow shown;
    gui::ChartPage* chart = shown.window->page(gui::ChartView::Share);
    const bench::ChartPdfTimes chartPdf = bench::chartPdfTimes(chart->plot(), 20);
    const bench::ExportTimes figures = bench::exportTimes(
        {chart, shown.document.snapshot().get(), &shown.document.data()}, shown.settings.keyFiguresInGigawatts(), 10);
    std::printf("{\n  \"cpu\": \"%s\",\n"
                "  \"chart_pdf_grid_ms\": {\"dotted\": %.1f, \"solid\": %.1f, \"solid_over_dotted\": %.2f, "
                "\"kb_dotted\": %.0f, \"kb_solid\": %.0f},\n"
                "  \"figure_pdf_1600x900_ms\": {\"grid_dotted\": %.1f, \"grid_solid\": %.1f, "
                "\"solid_over_dotted\": %.2f},\n"
                "  \"report_pdf_ms\": {\"grid_dotted\": %.1f, \"grid_solid\": %.1f, \"solid_over_dotted\": %.2f, "
                "\"kb_dotted\": %.0f, \"kb_solid\": %.0f}\n}\n",
                cpuName().c_str(), chartPdf.dottedMs, chartPdf.solidMs, chartPdf.solidMs / chartPdf.dottedMs,
                chartPdf.dottedKb, chartPdf.solidKb, figures.figurePdfDottedMs, figures.figurePdfSolidMs,
                figures.figurePdfSolidMs / figures.figurePdfDottedMs, figures.reportPdfDottedMs, figures.reportPdfMs,
                figures.reportPdfMs / figures.reportPdfDottedMs, figures.reportPdfDottedKb, figures.reportPdfKb);
    return 0;
}

// `gridshare-bench --cold-start [DIR]`: only the start-up figure, of the gridshare and minimal
// window programs in DIR (the bench's own folder when not given), so two builds can be measured
// by one bench, in turn.
int coldStartOnly(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QCoreApplication::applicationDirPath();
    const bench::ColdStart c = bench::coldStartToFirstFrame(dir, 12);
    std::printf("{\n  \"cpu\": \"%s\",\n  \"cold_start_to_first_frame_ms\": {\"gridshare\": %.1f, "
                "\"minimal_chart_window\": %.1f, \"ratio\": %.2f, \"cpu_gridshare\": %.1f, \"cpu_minimal\": %.1f, "
                "\"cpu_ratio\": %.2f, \"runs_each\": %d, \"failed\": %d}\n}\n",
                cpuName().c_str(), c.gridshareMs, c.minimalMs, c.gridshareMs / c.minimalMs, c.gridshareCpuMs,
                c.minimalCpuMs, c.gridshareCpuMs / c.minimalCpuMs, c.runs, c.failed);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc > 1 && std::string(argv[1]) == "--slider")
        return sliderFiguresOnly(argc, argv, true);
    if (argc > 1 && std::string(argv[1]) == "--frame-steps")
        return sliderFiguresOnly(argc, argv, false);
    if (argc > 1 && std::string(argv[1]) == "--cold-start")
        return coldStartOnly(argc, argv);
    if (argc > 1 && std::string(argv[1]) == "--exports")
        return exportFiguresOnly(argc, argv);
    // Before Qt starts: the engine in a plain process, with the upper vector state clean against
    // left in use by a VEX.256 instruction (what Qt's AVX2 fills do), and libm's pow alone as the
    // control that says whether this CPU pays for that state at all.
    const auto plainScenario = resolve(Scenario{}, Dataset::builtin()).value();
    const auto bandedResolved = resolve(bandedScenario(), Dataset::builtin()).value();
    const std::vector<bench::EngineCall> calls = bench::engineCalls(bandedResolved, plainScenario);
    if (argc > 1 && std::string(argv[1]) == "--plain-engine") {
        char* end = nullptr;
        const long blocks = argc == 3 ? std::strtol(argv[2], &end, 10) : 0;
        if (argc != 3 || *end != '\0' || blocks < 1 || blocks > 1000) {
            std::fprintf(stderr, "gridshare-bench: --plain-engine takes one number of blocks, 1 to 1000\n");
            return 2;
        }
        return bench::printPlainBlocks(calls, int(blocks));
    }
    const std::string plainProcess = bench::plainProcessJson(calls);
    const bench::Pair powNs = bench::libmControl();
    leaveUpperVectorStateInUse();
    const bool observable = upperVectorStateObservable();
    const bool dirtyAfterVex = upperVectorStateInUse();
    clearUpperVectorState();

    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);

    const double evaluationNs = evaluationNanoseconds();
    const double monteCarloMs = monteCarloMilliseconds();

    BenchWindow shown;
    gui::ScenarioDocument& document = shown.document;
    gui::MainWindow& window = *shown.window;
    gui::ChartPage* chart = window.page(gui::ChartView::Share);

    // The same engine calls on the GUI thread of the running window, each after Qt has filled an
    // image (its AVX2 fill, as in every paint-buffer clear), against the same with the state
    // cleared after the fill, in turns with runs of the plain process (this program again, with
    // --plain-engine: it never starts Qt).
    QImage canvas(256, 256, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(Qt::white);
    const std::string guiState = bench::guiThreadJson(calls, QCoreApplication::applicationFilePath().toStdString(),
                                                      [&canvas] { canvas.fill(Qt::white); });
    canvas.fill(Qt::white);
    const bool dirtyAfterQtFill = upperVectorStateInUse();
    clearUpperVectorState();

    // A slider step: the value changes, the engine runs, the pages take the snapshot and the visible
    // chart repaints with the new line. The bands follow in a later frame, from another thread;
    // their arrival (and its repaint) happens between steps, outside the timing.
    QSlider* slider = window.controls()->control(Param::QueryGrowth)->slider();
    const int opened = slider->value();
    const std::vector<double> steps = sliderStepsForcedRepaint(slider, chart, 300);

    // The same steps to the finished frame, bands included (GUI-thread CPU time).
    const FrameStep frameSteps = sliderStepsToFinishedFrame(slider, document, chart->plot(), 300);

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

    // The grid-share chart to PDF with its grid lines dotted (as charts drew them before) and solid
    // (as now), alternating.
    const bench::ChartPdfTimes chartPdf = bench::chartPdfTimes(chart->plot(), 10);
    // The same on the chart as the window opened, the chart the target was set on (the steps above
    // leave request growth elsewhere, with a y axis of fewer grid lines).
    slider->setValue(opened);
    document.finishPendingWork();
    QApplication::processEvents();
    const bench::ChartPdfTimes chartPdfOpened = bench::chartPdfTimes(chart->plot(), 10);

    // File > Export chart to PDF (with its footer), its grid dotted and solid alternating, and the report.
    const bench::ExportTimes exportsNow = bench::exportTimes({chart, document.snapshot().get(), &document.data()},
                                                             shown.settings.keyFiguresInGigawatts(), 10);

    // PNG encoding of an exported figure (1600x900 at scale 2, as `export --scale 2` paints it): as
    // exports wrote it before (with its alpha channel, Qt's writer at zlib's default level) and as
    // now (RGB, libpng without row filters at zlib level kPngZlibLevel, the conversion included),
    // alternating, the same image.
    gui::FigureSpec sharp;
    sharp.scale = 2;
    const QImage figure = gui::figureImage({chart, document.snapshot().get(), &document.data()}, sharp);
    std::vector<double> pngBefore, pngNow;
    qsizetype pngBeforeBytes = 0, pngNowBytes = 0;
    for (int i = 0; i < 8; ++i) {
        auto start = Clock::now();
        QByteArray before;
        QBuffer buffer(&before);
        buffer.open(QIODevice::WriteOnly);
        figure.save(&buffer, "PNG");
        pngBefore.push_back(millisecondsSince(start));
        pngBeforeBytes = before.size();
        start = Clock::now();
        pngNowBytes = gui::pngBytes(figure.convertToFormat(QImage::Format_RGB32)).size();
        pngNow.push_back(millisecondsSince(start));
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

    const bench::ColdStart coldStart = bench::coldStartToFirstFrame(QCoreApplication::applicationDirPath(), 12);

    // Peak memory is taken before the runs of a million samples, which hold 54 MB of their own.
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);

    // Monte Carlo beyond the bands of a slider step: 100,000 samples on one core, 1,000,000 on one
    // and on every core, each with a workspace kept between runs.
    Scenario large = bandedScenario();
    MonteCarloWorkspace workspace;
    large.monteCarlo.samples = 100'000;
    const auto hundredThousand = resolve(large, Dataset::builtin()).value();
    const double mc100kOneCore = medianMilliseconds(15, [&] { monteCarloBands(hundredThousand, workspace, {1}); });
    large.monteCarlo.samples = 1'000'000;
    const auto million = resolve(large, Dataset::builtin()).value();
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    double mc1mOneCore = 0, mc1mAllCores = 0, mc1mAllCoresCpu = 0;
    {
        // The process's CPU time in the all-core runs says how many cores it really had: on a
        // shared machine, other work takes some.
        auto cpuMs = [] {
            rusage u{};
            getrusage(RUSAGE_SELF, &u);
            return (static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3
                    + static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3);
        };
        std::vector<double> one, all, allCpu;
        for (int i = 0; i < 5; ++i) {
            one.push_back(medianMilliseconds(1, [&] { monteCarloBands(million, workspace, {1}); }));
            const double cpuBefore = cpuMs();
            all.push_back(medianMilliseconds(1, [&] { monteCarloBands(million, workspace, {cores}); }));
            allCpu.push_back(cpuMs() - cpuBefore);
        }
        mc1mOneCore = percentile(one, 0.5);
        mc1mAllCores = percentile(all, 0.5);
        mc1mAllCoresCpu = percentile(allCpu, 0.5);
    }
    // Sobol indices of the banded scenario: 4 ranges, 10,000 rows, 60,000 evaluations.
    const double sobolMs = medianMilliseconds(15, [&] { sobolIndices(bandedResolved); });

    std::printf(
        "{\n"
        "  \"cpu\": \"%s\",\n"
        "  \"cores\": %u,\n"
        "  \"vector_state\": {\n"
        "   \"cpu_reports_xinuse\": %s, \"upper_state_in_use_after_vex256\": %s, \"after_qt_image_fill\": %s,\n"
        "   \"libm_pow_ns\": {\"clean\": %.1f, \"dirty\": %.1f, \"dirty_over_clean\": %.2f},\n"
        "   \"plain_process\": {\n%s\n   },\n"
        "   \"gui_thread\": {\n%s\n   }\n"
        "  },\n"
        "  \"monte_carlo_100000_one_core_ms\": %.1f,\n"
        "  \"monte_carlo_1000000_ms\": {\"one_core\": %.0f, \"all_cores\": %.0f, \"speedup\": %.2f, "
        "\"cores_had\": %.2f},\n"
        "  \"sobol_4_ranges_10000_rows_ms\": %.1f,\n"
        "  \"evaluation_ns_per_scenario\": %.0f,\n"
        "  \"monte_carlo_10000_samples_7_years_ms\": %.2f,\n"
        "  \"slider_step_ms\": {\"median\": %.2f, \"p95\": %.2f, \"steps\": %zu, \"bands_samples\": 10000},\n"
        "  \"slider_step_to_finished_frame\": %s,\n"
        "  \"bands_follow_step_ms\": %.2f,\n"
        "  \"cold_start_to_screenshot_ms\": %.0f,\n"
        "  \"cold_start_to_first_frame_ms\": {\"gridshare\": %.1f, \"minimal_chart_window\": %.1f, "
        "\"ratio\": %.2f, \"cpu_gridshare\": %.1f, \"cpu_minimal\": %.1f, \"cpu_ratio\": %.2f, "
        "\"runs_each\": %d, \"failed\": %d},\n"
        "  \"chart_png_1600x900_ms\": %.1f,\n"
        "  \"chart_pdf_ms\": %.1f,\n"
        "  \"chart_pdf_grid_ms\": {\"dotted\": %.1f, \"solid\": %.1f, \"solid_over_dotted\": %.2f, "
        "\"kb_dotted\": %.0f, \"kb_solid\": %.0f},\n"
        "  \"chart_pdf_grid_ms_as_opened\": {\"dotted\": %.1f, \"solid\": %.1f, \"solid_over_dotted\": %.2f, "
        "\"kb_dotted\": %.0f, \"kb_solid\": %.0f},\n"
        "  \"figure_pdf_1600x900_ms\": {\"grid_dotted\": %.1f, \"grid_solid\": %.1f, \"solid_over_dotted\": %.2f, "
        "\"kb_dotted\": %.0f, \"kb_solid\": %.0f},\n"
        "  \"report_pdf_ms\": {\"grid_dotted\": %.1f, \"grid_solid\": %.1f, \"solid_over_dotted\": %.2f, "
        "\"kb_dotted\": %.0f, \"kb_solid\": %.0f},\n"
        "  \"png_encoding_3200x1800_ms\": {\"before\": %.1f, \"now\": %.1f, \"now_over_before\": %.2f, "
        "\"kb_before\": %.0f, \"kb_now\": %.0f},\n"
        "  \"peak_resident_mb\": %.1f\n"
        "}\n",
        cpuName().c_str(), cores, observable ? "true" : "false", dirtyAfterVex ? "true" : "false",
        dirtyAfterQtFill ? "true" : "false", powNs.first, powNs.second, powNs.second / powNs.first,
        plainProcess.c_str(), guiState.c_str(), mc100kOneCore, mc1mOneCore, mc1mAllCores, mc1mOneCore / mc1mAllCores,
        mc1mAllCoresCpu / mc1mAllCores, sobolMs, evaluationNs, monteCarloMs, percentile(steps, 0.5),
        percentile(steps, 0.95), steps.size(), frameStepJson(frameSteps).c_str(), percentile(bandsReady, 0.5),
        percentile(cold, 0.5), coldStart.gridshareMs, coldStart.minimalMs, coldStart.gridshareMs / coldStart.minimalMs,
        coldStart.gridshareCpuMs, coldStart.minimalCpuMs, coldStart.gridshareCpuMs / coldStart.minimalCpuMs,
        coldStart.runs, coldStart.failed, percentile(png, 0.5), percentile(pdf, 0.5), chartPdf.dottedMs,
        chartPdf.solidMs, chartPdf.solidMs / chartPdf.dottedMs, chartPdf.dottedKb, chartPdf.solidKb,
        chartPdfOpened.dottedMs, chartPdfOpened.solidMs, chartPdfOpened.solidMs / chartPdfOpened.dottedMs,
        chartPdfOpened.dottedKb, chartPdfOpened.solidKb, exportsNow.figurePdfDottedMs, exportsNow.figurePdfSolidMs,
        exportsNow.figurePdfSolidMs / exportsNow.figurePdfDottedMs, exportsNow.figurePdfDottedKb,
        exportsNow.figurePdfSolidKb, exportsNow.reportPdfDottedMs, exportsNow.reportPdfMs,
        exportsNow.reportPdfMs / exportsNow.reportPdfDottedMs, exportsNow.reportPdfDottedKb, exportsNow.reportPdfKb,
        percentile(pngBefore, 0.5), percentile(pngNow, 0.5), percentile(pngNow, 0.5) / percentile(pngBefore, 0.5),
        static_cast<double>(pngBeforeBytes) / 1024.0, static_cast<double>(pngNowBytes) / 1024.0,
        static_cast<double>(usage.ru_maxrss) / 1024.0);
    return 0;
}
