// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The person's regions on disk: regions.json in their data folder, merged with the built-in
// regions entry by entry (Dataset::load).

#include "gridshare/dataset.h"

#include <QString>

namespace gridshare::gui {

// Adds region to folder/regions.json, or replaces the entry of the same id there, keeping every
// other entry and field of that file as it is; written atomically, creating the folder if needed.
// A file there that is not a regions file is never overwritten. Empty on success; otherwise what
// went wrong, with the file as it was.
QString saveUserRegion(const QString& folder, const Region& region);

} // namespace gridshare::gui
