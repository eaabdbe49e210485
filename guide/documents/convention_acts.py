"""The acts that follow the draft convention: the délibération that approves it and authorises
the executive to sign it, and the rapport de présentation the assembly receives with it.

The délibération is built like the mandat spécial's (deliberation.py: its séance, vote,
signatures, enforceability and appeal blocks), with the body, visas and enforceability article
of the authority's type (`vocabulary.MANDATE_TEXTS`, `CONVENTION_VISAS`). Sources: CGCT L1115-1
(a prior délibération; entry into force once sent to the préfet), L1115-5 (no State), L1115-6
(the yearly declaration); circulaire of 24 May 2018.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from ..french import euros, plural
from ..mission import Mission
from ..vocabulary import CONVENTION_VISAS, MANDATE_TEXTS
from .convention import CONVENTION_WORDS, annex_table
from .deliberation import blank_closing_blocks, closing_blocks, imputation_blocks, seance_blocks
from .languages import FRENCH_LANGUAGE
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
    LINE,
    at_place,
    authority_noun,
    dated,
    executive_agrees,
    executive_signature,
    executive_title,
    of,
    of_title,
    the,
    to,
    total,
    visiting,
)

TITLE = "Projet de délibération approuvant la convention de partenariat"
REPORT_TITLE = "Rapport de présentation de la convention de partenariat"

NOTE = (
    "Modèle à adapter avec le service des assemblées et le service juridique. La convention est "
    "annexée à la délibération ; elle n’entre en vigueur qu’après la transmission de la "
    "délibération et de la convention signée au préfet (article L1115-1 du CGCT)."
)
DELEGATION = (
    "Si l’assemblée a délégué ce pouvoir (commission permanente d’un département, article "
    "L3211-2, ou d’une région, article L4221-5 ; bureau d’une intercommunalité, article "
    "L5211-10), écrire l’organe délégataire et viser la délibération de délégation."
)


def _delegation_note(words: dict) -> list[Block]:
    """For a type whose assembly may delegate (MANDATE_TEXTS' `bodies`), what to write then;
    nothing for a commune, whose council votes it."""
    return [
        Paragraph(
            f"Si l’assemblée a délégué ce pouvoir : « {body[0]} », et viser la délibération "
            "de délégation.",
            note=True,
        )
        for body in words["bodies"].values()
    ]


CIRCULAR = (
    "Vu la circulaire du 24 mai 2018 relative à l’action extérieure des collectivités "
    "territoriales (NOR INTB1809792C) ;"
)
BLANK_VISA = (
    "Vu le code général des collectivités territoriales, notamment ses articles L1115-1 et "
    "L1115-5 et, selon la collectivité : L2121-29 (commune), L5211-1 et L2121-29 "
    "(intercommunalité), L3211-1 (département), L4221-1 (région) ;"
)
REFERENCES = (
    "Articles cités : CGCT et code de justice administrative (legifrance.gouv.fr) ; le lien de "
    "chacun : page « Textes et sources » du guide ; la démarche : page « Après la mission »."
)
TRANSMISSION = (
    "La présente délibération et la convention signée sont transmises au représentant de "
    "l’État ; la convention n’entre en vigueur qu’après cette transmission (article L1115-1 du "
    "code général des collectivités territoriales)."
)
CONSIDERING_LAW = (
    "Considérant que la convention précise l’objet des actions envisagées et le montant "
    "prévisionnel des engagements financiers, conformément à l’article L1115-1 du même code ;"
)
AUTHORISED = (
    "{executive} est autorisé{e} à signer cette convention, ses avenants qui n’en modifient pas "
    "l’économie générale, et tout document nécessaire à son exécution."
)


def _years(convention) -> str:
    """« 12 000 € en 2028, 5 000 € en 2029 »: the authority's own amounts, by year."""
    by_year: dict[str, Decimal] = defaultdict(Decimal)
    for action in convention.actions:
        if action.pris_en_charge_par == "collectivite":
            by_year[action.annee] += action.montant
    return ", ".join(f"{euros(t)} en {y}" for y, t in sorted(by_year.items()))


def _object(mission: Mission) -> str:
    convention = mission.convention
    if convention is None:
        return LINE
    return str(convention.objet).rstrip(" .")


def build_approval(mission: Mission | None) -> Document:
    """The draft délibération approving the convention (blank with None)."""
    m = mission
    if m is None:
        return _blank_approval()
    words = MANDATE_TEXTS[m.collectivite.type]
    executive = executive_title(m, capital=True)
    c = m.convention
    duration = str(c.duree) if c else LINE
    own = [a for a in c.actions if a.pris_en_charge_par == "collectivite"] if c else []
    blocks: list[Block] = [
        Paragraph(
            NOTE + f" Exécutoire dans les conditions de l’{words['executoire']} du CGCT.", note=True
        ),
        Paragraph("Extrait du registre des délibérations"),
        *seance_blocks(m, dated=False),
        Paragraph(
            f"Objet : approbation de la convention de partenariat avec {the(m.partenaire.nom)} "
            f"({m.partenaire.pays}) et autorisation de signature."
        ),
        Paragraph(f"{words['organe']},"),
        *_delegation_note(words),
        Paragraph(CONVENTION_VISAS[m.collectivite.type]),
        Paragraph(CIRCULAR),
        Paragraph(f"Vu le compte rendu de la mission exploratoire {dated(m)} ;"),
        Paragraph(f"Vu le rapport de présentation {of_title(executive)} ;"),
        Paragraph(
            f"Considérant que la mission exploratoire conduite {at_place(m)}, {m.period}, a "
            f"permis {to(m.collectivite.nom)} et {to(m.partenaire.nom)} de définir les "
            "bases de leur coopération ;"
        ),
        Paragraph(
            f"Considérant que {the(m.partenaire.nom)} est une autorité locale étrangère, qui a "
            "selon son droit national la capacité de s’engager, et non un État (article L1115-5 "
            "du code général des collectivités territoriales) ;"
        ),
        Paragraph(CONSIDERING_LAW),
        Paragraph("Après en avoir délibéré, décide :"),
        Heading("Article 1", 2, "article-1"),
        Paragraph(
            f"La convention de partenariat entre {the(m.collectivite.nom)} et "
            f"{the(m.partenaire.nom)}, annexée à la présente délibération, est approuvée. Elle a "
            f"pour objet : {_object(m)} ; elle est conclue pour {duration}."
        ),
        Heading("Article 2", 2, "article-2"),
        Paragraph(AUTHORISED.format(executive=executive, e=executive_agrees(m, ""))),
        Heading("Article 3", 2, "article-3"),
        Paragraph(
            f"Les engagements financiers prévisionnels {of(m.collectivite.nom)} s’élèvent à "
            f"{euros(total(own))} ({_years(c)}), inscrits sous réserve du vote des budgets "
            "correspondants."
            if own
            else "Les engagements financiers prévisionnels de la collectivité s’élèvent à "
            f"{LINE} €, inscrits sous réserve du vote des budgets correspondants."
        ),
        *imputation_blocks(4),
        Heading("Article 5", 2, "article-5"),
        Paragraph(TRANSMISSION),
        Heading("Article 6", 2, "article-6"),
        Paragraph(
            f"{executive} est {executive_agrees(m, 'chargé')} de l’exécution de la présente "
            "délibération."
        ),
        *closing_blocks(m, words["executoire"], words["signataires"], REFERENCES),
    ]
    assembly = authority_noun(m, "assemblee")
    subtitle = f"{m.collectivite.nom} : {assembly}, convention avec {the(m.partenaire.nom)}"
    return Document(TITLE, subtitle, blocks, header=m.collectivite.nom)


def _blank_approval() -> Document:
    blocks: list[Block] = [
        Paragraph(NOTE, note=True),
        Paragraph("Extrait du registre des délibérations"),
        *seance_blocks(None),
        Paragraph(
            Sentence(
                (
                    "Objet : approbation de la convention de partenariat avec ",
                    Blank("partenaire.nom"),
                    " et autorisation de signature.",
                ),
                lines=("Objet : approbation de la convention de partenariat avec",),
            )
        ),
        Paragraph("L’assemblée délibérante de la collectivité,"),
        Paragraph(DELEGATION, note=True),
        Paragraph(BLANK_VISA),
        Paragraph(CIRCULAR),
        Paragraph("Vu le compte rendu de la mission exploratoire ;"),
        Paragraph("Vu le rapport de présentation de l’exécutif ;"),
        Paragraph(
            "Considérant que le partenaire est une autorité locale étrangère, qui a selon son "
            "droit national la capacité de s’engager, et non un État (article L1115-5 du code "
            "général des collectivités territoriales) ;"
        ),
        Paragraph(CONSIDERING_LAW),
        Paragraph("Après en avoir délibéré, décide :"),
        Heading("Article 1", 2, "article-1"),
        Paragraph("La convention de partenariat annexée à la présente délibération est approuvée."),
        Items(None, "convention.objet", intro="Son objet et sa durée :", blank_lines=2),
        Heading("Article 2", 2, "article-2"),
        Paragraph(AUTHORISED.format(executive="L’exécutif de la collectivité", e="")),
        Heading("Article 3", 2, "article-3"),
        Paragraph(
            Sentence(
                (
                    "Les engagements financiers prévisionnels de la collectivité s’élèvent à ",
                    Blank(),
                    ", inscrits sous réserve du vote des budgets correspondants.",
                ),
                lines=("Les engagements financiers prévisionnels de la collectivité s’élèvent à",),
            )
        ),
        *imputation_blocks(4),
        Heading("Article 5", 2, "article-5"),
        Paragraph(TRANSMISSION),
        *blank_closing_blocks(6, REFERENCES),
    ]
    subtitle = Sentence(("Collectivité : ", Blank("collectivite.nom")), lines=("Collectivité :",))
    return Document(TITLE, subtitle, blocks, blank=True)


# --- The rapport de présentation ---------------------------------------------------------------


def build_presentation(mission: Mission | None) -> Document:
    """The executive's report to the assembly on the convention (blank with None)."""
    m = mission
    c = m.convention if m else None
    assembly = authority_noun(m, "assemblee", "au") if m else "à l’assemblée"
    executive = executive_title(m)
    blocks: list[Block] = [
        Paragraph(
            "Le rapport que l’exécutif adresse aux élus avec le projet de délibération et le "
            "projet de convention (dans les délais de convocation de l’assemblée).",
            note=True,
        ),
        Heading("1. Contexte : la mission exploratoire", 2, "contexte"),
    ]
    if m:
        elus = sum(1 for p in m.delegation if p.qualite == "elu")
        among = f", dont {plural(elus, 'élu')}," if elus else ""
        blocks += [
            Paragraph(
                f"Une délégation de {plural(len(m.delegation), 'personne')}{among} s’est rendue "
                f"{visiting(m)}, {m.period}. La mission avait "
                "pour objectifs :"
            ),
            Items(list(m.objectifs), "objectifs"),
        ]
    else:
        blocks.append(
            Items(
                None, "objectifs", intro="La mission, ses dates et ses objectifs :", blank_lines=3
            )
        )
    blocks += [
        Heading("2. Objet et durée de la convention", 2, "objet"),
        Paragraph(f"{c.objet} Durée : {c.duree}.")
        if c
        else Items(None, "convention.objet", blank_lines=2),
        Heading("3. Actions et budget prévisionnel", 2, "budget"),
        annex_table(c, CONVENTION_WORDS["fr"], FRENCH_LANGUAGE),
        Heading("4. Engagements et suivi", 2, "engagements"),
    ]
    if c and c.engagements:
        blocks += [
            Items(
                list(c.engagements.collectivite),
                "convention.engagements.collectivite",
                intro="La collectivité s’engage à :",
            ),
            Items(
                list(c.engagements.partenaire),
                "convention.engagements.partenaire",
                intro="Le partenaire s’engage à :",
            ),
        ]
    else:
        blocks.append(
            Items(
                None,
                "convention.engagements",
                intro="Engagements de chaque partie :",
                blank_lines=3,
            )
        )
    if c and c.comite_de_pilotage:
        blocks.append(
            Paragraph(
                "Un comité de pilotage (" + ", ".join(c.comite_de_pilotage.membres) + ") se "
                f"réunit {c.comite_de_pilotage.frequence}."
            )
        )
    blocks += [
        Heading("5. Cadre juridique", 2, "cadre"),
        Items(
            [
                "La collectivité peut signer des conventions avec des autorités locales "
                "étrangères ; la convention précise l’objet des actions et le montant "
                "prévisionnel des engagements financiers, et n’entre en vigueur qu’après sa "
                "transmission au préfet (article L1115-1 du CGCT).",
                "Aucune convention ne peut être passée avec un État étranger (article L1115-5).",
                "Une subvention de plus de 23 000 € à un organisme étranger demande une "
                "convention.",
                "L’aide publique au développement de la collectivité se déclare chaque année, "
                "du 15 avril au 31 mai, pour l’année précédente (article L1115-6 ; "
                "déclaration e-APD sur Démarches simplifiées).",
            ],
            "",
        ),
        Heading("6. Proposition", 2, "proposition"),
        Paragraph(
            f"Il est proposé {assembly} d’approuver la convention de partenariat avec "
            f"{the(m.partenaire.nom) if m else 'le partenaire'} et d’autoriser {executive} à la "
            "signer."
        ),
        Signatures(
            [Signature(*_signer(m))],
            lines=("Fait à, le :",),
            sign="Signature :",
        ),
    ]
    if m:
        subtitle: object = f"{m.collectivite.nom} et {m.partenaire.nom}"
    else:
        subtitle = Sentence(("Avec ", Blank("partenaire.nom")), lines=("Avec",))
    return Document(
        REPORT_TITLE, subtitle, blocks, blank=m is None, header=m.collectivite.nom if m else ""
    )


def _signer(mission: Mission | None) -> tuple[str, str | None, str]:
    title, name = executive_signature(mission)
    return title, name, "collectivite.executif.nom" if name else ""
