// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every parameter's control has, whatever its layout: the number box, a source badge, the
// range editor (±) and a line for refusals. Focusing the box or clicking the badge selects the
// parameter, so the citations panel shows where its default comes from. ParameterControl (with a
// slider) and AssumptionRow (with a reset button) lay these out and add their own.

#include "gui/controls/quantity_edit.h"
#include "gui/controls/range_editor.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace gridshare::gui {

class ScenarioDocument;

class ParameterField : public QWidget {
    Q_OBJECT

public:
    Param param() const { return param_; }
    QuantityEdit* edit() const { return edit_; }
    QToolButton* sourceBadge() const { return badge_; }
    RangeEditor* rangeEditor() const { return range_; }

    // The badge's text ("[7] V2", "assumption") and its tooltip (provenanceBadge, provenanceTooltip).
    void showSource(const QString& badge, const QString& tooltip);

signals:
    void valueChanged(gridshare::Param param, double modelValue);
    void interactionStarted(); // a drag begins: the steps until it ends are one undo step
    void interactionFinished();
    void resetRequested(gridshare::Param param);
    void selected(gridshare::Param param);

protected:
    ParameterField(Param param, QWidget* parent);

    QLabel* refusalHint() const { return hint_; }
    // Focusing `widget` selects the parameter (the box already does).
    void selectOnFocus(QWidget* widget);
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Param param_;
    QuantityEdit* edit_;
    QLabel* hint_;
    QToolButton* badge_;
    RangeEditor* range_;
};

// Connects a field's edits to the document: values, ranges, resets and the drags that make one
// undo step. Every place that shows a field calls this, so they change the document alike.
void connectToDocument(ParameterField* field, ScenarioDocument* document);

} // namespace gridshare::gui
