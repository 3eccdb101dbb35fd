// A project file without write permission opens for reading: the window says so, and Save asks for another
// name instead of writing it.
#include "WindowSupport.h"
#include "core/JsonFormat.h"
#include "core/ProjectFile.h"
#include "gui/MainWindow.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

#include <fstream>
#include <sstream>

using namespace speelveld;
using namespace speelveld::gui;

namespace {

std::string bytesOf(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

QAction* saveAction(const MainWindow& window)
{
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Save)) {
            return action;
        }
    }
    return nullptr;
}

/// Triggers `action` and closes the dialog it opens: the title of a file dialog, "message: TEXT" for a
/// message box, or empty when none opened.
QString dialogOf(QAction* action)
{
    QString title;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())) {
            title = dialog->windowTitle();
            dialog->reject();
        } else if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            title = QStringLiteral("message: ") + box->text();
            box->reject();
        }
    });
    poll.start();
    action->trigger();
    return title;
}

} // namespace

TEST_CASE("a read-only project opens, says it is read-only, and Save asks for another name")
{
    test::TempDir dir;
    const auto file = dir / "vast.speelveld";
    {
        MainWindow laidOut; // saved with its places, so opening it again starts no layout
        test::openAndWait(laidOut, test::dataFile("delft.json"));
        REQUIRE_FALSE(laidOut.saveTo(test::qpath(file)).has_value());
    }
    namespace fs = std::filesystem;
    fs::permissions(file, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    const std::string before = bytesOf(file);

    MainWindow window;
    test::openAndWait(window, file);
    CHECK(window.isReadOnly());
    CHECK(window.windowTitle().startsWith(QStringLiteral("vast.speelveld[*] [read-only] (Delft 2015)")));
    CHECK(window.statusBar()->currentMessage() ==
          QStringLiteral("vast.speelveld is read-only: you can change the map and save it under another name (Save "
                         "as)."));

    REQUIRE_FALSE(window.applyEdit(QStringLiteral("add"), [](Network& network) { network.addActor({.name = "Nieuw"}); })
                      .has_value());
    QAction* save = saveAction(window);
    REQUIRE(save != nullptr);
    CHECK(dialogOf(save) == QStringLiteral("Save the map as"));
    CHECK(bytesOf(file) == before);
    CHECK(window.isWindowModified());

    // Saving over it directly is refused too, with the reason.
    const auto refused = window.saveTo(test::qpath(file));
    REQUIRE(refused.has_value());
    CHECK(refused->contains(QStringLiteral("the file is read-only")));
    CHECK(bytesOf(file) == before);

    // Under another name it saves, and that file is an ordinary, writable one.
    const auto copy = dir / "kopie.speelveld";
    REQUIRE_FALSE(window.saveTo(test::qpath(copy)).has_value());
    CHECK_FALSE(window.isReadOnly());
    CHECK_FALSE(window.windowTitle().contains(QStringLiteral("read-only")));
    const Project saved = loadProject(copy);
    CHECK(saved.snapshots.at(saved.current).network.actors().back().name == "Nieuw");
}

TEST_CASE("a writable project does not say read-only")
{
    test::TempDir dir;
    const auto file = dir / "open.speelveld";
    saveProject(readJsonProject(test::dataFile("delft.json")), file);
    MainWindow window;
    test::openAndWait(window, file);
    CHECK_FALSE(window.isReadOnly());
    CHECK_FALSE(window.windowTitle().contains(QStringLiteral("read-only")));
}
