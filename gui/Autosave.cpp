#include "Autosave.h"

#include "core/ProjectFile.h"
#include "core/UserError.h"
#include "gui/AtomicWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace speelveld::gui {

namespace {

QString sidecarOf(const QString& copy) { return copy + QStringLiteral(".json"); }
QString lockOf(const QString& copy) { return copy + QStringLiteral(".lock"); }

} // namespace

Autosave::Autosave(const QString& directory, QObject* parent) : QObject(parent), directory_(directory)
{
    copy_ =
        QDir(directory_)
            .filePath(
                QStringLiteral("session-%1.speelveld").arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8)));
    quiet_ = new QTimer(this);
    quiet_->setSingleShot(true);
    quiet_->setInterval(kQuietMs);
    latest_ = new QTimer(this);
    latest_->setSingleShot(true);
    latest_->setInterval(kLatestMs);
    connect(quiet_, &QTimer::timeout, this, &Autosave::write);
    connect(latest_, &QTimer::timeout, this, &Autosave::write);
    watcher_ = new QFutureWatcher<QString>(this);
    connect(watcher_, &QFutureWatcher<QString>::finished, this, &Autosave::writeDone);
}

Autosave::~Autosave() { watcher_->waitForFinished(); }

QString Autosave::defaultDirectory()
{
    const QString configured = qEnvironmentVariable("SPEELVELD_RECOVERY_DIR");
    if (!configured.isEmpty()) {
        return configured;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

void Autosave::changed(std::function<Project()> take, const QString& original, int edits)
{
    take_ = std::move(take);
    original_ = original;
    edits_ = edits;
    dirty_ = true;
    quiet_->start();
    if (!latest_->isActive()) {
        latest_->start();
    }
}

void Autosave::write()
{
    quiet_->stop();
    latest_->stop();
    if (!dirty_ || !take_) {
        return;
    }
    if (watcher_->isRunning()) {
        quiet_->start(); // one write at a time; this one follows when the other is done
        return;
    }
    if (!lock_) {
        QDir().mkpath(directory_);
        lock_ = std::make_unique<QLockFile>(lockOf(copy_));
        lock_->setStaleLockTime(0); // a lock is stale only when its process is gone, however long it ran
        if (!lock_->tryLock()) {
            emit failed(tr("The recovery folder %1 cannot be used: %2").arg(directory_).arg(lock_->error()));
            lock_.reset();
            return;
        }
    }
    dirty_ = false;
    // The copy is taken here, in the GUI thread; writing it (the slow part) happens in the background.
    watcher_->setFuture(QtConcurrent::run(
        [project = take_(), copy = copy_, sidecar = sidecarOf(copy_), original = original_, edits = edits_]() {
            try {
                saveProject(project, copy.toStdString()); // atomic: written beside, then renamed
                const QJsonObject about{
                    {QStringLiteral("original"), original},
                    {QStringLiteral("written"), QDateTime::currentDateTime().toString(Qt::ISODateWithMs)},
                    {QStringLiteral("edits"), edits}};
                // Replaced whole too: the sidecar is what makes a copy be offered, so it is never missing.
                writeFileAtomically(sidecar, QJsonDocument(about).toJson());
            } catch (const UserError& error) {
                return QString::fromStdString(error.what());
            }
            return QString();
        }));
}

void Autosave::writeDone()
{
    const QString error = watcher_->result();
    if (error.isEmpty()) {
        emit written(copy_);
    } else {
        emit failed(error);
    }
}

void Autosave::flush()
{
    write();
    watcher_->waitForFinished();
    if (dirty_) {
        write();
        watcher_->waitForFinished();
    }
}

void Autosave::discard()
{
    quiet_->stop();
    latest_->stop();
    watcher_->waitForFinished();
    dirty_ = false;
    take_ = nullptr;
    QFile::remove(copy_);
    QFile::remove(sidecarOf(copy_));
    lock_.reset(); // unlocks and removes the lock file
}

std::vector<Autosave::Pending> Autosave::pending(const QString& directory)
{
    std::vector<Pending> found;
    const QDir dir(directory);
    for (const QString& name : dir.entryList({QStringLiteral("session-*.speelveld")}, QDir::Files)) {
        const QString copy = dir.filePath(name);
        // A session still running holds its lock; only copies of ended sessions are offered.
        QLockFile lock(lockOf(copy));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0)) {
            continue;
        }
        lock.unlock();
        QFile sidecar(sidecarOf(copy));
        if (!sidecar.open(QIODevice::ReadOnly)) {
            continue; // the copy was never finished: there is nothing to offer
        }
        const QJsonObject about = QJsonDocument::fromJson(sidecar.readAll()).object();
        found.push_back({copy, about.value(QStringLiteral("original")).toString(),
                         QDateTime::fromString(about.value(QStringLiteral("written")).toString(), Qt::ISODateWithMs),
                         about.value(QStringLiteral("edits")).toInt()});
    }
    std::sort(found.begin(), found.end(), [](const Pending& a, const Pending& b) { return a.written > b.written; });
    return found;
}

void Autosave::remove(const Pending& pending)
{
    QFile::remove(pending.copy);
    QFile::remove(sidecarOf(pending.copy));
    QFile::remove(lockOf(pending.copy));
}

} // namespace speelveld::gui
