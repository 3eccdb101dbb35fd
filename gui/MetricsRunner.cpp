#include "MetricsRunner.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace speelveld::gui {

namespace {
struct Outcome {
    std::shared_ptr<const MetricsResult> result;
    QString error;
};
} // namespace

MetricsRunner::MetricsRunner(QObject* parent) : QObject(parent) {}

MetricsRunner::~MetricsRunner()
{
    stop_.request_stop();
    wait();
}

void MetricsRunner::wait()
{
    for (auto* watcher : findChildren<QFutureWatcherBase*>()) {
        watcher->waitForFinished();
    }
}

void MetricsRunner::request(const Network& network, const MetricsOptions& options)
{
    stop_.request_stop();
    stop_ = std::stop_source();
    const int generation = ++generation_;
    const double work =
        static_cast<double>(network.actors().size()) * static_cast<double>(network.relations().size() + 1);
    if (work <= kInlineWork) {
        try {
            deliver(generation, std::make_shared<const MetricsResult>(computeMetrics(network, options)), {});
        } catch (const std::exception& error) {
            deliver(generation, nullptr, QString::fromStdString(error.what()));
        }
        return;
    }
    running_ = true;
    emit started();
    MetricsOptions background = options;
    QPointer<MetricsRunner> self(this);
    background.structure.progress = [self, generation](double share) {
        // Called in the worker: hand the figure to the window's thread, where the runner lives.
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, share] {
                if (self && self->generation_ == generation) {
                    emit self->progressed(share);
                }
            },
            Qt::QueuedConnection);
    };
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        deliver(generation, outcome.result, outcome.error);
    });
    // The worker gets its own copy of the network: the user goes on editing while it runs.
    watcher->setFuture(QtConcurrent::run([copy = Network(network), background, stop = stop_.get_token()] {
        try {
            return Outcome{std::make_shared<const MetricsResult>(computeMetrics(copy, background, stop)), {}};
        } catch (const std::exception& error) {
            return Outcome{nullptr, QString::fromStdString(error.what())};
        }
    }));
}

void MetricsRunner::cancel()
{
    if (!running_) {
        return;
    }
    stop_.request_stop();
    ++generation_; // whatever the worker still returns is dropped
    running_ = false;
    emit cancelled();
}

void MetricsRunner::deliver(int generation, std::shared_ptr<const MetricsResult> result, const QString& error)
{
    if (generation != generation_) {
        return; // superseded or cancelled
    }
    running_ = false;
    if (!result) {
        emit failed(error);
        return;
    }
    result_ = std::move(result);
    emit finished();
}

} // namespace speelveld::gui
