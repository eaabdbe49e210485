"""The delegation's register of gifts and invitations (CGCT L1111-1-2): a table to fill in
during and after the mission.

Source: law n° 2025-1249 of 22 December 2025 on the status of the local élu, which created
article L1111-1-2 (Légifrance JORFARTI000053142407); CDG 22's summary. That gifts received in
an official capacity belong to the authority is this guide's advice (no text found).
"""

from __future__ import annotations

from ..mission import Mission
from .model import Block, Column, Document, Items, Paragraph, Table
from .parts import members, of

TITLE = "Registre des cadeaux et invitations"

RULE = (
    "Article L1111-1-2 du code général des collectivités territoriales (loi n° 2025-1249 du "
    "22 décembre 2025) : les élus déclarent les dons, avantages et invitations d’une valeur "
    "supérieure à 150 € reçus du fait de leur mandat ; la collectivité les inscrit dans un "
    "registre qu’elle tient. En sont exclus les cadeaux d’usage et les déplacements effectués "
    "à l’invitation d’autorités publiques françaises ou dans le cadre d’un autre mandat "
    "électif : l’hospitalité d’un partenaire étranger au-delà de 150 € est donc à "
    "déclarer. Source : legifrance.gouv.fr, JORFARTI000053142407. "
    "Vérifiez le texte en vigueur et demandez conseil au référent déontologue des élus "
    "(article L1111-1-1)."
)
ADVICE = (
    "Conseil de ce guide : un cadeau reçu par la délégation au nom de la collectivité lui "
    "appartient ; notez-le ici même sous 150 €, avec ce qu’il est devenu."
)
COLUMNS = [
    Column("Date", "", 11),
    Column("Élu ou membre qui reçoit", "", 19),
    Column("Donné par (personne, institution)", "", 20),
    Column("Nature : cadeau, avantage, invitation", "", 20),
    Column("Valeur estimée", "", 12),
    Column("Ce qu’il devient", "", 18),
]
ROWS = 10


def build_gifts(mission: Mission | None) -> Document:
    m = mission
    blocks: list[Block] = [Paragraph(RULE, note=True), Paragraph(ADVICE, note=True)]
    elus = members(m, "elu")
    if elus:
        blocks.append(
            Items(
                [f"{p.nom}, {p.fonction}" for p in elus],
                "delegation",
                intro="Élus de la délégation :",
            )
        )
    blocks.append(Table(COLUMNS, [], "", blank_rows=ROWS))
    subtitle = (
        f"{m.collectivite.nom} : mission auprès {of(m.partenaire.nom)}, {m.period}"
        if m
        else ("Mission exploratoire : à remplir pendant et après la mission")
    )
    return Document(
        TITLE, subtitle, blocks, blank=m is None, header=m.collectivite.nom if m else ""
    )
