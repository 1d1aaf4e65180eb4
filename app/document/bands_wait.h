// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A view's wait for the uncertainty bands of new values. The bands follow the values a millisecond
// or two later from a worker thread; a view that waits is drawn once, with both, rather than now
// and again when they arrive.

#include <QObject>
#include <QTimer>

#include <utility>

namespace gridshare::gui {

// How long a view waits for new values' bands before it shows the values without them: a frame at
// 60 Hz.
inline constexpr int kBandsWaitMs = 16;

class BandsWait {
public:
    // showWithout runs, in context's thread, when a wait runs out before the bands arrive.
    template <typename Slot> BandsWait(const QObject* context, Slot showWithout)
    {
        timer_.setSingleShot(true);
        timer_.setInterval(kBandsWaitMs);
        QObject::connect(&timer_, &QTimer::timeout, context, std::move(showWithout));
    }

    // Waits for the bands of the values just given. A wait already running is not extended, so a
    // drag faster than the bands still shows its values at least once a frame.
    void start()
    {
        if (!timer_.isActive())
            timer_.start();
    }
    // The bands arrived, or the new values have none to wait for.
    void stop() { timer_.stop(); }

private:
    QTimer timer_;
};

} // namespace gridshare::gui
