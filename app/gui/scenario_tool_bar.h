// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's scenario toolbar: region, currency (with its exchange rates), the regions editor,
// preset, Reset all and Pin as baseline. It changes the document through its slots and follows the
// document's changes itself.

#include <QToolBar>

class QComboBox;

namespace gridshare::gui {

class ScenarioDocument;

class ScenarioToolBar : public QToolBar {
    Q_OBJECT

public:
    explicit ScenarioToolBar(ScenarioDocument* document, QWidget* parent = nullptr);

    QComboBox* regions() const { return regions_; }
    QComboBox* presets() const { return presets_; }
    QComboBox* currencies() const { return currencies_; }
    QAction* exchangeRatesAction() const { return exchangeRates_; }
    QAction* regionsAction() const { return regionsEditor_; }
    QAction* pinAction() const { return pin_; }

private:
    void fillSelectors();
    void follow(); // shows the document's region, preset and currency

    ScenarioDocument* document_;
    QComboBox* regions_;
    QComboBox* presets_;
    QComboBox* currencies_;
    QAction* exchangeRates_ = nullptr;
    QAction* regionsEditor_ = nullptr;
    QAction* pin_ = nullptr;
};

} // namespace gridshare::gui
