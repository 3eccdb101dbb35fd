#pragma once
// Runs a command-line tool that reads a file back (pdftotext, pdfinfo, unzip) and returns what it printed.

#include <doctest/doctest.h>

#include <QProcess>
#include <QStringList>
#include <string>

namespace speelveld::test {

/// The standard output of PROGRAM run with ARGUMENTS; the test fails when it does not run or fails.
inline QByteArray programOutput(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    const std::string command = QString(program + QLatin1Char(' ') + arguments.join(QLatin1Char(' '))).toStdString();
    const std::string missing = command + " did not run (are poppler-utils and unzip installed?)";
    REQUIRE_MESSAGE(process.waitForFinished(60000), missing);
    REQUIRE_MESSAGE(process.exitCode() == 0, command);
    return process.readAllStandardOutput();
}

} // namespace speelveld::test
