#pragma once
// Opening a file in a real, shown main window and waiting for its first layout: what every window test starts with.

#include "gui/MainWindow.h"

#include <doctest/doctest.h>

#include <QSignalSpy>
#include <filesystem>

namespace speelveld::test {

inline QString qpath(const std::filesystem::path& path) { return QString::fromStdString(path.string()); }

/// Waits for a layout the window has started (opening a file without places, another snapshot).
inline void waitForLayout(gui::MainWindow& window, QSignalSpy& laidOut)
{
    if (window.isLayoutRunning()) {
        REQUIRE(laidOut.wait(60000));
    }
}

/// Opens FILE in WINDOW, shows it and waits for its first layout.
inline void openAndWait(gui::MainWindow& window, const std::filesystem::path& file)
{
    QSignalSpy laidOut(&window, &gui::MainWindow::layoutFinished);
    REQUIRE_FALSE(window.openFile(qpath(file)).has_value());
    window.show();
    waitForLayout(window, laidOut);
}

} // namespace speelveld::test
