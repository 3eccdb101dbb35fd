#include "Labels.h"

#include <QCoreApplication>

namespace speelveld::gui {

QString label(ActorKind kind)
{
    switch (kind) {
    case ActorKind::Municipality:
        return QCoreApplication::translate("Labels", "Municipality");
    case ActorKind::Council:
        return QCoreApplication::translate("Labels", "Municipal council");
    case ActorKind::Director:
        return QCoreApplication::translate("Labels", "Director / officer");
    case ActorKind::RegionalBody:
        return QCoreApplication::translate("Labels", "Regional body");
    case ActorKind::Ministry:
        return QCoreApplication::translate("Labels", "Ministry");
    case ActorKind::UmbrellaBody:
        return QCoreApplication::translate("Labels", "Umbrella body");
    case ActorKind::Provider:
        return QCoreApplication::translate("Labels", "Provider");
    case ActorKind::NetworkOrganisation:
        return QCoreApplication::translate("Labels", "Network organisation");
    case ActorKind::AccessTeam:
        return QCoreApplication::translate("Labels", "Access team");
    case ActorKind::Supervisor:
        return QCoreApplication::translate("Labels", "Supervisor");
    case ActorKind::Advisor:
        return QCoreApplication::translate("Labels", "Advisor / knowledge centre");
    case ActorKind::Insurer:
        return QCoreApplication::translate("Labels", "Insurer / care office");
    case ActorKind::ResidentInitiative:
        return QCoreApplication::translate("Labels", "Resident initiative");
    case ActorKind::ClientCouncil:
        return QCoreApplication::translate("Labels", "Client / advisory council");
    }
    return {};
}

QString label(RelationType type)
{
    switch (type) {
    case RelationType::Commissions:
        return QCoreApplication::translate("Labels", "commissions");
    case RelationType::Funds:
        return QCoreApplication::translate("Labels", "funds");
    case RelationType::AccountableTo:
        return QCoreApplication::translate("Labels", "accountable to");
    case RelationType::Supervises:
        return QCoreApplication::translate("Labels", "supervises");
    case RelationType::RefersTo:
        return QCoreApplication::translate("Labels", "refers to");
    case RelationType::CollaboratesWith:
        return QCoreApplication::translate("Labels", "collaborates with");
    case RelationType::MemberOf:
        return QCoreApplication::translate("Labels", "member of");
    case RelationType::Advises:
        return QCoreApplication::translate("Labels", "advises");
    case RelationType::Informs:
        return QCoreApplication::translate("Labels", "informs");
    case RelationType::DependsOn:
        return QCoreApplication::translate("Labels", "depends on");
    }
    return {};
}

QString label(RoleType role)
{
    switch (role) {
    case RoleType::Commissioner:
        return QCoreApplication::translate("Labels", "commissioner");
    case RoleType::Contractor:
        return QCoreApplication::translate("Labels", "contractor");
    case RoleType::Director:
        return QCoreApplication::translate("Labels", "director");
    case RoleType::Funder:
        return QCoreApplication::translate("Labels", "funder");
    case RoleType::Supervisor:
        return QCoreApplication::translate("Labels", "supervisor");
    case RoleType::Executor:
        return QCoreApplication::translate("Labels", "executor");
    case RoleType::Gatekeeper:
        return QCoreApplication::translate("Labels", "gatekeeper");
    case RoleType::FrameworkSetter:
        return QCoreApplication::translate("Labels", "framework setter");
    case RoleType::Advisor:
        return QCoreApplication::translate("Labels", "advisor");
    case RoleType::NetworkMember:
        return QCoreApplication::translate("Labels", "network member");
    }
    return {};
}

QString label(FormalBasis basis)
{
    switch (basis) {
    case FormalBasis::Unspecified:
        return QCoreApplication::translate("Labels", "not stated");
    case FormalBasis::Contract:
        return QCoreApplication::translate("Labels", "contract");
    case FormalBasis::Subsidy:
        return QCoreApplication::translate("Labels", "subsidy");
    case FormalBasis::Covenant:
        return QCoreApplication::translate("Labels", "covenant");
    case FormalBasis::Law:
        return QCoreApplication::translate("Labels", "law");
    case FormalBasis::Informal:
        return QCoreApplication::translate("Labels", "informal");
    case FormalBasis::None:
        return QCoreApplication::translate("Labels", "none");
    }
    return {};
}

QString label(SteeringFocus focus)
{
    switch (focus) {
    case SteeringFocus::Unspecified:
        return QCoreApplication::translate("Labels", "not stated");
    case SteeringFocus::Outcome:
        return QCoreApplication::translate("Labels", "outcome (the what: effect)");
    case SteeringFocus::Output:
        return QCoreApplication::translate("Labels", "output (the what: results)");
    case SteeringFocus::Process:
        return QCoreApplication::translate("Labels", "process (the how)");
    case SteeringFocus::Input:
        return QCoreApplication::translate("Labels", "input (the how: effort)");
    }
    return {};
}

QString label(Financing financing)
{
    switch (financing) {
    case Financing::Unspecified:
        return QCoreApplication::translate("Labels", "not stated");
    case Financing::LumpSum:
        return QCoreApplication::translate("Labels", "lump sum");
    case Financing::CappedBudget:
        return QCoreApplication::translate("Labels", "capped budget");
    case Financing::PerUnit:
        return QCoreApplication::translate("Labels", "per unit (p × q)");
    case Financing::OutcomeBased:
        return QCoreApplication::translate("Labels", "outcome-based");
    case Financing::PopulationBased:
        return QCoreApplication::translate("Labels", "population-based");
    }
    return {};
}

QString label(Raci raci)
{
    switch (raci) {
    case Raci::Responsible:
        return QCoreApplication::translate("Labels", "Responsible");
    case Raci::Accountable:
        return QCoreApplication::translate("Labels", "Accountable");
    case Raci::Consulted:
        return QCoreApplication::translate("Labels", "Consulted");
    case Raci::Informed:
        return QCoreApplication::translate("Labels", "Informed");
    }
    return {};
}

} // namespace speelveld::gui
