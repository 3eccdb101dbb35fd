#include "gui/Autosave.h"
#include "core/ProjectLoader.h"
#include "gui/MainWindow.h"

#include <doctest/doctest.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>

using namespace speelveld;
using namespace speelveld::gui;

namespace {

const QString kDelft = QStringLiteral(SPEELVELD_SOURCE_DIR "/data/delft.json");

/// Points the recovery folder of windows made while it lives at a fresh temporary folder.
struct RecoveryFolder {
    QTemporaryDir dir;
    QByteArray before = qgetenv("SPEELVELD_RECOVERY_DIR");
    RecoveryFolder() { qputenv("SPEELVELD_RECOVERY_DIR", dir.path().toUtf8()); }
    ~RecoveryFolder() { qputenv("SPEELVELD_RECOVERY_DIR", before); }
};

} // namespace

TEST_CASE("a session killed with SIGKILL comes back at the next start, losing at most the last few seconds")
{
    RecoveryFolder folder;
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QStringLiteral(AUTOSAVE_CHILD), {kDelft});
    REQUIRE(child.waitForStarted(10000));
    // Let it edit for about five seconds (more than Autosave::kLatestMs), then kill it mid-session.
    std::vector<qint64> editTimes{0}; // editTimes[k]: when "Edit k" was made
    // ...and until its first copy is on disk, so a slow, loaded machine does not make the count meaningless.
    auto copyWritten = [&folder] {
        return !QDir(folder.dir.path()).entryList({QStringLiteral("session-*.speelveld.json")}, QDir::Files).isEmpty();
    };
    while ((editTimes.size() <= 34 || !copyWritten()) && editTimes.size() < 300 && child.state() == QProcess::Running) {
        child.waitForReadyRead(2000);
        while (child.canReadLine()) {
            const QList<QByteArray> words = child.readLine().trimmed().split(' ');
            REQUIRE(words.size() == 3);
            editTimes.push_back(words[2].toLongLong());
        }
    }
    REQUIRE(editTimes.size() > 34);
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
    REQUIRE(child.waitForFinished(10000));
    CHECK(child.exitStatus() == QProcess::CrashExit);

    MainWindow window;
    const auto pending = window.pendingRecoveries();
    REQUIRE(pending.size() == 1);
    CHECK(pending.front().original == kDelft);
    REQUIRE_FALSE(window.restore(pending.front()).has_value());
    CHECK(window.isWindowModified()); // the restored work is not saved anywhere yet

    // What came back is the map as opened plus exactly the first k edits, in order.
    const Project opened = openProjectFile(kDelft.toStdString());
    const Network& original = opened.snapshots.at(opened.current).network;
    const Network& restored = window.network();
    CHECK(window.project().current == opened.current);
    REQUIRE(restored.actors().size() > original.actors().size());
    const std::size_t kept = restored.actors().size() - original.actors().size();
    for (std::size_t i = 0; i < original.actors().size(); ++i) {
        Actor laidOut = restored.actors()[i];
        CHECK(laidOut.position.has_value()); // the window's first layout is kept too
        laidOut.position.reset();
        laidOut.pinned = false;
        CHECK(laidOut == original.actors()[i]);
    }
    for (std::size_t k = 1; k <= kept; ++k) {
        CHECK(restored.actors()[original.actors().size() + k - 1].name == "Edit " + std::to_string(k));
    }
    CHECK(restored.relations() == original.relations());
    // Lost: the edits after the k-th. The oldest of them was made at most a few seconds before the kill.
    const std::size_t made = editTimes.size() - 1;
    REQUIRE(kept <= made);
    const qint64 lostWindow = kept == made ? 0 : killedAt - editTimes[kept + 1];
    MESSAGE("edits made " << made << ", restored " << kept << ", lost the last " << lostWindow << " ms");
    CHECK(kept >= 1);
    CHECK(lostWindow <= Autosave::kLatestMs + 3000); // "a few seconds": the promise of docs and README

    // Once restored, the copy is no longer offered; the window keeps its own (of a running session).
    CHECK(window.pendingRecoveries().empty());
}

TEST_CASE("a running session's copy is never offered; a saved or closed map leaves no copy")
{
    RecoveryFolder folder;
    MainWindow running;
    REQUIRE(running.openFile(kDelft) == std::nullopt);
    running.applyEdit(QStringLiteral("add"), [](Network& network) { network.addActor({.name = "Nieuw"}); });
    running.autosave()->flush();
    CHECK(QFile::exists(running.autosave()->copyPath()));
    MainWindow other;
    CHECK(other.pendingRecoveries().empty()); // the first window still runs

    QTemporaryDir saveDir;
    REQUIRE(running.saveTo(saveDir.filePath(QStringLiteral("kaart.speelveld"))) == std::nullopt);
    CHECK_FALSE(QFile::exists(running.autosave()->copyPath()));
    CHECK(QDir(folder.dir.path()).entryList(QDir::Files).isEmpty());

    // An edit, then undo back to the saved state: nothing to recover either.
    running.applyEdit(QStringLiteral("add"), [](Network& network) { network.addActor({.name = "Nog een"}); });
    running.autosave()->flush();
    CHECK(QFile::exists(running.autosave()->copyPath()));
    running.undoStack()->undo();
    CHECK_FALSE(QFile::exists(running.autosave()->copyPath()));
}
