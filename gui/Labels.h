#pragma once
// The words the UI shows for the model's enumerations, through Qt's translation system (Dutch and English).

#include "core/Model.h"

#include <QString>

namespace speelveld::gui {

QString label(ActorKind kind);
QString label(RelationType type);
QString label(RoleType role);
QString label(FormalBasis basis);
QString label(SteeringFocus focus);
QString label(Financing financing);
/// The word for a RACI letter ("Accountable"); the letters themselves stay R, A, C, I in every language.
QString label(Raci raci);

/// Turns a UTF-8 std::string from the model into a QString.
inline QString qs(const std::string& text) { return QString::fromStdString(text); }

} // namespace speelveld::gui
