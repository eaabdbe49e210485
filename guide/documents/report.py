"""The compte rendu de mission: prefilled with what mission.yml knows (the mission, its
objectives, the programme as planned with its participants, the delegation, the budget as
planned), with the sections to complete after the return: people met, what each side said,
decisions, next steps (who, what, by when), expenses spent. With the delegation's meeting
notes (guide/notes.py, `notes`: the activites of a notes file), the people met, what each side
said, the decisions and the next steps come from them, activity by activity; without, those
lists carry the key `notes.<text>` (data-liste) where the compte rendu's page shows the notes
of the device (notes-report.js).

Source: ARRICOD, practical sheet on the mission report (exchanges, meetings, lines of
collaboration, decisions), shared with élus, colleagues and the partner.
"""

from __future__ import annotations

from ..french import euros, french_date, slot_text
from ..mission import Mission
from ..notes import report_slot_values
from ..planning import FOLLOW_UP_PART, follow_ups
from .model import (
    Block,
    Column,
    Document,
    Field,
    FieldGroup,
    Fields,
    Heading,
    Items,
    Paragraph,
    Signature,
    Signatures,
    Table,
)
from .parts import budget_rows, kind_label, payer_text, place, total_text
from .terms import day_title

TITLE = "Compte rendu de mission"

PROGRAMME_COLUMNS = [
    Column("Date et horaire", "date debut fin", 21),
    Column("Activité prévue", "intitule", 25),
    Column("Participants prévus", "participants", 24),
    Column("Ce qui a eu lieu", "", 30),
]
DELEGATION_COLUMNS = [
    Column("Nom", "nom", 25),
    Column("Fonction", "fonction", 55),
    Column("Qualité", "qualite", 20),
]
MET_COLUMNS = [
    Column("Nom", "", 25),
    Column("Fonction et institution", "", 40),
    Column("Coordonnées", "", 35),
]
NEXT_COLUMNS = [
    Column("Qui", "qui", 25),
    Column("Quoi", "quoi", 50),
    Column("Pour quand", "pour_quand", 25),
]
BUDGET_COLUMNS = [
    Column("Poste", "poste", 40),
    Column("Pris en charge par", "pris_en_charge_par", 24),
    Column("Prévu", "montant", 18),
    Column("Dépensé", "", 18),
]
BLANK_ROWS = 5
# Baseline and evaluation (domain facts: practitioners expect them; MEAE 2025 calls ask for
# technical and financial reports).
BASELINE = (
    "Avant la mission : ce qui existait déjà entre les deux collectivités (contacts, projets, "
    "chiffres du domaine visé : accès à l’eau, écoles…), pour mesurer ensuite ce qui a changé."
)
EVALUATION = (
    "Pour chaque objectif : atteint, en partie ou non, et l’indicateur qui le montre ; à "
    "reprendre dans les rapports techniques et financiers que demandent les cofinanceurs."
)
EVALUATION_COLUMNS = [
    Column("Objectif", "objectifs", 50),
    Column("Atteint ? (oui, en partie, non)", "", 20),
    Column("Indicateur, constat", "", 30),
]


def _suites(mission: Mission | None) -> list:
    """The follow-up of mission.yml's `suites`, dated, in date order."""
    return [f for f in follow_ups(mission) if f.part == FOLLOW_UP_PART] if mission else []


def _noted(values: dict, name: str, blank_lines: int, intro: str = "") -> Items:
    """The list of one text of the notes (`notes.<name>`), or its lines to fill."""
    found = values.get(name)
    if found:
        return Items(found, f"notes.{name}", intro=intro)
    return Items(None, f"notes.{name}", intro=intro, blank_lines=blank_lines)


def build_report(mission: Mission | None, notes: dict | None = None) -> Document:
    m = mission
    noted = report_slot_values(notes, m)
    context = Fields(
        [
            FieldGroup(
                "La mission",
                [
                    Field("Collectivité", m.collectivite.nom if m else None, "collectivite.nom"),
                    Field("Partenaire", m.partenaire.nom if m else None, "partenaire.nom"),
                    Field("Lieu", place(m) if m else None, "mission.lieu"),
                    Field(
                        "Dates", m.period if m else None, "mission.debut mission.fin", "du … au …"
                    ),
                    Field("Rédigé par", None, ""),
                    Field("Date du compte rendu", None, ""),
                ],
            )
        ]
    )
    entries = sorted(m.programme, key=lambda e: (e.date, e.debut, e.fin)) if m else []
    programme = [
        [
            f"{day_title(e.date)}, {slot_text(e.debut, e.fin)}",
            e.intitule,
            ", ".join(e.participants or []),
            "",
        ]
        for e in entries
    ]
    budget = budget_rows(m)
    blocks: list[Block] = [
        Paragraph(
            "À partager avec les élus, les services et le partenaire dans les semaines qui "
            "suivent le retour, puis à présenter à l’assemblée.",
            note=True,
        ),
        Heading("1. La mission", 2, "mission"),
        context,
        Heading("2. Objectifs", 2, "objectifs"),
        Items(list(m.objectifs) if m else None, "objectifs", blank_lines=3),
        Heading("3. La situation de départ", 2, "situation-de-depart"),
        Paragraph(BASELINE, note=True),
        Items(None, "", blank_lines=4),
        Heading("4. La délégation", 2, "delegation"),
        Table(
            DELEGATION_COLUMNS,
            [[p.nom, p.fonction, kind_label(p)] for p in (m.delegation if m else [])],
            "delegation",
            blank_rows=0 if m else 4,
        ),
        Heading("5. Le programme : prévu et réalisé", 2, "programme"),
        Table(PROGRAMME_COLUMNS, programme, "programme", blank_rows=0 if m else 8),
        Heading("6. Personnes rencontrées", 2, "personnes-rencontrees"),
        _noted(noted, "presents", 0),
        Table(MET_COLUMNS, [], "", blank_rows=BLANK_ROWS),
        Heading("7. Ce que chaque partie a dit", 2, "echanges"),
        _noted(
            noted,
            "francais",
            4,
            intro=f"{m.collectivite.nom} :" if m else "La collectivité française :",
        ),
        _noted(
            noted,
            "partenaire",
            4,
            intro=f"{m.partenaire.nom} :" if m else "La collectivité partenaire :",
        ),
        Heading("8. Décisions", 2, "decisions"),
        _noted(noted, "decisions", 4),
        Heading("9. Suites à donner", 2, "suites"),
        # What mission.yml's `suites` already say (the échéancier shows them too), then the
        # next steps of the notes.
        Table(
            NEXT_COLUMNS,
            [[f.owner, f.what, french_date(f.date)] for f in _suites(m)] + noted.get("suites", []),
            "suites",
            blank_rows=0 if _suites(m) or noted.get("suites") else BLANK_ROWS,
        ),
        Heading("10. Évaluation", 2, "evaluation"),
        Paragraph(EVALUATION, note=True),
        Table(
            EVALUATION_COLUMNS,
            [[str(o), "", ""] for o in (m.objectifs if m else [])],
            "objectifs",
            blank_rows=0 if m else 3,
        ),
        Heading("11. Dépenses prévues et réalisées", 2, "depenses"),
        Table(
            BUDGET_COLUMNS,
            [[b.poste, payer_text(b), euros(b.montant), ""] for b in budget]
            + ([["Total", "", total_text(budget), ""]] if budget else []),
            "budget",
            blank_rows=0 if budget else BLANK_ROWS,
        ),
        Signatures(
            [Signature("Rédigé par", None, "")],
            lines=("Fonction :", "Le :"),  # the name on the line under « Rédigé par »
            sign="Signature :",
        ),
    ]
    subtitle = (
        f"{m.collectivite.nom} et {m.partenaire.nom}, {m.period}"
        if m
        else ("Mission exploratoire : à remplir au retour")
    )
    return Document(
        TITLE, subtitle, blocks, blank=m is None, header=m.collectivite.nom if m else ""
    )
