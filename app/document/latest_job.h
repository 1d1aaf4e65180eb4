// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A background job of which only the latest result matters (a drag asks for new bands on every
// step): starting one cancels the one running, and a result is delivered, on the owner's thread,
// only for the job started last and not cancelled since. The work gets a flag it checks to stop
// early; a stale job is left to finish and its result is never read.

#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>

namespace gridshare::gui {

template <typename Result> class LatestJob {
public:
    explicit LatestJob(std::function<void(Result)> deliver) : deliver_(std::move(deliver))
    {
        QObject::connect(&watcher_, &QFutureWatcher<Result>::finished, [this] { deliverLatest(); });
    }
    ~LatestJob()
    {
        cancel();
        watcher_.waitForFinished();
    }
    LatestJob(const LatestJob&) = delete;
    LatestJob& operator=(const LatestJob&) = delete;

    // work(const std::atomic<bool>* cancelled) -> Result, run on Qt's thread pool.
    template <typename Work> void start(Work work)
    {
        cancel();
        cancelled_ = std::make_shared<std::atomic<bool>>(false);
        ++job_;
        watcher_.setFuture(QtConcurrent::run([work = std::move(work), flag = cancelled_] { return work(flag.get()); }));
    }

    // The running job's result will not be delivered.
    void cancel()
    {
        if (cancelled_)
            cancelled_->store(true);
        delivered_ = job_;
    }

    bool pending() const { return delivered_ != job_; }

    // Waits for the latest job and delivers its result now (screenshots, exports, tests).
    void finish()
    {
        if (!pending())
            return;
        watcher_.waitForFinished();
        deliverLatest();
    }

private:
    void deliverLatest()
    {
        Q_ASSERT(QThread::currentThread() == watcher_.thread()); // results arrive on the owner's thread
        if (!pending() || watcher_.isCanceled() || !watcher_.future().isFinished())
            return;
        delivered_ = job_;
        deliver_(watcher_.result());
    }

    std::function<void(Result)> deliver_;
    QFutureWatcher<Result> watcher_;
    std::shared_ptr<std::atomic<bool>> cancelled_;
    quint64 job_ = 0;
    quint64 delivered_ = 0;
};

} // namespace gridshare::gui
