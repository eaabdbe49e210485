"""The letter to the partner: the executive proposes the mission (dates, objectives, expected
results, the terms of reference attached, the meetings to confirm) and lists what the
partner's invitation letter for the visas should contain.

Its structure is `build_letter`; its fixed texts are one table of words per language
(`LETTER_WORDS["fr"]`): another language is a second table with the same keys, not another
builder. Values from mission.yml fill the `{…}` fields of the words.
"""

from __future__ import annotations

import re

from ..french import capitalised
from ..mission import Mission
from ..mission.model import DOCUMENT_LANGUAGES
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
from .parts import at_town, dated, executive_title, named, partner_title, place, place_name

LETTER_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Lettre au partenaire",
        "subtitle": "Proposition d’une mission exploratoire {to_partner}",
        "subtitle_blank": "Proposition d’une mission exploratoire",
        "sender_blank": "Collectivité et son exécutif :",
        "recipient_blank": "Destinataire :",
        # A letter is dated from the town (« Fait à » is for acts): domain facts, letters.
        "place_date": "{town}, le ……………………",
        "place_date_blank": "Lieu et date :",
        "object": "Objet : proposition d’une mission exploratoire {dated}",
        "object_blank": "Objet : proposition d’une mission exploratoire, du",
        "object_blank_hint": "… au …",
        # The addressee's block, then the salutation: by title, by civilité, else neutral.
        "honorific_m": "Monsieur {name}",
        "honorific_f": "Madame {name}",
        # The addressee's line when mission.yml gives no name: « Monsieur le Maire ».
        "recipient_title": "{vocative}",
        "salutation_title_m": "Monsieur le {title},",
        "salutation_title_f": "Madame la {title},",
        "salutation_title": "Madame, Monsieur,",
        "salutation_person_m": "Monsieur,",
        "salutation_person_f": "Madame,",
        "salutation_person": "Madame, Monsieur,",
        "salutation": "Madame, Monsieur,",
        "opening": "{authority_subject} souhaite approfondir les liens avec {partner} et vous "
        "propose d’accueillir une mission exploratoire, {at_place}, {period}.",
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
        "visa_note": "Le consulat peut demander d’autres renseignements : nous vous "
        "remercions de vérifier ses exigences avant d’écrire la lettre.",
        # French closes in one sentence that repeats the salutation; no line after it.
        "closing": "Dans l’attente de votre réponse, je vous prie d’agréer, {vocative}, "
        "l’expression de ma haute considération.",
        "sign_off": "",
        "signatory_blank": "L’exécutif de la collectivité",
        "signature_lines": "Nom :",
        "signature_space": "Signature et cachet :",
        "attachment": "Pièce jointe : projet de termes de référence de la mission.",
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


def _tidy(text: str) -> str:
    """A form with an empty field (« Dear Mayor , »): its spaces closed up."""
    return re.sub(r"\s+([,:])", r"\1", " ".join(text.split()))


def salutation(words: dict[str, str], title: str, gender: str, name: str | None) -> str:
    """« Monsieur le Maire, », « Dear Mayor Mensah, », « Estimada señora alcaldesa: »: by
    title, else by name, else the language's neutral form (never « Madame, Monsieur, » to a
    known executive)."""
    if title:
        key = {"m": "salutation_title_m", "f": "salutation_title_f"}.get(gender, "salutation_title")
    elif name:
        forms = {"m": "salutation_person_m", "f": "salutation_person_f"}
        key = forms.get(gender, "salutation_person")
    else:
        key = "salutation"
    surname = name.split()[-1] if name else ""
    return _tidy(words[key].format(title=title, name=name or "", surname=surname))


def _recipient(m: Mission, words: dict[str, str], w: Language, title: str, gender: str):
    """The addressee's block: the person (or their title), the partner, its country."""
    executive = m.partenaire.executif
    name = executive.nom if executive else None
    lines = []
    if name:
        honorific = {"m": words["honorific_m"], "f": words["honorific_f"]}.get(gender, "{name}")
        lines.append(honorific.format(name=name))
    if title:
        vocative = salutation(words, title, gender, None).rstrip(",:")
        line = words["recipient_title"].format(title=title, vocative=vocative)
        lines.append(capitalised(title) if name else capitalised(line))
    return [*lines, m.partenaire.nom, w.country(m.partenaire.pays)]


def _signatory(m: Mission, w: Language) -> str:
    """The French executive's title as it signs: « La maire », « La alcaldesa », « O Prefeito »
    (a person, never the office; the generic masculine without a civilité)."""
    if w.code == FRENCH:
        return executive_title(m, capital=True)
    person = m.collectivite.executif
    male, female = w.table.EXECUTIVES[m.collectivite.type]
    return female if person and person.civilite == "madame" else male


def _town(mission: Mission) -> str:
    """The town a commune's letter is dated from (« Commune de Val-Fleuri » -> « Val-Fleuri »);
    a line to fill for the other types (their seat is not in their name)."""
    town = place_name(mission.collectivite.nom)
    if mission.collectivite.type == "commune" and town != mission.collectivite.nom:
        return town
    return "……………………"


def build_letter(mission: Mission | None, language: str = "fr") -> Document:
    """The letter from the authority's executive to the partner (blank with None): a letter,
    not a memo: letterhead, addressee, place and date, salutation, close, signature."""
    w = Language(language)  # a language, or a locale with its region's forms (es-ES, pt-BR)
    m = mission
    words = LETTER_WORDS[language]
    if m is None:
        greeting = words["salutation"]
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
            Paragraph(greeting),
            Paragraph(
                Sentence((words["opening_blank"] + " ", Blank()), lines=(words["opening_blank"],))
            ),
            Items(None, "objectifs", intro=words["objectives"], blank_lines=3),
            Items(None, "resultats_attendus", intro=words["results"], blank_lines=3),
            Items(None, "delegation", intro=words["delegation_blank"], blank_lines=4),
        ]
        signatory = words["signatory_blank"]
        signer = None
        subtitle = words["subtitle_blank"]
    else:
        authority_subject = capitalised(named(m.collectivite.nom, language))
        partner = named(m.partenaire.nom, language)
        period = w.period(m.mission.debut, m.mission.fin)
        title, gender = partner_title(m, language)
        executive = m.partenaire.executif
        greeting = salutation(words, title, gender, executive.nom if executive else None)
        blocks = [
            Paragraph(m.collectivite.nom),  # the letterhead
            *(Paragraph(line) for line in _recipient(m, words, w, title, gender)),
            Paragraph(words["place_date"].format(town=_town(m))),
            # French: « mission du 16 mai 2028 », never « mission le 16 mai 2028 ».
            Paragraph(words["object"].format(period=period, dated=dated(m))),
            Paragraph(greeting),
            Paragraph(
                words["opening"].format(
                    authority_subject=authority_subject,
                    partner=partner,
                    place=place(m, w.code, town=True),
                    at_place=at_town(m),
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
        signatory = _signatory(m, w)
        signer = m.collectivite.executif.nom if m.collectivite.executif else None
        subtitle = words["subtitle"].format(to_partner=named(m.partenaire.nom, language, "au"))
    blocks += [
        Paragraph(words["attached"]),
        Heading(words["visa_heading"], 2, "lettre-invitation"),
        Items(list(VISA_ITEMS[language]), "", intro=words["visa_intro"]),
        Paragraph(words["visa_note"], note=True),
        Paragraph(words["closing"].format(vocative=greeting.rstrip(",:"))),
        # The close on its own line (« Yours sincerely, »), where the language has one.
        *([Paragraph(words["sign_off"])] if words["sign_off"] else []),
        Signatures(
            [Signature(signatory, signer, "collectivite.executif.nom")],
            lines=() if signer else (words["signature_lines"],),  # a name printed needs no line
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
