"""The ordres de mission: one for each agent of the delegation, one per page, signed by the
autorité territoriale (no vote); then what the members who are neither élus nor agents need.

Source: CNFPT Wikiterritorial, « L’ordre de mission d’un agent territorial en déplacement »
(agent, purpose, destination, dates, means of transport, signature); décret n° 2001-654,
article 5. No official model exists for the other members: the document says so.
"""

from __future__ import annotations

from ..mission import Mission
from .model import (
    Block,
    Document,
    Field,
    FieldGroup,
    Fields,
    Heading,
    Items,
    PageBreak,
    Paragraph,
    Signature,
    Signatures,
)
from .parts import executive_signature, members, of, place

TITLE = "Ordres de mission"
NOTE = (
    "Un ordre de mission par agent, signé avant le départ par l’autorité territoriale ou son "
    "délégataire (décret n° 2001-654 du 19 juillet 2001, article 5) ; il ne demande pas de "
    "délibération. Les frais de l’agent sont remboursés selon ce décret, qui applique aux agents "
    "territoriaux le décret n° 2006-781 du 3 juillet 2006 et les taux de l’arrêté du même jour, "
    "et selon les délibérations de la collectivité. Sources : legifrance.gouv.fr ; le lien de "
    "chaque texte : page « Textes et sources » du guide."
)
ADVANCE = (
    "Une avance peut être versée, dans la limite de 75 % des indemnités prévisibles (arrêté du "
    "3 juillet 2006) ; elle est régularisée au retour sur l’état de frais."
)
NO_AGENT = "La délégation ne compte aucun agent de la collectivité : aucun ordre de mission."
OTHERS_HEADING = "Membres qui ne sont ni élus ni agents"
OTHERS_TEXT = (
    "Ils ne reçoivent ni mandat spécial ni ordre de mission de la collectivité. Leur employeur "
    "ou leur association leur donne sa propre autorisation d’absence ou de déplacement. Si la "
    "collectivité paie une partie de leurs frais, une décision écrite (délibération ou "
    "convention avec l’association) le prévoit avant le départ : elle nomme la personne, la "
    "mission et les frais pris en charge."
)
OTHERS_NOTE = (
    "Aucun modèle officiel n’existe pour ces membres : ce paragraphe est un conseil de ce "
    "guide, à vérifier avec le service juridique de la collectivité."
)


def _order(mission: Mission | None, person) -> list[Block]:
    m = mission

    def value(text):
        return text if m is not None else None

    fields = [
        Field("Nom et prénom", person.nom if person else None, "delegation.nom"),
        Field("Fonction", person.fonction if person else None, "delegation.fonction"),
        Field(
            "Objet",
            value(m and f"mission exploratoire auprès {of(m.partenaire.nom)}"),
            "partenaire.nom",
        ),
        Field("Destination", value(m and place(m)), "mission.lieu"),
        Field("Dates", value(m and m.period), "mission.debut mission.fin", hint="du … au …"),
        Field("Départ (date, heure, lieu)", None, ""),
        Field("Retour (date, heure, lieu)", None, ""),
        Field("Résidence administrative", None, ""),
        Field("Moyens de transport", None, ""),
        Field("Indemnité journalière : taux du pays (arrêté du 3 juillet 2006)", None, ""),
        Field("Avance demandée (75 % au plus)", None, ""),
        Field("Assurance et assistance (contrat, numéro d’urgence)", None, ""),
        Field("Frais pris en charge", None, ""),
    ]
    title = f"Ordre de mission : {person.nom}" if person else "Ordre de mission"
    signatory, name = executive_signature(m)
    # The executive gives the order, not « the Commune » (CNFPT; décret 2001-654, article 5).
    giver = f"{signatory}, {name}," if name else signatory
    # « Le maire de la Commune de Val-Fleuri »; the other types' titles name their authority.
    of_authority = (
        f" {of(m.collectivite.nom)}"
        if m and m.collectivite.executif is None and m.collectivite.type == "commune"
        else ""
    )
    agent = "l’agente" if person and getattr(person, "civilite", None) == "madame" else "l’agent"
    return [
        Heading(title, 2),
        Paragraph(
            f"{giver}{of_authority} donne ordre à {agent} ci-dessous de se rendre en mission :"
            if m
            else "L’autorité territoriale donne ordre à l’agent ci-dessous de se rendre en "
            "mission :"
        ),
        Fields([FieldGroup(f"{agent[:1].upper()}{agent[1:]} et sa mission", fields)]),
        Paragraph(ADVANCE, note=True),
        Signatures(
            [Signature(signatory, name, "collectivite.executif.nom" if name else "")],
            lines=("Fait à, le :",),
            sign="Signature et cachet :",
        ),
    ]


def build_mission_orders(mission: Mission | None) -> Document:
    m = mission
    blocks: list[Block] = [Paragraph(NOTE, note=True)]
    if m is None:
        blocks += _order(None, None)
        others: list = []
        agents: list = [None]
    else:
        agents = members(m, "agent")
        if not agents:
            blocks.append(Paragraph(NO_AGENT))
        for index, person in enumerate(agents):
            if index:
                blocks.append(PageBreak())
            blocks += _order(m, person)
        others = members(m, "autre")
    if m is None or others:
        blocks += [PageBreak()] if agents else []
        blocks += [
            Heading(OTHERS_HEADING, 2, "autres-membres"),
            Paragraph(OTHERS_TEXT),
        ]
        if others:
            blocks.append(
                Items(
                    [f"{p.nom}, {p.fonction}" for p in others],
                    "delegation",
                    intro="Dans cette délégation :",
                )
            )
        blocks.append(Paragraph(OTHERS_NOTE, note=True))
    subtitle = (
        f"{m.collectivite.nom} : mission auprès {of(m.partenaire.nom)}, {m.period}"
        if m
        else ("Un ordre de mission par agent de la délégation")
    )
    return Document(
        TITLE, subtitle, blocks, blank=m is None, header=m.collectivite.nom if m else ""
    )
