// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The toolbar's currency list: one entry per currency of the data, each citing its rate to the
// US dollar in its tooltip.

#include "gridshare/dataset.h"

class QComboBox;

namespace gridshare::gui {

// Fills (or refills, after the rates change) the list; the chosen currency stays chosen.
void fillCurrencySelector(QComboBox* selector, const Dataset& data);

} // namespace gridshare::gui
