// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bar above the charts that says which values cannot be evaluated while they cannot, so no
// one reads the last valid scenario's charts as these values' answer. Hidden otherwise.

#include <QLabel>

namespace gridshare::gui {

class ScenarioDocument;

class ProblemBanner : public QLabel {
    Q_OBJECT

public:
    explicit ProblemBanner(const ScenarioDocument* document, QWidget* parent = nullptr);

private:
    void follow();

    const ScenarioDocument* document_;
};

} // namespace gridshare::gui
