"""The draft délibération that confers a mandat spécial on the élus of the delegation.

The deliberating body and the articles come from the authority's type
(`vocabulary.MANDATE_TEXTS`); the élus are the members whose qualite is `elu`; the expenses
covered are the budget's lines paid by the authority. Blank (None): the four types' bodies and
articles are named, to keep the right one. Sources: CNFPT, « Mission à l’étranger : le mandat
spécial, un document obligatoire » (2023); Sénat, written questions of 2006 and 2010.
"""

from __future__ import annotations

from ..french import euros
from ..mission import Mission
from ..vocabulary import MANDATE_TEXTS
from .model import (
    Blank,
    Block,
    Column,
    Document,
    Heading,
    Items,
    Paragraph,
    Sentence,
    Signature,
    Signatures,
    Table,
)
from .parts import authority_noun, budget_rows, member_line, members, of, place, the, total_text

TITLE = "Projet de délibération confiant un mandat spécial"

NOTE = (
    "Modèle à adapter avec le service juridique de la collectivité. La délibération doit être "
    "exécutoire (publiée et transmise au préfet) avant le départ : un mandat spécial ne peut "
    "pas être confié après la mission."
)
NOTE_TYPE = "Cette délibération devient exécutoire dans les conditions de l’{executoire} du CGCT."

# The blank model: every type's body and articles, to keep the right one.
BLANK_BODY = (
    "L’assemblée délibérante de la collectivité (pour un département ou une région : ou sa "
    "commission permanente, par délégation)"
)
BLANK_ARTICLES = (
    "article L2123-18 (communes), L5211-14 (intercommunalités), L3123-19 et R3123-20 "
    "(départements) ou L4135-19 et R4135-20 (régions) : garder ceux de la collectivité"
)

DELEGATION_NOTE = (
    "Si l’assemblée a délégué ce pouvoir à sa commission permanente, écrire : « {delegation}, » "
    "et viser la délibération qui lui donne délégation."
)

BUDGET_COLUMNS = [Column("Dépense prise en charge", "poste", 72), Column("Montant", "montant", 28)]
BLANK_BUDGET_ROWS = 4
BLANK_ELUS = 4

REIMBURSEMENT = (
    "Les frais de séjour sont remboursés, au choix de l’assemblée (rayer la mention inutile) : "
    "sur justificatifs, aux frais réels ; ou forfaitairement, dans la limite des indemnités "
    "journalières allouées aux agents de l’État en mission à l’étranger (arrêté du 3 juillet "
    "2006). Les frais de transport et les autres frais (visas, vaccins, assurance) sont "
    "remboursés sur présentation d’un état de frais et des justificatifs."
)


# Article 3, the same filled or blank: the budget line is the finance service's to write.
ARTICLE_3 = [
    Heading("Article 3", 2, "article-3"),
    Paragraph(
        Sentence(
            (
                "Les dépenses sont imputées au budget de l’exercice, chapitre ",
                Blank(),
                ", article ",
                Blank(),
                ".",
            ),
            lines=("Les dépenses sont imputées au budget de l’exercice, chapitre", "article"),
        )
    ),
]


def _visas(articles: str) -> list[str]:
    return [
        f"Vu le code général des collectivités territoriales, notamment son {articles} ;",
        "Vu l’article L1115-1 du même code, relatif à l’action extérieure des collectivités "
        "territoriales ;",
        "Vu l’arrêté du 3 juillet 2006 fixant les taux des indemnités de mission prévues à "
        "l’article 3 du décret n° 2006-781 du 3 juillet 2006 ;",
        "Vu le projet de termes de référence de la mission ;",
    ]


def build_deliberation(mission: Mission | None) -> Document:
    m = mission
    if m is None:
        return _blank()
    words = MANDATE_TEXTS[m.collectivite.type]
    assembly = authority_noun(m, "assemblee")
    executive = authority_noun(m, "executif", "Le")
    elus = members(m, "elu")
    paid = budget_rows(m, "collectivite")
    others = [b for b in budget_rows(m) if b.pris_en_charge_par != "collectivite"]
    where = place(m)
    blocks: list[Block] = [
        Paragraph(NOTE + " " + NOTE_TYPE.format(executoire=words["executoire"]), note=True),
        Paragraph(
            f"Objet : mandat spécial confié à des élus pour une mission exploratoire auprès "
            f"{of(m.partenaire.nom)} ({m.partenaire.pays}), {m.period}."
        ),
        Paragraph(Sentence(("Séance du ", Blank()), lines=("Séance du",))),
        Paragraph(f"{words['organe']},"),
        *(
            [Paragraph(DELEGATION_NOTE.format(delegation=words["delegation"]), note=True)]
            if words["delegation"]
            else []
        ),
        Items(_visas(words["frais"]), ""),
        Items(
            [
                f"Considérant que {the(m.collectivite.nom)} et {the(m.partenaire.nom)} "
                "souhaitent examiner ensemble les pistes d’une coopération décentralisée ;",
                "Considérant que la mission a pour objectifs : "
                + " ; ".join(o.rstrip(" .;") for o in m.objectifs)
                + " ;",
                "Considérant que cette mission, exceptionnelle et temporaire, est accomplie dans "
                f"l’intérêt des affaires {of(m.collectivite.nom)} et justifie que les élus "
                "qui y participent reçoivent un mandat spécial ;",
            ],
            "objectifs",
        ),
        Paragraph("Après en avoir délibéré, décide :"),
        Heading("Article 1", 2, "article-1"),
        Paragraph(
            f"Un mandat spécial est confié aux élus suivants pour une mission exploratoire à "
            f"{where}, {m.period} :"
        ),
        Items([member_line(p) for p in elus] or None, "delegation", blank_lines=BLANK_ELUS),
        Heading("Article 2", 2, "article-2"),
        Paragraph(
            "Les frais de la mission sont pris en charge par "
            f"{the(m.collectivite.nom)} dans la limite des montants suivants :"
        ),
        Table(
            BUDGET_COLUMNS,
            [[b.poste, euros(b.montant)] for b in paid]
            + ([["Total", total_text(paid)]] if paid else []),
            "budget",
            blank_rows=0 if paid else BLANK_BUDGET_ROWS,
        ),
    ]
    if others:
        blocks.append(
            Items(
                [f"{b.poste} : {euros(b.montant)}, {_payer(b, m)}" for b in others],
                "budget",
                intro="Ne sont pas à la charge de la collectivité :",
            )
        )
    blocks += [
        Paragraph(REIMBURSEMENT),
        *ARTICLE_3,
        Heading("Article 4", 2, "article-4"),
        Paragraph(f"{executive} assure l’exécution de la présente délibération."),
        Signatures(
            [Signature(executive, m.collectivite.nom, "collectivite.nom")],
            lines=("Fait à, le :",),
            sign="Signature :",
        ),
    ]
    subtitle = f"{m.collectivite.nom} : {assembly}, mission {m.period}"
    return Document(TITLE, subtitle, blocks, header=m.collectivite.nom)


def _payer(line, mission: Mission) -> str:
    if line.pris_en_charge_par == "partenaire":
        return f"pris en charge par {the(mission.partenaire.nom)}"
    return f"pris en charge par {line.financeur}" if line.financeur else "autre financeur"


def _blank() -> Document:
    blocks: list[Block] = [
        Paragraph(NOTE, note=True),
        Paragraph(
            Sentence(
                (
                    "Objet : mandat spécial pour une mission exploratoire auprès de ",
                    Blank(),
                    ", ",
                    Blank("mission.debut mission.fin", "du … au …"),
                ),
                lines=("Objet : mandat spécial pour une mission exploratoire auprès de", "du"),
            )
        ),
        Paragraph(Sentence(("Séance du ", Blank()), lines=("Séance du",))),
        Paragraph(BLANK_BODY + ","),
        Items(_visas(BLANK_ARTICLES), ""),
        Items(
            [
                "Considérant que la mission a pour objectifs :",
                "Considérant que cette mission, exceptionnelle et temporaire, est accomplie dans "
                "l’intérêt des affaires de la collectivité et justifie que les élus qui y "
                "participent reçoivent un mandat spécial ;",
            ],
            "objectifs",
        ),
        Paragraph("Après en avoir délibéré, décide :"),
        Heading("Article 1", 2, "article-1"),
        Paragraph("Un mandat spécial est confié aux élus suivants (nom, fonction) :"),
        Items(None, "delegation", blank_lines=BLANK_ELUS),
        Heading("Article 2", 2, "article-2"),
        Paragraph(
            "Les frais de la mission sont pris en charge dans la limite des montants suivants :"
        ),
        Table(BUDGET_COLUMNS, [], "budget", blank_rows=BLANK_BUDGET_ROWS),
        Paragraph(REIMBURSEMENT),
        *ARTICLE_3,
        Heading("Article 4", 2, "article-4"),
        Paragraph("L’exécutif de la collectivité assure l’exécution de la présente délibération."),
        Signatures(
            [Signature("L’exécutif de la collectivité", None, "collectivite.nom")],
            lines=("Fait à, le :",),
            sign="Signature :",
        ),
    ]
    subtitle = Sentence(
        (
            "Collectivité : ",
            Blank("collectivite.nom"),
            ", mission ",
            Blank("mission.debut mission.fin", "du … au …"),
        ),
        lines=("Collectivité :", "Mission du"),
    )
    return Document(TITLE, subtitle, blocks, blank=True)
