"""The états de frais: after the mission, one for each élu and each agent of the delegation, one
per page: the daily allowances day by day with their reductions, transport and the other costs
with their receipts, the advance received, what remains due; blank, or prefilled with the
person, the mission and its days.

Sources: arrêté of 3 July 2006 (the per-country daily allowances, reduced by 65 % when lodging
is provided free and by 17.5 % per meal provided free; an advance of 75 % at most); the élus'
articles of each type (guide/vocabulary.py `MANDATE_TEXTS`' `frais`); décret 2001-654, which applies
décret 2006-781 to territorial agents.
"""

from __future__ import annotations

from datetime import timedelta

from ..french import french_date
from ..mission import Mission
from ..vocabulary import MANDATE_TEXTS
from .model import (
    Block,
    Column,
    Document,
    Field,
    FieldGroup,
    Fields,
    Heading,
    PageBreak,
    Paragraph,
    Signature,
    Signatures,
    Table,
)
from .parts import executive_signature, kind_label, lowered, members, of, place

TITLE = "États de frais"
NOTE = (
    "Indemnités au taux du pays (arrêté du 3 juillet 2006), réduites de 65 % si l’hébergement "
    "est fourni, de 17,5 % par repas fourni ; frais sur justificatifs ; avance (75 % au plus) "
    "déduite."
)
BASIS = {
    # The élus' articles are the authority's type's (guide/vocabulary.py MANDATE_TEXTS).
    "elu": "Mandat spécial confié par la délibération du {seance} ({articles}).",
    "agent": "Ordre de mission (décret n° 2001-654 du 19 juillet 2001, qui applique le décret "
    "n° 2006-781 du 3 juillet 2006).",
}
BASIS_BLANK = (
    "Élu : délibération confiant le mandat spécial, du …… ; agent : ordre de mission du ……"
)
DAYS_COLUMNS = [
    Column("Jour", "jour", 22),
    Column("Taux du pays", "taux", 16),
    Column("Hébergement fourni (− 65 %)", "hebergement", 20),
    Column("Repas fournis (− 17,5 % chacun)", "repas", 22),
    Column("Montant dû", "montant", 20),
]
COSTS_COLUMNS = [
    Column("Frais", "frais", 40),
    Column("Justificatif joint", "justificatif", 35),
    Column("Montant", "montant", 25),
]
# The costs on receipts, then the statement's sums: one table, to keep each état on one page.
COSTS = [
    "Transport (billets, taxis)",
    "Visa, vaccins et traitements, assurance",
    "Autres frais",
    "Total des indemnités journalières",
    "Avance reçue (à déduire)",
    "Reste dû (ou à reverser)",
]
BLANK_DAYS = 5


def _days(mission: Mission) -> list[str]:
    """Each day of the mission, the departure and return days included."""
    start, end = mission.mission.debut, mission.mission.fin
    return [french_date(start + timedelta(days=n)) for n in range((end - start).days + 1)]


def _statement(mission: Mission | None, person) -> list[Block]:
    m = mission
    if m is not None and person is not None:
        seance = french_date(m.mission.seance_conseil) if m.mission.seance_conseil else "……"
        articles = MANDATE_TEXTS[m.collectivite.type]["frais"]
        basis = BASIS[person.qualite].format(seance=seance, articles=articles)
        quality = kind_label(person)
    else:
        basis, quality = BASIS_BLANK, None
    fields = [
        Field("Nom et prénom", person.nom if person else None, "delegation.nom"),
        Field("Fonction", person.fonction if person else None, "delegation.fonction"),
        Field("Qualité", quality, "delegation.qualite"),
        Field("Fondement", basis, ""),
        Field("Destination", m and place(m), "mission.lieu"),
        Field("Départ et retour réels", None, ""),
        Field("Taux journalier du pays", None, ""),
    ]
    rows = [[day, "", "", "", ""] for day in _days(m)] if m else []
    signatory, name = executive_signature(m)
    title = f"État de frais : {person.nom}" if person else "État de frais"
    return [
        Heading(title, 2),
        Fields([FieldGroup("La personne et sa mission", fields)]),
        Heading("Indemnités journalières (taux du pays, réductions)", 3),
        Table(DAYS_COLUMNS, rows, "", blank_rows=0 if m else BLANK_DAYS),
        Heading("Transport, autres frais et récapitulatif", 3),
        Table(COSTS_COLUMNS, [[cost, "", ""] for cost in COSTS], ""),
        # The person certifies the statement, the executive (the ordonnateur) orders payment.
        Signatures(
            [
                Signature(
                    "Certifié exact : la personne en mission", person.nom if person else None, ""
                ),
                Signature(
                    f"Vu, bon à payer : {lowered(signatory)}",
                    name,
                    "collectivite.executif.nom" if name else "",
                ),
            ],
            lines=(),
            sign="Date et signature :",
        ),
    ]


def build_expenses(mission: Mission | None) -> Document:
    """The états de frais of the delegation's élus and agents (blank: one to fill)."""
    m = mission
    blocks: list[Block] = [Paragraph(NOTE, note=True)]
    people = [None] if m is None else members(m, "elu") + members(m, "agent")
    if not people:
        blocks.append(Paragraph("La délégation ne compte ni élu ni agent : aucun état de frais."))
    for index, person in enumerate(people):
        if index:
            blocks.append(PageBreak())
        blocks += _statement(m, person)
    subtitle = (
        f"{m.collectivite.nom} : mission auprès {of(m.partenaire.nom)}, {m.period}"
        if m
        else "Un état de frais par élu et par agent de la délégation"
    )
    return Document(
        TITLE, subtitle, blocks, blank=m is None, header=m.collectivite.nom if m else ""
    )
