// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One parameter with a slider: a name, the number box, the unit, the slider (logarithmic for
// quantities that span orders of magnitude), a source badge and a line for refusals.

#include "gui/controls/parameter_field.h"

class QLabel;
class QSlider;

namespace gridshare::gui {

class ParameterControl : public ParameterField {
    Q_OBJECT

public:
    explicit ParameterControl(Param param, QWidget* parent = nullptr);

    QSlider* slider() const { return slider_; }
    // The widgets Tab visits, in reading order: slider, box, ±, then the range boxes.
    QList<QWidget*> focusOrder() const;

    void showValue(double modelValue, const QString& currency);

    // The span the slider covers, in model units; the box still accepts the whole valid range.
    void setSliderSpan(double min, double max);

    // Slider position <-> model value.
    double valueAt(int position) const;
    int positionOf(double modelValue) const;

private:
    QLabel* unit_;
    QSlider* slider_;
    double sliderMin_;
    double sliderMax_;
    bool updating_ = false;
};

} // namespace gridshare::gui
