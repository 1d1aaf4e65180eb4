// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One parameter with a slider: a name, the number box, the unit, the slider (logarithmic for
// quantities that span orders of magnitude), a source badge and a line for refusals.

#include "gui/controls/quantity_edit.h"
#include "gui/controls/range_editor.h"

#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;

namespace gridshare::gui {

class ParameterControl : public QWidget {
    Q_OBJECT

public:
    explicit ParameterControl(Param param, QWidget* parent = nullptr);

    Param param() const { return param_; }
    QSlider* slider() const { return slider_; }
    QuantityEdit* edit() const { return edit_; }
    RangeEditor* rangeEditor() const { return range_; }
    // The widgets Tab visits, in reading order: slider, box, ±, then the range boxes.
    QList<QWidget*> focusOrder() const;

    void showValue(double modelValue, const QString& currency);
    void showSource(const QString& badge, const QString& tooltip);

    // The span the slider covers, in model units; the box still accepts the whole valid range.
    void setSliderSpan(double min, double max);

    // Slider position <-> model value.
    double valueAt(int position) const;
    int positionOf(double modelValue) const;

signals:
    void valueChanged(gridshare::Param param, double modelValue);
    void interactionStarted();
    void interactionFinished();
    void selected(gridshare::Param param);
    void sourceClicked(gridshare::Param param);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Param param_;
    QuantityEdit* edit_;
    QLabel* unit_;
    QSlider* slider_;
    QLabel* hint_;
    QToolButton* badge_;
    RangeEditor* range_;
    double sliderMin_;
    double sliderMax_;
    bool updating_ = false;
};

} // namespace gridshare::gui
