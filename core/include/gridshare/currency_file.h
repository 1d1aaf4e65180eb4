// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The currencies file written back: an exchange rate a person edits becomes their own
// currencies.json, in the built-in file's format, which Dataset::load then reads.

#include "gridshare/dataset.h"
#include "gridshare/diagnostics.h"

#include <string>
#include <string_view>
#include <vector>

namespace gridshare {

// The text of a currencies.json holding these currencies, laid out as the built-in file is (the
// built-in currencies give back the built-in file byte for byte). Refuses a rate outside
// kMinRatePerUsd .. kMaxRatePerUsd and a value with neither a source and level nor an assumption, naming
// the entry, so nothing Dataset::load would refuse is ever written.
Outcome<std::string> currenciesToText(const std::vector<Currency>& currencies);

// Where a rate set by the person comes from: an assumption dated `isoDate` (YYYY-MM-DD) that
// names the value it replaces, e.g. "set in GridShare on 2026-11-25; the cited value is 7.0809
// (fed-g5a, V1)". `builtin` is the built-in rate of the currency, or null when it has none.
Provenance rateSetInGridShare(std::string_view isoDate, const SourcedValue* builtin);

} // namespace gridshare
