// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The scenario parameters of the estimation model (docs/model.md, "Scenario"):
// one table of keys, units and valid ranges that validation, the command line and the UI share.

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace gridshare {

enum class Param : int {
    QueriesPerDay,
    QueryGrowth,
    ActiveParamsBillion,
    ModelGrowth,
    TokensPerQuery,
    TokensGrowth,
    AcceleratorFlops,
    AcceleratorPowerW,
    Utilization,
    PowerFraction,
    EfficiencyGain,
    Pue,
    TrainingShare,
    OtherDcTwh,
    OtherDcGrowth,
    NationalTwh,
    DemandGrowth,
    PricePerKwh,
    PriceGrowth,
    WaterLPerKwh,
    CarbonGPerKwh,
    CarbonDecline,
    DcLoadFactor, // appended: Monte Carlo draws ranged parameters in this order
};

inline constexpr std::size_t kParamCount = 23;

struct ParamSpec {
    Param param;
    std::string_view key;
    std::string_view unit;
    std::string_view meaning;
    double min;
    double max;
};

const std::array<ParamSpec, kParamCount>& paramSpecs();
const ParamSpec& spec(Param p);
std::optional<Param> paramFromKey(std::string_view key);

// Every parameter value of one scenario, indexed by Param.
class ParameterSet {
public:
    double operator[](Param p) const { return values_[static_cast<std::size_t>(p)]; }
    double& operator[](Param p) { return values_[static_cast<std::size_t>(p)]; }
    bool operator==(const ParameterSet&) const = default;

private:
    std::array<double, kParamCount> values_{};
};

// The parameter whose key is closest to a mistyped one, for "did you mean" hints.
std::optional<std::string_view> closestParamKey(std::string_view typo);

} // namespace gridshare
