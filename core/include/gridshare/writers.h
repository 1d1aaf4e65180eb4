// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Text forms of an evaluation: json and csv for programs (17 significant digits, shares as
// fractions), a table for people (units, grouping, percent).

#include "gridshare/dataset.h"
#include "gridshare/evaluation.h"
#include "gridshare/message.h"

#include <functional>
#include <string>

namespace gridshare {

// Says a message in the reader's language; empty means English (Message::text()).
using TranslateMessage = std::function<std::string(const Message&)>;

// Numbers that are not finite are written as null: the output is always JSON.
std::string toJson(const Evaluation& e);
// The same keys as the JSON in its header row, each naming its unit; cost is cost_usd, cost_cny,
// ..., naming the currency.
std::string toCsv(const Evaluation& e);
// For people: the title and column headers go through translate.
std::string toTable(const Evaluation& e, const Dataset& data, const TranslateMessage& translate = {});

} // namespace gridshare
