// A session that is killed: opens a map in the real window, and once its first layout is on the map (as a user
// starts to edit when the map appears; on a loaded machine that can take seconds) adds an actor "Edit k" every
// 150 ms and says so on stdout ("edit k MS", MS the wall-clock time in milliseconds), until the test kills it.
#include "gui/MainWindow.h"

#include <QApplication>
#include <QDateTime>
#include <QTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: autosave_child MAP\n");
        return 2;
    }
    speelveld::gui::MainWindow window;
    if (const auto error = window.openFile(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(*error));
        return 1;
    }
    int count = 0;
    QTimer edits;
    edits.setInterval(150);
    QObject::connect(&edits, &QTimer::timeout, [&] {
        ++count;
        const auto name = QStringLiteral("Edit %1").arg(count).toStdString();
        window.applyEdit(QStringLiteral("add"), [&](speelveld::Network& network) {
            network.addActor({.kind = speelveld::ActorKind::Provider, .name = name, .position = {{10.0 * count, 0}}});
        });
        std::printf("edit %d %lld\n", count, static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
        std::fflush(stdout);
    });
    if (window.isLayoutRunning()) {
        QObject::connect(&window, &speelveld::gui::MainWindow::layoutFinished, &edits, qOverload<>(&QTimer::start));
    } else {
        edits.start();
    }
    QTimer::singleShot(60000, &app, &QApplication::quit); // never run away if the test dies first
    return QApplication::exec();
}
