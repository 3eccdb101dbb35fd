#pragma once
// Never lose work: while a map has unsaved changes, a copy of the whole project is written to a recovery
// folder a moment after each edit (and at most a few seconds after the first unsaved one), in the background.
// After a crash or a kill, the next start finds the copy and offers it back. Saving the map for real, or
// closing it, removes the copy.

#include "core/Project.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <memory>
#include <vector>

class QLockFile;
class QTimer;

namespace speelveld::gui {

class Autosave : public QObject {
    Q_OBJECT
public:
    /// Written this long after the last edit...
    static constexpr int kQuietMs = 1000;
    /// ...but never later than this after the first edit not yet written.
    static constexpr int kLatestMs = 3000;

    /// A copy left behind by a session that ended without saving.
    struct Pending {
        QString copy;      ///< the recovery project file
        QString original;  ///< the file the user was editing (may be empty: never saved)
        QDateTime written; ///< when the copy was written
        int edits = 0;     ///< how many undo steps were in it
    };

    /// `directory`: where copies go (created when needed).
    explicit Autosave(const QString& directory, QObject* parent = nullptr);
    ~Autosave() override;

    /// The recovery folder: $SPEELVELD_RECOVERY_DIR, or "recovery" in the user's application data.
    static QString defaultDirectory();

    /// The map changed: `take` will be asked for the project (in the GUI thread) when it is time to write.
    void changed(std::function<Project()> take, const QString& original, int edits);
    /// The map was saved or closed: its copy is no longer needed.
    void discard();
    /// Writes now if something is waiting (used before a risky step, and by tests); waits until written.
    void flush();

    QString copyPath() const { return copy_; }

    /// Copies of sessions that are no longer running, newest first.
    static std::vector<Pending> pending(const QString& directory);
    /// Removes a copy (after it was restored or refused).
    static void remove(const Pending& pending);

signals:
    /// A copy was written (or failed: the message says why; the editing goes on).
    void written(const QString& copy);
    void failed(const QString& message);

private:
    void write();
    void writeDone();

    QString directory_;
    QString copy_;
    std::unique_ptr<QLockFile> lock_; ///< held while this session runs, so no other start offers its copy
    QTimer* quiet_ = nullptr;
    QTimer* latest_ = nullptr;
    std::function<Project()> take_;
    QString original_;
    int edits_ = 0;
    bool dirty_ = false;
    QFutureWatcher<QString>* watcher_ = nullptr;
};

} // namespace speelveld::gui
