// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every control of the scenario: the three headline sliders, pinned at the top so they are always
// visible, then in a scrolling area the growth sliders and the Assumptions section with each
// remaining parameter's value, unit, valid range, reset and source.

#include "document/scenario_document.h"

#include <QWidget>

#include <map>

class QLabel;
class QScrollArea;
class QSpinBox;
class QToolButton;

namespace gridshare::gui {

class AssumptionRow;
class ParameterControl;
class QuantityEdit;
class RangeEditor;

class ControlsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ControlsPanel(ScenarioDocument* document, QWidget* parent = nullptr);

    ParameterControl* control(Param p) const; // headline and growth parameters
    QuantityEdit* assumptionEdit(Param p) const;
    QToolButton* resetButton(Param p) const;
    QSpinBox* samplesBox() const { return samples_; }
    // Under the request control: what its value means beside volumes people know.
    QLabel* requestContext() const { return requestContext_; }
    QSpinBox* seedBox() const { return seed_; }
    // Every widget Tab visits, top to bottom as the panel reads.
    QList<QWidget*> focusOrder() const;
    // Brings a parameter's control into view and gives it the keyboard.
    void focusParameter(Param p);
    // How many times the controls were brought up to date with the document.
    int refreshes() const { return refreshes_; }

signals:
    void parameterSelected(gridshare::Param p);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void fitRequestContext();
    void fitScrollWidth();
    QWidget* buildAssumptions();
    QWidget* buildUncertainty();
    void refresh();
    // What a parameter's control shows, to redo only the controls whose values changed.
    struct ShownValue {
        double value = 0;
        std::optional<Range> range;
        bool isDefault = false;
        QString currency;
        QString localeName;
        // What the source badge and tooltip are written from: compared, they are written only
        // for a control that shows something new.
        Provenance provenance;
        std::optional<int> citation;
        const Dataset* data = nullptr; // datasets are replaced, never changed
        bool operator==(const ShownValue&) const = default;
    };
    ShownValue shownValue(Param p, const QString& currency, const QString& localeName) const;
    QString badgeOf(const ShownValue& shown) const;
    QString tooltipOf(const ShownValue& shown) const;
    bool stillShows(Param p, const ShownValue& now, const QuantityEdit* edit, const RangeEditor* range) const;

    ScenarioDocument* document_;
    std::map<Param, ParameterControl*> controls_;
    std::map<Param, AssumptionRow*> rows_;
    std::map<Param, ShownValue> shown_;
    int refreshes_ = 0;
    QScrollArea* scroll_ = nullptr;
    QSpinBox* samples_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QLabel* requestContext_ = nullptr;
};

} // namespace gridshare::gui
