#pragma once
// Keeps the metrics of the shown network up to date: small networks are computed at once, large ones in a
// worker thread with progress and cancel. A newer request supersedes an older one still running.

#include "core/Metrics.h"

#include <QObject>
#include <QString>
#include <memory>
#include <stop_token>

namespace speelveld::gui {

class MetricsRunner : public QObject {
    Q_OBJECT
public:
    /// Up to this many vertices × relations the metrics are computed in the window's own thread (a 300-actor
    /// network takes a few milliseconds, docs/BENCHMARKS.md); above it, in a worker thread.
    static constexpr double kInlineWork = 2e6;

    explicit MetricsRunner(QObject* parent = nullptr);
    ~MetricsRunner() override;
    MetricsRunner(const MetricsRunner&) = delete;
    MetricsRunner& operator=(const MetricsRunner&) = delete;

    /// Computes the metrics of (a copy of) the network.
    void request(const Network& network, const MetricsOptions& options);
    /// Stops the running computation; the last result stays.
    void cancel();
    bool isRunning() const { return running_; }
    /// The newest finished result (nullptr before the first).
    std::shared_ptr<const MetricsResult> result() const { return result_; }
    /// Waits until no computation runs (for tests and for closing).
    void wait();

signals:
    void started();
    void progressed(double share);
    void finished();
    void cancelled();
    void failed(const QString& message);

private:
    void deliver(int generation, std::shared_ptr<const MetricsResult> result, const QString& error);

    std::shared_ptr<const MetricsResult> result_;
    std::stop_source stop_;
    int generation_ = 0;
    bool running_ = false;
};

} // namespace speelveld::gui
