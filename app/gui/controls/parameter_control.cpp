// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controls/parameter_control.h"

#include "gui/controls/elided_label.h"
#include "common/quantity_text.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

#include <cmath>

namespace gridshare::gui {
namespace {
constexpr int kSteps = 1000;
}

ParameterControl::ParameterControl(Param param, QWidget* parent)
    : QWidget(parent), param_(param), edit_(new QuantityEdit(param, this)), unit_(new QLabel(this)),
      slider_(new QSlider(Qt::Horizontal, this)), hint_(new QLabel(this)), badge_(new QToolButton(this)),
      range_(new RangeEditor(param, this)), sliderMin_(presentation(param).sliderMin),
      sliderMax_(presentation(param).sliderMax)
{
    const auto& p = presentation(param);
    auto* title = new ElidedLabel(p.label, this); // gives way to the badge in a narrow panel
    title->setObjectName(QStringLiteral("controlTitle"));
    title->setBuddy(edit_);
    slider_->setRange(0, kSteps);
    slider_->setAccessibleName(p.label);
    slider_->setAccessibleDescription(tr("Drag to change %1").arg(p.label));
    hint_->setObjectName(QStringLiteral("refusal"));
    hint_->setWordWrap(true);
    hint_->hide();
    badge_->setAutoRaise(true);
    badge_->setObjectName(QStringLiteral("sourceBadge"));
    badge_->setFocusPolicy(Qt::NoFocus);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setVerticalSpacing(2);
    // Title and source; the slider across the whole panel; the box and its unit beneath.
    layout->addWidget(title, 0, 0, 1, 2);
    layout->addWidget(badge_, 0, 2, Qt::AlignRight);
    layout->addWidget(slider_, 1, 0, 1, 3);
    layout->addWidget(edit_, 2, 0);
    layout->addWidget(unit_, 2, 1);
    layout->addWidget(range_->toggle(), 2, 2, Qt::AlignRight);
    layout->addWidget(range_, 3, 0, 1, 3);
    layout->addWidget(hint_, 4, 0, 1, 3);
    layout->setColumnStretch(1, 1);

    connect(slider_, &QSlider::valueChanged, this, [this](int position) {
        if (!updating_)
            emit valueChanged(param_, valueAt(position));
    });
    connect(slider_, &QSlider::sliderPressed, this, &ParameterControl::interactionStarted);
    connect(slider_, &QSlider::sliderReleased, this, &ParameterControl::interactionFinished);
    connect(edit_, &QuantityEdit::valueEntered, this, [this](double v) { emit valueChanged(param_, v); });
    showRefusalsIn(edit_, hint_);
    connect(badge_, &QToolButton::clicked, this, [this] { emit sourceClicked(param_); });
    edit_->installEventFilter(this);
    slider_->installEventFilter(this);
}

QList<QWidget*> ParameterControl::focusOrder() const
{
    return QList<QWidget*>{slider_, edit_, range_->toggle()} + range_->boxes();
}

void ParameterControl::showValue(double modelValue, const QString& currency)
{
    updating_ = true;
    slider_->setValue(positionOf(modelValue));
    updating_ = false;
    edit_->showValue(modelValue);
    unit_->setText(displayUnit(presentation(param_), currency));
}

void ParameterControl::showSource(const QString& badge, const QString& tooltip)
{
    badge_->setText(badge);
    badge_->setToolTip(tooltip);
}

void ParameterControl::setSliderSpan(double min, double max)
{
    sliderMin_ = min;
    sliderMax_ = max;
}

double ParameterControl::valueAt(int position) const
{
    const double t = static_cast<double>(position) / kSteps;
    // The value as the box shows it (three significant digits across a log scale's decades), not the
    // noise of the arithmetic (0.0049999999999999 for 0.005) in a saved file.
    if (presentation(param_).logarithmic)
        return roundedToSignificant(sliderMin_ * std::pow(sliderMax_ / sliderMin_, t), 3);
    return roundedToSignificant(sliderMin_ + (sliderMax_ - sliderMin_) * t, 12);
}

int ParameterControl::positionOf(double modelValue) const
{
    double t = 0;
    if (presentation(param_).logarithmic)
        t = modelValue > 0 ? std::log(modelValue / sliderMin_) / std::log(sliderMax_ / sliderMin_) : 0;
    else
        t = (modelValue - sliderMin_) / (sliderMax_ - sliderMin_);
    return static_cast<int>(std::lround(std::clamp(t, 0.0, 1.0) * kSteps));
}

bool ParameterControl::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn)
        emit selected(param_);
    return QWidget::eventFilter(watched, event);
}

} // namespace gridshare::gui
