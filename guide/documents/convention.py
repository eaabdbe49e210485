"""The draft convention de partenariat, from mission.yml's `convention` key: object, duration,
actions year by year with their provisional amounts and who funds them, each party's
commitments, governance (comité de pilotage), languages and which text prevails, amendment,
termination, disputes, entry into force after transmission to the préfet; an annex with the
programme of actions and its budget totals.

CGCT L1115-1: a convention states the object of the planned actions and the provisional amount
of the financial commitments, and takes effect once sent to the préfet; L1115-5: none with a
foreign State (rules.py refuses it). Without the key the document keeps the parties and leaves
lines to fill. Its words are one table per language (`CONVENTION_WORDS`; en, es, pt in
languages/*.py `CONVENTION`): the catalogue makes the bilingual edition.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from ..french import capitalised
from ..mission import Mission
from ..mission.model import DOCUMENT_LANGUAGES
from .languages import FRENCH, TABLES, ByLanguage, Language
from .model import (
    Block,
    Column,
    Document,
    Heading,
    Items,
    PageBreak,
    Paragraph,
    Table,
)
from .parts import LINE, authority_noun, total
from .signed import SIGNED_WORDS, labelled_line, names, signatures

CONVENTION_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Convention de partenariat",
        "subtitle": "{the_authority} (France) et {the_partner} ({country})",
        "subtitle_blank": "Entre la collectivité française et la collectivité partenaire",
        "note": "Projet à relire avec le service juridique. La convention est approuvée par "
        "délibération avant sa signature et n’entre en vigueur qu’après sa transmission au "
        "préfet (article L1115-1 du CGCT).",
        "between": "Entre {the_authority} (France), ci-après « la collectivité française », "
        "d’une part,",
        "between_blank": "Entre la collectivité française :",
        "and": "et {the_partner} ({country}), ci-après « le partenaire », d’autre part,",
        "and_blank": "et la collectivité partenaire :",
        "visa": "Vu le code général des collectivités territoriales, notamment ses articles "
        "L1115-1 et L1115-5 ;",
        "visa_deliberation": "Vu la délibération {of_body} du {date} approuvant la présente "
        "convention et autorisant sa signature ;",
        "agreed": "Il est convenu ce qui suit :",
        "object_heading": "Article 1 – Objet",
        "object_law": "La convention précise l’objet des actions envisagées et le montant "
        "prévisionnel des engagements financiers de chaque partie (annexe).",
        "duration_heading": "Article 2 – Durée",
        "duration": "La présente convention est conclue pour {duration} à compter de son entrée "
        "en vigueur.",
        "duration_blank": "La présente convention est conclue pour une durée de",
        "actions_heading": "Article 3 – Actions et engagements financiers",
        "actions": "Les actions prévues, année par année, et leur montant prévisionnel figurent "
        "en annexe : {count}, pour un montant prévisionnel total de {total}, dont {own} à la "
        "charge de la collectivité française. Ces montants sont engagés dans la limite des "
        "crédits votés chaque année par chaque partie.",
        "actions_blank": "Les actions prévues, année par année, et leur montant prévisionnel "
        "figurent en annexe. Ces montants sont engagés dans la limite des crédits votés "
        "chaque année par chaque partie.",
        "action": "action",
        "action_plural": "actions",
        "french_heading": "Article 4 – Engagements de la collectivité française",
        "partner_heading": "Article 5 – Engagements du partenaire",
        "governance_heading": "Article 6 – Gouvernance",
        "governance": "Un comité de pilotage suit la mise en œuvre de la convention : il arrête "
        "le programme de chaque année, suit les actions et leur budget et prépare le bilan de "
        "la convention. Il se réunit {frequency}.",
        "governance_blank": "Un comité de pilotage suit la mise en œuvre de la convention : il "
        "arrête le programme de chaque année, suit les actions et leur budget et prépare le "
        "bilan de la convention. Il se réunit :",
        "members": "Il réunit :",
        "languages_heading": "Article 7 – Langues",
        "languages_one": "La présente convention est établie en deux exemplaires originaux, en "
        "français.",
        "languages_two": "La présente convention est établie en deux exemplaires originaux, "
        "chacun en {first} et en {second} ; {authentic}.",
        "authentic_fr": "en cas de divergence, le texte en {language} fait foi",
        "authentic_both": "les deux textes font également foi",
        "amendment_heading": "Article 8 – Modification",
        "amendment": "Toute modification de la présente convention fait l’objet d’un avenant "
        "écrit, approuvé et transmis au préfet dans les mêmes formes que la convention.",
        "termination_heading": "Article 9 – Résiliation",
        "termination": "Chaque partie peut mettre fin à la présente convention par lettre "
        "adressée à l’autre partie, avec un préavis de trois mois ; les actions engagées sont "
        "menées à leur terme ou soldées d’un commun accord.",
        "disputes_heading": "Article 10 – Règlement des différends",
        "disputes": "Les parties recherchent d’abord une solution amiable, en comité de "
        "pilotage. À défaut d’accord dans un délai de trois mois, le différend est porté par "
        "la partie la plus diligente devant la juridiction compétente.",
        "force_heading": "Article 11 – Entrée en vigueur",
        "force": "La présente convention entre en vigueur à la date de sa signature par les deux "
        "parties, et au plus tôt à sa transmission au représentant de l’État (préfet) au titre "
        "du contrôle de légalité (article L1115-1 du CGCT ; circulaire du 24 mai 2018).",
        "annex_heading": "Annexe – Programme des actions et budget prévisionnel",
        "year": "Année",
        "what": "Action",
        "funder": "Financée par",
        "amount": "Montant prévisionnel",
        "total_year": "Total {year}",
        "total_payer": "Total : {payer}",
        "total": "Total général",
    }
}
# The partner's languages: their tables are in languages/en.py, es.py, pt.py (`CONVENTION`).
# Read by locale too (CONVENTION_WORDS["pt-BR"]: the region's own entries over the language's).
CONVENTION_WORDS = ByLanguage(
    "CONVENTION", CONVENTION_WORDS | {code: TABLES[code].CONVENTION for code in DOCUMENT_LANGUAGES}
)

BLANK_LINES = 3
BLANK_ACTIONS = 6
PAYERS = ("collectivite", "partenaire", "autre")


def _payer(action, w: Language) -> str:
    label = w.choice("budget.pris_en_charge_par", action.pris_en_charge_par)
    colon = " : " if w.code == FRENCH else ": "
    return f"{label}{colon}{action.financeur}" if action.financeur else label


def annex_table(convention, words: dict[str, str], w: Language) -> Table:
    columns = [
        Column(words["year"], "annee", 12),
        Column(words["what"], "intitule", 44),
        Column(words["funder"], "pris_en_charge_par financeur", 26),
        Column(words["amount"], "montant", 18),
    ]
    if convention is None:
        return Table(columns, [], "convention.actions", blank_rows=BLANK_ACTIONS)
    actions = sorted(convention.actions, key=lambda a: a.annee)
    rows = [[a.annee, w.text(a.intitule), _payer(a, w), w.euros(a.montant)] for a in actions]
    by_year: dict[str, Decimal] = defaultdict(Decimal)
    for a in actions:
        by_year[a.annee] += a.montant
    rows += [["", words["total_year"].format(year=y), "", w.euros(t)] for y, t in by_year.items()]
    for payer in PAYERS:
        paid = [a for a in actions if a.pris_en_charge_par == payer]
        if paid:
            label = w.choice("budget.pris_en_charge_par", payer)
            rows.append(["", words["total_payer"].format(payer=label), "", w.euros(total(paid))])
    rows.append(["", words["total"], "", w.euros(total(actions))])
    return Table(columns, rows, "convention.actions")


def _authentic(mission: Mission, words: dict[str, str], w: Language) -> str:
    """Which text prevails (convention.langue_qui_fait_foi; French by default)."""
    convention = mission.convention
    choice = (convention.langue_qui_fait_foi if convention else None) or "fr"
    if choice == "les_deux":
        return words["authentic_both"]
    language = mission.partenaire.langue_des_documents if choice == "partenaire" else FRENCH
    return words["authentic_fr"].format(language=w.language_name(language or FRENCH))


def _languages(mission: Mission | None, words: dict[str, str], w: Language) -> Paragraph:
    language = mission.partenaire.langue_des_documents if mission else None
    if not language:
        return Paragraph(words["languages_one"])
    return Paragraph(
        words["languages_two"].format(
            first=w.language_name(FRENCH),
            second=w.language_name(language),
            authentic=_authentic(mission, words, w),
        )
    )


def _commitments(convention, side: str, w: Language) -> Items:
    found = getattr(convention.engagements, side) if convention and convention.engagements else None
    values = [w.text(v) for v in found] if found else None
    return Items(values, f"convention.engagements.{side}", blank_lines=BLANK_LINES)


def _governance(convention, words: dict[str, str], w: Language) -> list[Block]:
    committee = convention.comite_de_pilotage if convention else None
    if committee is None:
        return [
            labelled_line(words["governance_blank"], "convention.comite_de_pilotage.frequence"),
            Items(
                None,
                "convention.comite_de_pilotage.membres",
                intro=words["members"],
                blank_lines=BLANK_LINES,
            ),
        ]
    return [
        Paragraph(words["governance"].format(frequency=w.text(committee.frequence))),
        Items(
            list(committee.membres), "convention.comite_de_pilotage.membres", intro=words["members"]
        ),
    ]


def _actions(convention, words: dict[str, str], w: Language) -> Paragraph:
    if convention is None:
        return Paragraph(words["actions_blank"])
    actions = convention.actions
    own = [a for a in actions if a.pris_en_charge_par == "collectivite"]
    return Paragraph(
        words["actions"].format(
            count=w.count(len(actions), words["action"], words["action_plural"]),
            total=w.euros(total(actions)),
            own=w.euros(total(own)),
        )
    )


def _parties(mission: Mission | None, words: dict[str, str], w: Language) -> list[Block]:
    if mission is None:
        return [
            labelled_line(words["between_blank"], "collectivite.nom"),
            labelled_line(words["and_blank"]),
        ]
    fields = names(mission, w)
    return [Paragraph(words["between"].format(**fields)), Paragraph(words["and"].format(**fields))]


def _deliberation_visa(mission: Mission | None, words: dict[str, str], w: Language) -> Paragraph:
    body = authority_noun(mission, "assemblee", "du") if mission else "de l’assemblée"
    if w.code != FRENCH:  # the French body as the French act names it
        body = authority_noun(mission, "assemblee", "le") if mission else ""
    return Paragraph(words["visa_deliberation"].format(of_body=body, date=LINE))


def build_convention(mission: Mission | None, language: str = "fr") -> Document:
    """The draft convention de partenariat (blank with None; lines to fill for what
    mission.yml's `convention` does not say)."""
    words, w = CONVENTION_WORDS[language], Language(language)
    convention = mission.convention if mission else None
    blocks: list[Block] = [
        Paragraph(words["note"], note=True),
        *_parties(mission, words, w),
        Paragraph(words["visa"]),
        _deliberation_visa(mission, words, w),
        Paragraph(words["agreed"]),
        Heading(words["object_heading"], 2, "article-1"),
        Paragraph(w.text(convention.objet))
        if convention
        else Items(None, "convention.objet", blank_lines=BLANK_LINES),
        Paragraph(words["object_law"]),
        Heading(words["duration_heading"], 2, "article-2"),
        Paragraph(words["duration"].format(duration=w.text(convention.duree)))
        if convention
        else labelled_line(words["duration_blank"], "convention.duree"),
        Heading(words["actions_heading"], 2, "article-3"),
        _actions(convention, words, w),
        Heading(words["french_heading"], 2, "article-4"),
        _commitments(convention, "collectivite", w),
        Heading(words["partner_heading"], 2, "article-5"),
        _commitments(convention, "partenaire", w),
        Heading(words["governance_heading"], 2, "article-6"),
        *_governance(convention, words, w),
        Heading(words["languages_heading"], 2, "article-7"),
        _languages(mission, words, w),
        Heading(words["amendment_heading"], 2, "article-8"),
        Paragraph(words["amendment"]),
        Heading(words["termination_heading"], 2, "article-9"),
        Paragraph(words["termination"]),
        Heading(words["disputes_heading"], 2, "article-10"),
        Paragraph(words["disputes"]),
        Heading(words["force_heading"], 2, "article-11"),
        Paragraph(words["force"]),
        signatures(mission, SIGNED_WORDS[language], w),  # the same boxes as the signed texts
        PageBreak(),
        Heading(words["annex_heading"], 2, "annexe"),
        annex_table(convention, words, w),
    ]
    subtitle = (
        capitalised(words["subtitle"].format(**names(mission, w)))
        if mission
        else words["subtitle_blank"]
    )
    return Document(
        words["title"],
        subtitle,
        blocks,
        blank=mission is None,
        language=language,
        header=mission.collectivite.nom if mission else "",
    )
