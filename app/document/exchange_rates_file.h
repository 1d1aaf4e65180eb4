// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The person's exchange rates on disk: currencies.json in their data folder, which replaces the
// built-in file of that name (Dataset::load).

#include "gridshare/dataset.h"

#include <QString>

#include <vector>

namespace gridshare::gui {

// Why folder/currencies.json may not be written (it is the person's, and it could not be used:
// GridShare shows the built-in rates instead), or empty when it may.
QString refusedRatesFile(const QString& folder);

// Saves `edited` as folder/currencies.json, written atomically, creating the folder if needed.
// When `edited` are the built-in currencies the file is removed instead: a copy would hide the
// rates a later GridShare cites. A file there that could not be used is never replaced
// (refusedRatesFile); one that does not hold `current` (changed since the window read it) is
// first kept as currencies.json.bak.
// Empty on success; otherwise what went wrong, with currencies.json as it was.
QString saveExchangeRates(const QString& folder, const std::vector<Currency>& current,
                          const std::vector<Currency>& edited);

} // namespace gridshare::gui
