// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one statistic gridshare-bench's figures share.

#include <algorithm>
#include <cstddef>
#include <vector>

namespace gridshare::bench {

// The value at fraction p of the sorted values (0.5: the median, the lower of the middle two);
// -1 when there are none, which no time can be.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

} // namespace gridshare::bench
