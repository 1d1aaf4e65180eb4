// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controls/currency_selector.h"

#include "document/citation_text.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLocale>
#include <QSignalBlocker>

namespace gridshare::gui {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CurrencySelector)
};

} // namespace

void fillCurrencySelector(QComboBox* selector, const Dataset& data)
{
    const QSignalBlocker block(selector);
    const QVariant chosen = selector->currentData();
    selector->clear();
    for (const Currency& c : data.currencies) {
        const QString code = QString::fromStdString(c.code);
        selector->addItem(code, code);
        // Where the rate comes from, as for every other number.
        selector->setItemData(selector->count() - 1,
                              Text::tr("1 USD = %1 %2 · %3")
                                  .arg(QLocale().toString(c.perUsd.value, 'g', 6), code,
                                       provenanceText(c.perUsd.provenance, CitationList{}, data)),
                              Qt::ToolTipRole);
    }
    if (chosen.isValid())
        selector->setCurrentIndex(selector->findData(chosen));
}

} // namespace gridshare::gui
