#pragma once
// `speelveld validate`: whether a file is a sound Speelveld project, and if not, what is wrong with it.

#include <QString>

namespace speelveld::app {

/// Exit 0 and a summary on stdout for a sound project (or Speelveld JSON); exit 1 and what is wrong on stderr.
int runValidate(const QString& file);

} // namespace speelveld::app
