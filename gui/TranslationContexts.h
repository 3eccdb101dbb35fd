#pragma once
// Translation contexts for text that belongs to no widget (findings, measures), so lupdate and the running
// program agree on the context: Findings::tr("...") is looked up under "Findings".

#include <QCoreApplication>

struct Findings {
    Q_DECLARE_TR_FUNCTIONS(Findings)
};

struct Measures {
    Q_DECLARE_TR_FUNCTIONS(Measures)
};

struct Report {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

/// The list of changes between two networks (the comparison window and `speelveld diff`).
struct Changes {
    Q_DECLARE_TR_FUNCTIONS(Changes)
};
