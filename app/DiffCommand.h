#pragma once
// `speelveld diff`: what changed between two snapshots of a project, or between two files.

#include <QString>

namespace speelveld::app {

struct DiffRequest {
    QString file;
    QString file2;                           ///< empty: compare two snapshots of `file`
    QString from;                            ///< snapshot of `file`; empty: its first (one file) or current
    QString to;                              ///< snapshot of `file2` (or `file`); empty: its last or current
    QString format = QStringLiteral("text"); ///< text or json
    QString output;                          ///< empty: standard output
};

int runDiff(const DiffRequest& request);

} // namespace speelveld::app
