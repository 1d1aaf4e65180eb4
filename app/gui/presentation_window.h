// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Presentation mode: full screen, large type, only the chart, the key figures and the three
// headline sliders. PageDown/PageUp (what presenter clickers send) and the arrow keys step
// through the playlist with the chart moving smoothly between scenarios; P reveals or hides the
// published projections; S shows or hides the strip naming the sources numbered on the chart; I
// shows or hides what the scenario implies (base and end years, each beside a cited figure), whose
// flags show whatever I says;
// Ctrl+Plus and Ctrl+Minus change the type size, which reflows inside the full screen; Esc leaves.
//
// It works on its own copy of the scenarios: what the presenter drags here never changes the
// scenario open in the window.

#include "document/playlist.h"
#include "document/scenario_document.h"
#include "gui/charts/chart_views.h"

#include <QWidget>

#include <functional>

class QLabel;
class QVariantAnimation;

namespace gridshare::gui {

class ChartPage;
class KeyFiguresStrip;
class ParameterControl;

class PresentationWindow : public QWidget {
    Q_OBJECT

public:
    // The open scenario comes first, then the playlist's entries.
    PresentationWindow(const Dataset& dataset, const Scenario& current, QList<PlaylistEntry> playlist, ChartView view,
                       bool projectionsVisible, double zoom, QWidget* parent = nullptr);
    ~PresentationWindow() override;

    int position() const { return position_; } // 0 is the open scenario
    int count() const { return int(playlist_.size()) + 1; }
    void next();
    void previous();
    void showEntry(int position);

    // The type size in use; the one chosen may be larger than the screen allows (see fitZoomToScreen).
    double zoom() const { return zoom_; }
    void setZoom(double zoom);
    bool projectionsVisible() const;
    void toggleProjections();
    bool sourcesVisible() const { return sourcesVisible_; }
    void toggleSources();
    bool implicationsVisible() const { return implicationsVisible_; }
    void toggleImplications();

    ScenarioDocument* document() { return &document_; }
    ChartPage* chart() const { return chart_; }
    KeyFiguresStrip* keyFigures() const { return figures_; }
    QString caption() const;
    // "[1] LBNL 2024 report · [2] … · [31] Epoch AI, 2026": the sources numbered on the chart, then
    // those of what the scenario implies as shown.
    QString sourcesText() const;
    // What the scenario implies as shown (plain text; only its flags until I is pressed), and its flags.
    QString implicationsText() const;
    QStringList implicationFlags() const { return implicationFlags_; }
    // True while the chart is moving from one scenario to the next.
    bool isAnimating() const;

    static constexpr int kTransitionMs = 450;

signals:
    void closed(double zoom);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void addShortcut(const QKeySequence& keys, const std::function<void()>& action);
    void onDocumentChanged();
    void drawBlend(double t);
    void showSources();
    void showImplications();
    // Steps the type back until the chart keeps a third of the screen.
    void fitZoomToScreen();
    void applyZoom(double zoom);

    ScenarioDocument document_;
    Scenario current_;
    QList<PlaylistEntry> playlist_;
    int position_ = 0;
    double zoom_ = 1;       // in use
    double chosenZoom_ = 1; // what the person set, kept for the next presentation
    bool sourcesVisible_ = true;
    bool implicationsVisible_ = false;
    QStringList implicationFlags_;
    std::vector<std::string> implicationSources_; // of the comparisons shown
    QFont baseFont_;
    QLabel* title_;
    QLabel* status_;
    QLabel* sources_;
    QLabel* implications_;
    KeyFiguresStrip* figures_;
    ChartPage* chart_;
    QList<ParameterControl*> sliders_;
    QVariantAnimation* transition_;
    SnapshotPtr from_; // what the chart showed when the step began
};

} // namespace gridshare::gui
