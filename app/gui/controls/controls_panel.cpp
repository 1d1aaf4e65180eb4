// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controls/controls_panel.h"

#include "document/citation_text.h"
#include "document/request_context_text.h"
#include "gui/controls/assumption_row.h"
#include "gui/controls/parameter_control.h"
#include "gui/controls/range_editor.h"

#include "gui/controls/quantity_edit.h"
#include <limits>
#include <utility>

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace gridshare::gui {
ControlsPanel::ControlsPanel(ScenarioDocument* document, QWidget* parent) : QWidget(parent), document_(document)
{
    auto addGroup = [&](QWidget* parentWidget, const QString& title, ControlGroup group) {
        auto* box = new QGroupBox(title, parentWidget);
        auto* boxLayout = new QVBoxLayout(box);
        for (const auto& ps : paramSpecs()) {
            if (presentation(ps.param).group != group)
                continue;
            auto* control = new ParameterControl(ps.param, box);
            controls_[ps.param] = control;
            boxLayout->addWidget(control);
            connectToDocument(control, document_);
            connect(control, &ParameterControl::selected, this, &ControlsPanel::parameterSelected);
            if (ps.param == Param::QueriesPerDay) {
                // The control is a volume of work, not a count of prompts: say so, and what it means.
                control->setToolTip(requestControlExplanation());
                requestContext_ = new QLabel(box);
                requestContext_->setObjectName(QStringLiteral("requestContext"));
                requestContext_->setWordWrap(true);
                requestContext_->setToolTip(requestControlExplanation());
                QFont small = requestContext_->font();
                small.setPointSizeF(small.pointSizeF() * 0.9);
                requestContext_->setFont(small);
                requestContext_->installEventFilter(this); // its height follows its width
                boxLayout->addWidget(requestContext_);
            }
        }
        return box;
    };

    auto* scrolled = new QWidget(this);
    auto* scrolledLayout = new QVBoxLayout(scrolled);
    scrolledLayout->setContentsMargins(0, 0, 4, 0); // the width goes to the rows, not to margins
    scrolledLayout->addWidget(addGroup(scrolled, tr("Growth per year"), ControlGroup::Growth));
    scrolledLayout->addWidget(buildAssumptions());
    scrolledLayout->addWidget(buildUncertainty());
    scrolledLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll_ = scroll;
    scroll->setWidget(scrolled);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes straight to the controls inside; the area scrolls to each as it gets the keyboard.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setAccessibleName(tr("Growth, assumptions and uncertainty"));

    QGroupBox* headline = addGroup(this, tr("Headline"), ControlGroup::Headline);
    headline->setObjectName(QStringLiteral("headline"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(headline);
    layout->addWidget(scroll, 1);

    // The controls show nothing of the bands or their Sobol indices, whose arrival is no change.
    connect(document_, &ScenarioDocument::changed, this, &ControlsPanel::refresh);
    // A value the document refuses: the control shows the value in use again, and why.
    connect(document_, &ScenarioDocument::valueRefused, this, [this](Param p, const QString& reason) {
        refresh();
        if (ParameterControl* c = control(p))
            c->edit()->showRefusal(reason);
        else if (QuantityEdit* edit = assumptionEdit(p))
            edit->showRefusal(reason);
    });
    refresh();
}

QWidget* ControlsPanel::buildAssumptions()
{
    auto* box = new QGroupBox(tr("Assumptions"));
    auto* layout = new QVBoxLayout(box);
    for (const auto& ps : paramSpecs()) {
        if (presentation(ps.param).group != ControlGroup::Assumption)
            continue;
        auto* row = new AssumptionRow(ps.param, box);
        layout->addWidget(row);
        connectToDocument(row, document_);
        connect(row, &AssumptionRow::selected, this, &ControlsPanel::parameterSelected);
        rows_[ps.param] = row;
    }
    return box;
}

QWidget* ControlsPanel::buildUncertainty()
{
    auto* box = new QGroupBox(tr("Uncertainty"));
    auto* form = new QFormLayout(box);
    samples_ = new QSpinBox(box);
    samples_->setRange(1000, 100000);
    samples_->setSingleStep(1000);
    samples_->setGroupSeparatorShown(true);
    samples_->setAccessibleName(tr("Monte Carlo samples"));
    samples_->setAccessibleDescription(tr("How many scenarios are drawn from the ranges for the P10–P90 bands"));
    seed_ = new QSpinBox(box);
    seed_->setRange(0, std::numeric_limits<int>::max());
    seed_->setAccessibleName(tr("Random seed"));
    seed_->setAccessibleDescription(tr("The same seed and samples give the same bands"));
    auto* note = new QLabel(tr("Give a parameter a range with ± to draw P10–P90 bands. The seed makes them repeatable; "
                               "both are saved with the scenario."),
                            box);
    note->setWordWrap(true);
    form->addRow(tr("Samples"), samples_);
    form->addRow(tr("Seed"), seed_);
    form->addRow(note);
    auto apply = [this] {
        MonteCarloSettings settings = document_->scenario().monteCarlo;
        settings.samples = samples_->value();
        settings.seed = static_cast<std::uint64_t>(seed_->value());
        document_->setMonteCarlo(settings);
    };
    connect(samples_, &QSpinBox::editingFinished, this, apply);
    connect(seed_, &QSpinBox::editingFinished, this, apply);
    return box;
}

void ControlsPanel::refresh()
{
    ++refreshes_;
    {
        const QSignalBlocker blockSamples(samples_);
        const QSignalBlocker blockSeed(seed_);
        const MonteCarloSettings& mc = document_->scenario().monteCarlo;
        samples_->setValue(static_cast<int>(std::clamp<std::int64_t>(mc.samples, 1000, 100000)));
        seed_->setValue(static_cast<int>(std::min<std::uint64_t>(mc.seed, std::numeric_limits<int>::max())));
    }
    const QString currency = document_->currency();
    const QString localeName = locale().name();
    const Currency* c = document_->data().currency(currency.toStdString());
    for (auto& [p, control] : controls_) {
        const ShownValue now = shownValue(p, currency, localeName);
        if (stillShows(p, now, control->edit(), control->rangeEditor()))
            continue;
        if (p == Param::PricePerKwh && c) // half a dollar a kWh, in the scenario's currency
            control->setSliderSpan(0, 0.5 * c->perUsd.value);
        control->showValue(now.value, currency);
        control->rangeEditor()->showRange(now.range, now.value);
        control->showSource(badgeOf(now), tooltipOf(now));
        shown_[p] = now;
    }
    if (requestContext_ && document_->snapshot()) {
        // Most steps leave the base year's requests alone: refit (a relayout) only on new text.
        const QString context = requestContextText(*document_->snapshot(), locale());
        if (context != requestContext_->text()) {
            requestContext_->setText(context);
            fitRequestContext();
        }
    }
    for (auto& [p, row] : rows_) {
        const ShownValue now = shownValue(p, currency, localeName);
        if (stillShows(p, now, row->edit(), row->rangeEditor()))
            continue;
        row->showValue(now.value, currency, now.isDefault);
        row->rangeEditor()->showRange(now.range, now.value);
        row->showSource(badgeOf(now), tooltipOf(now));
        shown_[p] = now;
    }
    fitScrollWidth(); // units and badges change with the currency and the sources
}

// Never narrower than its rows need beside the scroll bar: badges and reset buttons stay in view.
// Measured again once shown, in the fonts and margins the style gives (before, the rows measure
// narrower), and after each refresh.
void ControlsPanel::fitScrollWidth()
{
    scroll_->setMinimumWidth(scroll_->widget()->minimumSizeHint().width()
                             + scroll_->verticalScrollBar()->sizeHint().width());
}

void ControlsPanel::showEvent(QShowEvent* event)
{
    fitScrollWidth();
    QWidget::showEvent(event);
}

ControlsPanel::ShownValue ControlsPanel::shownValue(Param p, const QString& currency, const QString& localeName) const
{
    Provenance provenance = document_->defaultProvenance(p);
    const auto& snapshot = document_->snapshot();
    const std::optional<int> citation =
        snapshot && !provenance.isAssumption() ? snapshot->citations.numberOf(provenance.source) : std::nullopt;
    return {document_->value(p),
            document_->range(p),
            document_->isDefault(p),
            currency,
            localeName,
            std::move(provenance),
            citation,
            &document_->data()};
}

QString ControlsPanel::badgeOf(const ShownValue& shown) const
{
    const auto& snapshot = document_->snapshot();
    return provenanceBadge(shown.provenance, snapshot ? &snapshot->citations : nullptr);
}

QString ControlsPanel::tooltipOf(const ShownValue& shown) const
{
    return provenanceTooltip(shown.provenance, *shown.data);
}

bool ControlsPanel::stillShows(Param p, const ShownValue& now, const QuantityEdit* edit, const RangeEditor* range) const
{
    // A step of one slider leaves the other controls as they are: redoing their text, slider and
    // range boxes is a good part of the step. A control is redone when anything it shows changed,
    // or when one of its boxes holds typing or a refusal that showing the value would settle.
    const auto it = shown_.find(p);
    if (it == shown_.end() || !(it->second == now) || range->toggle()->isChecked() != now.range.has_value())
        return false;
    return edit->isSettled() && range->isSettled();
}

QList<QWidget*> ControlsPanel::focusOrder() const
{
    QList<QWidget*> order;
    for (ControlGroup group : {ControlGroup::Headline, ControlGroup::Growth, ControlGroup::Assumption})
        for (const auto& ps : paramSpecs()) {
            if (presentation(ps.param).group != group)
                continue;
            if (const auto c = controls_.find(ps.param); c != controls_.end())
                order += c->second->focusOrder();
            else if (const auto r = rows_.find(ps.param); r != rows_.end())
                order += r->second->focusOrder();
        }
    order += {samples_, seed_};
    return order;
}

void ControlsPanel::focusParameter(Param p)
{
    if (ParameterControl* c = control(p)) {
        scroll_->ensureWidgetVisible(c);
        c->slider()->setFocus(Qt::OtherFocusReason);
    } else if (QuantityEdit* edit = assumptionEdit(p)) {
        scroll_->ensureWidgetVisible(edit);
        edit->setFocus(Qt::OtherFocusReason);
    }
}

ParameterControl* ControlsPanel::control(Param p) const
{
    const auto it = controls_.find(p);
    return it == controls_.end() ? nullptr : it->second;
}

QuantityEdit* ControlsPanel::assumptionEdit(Param p) const
{
    const auto it = rows_.find(p);
    return it == rows_.end() ? nullptr : it->second->edit();
}

QToolButton* ControlsPanel::resetButton(Param p) const
{
    const auto it = rows_.find(p);
    return it == rows_.end() ? nullptr : it->second->resetButton();
}

bool ControlsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == requestContext_ && event->type() == QEvent::Resize)
        fitRequestContext();
    return QWidget::eventFilter(watched, event);
}

// The box layout can give a word-wrapped label the height it needed at an earlier width, cutting
// its last line (a region's longer context at 1280x720): a height worked out for its present
// width keeps every line in view, and no more. Its width does not depend on its height, so this
// settles.
void ControlsPanel::fitRequestContext()
{
    // QLabel's heightForWidth never answers less than its minimum height: ask without one.
    requestContext_->setMinimumHeight(0);
    requestContext_->setMaximumHeight(QWIDGETSIZE_MAX);
    const int needed = requestContext_->heightForWidth(requestContext_->width());
    if (needed > 0)
        requestContext_->setFixedHeight(needed);
}

} // namespace gridshare::gui
