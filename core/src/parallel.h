// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Work split over threads of the engine's own (no Qt in core): the calling thread takes part, the
// others are started for the call and joined before it returns. Results must not depend on the
// number of threads; the callers split their work so that they do not.

#include "gridshare/vector_state.h"

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <thread>
#include <vector>

namespace gridshare::detail {

// The number of threads for `items` pieces of work of which each thread should get at least
// `minimumPerThread`; `requested` 0 means as many as the machine has cores.
inline unsigned threadCount(unsigned requested, std::size_t items, std::size_t minimumPerThread)
{
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const unsigned wanted = requested == 0 ? cores : requested;
    const std::size_t useful = std::max<std::size_t>(1, items / std::max<std::size_t>(1, minimumPerThread));
    return static_cast<unsigned>(std::min<std::size_t>(wanted, requested == 0 ? useful : wanted));
}

// The part [begin, end) of `items` that thread `t` of `threads` takes: contiguous, in order.
struct Slice {
    std::size_t begin;
    std::size_t end;
};
inline Slice sliceOf(std::size_t items, unsigned t, unsigned threads)
{
    return {items * t / threads, items * (t + 1) / threads};
}

// Threads wait here until all have arrived (a few dozen times per run, so a mutex does).
class Barrier {
public:
    explicit Barrier(unsigned threads) : threads_(threads) {}
    void arriveAndWait()
    {
        std::unique_lock lock(mutex_);
        const unsigned long generation = generation_;
        if (++arrived_ == threads_) {
            arrived_ = 0;
            ++generation_;
            allArrived_.notify_all();
            return;
        }
        allArrived_.wait(lock, [&] { return generation_ != generation; });
    }

private:
    std::mutex mutex_;
    std::condition_variable allArrived_;
    const unsigned threads_;
    unsigned arrived_ = 0;
    unsigned long generation_ = 0;
};

// Calls work(t) for t in [0, threads), work(0) on the calling thread.
template <class Work> void onThreads(unsigned threads, Work&& work)
{
    std::vector<std::jthread> helpers;
    helpers.reserve(threads > 0 ? threads - 1 : 0);
    for (unsigned t = 1; t < threads; ++t)
        helpers.emplace_back([&work, t] {
            clearUpperVectorState(); // a new thread starts with its parent's register state
            work(t);
        });
    work(0u);
}

} // namespace gridshare::detail
