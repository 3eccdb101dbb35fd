// GUI tests run against real widgets on Qt's offscreen platform when there is no display.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <QApplication>

int main(int argc, char** argv)
{
    // doctest_discover_tests runs this binary at build time, outside CTest's environment: choose the
    // offscreen platform here, or discovery aborts without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    doctest::Context context(argc, argv);
    return context.run();
}
