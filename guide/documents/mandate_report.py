"""The rapport de présentation (note de synthèse) that goes with the draft délibération confiant
un mandat spécial to the councillors: the mission, its purpose, who goes, its cost and who pays,
why a mandat spécial. Blank with None.

Each type's convocation rule and accident cover come from guide/vocabulary.py (the words the
guide's pages say them in); the blank model names none, being the same for every type.
"""

from __future__ import annotations

from ..french import plural
from ..mission import Mission
from ..tasks import plain_text
from ..vocabulary import word
from .model import (
    Blank,
    Block,
    Document,
    Heading,
    Items,
    Paragraph,
    Sentence,
    Signature,
    Signatures,
)
from .parts import (
    and_list,
    budget_rows,
    executive_signature,
    executive_title,
    lowered,
    members,
    of,
    payer_text,
    total_text,
    visiting,
    voting_body,
)

TITLE = "Rapport de présentation du mandat spécial"
NOTE = (
    "Le rapport que l’exécutif joint au projet de délibération et que les élus reçoivent avec "
    "la convocation, dans le délai que fixent les règles de la collectivité."
)
WHY = [
    "Le mandat spécial est l’autorisation que l’assemblée donne, avant le départ, à des élus "
    "nommés pour une mission précise, exceptionnelle et temporaire, dans l’intérêt de la "
    "collectivité (Conseil d’État, 24 mars 1950, Sieur Maurice).",
    "C’est lui qui ouvre droit au remboursement des frais des élus ; il ne peut pas être "
    "accordé après coup.",
    "Les frais de séjour sont remboursés par des indemnités journalières forfaitaires au taux du "
    "pays (arrêté du 3 juillet 2006), les autres frais sur justificatifs ; les frais des agents "
    "relèvent de leur ordre de mission, non de cette délibération.",
]


def build_mandate_report(mission: Mission | None) -> Document:
    """The rapport de présentation of the délibération confiant un mandat spécial."""
    m = mission
    blocks: list[Block] = [
        Paragraph(plain_text(word(m, "convocation")) if m else NOTE, note=True),
        Heading("1. La mission", 2, "mission"),
    ]
    if m:
        blocks += [
            Paragraph(
                f"Une mission exploratoire {visiting(m)}, {m.period}. Elle a pour objectifs :"
            ),
            Items(list(m.objectifs), "objectifs"),
            Heading("2. La délégation", 2, "delegation"),
            Items(
                [f"{p.nom}, {p.fonction}" for p in members(m, "elu")] or None,
                "delegation",
                intro=f"Les élus à qui le mandat spécial est confié "
                f"({plural(len(members(m, 'elu')), 'élu')}) :",
                blank_lines=2,
            ),
        ]
        others = [p for p in m.delegation if p.qualite != "elu"]
        if others:
            blocks.append(
                Paragraph(
                    "Les accompagnent "
                    + and_list([f"{p.nom} ({p.fonction})" for p in others])
                    + " : les agents partent avec un ordre de mission ; les autres membres "
                    "relèvent de leur propre autorisation."
                )
            )
        lines = budget_rows(m)
        ours = budget_rows(m, "collectivite")
        blocks.append(Heading("3. Le coût et qui le paie", 2, "cout"))
        if lines:
            blocks += [
                Items(
                    [f"{b.poste} : {total_text([b])} ({lowered(payer_text(b))})" for b in lines],
                    "budget",
                    intro="Le budget prévu de la mission :",
                ),
                Paragraph(
                    f"La part de la collectivité s’élève à {total_text(ours)}, sur un total de "
                    f"{total_text(lines)} ; les frais des élus sont imputés au budget de "
                    "l’exercice."
                ),
            ]
        else:
            blocks.append(Items(None, "budget", intro="Le budget prévu :", blank_lines=3))
    else:
        blocks += [
            Items(
                None, "objectifs", intro="La mission, ses dates et ses objectifs :", blank_lines=3
            ),
            Heading("2. La délégation", 2, "delegation"),
            Items(None, "delegation", intro="Les élus à qui le mandat est confié :", blank_lines=3),
            Heading("3. Le coût et qui le paie", 2, "cout"),
            Items(None, "budget", intro="Le budget prévu :", blank_lines=3),
        ]
    assembly = voting_body(m, "au") if m else "à l’assemblée"
    executive = executive_title(m) if m else "l’exécutif"
    title, name = executive_signature(m)
    blocks += [
        Heading("4. Pourquoi un mandat spécial", 2, "pourquoi"),
        Items([*WHY, plain_text(word(m, "accidents"))] if m else WHY, ""),
        Heading("5. Proposition", 2, "proposition"),
        Paragraph(
            f"Il est proposé {assembly} de confier un mandat spécial aux élus nommés ci-dessus "
            f"pour cette mission, d’en prendre en charge les frais dans les conditions du projet "
            f"de délibération et d’autoriser {executive} à en signer les pièces."
        ),
        Signatures(
            [Signature(title, name, "collectivite.executif.nom" if name else "")],
            lines=("Fait à, le :",),
            sign="Signature :",
        ),
    ]
    subtitle: object = (
        f"{m.collectivite.nom} : mission auprès {of(m.partenaire.nom)}, {m.period}"
        if m
        else Sentence(("Collectivité : ", Blank("collectivite.nom")), lines=("Collectivité :",))
    )
    header = m.collectivite.nom if m else ""
    return Document(TITLE, subtitle, blocks, blank=m is None, header=header)
