// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/presentation_window.h"

#include "common/data_text.h"
#include "common/message_text.h"
#include "document/citation_text.h"
#include "document/figure_footer.h"
#include "document/implications_html.h"
#include "document/scenario_files.h"
#include "document/snapshot_blend.h"
#include "gui/charts/chart_page.h"
#include "gui/controls/parameter_control.h"
#include "gui/fonts.h"
#include "gui/panels/key_figures_strip.h"
#include "gui/themes.h"

#include "gridshare/projections.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QShortcut>
#include <QSlider>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>
#include <QVariantAnimation>

#include <algorithm>

namespace gridshare::gui {
namespace {

constexpr double kBaseScale = 1.5; // presentation type at zoom 1, relative to the window's
constexpr double kMinZoom = 0.6;
constexpr double kMaxZoom = 2.5;
constexpr double kZoomStep = 1.1;
constexpr double kPlotShare = 0.2; // of the screen's height, kept for the plot whatever the type size

} // namespace

PresentationWindow::PresentationWindow(const Dataset& dataset, const Scenario& current, QList<PlaylistEntry> playlist,
                                       ChartView view, bool projectionsVisible, double zoom, QWidget* parent)
    : QWidget(parent, Qt::Window), document_(dataset), current_(current), playlist_(std::move(playlist)),
      baseFont_(QApplication::font()), title_(new QLabel(this)), status_(new QLabel(this)), sources_(new QLabel(this)),
      implications_(new QLabel(this)), figures_(new KeyFiguresStrip(this)), chart_(createChartPage(view, this)),
      transition_(new QVariantAnimation(this))
{
    setWindowTitle(tr("GridShare presentation"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    // The screen's size is the window's: what is inside gives way (wraps, goes into more rows, shrinks)
    // rather than asking for more room, which would take the window out of full screen.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    auto* top = new QHBoxLayout;
    title_->setObjectName(QStringLiteral("presentationTitle"));
    title_->setWordWrap(true);
    title_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    status_->setObjectName(QStringLiteral("presentationStatus"));
    status_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    top->addWidget(title_, 1);
    top->addWidget(status_);
    layout->addLayout(top);
    figures_->setPreferOneRow(true); // the chart needs the height more than the numbers need size
    layout->addWidget(figures_);
    implications_->setObjectName(QStringLiteral("presentationImplications"));
    implications_->setWordWrap(true);
    implications_->setTextFormat(Qt::RichText);
    implications_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(implications_);
    chart_->setShowsSubtitle(false);
    layout->addWidget(chart_, 1);
    sources_->setObjectName(QStringLiteral("presentationSources"));
    sources_->setWordWrap(true);
    sources_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(sources_);
    auto* sliders = new QHBoxLayout;
    sliders->setSpacing(32);
    for (const ParamSpec& ps : paramSpecs()) { // the headline sliders, as the main window has them
        if (presentation(ps.param).group != ControlGroup::Headline)
            continue;
        auto* control = new ParameterControl(ps.param, this);
        // Arrow keys belong to the playlist here: a slider moves by mouse, or by keys after a click.
        control->slider()->setFocusPolicy(Qt::ClickFocus);
        connectToDocument(control, &document_);
        sliders->addWidget(control, 1);
        sliders_.append(control);
    }
    layout->addLayout(sliders);
    chart_->setProjectionsVisible(projectionsVisible);

    transition_->setDuration(kTransitionMs);
    transition_->setEasingCurve(QEasingCurve::InOutCubic);
    transition_->setStartValue(0.0);
    transition_->setEndValue(1.0);
    connect(transition_, &QVariantAnimation::valueChanged, this,
            [this](const QVariant& t) { drawBlend(t.toDouble()); });
    connect(transition_, &QVariantAnimation::finished, this, [this] {
        from_.reset();
        chart_->display(document_.snapshot());
    });

    // Clickers send PageDown/PageUp; some send arrows or B (blank). Shortcuts win over the sliders.
    for (const QKeySequence& keys : {QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Right),
                                     QKeySequence(Qt::Key_Down), QKeySequence(Qt::Key_Space)})
        addShortcut(keys, [this] { next(); });
    for (const QKeySequence& keys : {QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Up),
                                     QKeySequence(Qt::Key_Backspace)})
        addShortcut(keys, [this] { previous(); });
    addShortcut(QKeySequence(Qt::Key_P), [this] { toggleProjections(); });
    addShortcut(QKeySequence(Qt::Key_S), [this] { toggleSources(); });
    addShortcut(QKeySequence(Qt::Key_I), [this] { toggleImplications(); });
    addShortcut(QKeySequence(Qt::Key_Escape), [this] { close(); });
    for (const QKeySequence& keys : {QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)})
        addShortcut(keys, [this] {
            setZoom(zoom_ * kZoomStep);
            fitZoomToScreen();
            chosenZoom_ = zoom_; // a press that did not fit is not remembered
        });
    addShortcut(QKeySequence::ZoomOut, [this] { setZoom(zoom_ / kZoomStep); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_0), [this] { setZoom(1); });

    connect(&document_, &ScenarioDocument::changed, this, &PresentationWindow::onDocumentChanged);
    // The slide's key figures, chart and tornado show the bands and their Sobol indices too.
    connect(&document_, &ScenarioDocument::bandsArrived, this, &PresentationWindow::onDocumentChanged);
    connect(&document_, &ScenarioDocument::sobolArrived, this, &PresentationWindow::onDocumentChanged);
    setZoom(zoom);
    showEntry(0);
    transition_->stop(); // the first scenario appears at once
    from_.reset();
    chart_->display(document_.snapshot());
}

PresentationWindow::~PresentationWindow()
{
    // The document outlives the members it would redraw: it must not call back while it goes.
    disconnect(&document_, nullptr, this, nullptr);
}

void PresentationWindow::addShortcut(const QKeySequence& keys, const std::function<void()>& action)
{
    auto* shortcut = new QShortcut(keys, this);
    connect(shortcut, &QShortcut::activated, this, action);
}

void PresentationWindow::next()
{
    if (position_ + 1 < count())
        showEntry(position_ + 1);
}

void PresentationWindow::previous()
{
    if (position_ > 0)
        showEntry(position_ - 1);
}

void PresentationWindow::showEntry(int position)
{
    position = std::clamp(position, 0, count() - 1);
    from_ = chart_->isVisible() || transition_->state() == QAbstractAnimation::Running ? document_.snapshot() : nullptr;
    position_ = position;
    QString problem;
    if (position == 0) {
        document_.replaceWith(current_, QString(), false);
    } else {
        const PlaylistEntry& entry = playlist_[position - 1];
        if (entry.kind == PlaylistEntry::Kind::Preset) {
            document_.loadPreset(entry.value);
        } else {
            const auto read = readScenario(entry.value, document_.data());
            if (read)
                document_.replaceWith(read.value(), entry.value, false);
            else
                problem = gridshare::describe(read.issues().front());
        }
    }
    document_.finishPendingWork();
    status_->setText(problem.isEmpty() ? tr("%1 / %2").arg(position_ + 1).arg(count())
                                       : tr("%1 / %2 · cannot show: %3").arg(position_ + 1).arg(count()).arg(problem));
    if (from_ && document_.snapshot()) {
        transition_->stop();
        transition_->start();
    }
}

bool PresentationWindow::projectionsVisible() const
{
    return chart_->projectionsVisible();
}

bool PresentationWindow::isAnimating() const
{
    return transition_->state() == QAbstractAnimation::Running;
}

void PresentationWindow::drawBlend(double t)
{
    if (!from_ || !document_.snapshot())
        return;
    chart_->display(std::make_shared<const ScenarioSnapshot>(blendSnapshots(*from_, *document_.snapshot(), t)));
}

void PresentationWindow::onDocumentChanged()
{
    const SnapshotPtr& snapshot = document_.snapshot();
    if (!snapshot)
        return;
    // Two slides may show one preset, as it is and as changed: the title tells them apart.
    const bool named = snapshot->displayName() != snapshot->regionName;
    title_->setText(named && !changedParameters(*snapshot).isEmpty()
                        ? tr("%1 (modified) · %2").arg(snapshot->scenarioName, snapshot->regionName)
                        : snapshot->nameAndRegion());
    figures_->display(snapshot);
    for (ParameterControl* control : sliders_)
        control->showValue(document_.value(control->param()), document_.currency());
    if (!isAnimating())
        chart_->display(snapshot); // a slider moved: follow at once
    showImplications();
    showSources();
}

QString PresentationWindow::sourcesText() const
{
    const SnapshotPtr& snapshot = document_.snapshot();
    if (!snapshot)
        return QString();
    // The chart's numbers with the short names of what they cite ("LBNL 2024 report").
    const QList<int> cited = chart_->citedNumbers();
    QStringList entries;
    QList<int> listed;
    // Every projection of the region, as views other than the share chart draw more of them.
    for (const Projection* p :
         snapshot->data ? allProjectionsFor(*snapshot->data, snapshot->resolved.region) : snapshot->projections) {
        const auto number = snapshot->citations.numberOf(p->source);
        if (!number || !cited.contains(*number) || listed.contains(*number))
            continue;
        listed.append(*number);
        entries.append(QStringLiteral("[%1] %2").arg(*number).arg(dataText(p->label)));
    }
    for (const std::string& id : implicationSources_) {
        const auto number = snapshot->citations.numberOf(id);
        const Source* source = snapshot->data ? snapshot->data->source(id) : nullptr;
        if (!number || !source || listed.contains(*number))
            continue;
        listed.append(*number);
        entries.append(QStringLiteral("[%1] %2").arg(*number).arg(sourceName(*source)));
    }
    std::sort(entries.begin(), entries.end(), [](const QString& a, const QString& b) {
        return QStringView(a).mid(1, a.indexOf(QLatin1Char(']')) - 1).toInt()
               < QStringView(b).mid(1, b.indexOf(QLatin1Char(']')) - 1).toInt();
    });
    return entries.join(QStringLiteral(" · "));
}

void PresentationWindow::showSources()
{
    const QString text = sourcesText();
    sources_->setText(text.isEmpty() ? QString() : tr("Sources: %1").arg(text));
    sources_->setVisible(sourcesVisible_ && !text.isEmpty());
}

void PresentationWindow::showImplications()
{
    const SnapshotPtr& snapshot = document_.snapshot();
    const ImplicationsText text =
        snapshot ? gui::implicationsText(*snapshot, locale(), ImplicationsDetail::Compact) : ImplicationsText();
    implicationFlags_ = text.flags;
    implicationSources_ = implicationsVisible_ ? text.sources : text.flagSources;
    // A flag is always shown: an implausible scenario must not look as credible as a sound one.
    const QString shown = implicationsVisible_ ? text.html : text.flagsHtml;
    implications_->setText(shown);
    implications_->setVisible(!shown.isEmpty());
}

QString PresentationWindow::implicationsText() const
{
    QTextDocument document;
    document.setHtml(implications_->text());
    return document.toPlainText();
}

void PresentationWindow::toggleImplications()
{
    implicationsVisible_ = !implicationsVisible_;
    showImplications();
    showSources();
}

void PresentationWindow::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showAsMutedText(sources_, palette());
}

void PresentationWindow::toggleSources()
{
    sourcesVisible_ = !sourcesVisible_;
    showSources();
}

QString PresentationWindow::caption() const
{
    return title_->text() + QStringLiteral(" — ") + status_->text();
}

void PresentationWindow::setZoom(double zoom)
{
    chosenZoom_ = std::clamp(zoom, kMinZoom, kMaxZoom);
    applyZoom(chosenZoom_);
}

void PresentationWindow::applyZoom(double zoom)
{
    zoom_ = zoom;
    const QFont f = scaledFont(baseFont_, kBaseScale * zoom_);
    setFont(f);
    title_->setFont(scaledFont(f, 1.4, true));
    sources_->setFont(scaledFont(f, 0.75));
    implications_->setFont(scaledFont(f, 0.8));
    showAsMutedText(sources_, palette());
    if (document_.snapshot())
        chart_->display(document_.snapshot()); // the chart's type follows the widget's font
}

void PresentationWindow::fitZoomToScreen()
{
    if (!isVisible())
        return;
    // The plot itself (the axes' area), once the layouts have followed the type.
    const auto plotHeight = [this] {
        for (int turn = 0; turn < 3; ++turn)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        layout()->activate();
        chart_->fitText(chart_->plot()->size());
        return chart_->plot()->axisRect()->height();
    };
    // From the size the person chose, the plot keeps at least kPlotShare of the screen's height:
    // beyond that, larger type would crowd the chart out. A screen that is only briefly small (while
    // the window goes full screen) does not lower the size chosen.
    if (zoom_ != chosenZoom_)
        applyZoom(chosenZoom_);
    while (plotHeight() < height() * kPlotShare && zoom_ > kMinZoom)
        applyZoom(std::max(kMinZoom, zoom_ / kZoomStep));
}

void PresentationWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // A smaller screen than the type size was chosen on: fit once the layout has followed.
    QTimer::singleShot(0, this, &PresentationWindow::fitZoomToScreen);
}

void PresentationWindow::toggleProjections()
{
    if (!chart_->drawsProjections())
        return;
    chart_->setProjectionsVisible(!chart_->projectionsVisible()); // the chart redraws
    showSources();
}

void PresentationWindow::closeEvent(QCloseEvent* event)
{
    emit closed(chosenZoom_);
    event->accept();
}

} // namespace gridshare::gui
