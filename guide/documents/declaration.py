"""The « fiche de déclaration e-APD »: what the yearly declaration of the authority's official
development aid asks that mission.yml and its `convention` know, prefilled, with lines for the
rest (CGCT L1115-6; from 15 April to 31 May, for the previous calendar year, on Démarches
simplifiées since 2025: MEAE, « e-APD 2025 »). An aide-mémoire: the online form decides.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from ..french import euros, french_date
from ..mission import Mission, choice_label
from ..planning import declaration_window
from .model import (
    Blank,
    Block,
    Column,
    Document,
    Field,
    FieldGroup,
    Fields,
    Heading,
    Items,
    Paragraph,
    Sentence,
    Table,
)
from .parts import budget_rows, members, payer_text, total

TITLE = "Fiche de déclaration e-APD"
NOTE = (
    "Aide-mémoire pour la déclaration annuelle de l’aide publique au développement (article "
    "L1115-6 du code général des collectivités territoriales) : elle se dépose du 15 avril au "
    "31 mai, pour l’année civile précédente, sur Démarches simplifiées, et conditionne les "
    "cofinancements du ministère de l’Europe et des Affaires étrangères. Le formulaire en ligne "
    "fait foi : vérifiez ses rubriques chaque année."
)
COLUMNS = [
    Column("Dépense", "poste", 46),
    Column("Payée par", "pris_en_charge_par", 30),
    Column("Montant prévu", "montant", 24),
]
TO_FILL = [
    "Montants réellement versés dans l’année (d’après le compte administratif) :",
    "Secteur de l’aide (à choisir dans la liste du formulaire) :",
    "Personne qui dépose la déclaration :",
]


def _field(label: str, value, path: str) -> Field:
    return Field(label, str(value) if value else None, path)


def _planned(mission: Mission) -> list[str]:
    """The convention's amounts by year and by payer: the years to come's declarations."""
    convention = mission.convention
    if convention is None:
        return []
    by_year: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for action in convention.actions:
        by_year[action.annee][action.pris_en_charge_par] += action.montant
    lines = []
    for year, payers in sorted(by_year.items()):
        parts = [
            f"{euros(amount)} ({choice_label('budget.pris_en_charge_par', payer).lower()})"
            for payer, amount in payers.items()
        ]
        lines.append(f"{year} : " + ", ".join(parts))
    return lines


def build_declaration(mission: Mission | None) -> Document:
    """The fiche, prefilled from mission.yml (blank with None)."""
    m = mission
    if m is None:
        blocks: list[Block] = [
            Paragraph(NOTE, note=True),
            Fields(
                [
                    FieldGroup(
                        "La collectivité",
                        [
                            Field("Nom", None, "collectivite.nom"),
                            Field("Type", None, "collectivite.type"),
                            Field("Contact", None, "delegation"),
                        ],
                    ),
                    FieldGroup(
                        "Le partenaire",
                        [
                            Field("Nom", None, "partenaire.nom"),
                            Field("Pays", None, "partenaire.pays"),
                        ],
                    ),
                    FieldGroup(
                        "L’action",
                        [
                            Field("Nature", None, ""),
                            Field("Dates", None, "mission.debut mission.fin", hint="du … au …"),
                        ],
                    ),
                ]
            ),
            Heading("Dépenses de l’année", 2, "depenses"),
            Table(COLUMNS, [], "budget", blank_rows=5),
            Heading("À compléter", 2, "a-completer"),
            *(Paragraph(Sentence((line + " ", Blank()), lines=(line,))) for line in TO_FILL),
        ]
        subtitle = Sentence(
            ("Aide publique au développement de l’année ", Blank()),
            lines=("Aide publique au développement de l’année",),
        )
        return Document(TITLE, subtitle, blocks, blank=True)
    opens, closes = declaration_window(m)
    year = opens.year - 1
    agents = members(m, "agent")
    contact = f"{agents[0].nom}, {agents[0].fonction}" if agents else None
    paid = budget_rows(m)
    rows = [[str(b.poste), payer_text(b), euros(b.montant)] for b in paid]
    own = budget_rows(m, "collectivite")
    if own:
        rows.append(["Total à la charge de la collectivité", "", euros(total(own))])
    subsidies = [b for b in own if b.subvention]
    c = m.convention
    blocks = [
        Paragraph(NOTE, note=True),
        Paragraph(
            f"À déposer du {french_date(opens)} au {french_date(closes)}, pour l’année {year}."
        ),
        Fields(
            [
                FieldGroup(
                    "La collectivité",
                    [
                        _field("Nom", m.collectivite.nom, "collectivite.nom"),
                        _field(
                            "Type",
                            choice_label("collectivite.type", m.collectivite.type),
                            "collectivite.type",
                        ),
                        _field(
                            "Département", m.collectivite.departement, "collectivite.departement"
                        ),
                        _field("Région", m.collectivite.region, "collectivite.region"),
                        _field("Contact", contact, "delegation"),
                    ],
                ),
                FieldGroup(
                    "Le partenaire",
                    [
                        _field("Nom", m.partenaire.nom, "partenaire.nom"),
                        _field("Pays", m.partenaire.pays, "partenaire.pays"),
                        _field("Région", m.partenaire.region, "partenaire.region"),
                        _field(
                            "Statut",
                            choice_label("partenaire.statut", m.partenaire.statut)
                            if m.partenaire.statut
                            else None,
                            "partenaire.statut",
                        ),
                    ],
                ),
                FieldGroup(
                    "L’action",
                    [
                        Field(
                            "Nature",
                            "Mission exploratoire de coopération décentralisée",
                            "",
                            typed=False,
                        ),
                        _field("Dates", m.period, "mission.debut mission.fin"),
                        _field("Lieu", m.mission.lieu, "mission.lieu"),
                        _field("Convention", c.objet if c else None, "convention.objet"),
                    ],
                ),
            ]
        ),
        Heading(f"Dépenses prévues pour la mission ({year})", 2, "depenses"),
        Table(COLUMNS, rows, "budget", blank_rows=0 if rows else 4),
    ]
    if subsidies:
        blocks.append(
            Items(
                [f"{b.poste} : {euros(b.montant)}" for b in subsidies],
                "budget",
                intro="Dont subventions versées au partenaire :",
            )
        )
    planned = _planned(m)
    if planned:
        blocks.append(
            Items(
                planned,
                "convention.actions",
                intro="Prévu par la convention, à déclarer les années suivantes :",
            )
        )
    blocks += [
        Heading("À compléter", 2, "a-completer"),
        *(Paragraph(Sentence((line + " ", Blank()), lines=(line,))) for line in TO_FILL),
    ]
    subtitle = f"{m.collectivite.nom} : aide publique au développement {year}"
    return Document(TITLE, subtitle, blocks, header=m.collectivite.nom)
