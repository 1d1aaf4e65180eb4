// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controls/parameter_control.h"

#include "common/quantity_text.h"
#include "gui/controls/elided_label.h"

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
    : ParameterField(param, parent), unit_(new QLabel(this)), slider_(new QSlider(Qt::Horizontal, this)),
      sliderMin_(presentation(param).sliderMin), sliderMax_(presentation(param).sliderMax)
{
    const auto& p = presentation(param);
    auto* title = new ElidedLabel(p.label, this); // gives way to the badge in a narrow panel
    title->setObjectName(QStringLiteral("controlTitle"));
    title->setBuddy(edit());
    slider_->setRange(0, kSteps);
    slider_->setAccessibleName(p.label);
    slider_->setAccessibleDescription(tr("Drag to change %1").arg(p.label));

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setVerticalSpacing(2);
    // Title and source; the slider across the whole panel; the box and its unit beneath.
    layout->addWidget(title, 0, 0, 1, 2);
    layout->addWidget(sourceBadge(), 0, 2, Qt::AlignRight);
    layout->addWidget(slider_, 1, 0, 1, 3);
    layout->addWidget(edit(), 2, 0);
    layout->addWidget(unit_, 2, 1);
    layout->addWidget(rangeEditor()->toggle(), 2, 2, Qt::AlignRight);
    layout->addWidget(rangeEditor(), 3, 0, 1, 3);
    layout->addWidget(refusalHint(), 4, 0, 1, 3);
    layout->setColumnStretch(1, 1);

    connect(slider_, &QSlider::valueChanged, this, [this](int position) {
        if (!updating_)
            emit valueChanged(this->param(), valueAt(position));
    });
    connect(slider_, &QSlider::sliderPressed, this, &ParameterControl::interactionStarted);
    connect(slider_, &QSlider::sliderReleased, this, &ParameterControl::interactionFinished);
    selectOnFocus(slider_);
}

QList<QWidget*> ParameterControl::focusOrder() const
{
    return QList<QWidget*>{slider_, edit(), rangeEditor()->toggle()} + rangeEditor()->boxes();
}

void ParameterControl::showValue(double modelValue, const QString& currency)
{
    updating_ = true;
    slider_->setValue(positionOf(modelValue));
    updating_ = false;
    edit()->showValue(modelValue);
    unit_->setText(displayUnit(presentation(param()), currency));
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
    if (presentation(param()).logarithmic)
        return roundedToSignificant(sliderMin_ * std::pow(sliderMax_ / sliderMin_, t), 3);
    return roundedToSignificant(sliderMin_ + (sliderMax_ - sliderMin_) * t, 12);
}

int ParameterControl::positionOf(double modelValue) const
{
    double t = 0;
    if (presentation(param()).logarithmic)
        t = modelValue > 0 ? std::log(modelValue / sliderMin_) / std::log(sliderMax_ / sliderMin_) : 0;
    else
        t = (modelValue - sliderMin_) / (sliderMax_ - sliderMin_);
    return static_cast<int>(std::lround(std::clamp(t, 0.0, 1.0) * kSteps));
}

} // namespace gridshare::gui
