// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/scenario_tool_bar.h"

#include "common/data_text.h"
#include "document/scenario_document.h"
#include "gui/controls/currency_selector.h"
#include "gui/controls/region_selector.h"
#include "gui/exchange_rates_dialog.h"
#include "gui/region_dialog.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalBlocker>

namespace gridshare::gui {

ScenarioToolBar::ScenarioToolBar(ScenarioDocument* document, QWidget* parent)
    : QToolBar(tr("Scenario"), parent), document_(document), regions_(new QComboBox(this)),
      presets_(new QComboBox(this)), currencies_(new QComboBox(this))
{
    setObjectName(QStringLiteral("scenarioToolBar"));
    setMovable(false);
    regions_->setAccessibleName(tr("Region"));
    regions_->setMinimumContentsLength(18);
    presets_->setAccessibleName(tr("Preset"));
    presets_->setMinimumContentsLength(24);
    currencies_->setAccessibleName(tr("Currency"));
    currencies_->setToolTip(tr("The currency of prices and costs; rates are cited in the tooltip of each"));
    fillSelectors();

    auto* regionLabel = new QLabel(tr("&Region"), this);
    regionLabel->setBuddy(regions_);
    auto* presetLabel = new QLabel(tr("&Preset"), this);
    presetLabel->setBuddy(presets_);
    auto* currencyLabel = new QLabel(tr("C&urrency"), this);
    currencyLabel->setBuddy(currencies_);
    addWidget(regionLabel);
    addWidget(regions_);
    addWidget(currencyLabel);
    addWidget(currencies_);
    exchangeRates_ = gui::exchangeRatesAction(document_, this);
    addAction(exchangeRates_);
    regionsEditor_ = gui::regionsAction(document_, this);
    addAction(regionsEditor_);
    addSeparator();
    addWidget(presetLabel);
    addWidget(presets_);
    addSeparator();
    QAction* reset = addAction(tr("Reset all"), document_, &ScenarioDocument::resetAll);
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    reset->setToolTip(tr("Return every value to the preset or region defaults (Ctrl+Shift+R)"));
    pin_ = addAction(tr("Pin as baseline"), document_, &ScenarioDocument::pinCurrent);
    pin_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    pin_->setToolTip(tr("Keep this scenario on the charts as a dashed line to compare with (Ctrl+B); up to %1")
                         .arg(ScenarioDocument::kMaxPinned));

    connect(regions_, &QComboBox::activated, this, [this](int index) {
        if (const QString id = regions_->itemData(index).toString(); !id.isEmpty())
            document_->loadRegion(id);
    });
    connect(currencies_, &QComboBox::activated, this,
            [this](int index) { document_->setCurrency(currencies_->itemData(index).toString()); });
    connect(presets_, &QComboBox::activated, this, [this](int index) {
        if (const QString id = presets_->itemData(index).toString(); !id.isEmpty())
            document_->loadPreset(id);
    });
    connect(document_, &ScenarioDocument::dataReplaced, this, [this] {
        fillSelectors();
        follow();
    });
    connect(document_, &ScenarioDocument::changed, this, &ScenarioToolBar::follow);
    follow();
}

void ScenarioToolBar::fillSelectors()
{
    const QSignalBlocker blockRegions(regions_);
    const QSignalBlocker blockPresets(presets_);
    const QSignalBlocker blockCurrencies(currencies_);
    fillRegionSelector(regions_, document_->data());
    fillCurrencySelector(currencies_, document_->data());
    presets_->clear();
    presets_->addItem(tr("Custom"), QString());
    for (const Preset& p : document_->data().presets)
        presets_->addItem(dataText(p.name), QString::fromStdString(p.id));
}

void ScenarioToolBar::follow()
{
    const QSignalBlocker blockRegions(regions_);
    const QSignalBlocker blockPresets(presets_);
    const QSignalBlocker blockCurrencies(currencies_);
    currencies_->setCurrentIndex(currencies_->findData(document_->currency()));
    regions_->setCurrentIndex(regions_->findData(QString::fromStdString(document_->scenario().region)));
    const Preset* preset = document_->preset();
    presets_->setCurrentIndex(preset ? presets_->findData(QString::fromStdString(preset->id)) : 0);
    pin_->setEnabled(document_->snapshot() && document_->pinned().size() < ScenarioDocument::kMaxPinned);
}

} // namespace gridshare::gui
