"""The letter to the partner: the executive proposes the mission (dates, objectives, expected
results, the terms of reference attached, the meetings to confirm) and lists what the
partner's invitation letter for the visas should contain.

Its structure is `build_letter`; its fixed texts are one table of words per language
(`LETTER_WORDS["fr"]`): another language is a second table with the same keys, not another
builder. Values from mission.yml fill the `{…}` fields of the words.
"""

from __future__ import annotations

from ..french import capitalised
from ..mission import Mission
from ..mission.model import DOCUMENT_LANGUAGES
from ..vocabulary import _split_article, _with_article, name_as_subject
from .languages import FRENCH, TABLES, ByLanguage, Language
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
from .parts import executive_title, of, place, the

LETTER_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Lettre au partenaire",
        "subtitle": "{authority} à {partner} : proposition d’une mission exploratoire",
        "subtitle_blank": "Proposition d’une mission exploratoire",
        "sender": "De : {executive} ({authority})",
        "sender_blank": "De :",
        "recipient": "À : {partner_executive} ({partner}, {country})",
        "recipient_blank": "À :",
        "place_date": "Fait à ……………………, le ……………………",
        # A letter is dated from the town (« Fait à » is for acts): domain facts, letters.
        "place_date_town": "{town}, le ……………………",
        "salutation_known": "{title},",
        "closing_known": "Dans l’attente de votre réponse, je vous prie d’agréer, {title}, "
        "l’expression de ma haute considération.",
        "recipient_known": "{title} {partner_of}, {country}",
        "place_date_blank": "Fait à, le :",
        "object": "Objet : proposition d’une mission exploratoire {period}",
        "object_blank": "Objet : proposition d’une mission exploratoire, du",
        "object_blank_hint": "… au …",
        "salutation": "Madame, Monsieur,",
        "opening": "{authority_subject} souhaite approfondir les liens avec {partner} et vous "
        "propose d’accueillir une mission exploratoire, à {place}, {period}.",
        "opening_blank": "Nous souhaitons approfondir nos liens et vous proposons d’accueillir "
        "une mission exploratoire, à",
        "objectives": "Cette mission aurait pour objectifs :",
        "results": "À son issue, nous souhaiterions parvenir aux résultats suivants :",
        "delegation": "La délégation compterait {count} :",
        "delegation_blank": "La délégation compterait les personnes suivantes :",
        "person": "personne",
        "people": "personnes",
        "attached": "Vous trouverez ci-joint le projet de termes de référence de la mission, "
        "avec son programme. Nous vous remercions de bien vouloir nous confirmer les "
        "rencontres qu’il prévoit, ou nous proposer les changements qui vous conviendraient, "
        "et de nous indiquer la personne qui préparera la mission avec nous.",
        "visa_heading": "Lettre d’invitation pour les visas",
        "visa_intro": "Pour leurs demandes de visa, les membres de la délégation auront "
        "besoin d’une lettre d’invitation de votre part. Elle indique, en général :",
        "visa_note": "Liste établie par ce guide : le consulat du pays peut demander "
        "d’autres mentions, vérifiez ses exigences avant d’écrire la lettre.",
        "closing": "Dans l’attente de votre réponse, je vous prie d’agréer, Madame, Monsieur, "
        "l’expression de ma haute considération.",
        "signatory_blank": "L’exécutif de la collectivité",
        "signature_lines": "Nom :",
        "signature_space": "Signature et cachet :",
        "attachment": "Pièce jointe : projet de termes de référence de la mission.",
        "partner_executive_neutral": "l’exécutif de la collectivité partenaire",
    }
}

# The partner's languages: their tables are in languages/en.py, es.py, pt.py (`LETTER`).
# Read by locale too (LETTER_WORDS["pt-BR"]: the region's own entries over the language's).
LETTER_WORDS = ByLanguage(
    "LETTER", LETTER_WORDS | {code: TABLES[code].LETTER for code in DOCUMENT_LANGUAGES}
)

# What the partner's invitation letter usually states (visa_intro), per language.
VISA_ITEMS: dict[str, list[str]] = {
    "fr": [
        "l’en-tête, l’adresse et les coordonnées de la collectivité qui invite ;",
        "le nom de chaque membre de la délégation, tel qu’il figure sur son passeport, "
        "avec sa fonction (le numéro de passeport se donne à part, pas dans un document "
        "public) ;",
        "l’objet de la mission et ses dates d’arrivée et de départ ;",
        "le programme, ou au moins les principales rencontres prévues ;",
        "qui prend en charge l’hébergement et les déplacements sur place ;",
        "le nom, la fonction et la signature de l’autorité qui invite, avec la date.",
    ]
}
# Read by locale too (VISA_ITEMS["pt-BR"]: the region's own entries over the language's).
VISA_ITEMS = ByLanguage(
    "VISA_ITEMS", VISA_ITEMS | {code: TABLES[code].VISA_ITEMS for code in DOCUMENT_LANGUAGES}
)


def _partner_executive(mission: Mission, words: dict[str, str], w: Language) -> str:
    """partenaire.executif as typed (« le maire »), or the neutral words."""
    executive = mission.partenaire.executif
    if not executive:
        return words["partner_executive_neutral"]
    if w.code != FRENCH:  # as written in the partner's language (its translation)
        return w.text(executive)
    gender, rest = _split_article(" ".join(executive.split()))
    return _with_article(rest, gender, "le") if gender else rest


def _address(executive: str | None) -> str:
    """« le maire » -> « Monsieur le Maire », « la gouverneure » -> « Madame la Gouverneure »:
    the title of partenaire.executif with its article (its first word only); "" if unknown."""
    if not executive:
        return ""
    gender, rest = _split_article(" ".join(str(executive).split()))
    if gender not in ("m", "f") or not rest:
        return ""
    word = rest.split(" ")[0]
    word = word[:1].upper() + word[1:]
    return ("Madame la " if gender == "f" else "Monsieur le ") + word


def _town(mission: Mission) -> str:
    """The town a commune's letter is dated from (« Commune de Val-Fleuri » -> « Val-Fleuri »);
    a line to fill for the other types (their seat is not in their name)."""
    name = " ".join(mission.collectivite.nom.split())
    if mission.collectivite.type == "commune" and name.lower().startswith("commune de "):
        return name[len("commune de ") :]
    return "……………………"


def build_letter(mission: Mission | None, language: str = "fr") -> Document:
    """The letter from the authority's executive to the partner (blank with None)."""
    words = LETTER_WORDS[language]
    w = Language(language)
    m = mission
    if m is None:
        blocks: list[Block] = [
            Paragraph(Sentence(("", Blank()), lines=(words["sender_blank"],))),
            Paragraph(Sentence(("", Blank()), lines=(words["recipient_blank"],))),
            Paragraph(Sentence(("", Blank()), lines=(words["place_date_blank"],))),
            Paragraph(
                Sentence(
                    (
                        words["object_blank"] + " ",
                        Blank("mission.debut mission.fin", words["object_blank_hint"]),
                    ),
                    lines=(words["object_blank"],),
                )
            ),
            Paragraph(words["salutation"]),
            Paragraph(
                Sentence((words["opening_blank"] + " ", Blank()), lines=(words["opening_blank"],))
            ),
            Items(None, "objectifs", intro=words["objectives"], blank_lines=3),
            Items(None, "resultats_attendus", intro=words["results"], blank_lines=3),
            Items(None, "delegation", intro=words["delegation_blank"], blank_lines=4),
        ]
        signatory = words["signatory_blank"]
        signer = None
        title = ""
        subtitle = words["subtitle_blank"]
    else:
        if w.code == FRENCH:
            executive = executive_title(m)
            authority_subject, partner = name_as_subject(m.collectivite.nom), the(m.partenaire.nom)
        else:  # names stay as typed: no French article before them
            executive = w.table.EXECUTIVES[m.collectivite.type]
            authority_subject, partner = m.collectivite.nom, m.partenaire.nom
        period = w.period(m.mission.debut, m.mission.fin)
        title = _address(m.partenaire.executif) if w.code == FRENCH else ""
        if w.code == FRENCH:  # a letter: letterhead, address, town and date; no memo form
            head = [
                Paragraph(m.collectivite.nom),
                Paragraph(executive_title(m, capital=True)),
                Paragraph(
                    words["recipient_known"].format(
                        title=title or capitalised(_partner_executive(m, words, w)),
                        partner_of=of(m.partenaire.nom),
                        country=w.country(m.partenaire.pays),
                    )
                ),
                Paragraph(words["place_date_town"].format(town=_town(m))),
            ]
        else:
            head = [
                Paragraph(
                    words["sender"].format(executive=executive, authority=m.collectivite.nom)
                ),
                Paragraph(
                    words["recipient"].format(
                        partner_executive=_partner_executive(m, words, w),
                        partner=m.partenaire.nom,
                        country=w.country(m.partenaire.pays),
                    )
                ),
                Paragraph(words["place_date"]),
            ]
        blocks = [
            *head,
            Paragraph(words["object"].format(period=period)),
            Paragraph(
                words["salutation_known"].format(title=title) if title else words["salutation"]
            ),
            Paragraph(
                words["opening"].format(
                    authority_subject=authority_subject,
                    partner=partner,
                    place=place(m, w.code),
                    period=period,
                )
            ),
            Items([w.text(v) for v in m.objectifs], "objectifs", intro=words["objectives"]),
            Items(
                [w.text(v) for v in m.resultats_attendus],
                "resultats_attendus",
                intro=words["results"],
            ),
            Items(
                [f"{p.nom}, {w.text(p.fonction)}" for p in m.delegation],
                "delegation",
                intro=words["delegation"].format(
                    count=w.count(len(m.delegation), words["person"], words["people"])
                ),
            ),
        ]
        signatory = capitalised(executive)
        signer = m.collectivite.executif.nom if m.collectivite.executif else None
        subtitle = words["subtitle"].format(authority=m.collectivite.nom, partner=m.partenaire.nom)
    blocks += [
        Paragraph(words["attached"]),
        Heading(words["visa_heading"], 2, "lettre-invitation"),
        Items(list(VISA_ITEMS[language]), "", intro=words["visa_intro"]),
        Paragraph(words["visa_note"], note=True),
        Paragraph(words["closing_known"].format(title=title) if title else words["closing"]),
        Signatures(
            [Signature(signatory, signer, "collectivite.executif.nom")],
            lines=(words["signature_lines"],),
            sign=words["signature_space"],
        ),
        Paragraph(words["attachment"], note=True),
    ]
    return Document(
        words["title"],
        subtitle,
        blocks,
        blank=m is None,
        header=m.collectivite.nom if m else "",
        language=language,
    )
