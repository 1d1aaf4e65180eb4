// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Parsing of untrusted JSON text (scenario files, data overrides): limits are checked before
// parsing, and whatever nlohmann would accept silently (duplicate keys) is refused with its pointer.

#include "gridshare/diagnostics.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string_view>

namespace gridshare {

struct JsonLimits {
    std::size_t maxBytes = std::size_t{1024} * 1024;
    std::size_t maxDepth = 64;
};

Outcome<nlohmann::json> parseStrictJson(std::string_view text, const JsonLimits& limits = {});

} // namespace gridshare
