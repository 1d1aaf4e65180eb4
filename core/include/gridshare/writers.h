#pragma once
// Text forms of an evaluation: json and csv for programs (17 significant digits, shares as
// fractions), a table for people (units, grouping, percent).

#include "gridshare/dataset.h"
#include "gridshare/evaluation.h"

#include <string>

namespace gridshare {

std::string toJson(const Evaluation& e);
std::string toCsv(const Evaluation& e);
std::string toTable(const Evaluation& e, const Dataset& data);

} // namespace gridshare
