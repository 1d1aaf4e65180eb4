// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "What it takes": the value of one parameter that makes a result reach a target (goal seek),
// beside its current value and the evidence for it; and for each published projection, the value
// the current scenario would need to match it. This is how a claim is tested.

#include "document/scenario_document.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gridshare::gui {

class WhatItTakesPanel : public QWidget {
    Q_OBJECT

public:
    explicit WhatItTakesPanel(ScenarioDocument* document, QWidget* parent = nullptr);

    // Sets the question: OUTPUT ("ai_share", "datacenter_share", "ai_twh") reaches TARGET (percent
    // for shares) in YEAR by changing PARAM.
    void ask(const QString& output, const QString& target, int year, Param param);

    // The answer now shown, or nullopt when no value reaches the target.
    std::optional<double> answer();
    // One line per published projection: who, what they say, what the parameter would need.
    QStringList claimRows();
    // How many times it has answered anew (goal seeks take milliseconds; a step asks once).
    int recomputes() const { return recomputes_; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void recompute();
    void recomputeIfStale();
    void fillClaims(const ScenarioSnapshot& s, Param param);
    QString describeValue(Param p, double value) const;

    ScenarioDocument* document_;
    QComboBox* output_;
    QLineEdit* target_;
    QComboBox* year_;
    QComboBox* param_;
    QLabel* result_;
    QPushButton* apply_;
    QLabel* claims_;
    QStringList claimRows_;
    std::optional<double> answer_;
    bool stale_ = true; // the document changed while the panel was hidden
    int recomputes_ = 0;
};

} // namespace gridshare::gui
