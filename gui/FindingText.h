#pragma once
// Role-clarity findings and governance modes in plain words (Dutch or English, through Qt's translations).

#include "core/Governance.h"
#include "core/RoleClarity.h"

#include <QString>

namespace speelveld::gui {

/// One line that says what is unclear and who is involved, naming actors as the network names them.
QString describe(const Finding& finding, const Network& network);

/// The check's short name ("RC1 role conflict").
QString checkName(Check check);
/// What the check looks for and why it matters, in one or two sentences.
QString checkExplanation(Check check);

/// The mode's name and one sentence on why it was inferred, with the figures.
QString governanceName(GovernanceMode mode);
QString governanceExplanation(const Governance& governance, const Network& network);

} // namespace speelveld::gui
