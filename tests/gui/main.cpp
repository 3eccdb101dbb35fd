// GUI tests run against real widgets on Qt's offscreen platform when there is no display.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <QApplication>
#include <QTemporaryDir>

int main(int argc, char** argv)
{
    // doctest_discover_tests runs this binary at build time, outside CTest's environment: choose the
    // offscreen platform here, or discovery aborts without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Windows made by tests autosave as the real one does: into a folder of the test's own, never into the
    // user's recovery folder (where the next real start would offer the tests' edits back).
    QTemporaryDir recovery;
    if (qEnvironmentVariableIsEmpty("SPEELVELD_RECOVERY_DIR")) {
        qputenv("SPEELVELD_RECOVERY_DIR", recovery.path().toUtf8());
    }
    QApplication app(argc, argv);
    doctest::Context context(argc, argv);
    return context.run();
}
