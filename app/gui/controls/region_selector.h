// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The toolbar's region chooser: regions grouped under headings (the world, large grids, countries
// where the share is already high, grids inside a country, the person's own), and a box to type in
// that finds a region by any part of its name.

#include "gridshare/dataset.h"

class QComboBox;

namespace gridshare::gui {

// Fills the chooser; a heading has no data and cannot be chosen.
void fillRegionSelector(QComboBox* selector, const Dataset& data);

} // namespace gridshare::gui
