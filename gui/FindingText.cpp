#include "FindingText.h"

#include "Labels.h"
#include "TranslationContexts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace speelveld::gui {
namespace {

QString nameOf(const Network& network, Id id)
{
    const Actor* actor = network.actor(id);
    return actor ? qs(actor->name) : QStringLiteral("#%1").arg(id);
}

QString domainPhrase(const Network& network, Id id)
{
    const Domain* domain = network.domain(id);
    return domain ? Findings::tr("in the domain %1").arg(qs(domain->name)) : Findings::tr("outside any named domain");
}

/// "A, B and C" in the interface language.
QString list(const QStringList& names)
{
    if (names.size() <= 1) {
        return names.join(QString());
    }
    return Findings::tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

QStringList namesOf(const Network& network, const std::vector<Id>& ids, std::size_t from)
{
    QStringList names;
    for (std::size_t i = from; i < ids.size(); ++i) {
        names << nameOf(network, ids[i]);
    }
    return names;
}

QString percent(double share) { return QLocale().toString(share * 100, 'f', 0) + QLatin1Char('%'); }

} // namespace

QString checkName(Check check)
{
    switch (check) {
    case Check::RoleConflict:
        return Findings::tr("RC1 role conflict");
    case Check::MultiplePrincipals:
        return Findings::tr("RC2 multiple principals");
    case Check::DecisionRights:
        return Findings::tr("RC3 decision rights");
    case Check::SteeringOnHow:
        return Findings::tr("RC4 steering on how");
    case Check::ContractWithoutRelationship:
        return Findings::tr("RC5 contract without relationship");
    case Check::VolumeIncentive:
        return Findings::tr("RC6 volume incentive");
    case Check::AccountabilityGap:
        return Findings::tr("RC7 accountability gap");
    }
    return {};
}

QString checkExplanation(Check check)
{
    switch (check) {
    case Check::RoleConflict:
        return Findings::tr(
            "An actor holds two roles in one domain that the role-conflict table marks as incompatible, "
            "such as commissioning and carrying out the same work.");
    case Check::MultiplePrincipals:
        return Findings::tr(
            "More than one actor commissions or funds this actor in one domain, and not through one shared "
            "regional body: their steering may pull in different directions.");
    case Check::DecisionRights:
        return Findings::tr("A decision has nobody Accountable (an orphan) or more than one (contested).");
    case Check::SteeringOnHow:
        return Findings::tr(
            "More than half of the commissioning of this actor steers on process or input (how the work is "
            "done) instead of on output or outcome (what it achieves).");
    case Check::ContractWithoutRelationship:
        return Findings::tr(
            "A commissioning relation with no collaboration or information tie between the two actors, or "
            "with trust of 2 or less: a contract without a relationship.");
    case Check::VolumeIncentive:
        return Findings::tr("A contractor paid per unit that also decides on access, receives referrals from its own "
                            "network, or has no capped budget: more volume means more income.");
    case Check::AccountabilityGap:
        return Findings::tr("An actor that is commissioned or funded but accounts to none of its principals.");
    }
    return {};
}

QString describe(const Finding& f, const Network& network)
{
    const QString subject = nameOf(network, f.subject);
    const QString domain = domainPhrase(network, f.domain);
    const QString other = f.actors.size() > 1 ? nameOf(network, f.actors[1]) : QString();
    switch (f.check) {
    case Check::RoleConflict:
        return Findings::tr("%1 is both %2 and %3 %4.")
            .arg(subject, label(f.roles.at(0)), label(f.roles.at(1)), domain);
    case Check::MultiplePrincipals:
        return Findings::tr(
                   "%1 is commissioned or funded by %n different principals %2 (%3): their steering may conflict.",
                   nullptr, static_cast<int>(f.value))
            .arg(subject, domain, list(namesOf(network, f.actors, 1)));
    case Check::DecisionRights: {
        const Decision* decision = network.decision(f.decision);
        const QString title = decision ? qs(decision->title) : QStringLiteral("#%1").arg(f.decision);
        if (f.variant == "orphan") {
            return Findings::tr("Nobody is Accountable for the decision “%1”.").arg(title);
        }
        return Findings::tr("%n actors are Accountable for the decision “%1” (%2): the decision right is contested.",
                            nullptr, static_cast<int>(f.actors.size()))
            .arg(title, list(namesOf(network, f.actors, 0)));
    }
    case Check::SteeringOnHow:
        return Findings::tr(
                   "%1 of the commissioning of %2 steers on process or input (how) instead of output or outcome "
                   "(what).")
            .arg(percent(f.value), subject);
    case Check::ContractWithoutRelationship:
        if (f.variant == "low_trust") {
            return Findings::tr("%1 commissions %2, but trust between them is low (%3 of 5).")
                .arg(other, subject, QLocale().toString(f.value));
        }
        return Findings::tr("%1 commissions %2 without any collaboration or information tie between them: a contract "
                            "without a relationship.")
            .arg(other, subject);
    case Check::VolumeIncentive:
        if (f.variant == "gatekeeper") {
            return Findings::tr(
                       "%1 is paid per unit by %2 and also decides on access (gatekeeper) %3: more access means "
                       "more income.")
                .arg(subject, other, domain);
        }
        if (f.variant == "self_referral") {
            return Findings::tr("%1 is paid per unit by %2 and receives referrals from itself or its own network %3.")
                .arg(subject, other, domain);
        }
        return Findings::tr("%1 is paid per unit by %2 with no capped budget %3: nothing limits the volume.")
            .arg(subject, other, domain);
    case Check::AccountabilityGap:
        return Findings::tr("%1 is commissioned or funded by %2 but accounts to none of them.")
            .arg(subject, list(namesOf(network, f.actors, 1)));
    }
    return {};
}

QString governanceName(GovernanceMode mode)
{
    switch (mode) {
    case GovernanceMode::Shared:
        return Findings::tr("Shared governance");
    case GovernanceMode::LeadOrganisation:
        return Findings::tr("Lead organisation");
    case GovernanceMode::AdministrativeOrganisation:
        return Findings::tr("Network administrative organisation");
    case GovernanceMode::Unclear:
        return Findings::tr("No clear mode");
    }
    return {};
}

QString governanceExplanation(const Governance& g, const Network& network)
{
    const GovernanceEvidence& e = g.evidence;
    const QLocale locale;
    const QString figures =
        Findings::tr("Figures: %n actors, density %1 (ties in either direction), degree centralisation %2; the actor "
                     "with the most ties, %3, is tied "
                     "to %4 of the others.",
                     nullptr, static_cast<int>(e.actors))
            .arg(locale.toString(e.density, 'f', 2), locale.toString(e.degreeCentralisation, 'f', 2),
                 nameOf(network, e.mostCentral), percent(e.mostCentralReach));
    QString why;
    switch (g.mode) {
    case GovernanceMode::AdministrativeOrganisation:
        why = Findings::tr("%1 has %n members and does not deliver services itself.", nullptr,
                           static_cast<int>(e.members))
                  .arg(nameOf(network, e.administrativeBody));
        break;
    case GovernanceMode::LeadOrganisation:
        why = Findings::tr("%1 is tied to at least half of the others and the network is centralised around it.")
                  .arg(nameOf(network, e.mostCentral));
        break;
    case GovernanceMode::Shared:
        why = Findings::tr("The network is dense and no actor dominates it.");
        break;
    case GovernanceMode::Unclear:
        why =
            Findings::tr("No rule fits: there is no separate coordinating body, no dominant actor, and the network is "
                         "not dense.");
        break;
    }
    return why + QLatin1Char(' ') + figures + QLatin1Char(' ') +
           Findings::tr("This is a heuristic after Provan & Kenis (2008), not a judgement.");
}

} // namespace speelveld::gui
