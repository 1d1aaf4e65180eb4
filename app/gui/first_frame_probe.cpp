// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/first_frame_probe.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace gridshare::gui {
namespace {

long long nanoseconds(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return static_cast<long long>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// Counts the paint events of the window's widgets. A turn of the event loop is seen as a tick of a
// zero-interval timer: the painting of a turn (posted update requests, an expose) comes before it.
class FirstFrameProbe : public QObject {
public:
    explicit FirstFrameProbe(QWidget* window) : QObject(window), window_(window)
    {
        qApp->installEventFilter(this);
        tick_.setInterval(0);
        connect(&tick_, &QTimer::timeout, this, [this] { onTurn(); });
        tick_.start();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget*>(watched)->window() == window_)
            ++paints_;
        return false;
    }

private:
    void onTurn()
    {
        if (paints_ != paintsSeen_) {
            paintsSeen_ = paints_;
            paintedAt_ = nanoseconds(CLOCK_MONOTONIC);
            cpuAt_ = nanoseconds(CLOCK_PROCESS_CPUTIME_ID);
            quietTurns_ = 0;
            return;
        }
        // Two quiet turns: a replot queued by the last paint has had its turn to ask for another.
        if (paints_ > 0 && ++quietTurns_ == 2) {
            std::printf("first-frame-ns %lld cpu-ns %lld\n", paintedAt_, cpuAt_);
            std::fflush(stdout);
            tick_.stop();
            qApp->removeEventFilter(this);
            QCoreApplication::quit();
        }
    }

    QTimer tick_;
    QPointer<QWidget> window_;
    long long paints_ = 0;
    long long paintsSeen_ = 0;
    long long paintedAt_ = 0;
    long long cpuAt_ = 0;
    int quietTurns_ = 0;
};

} // namespace

void reportFirstFrameThenQuit(QWidget* window)
{
    new FirstFrameProbe(window);
}

} // namespace gridshare::gui
