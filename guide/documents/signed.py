"""The texts the two executives may sign during the mission: the protocole d'intention and the
relevé de décisions (the seed: « préparer une première version d'accords voire signer un
protocole d'intention »).

Built from the mission's parties, dates, place, objectives and results, with blanks for what
the meetings decide; both executives' signature boxes side by side; the sentence that the text
commits neither party financially, naming the délibération that authorised the signature when
the programme plans one; which language prevails. In French or in the partner's language
(`SIGNED_WORDS`, one table per language: another language is another table, not another
builder); the catalogue makes the bilingual edition when mission.yml names the partner's
language. Sources: circulaire of 24 May 2018 (every signed text goes to the préfet), CGCT
L1115-1 (a convention for any financial commitment).
"""

from __future__ import annotations

from ..french import capitalised
from ..mission import Mission
from ..mission.model import DOCUMENT_LANGUAGES
from .languages import FRENCH, TABLES, ByLanguage, Language
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
    Signature,
    Signatures,
    Table,
)
from .parts import LINE, executive_signature, named, partner_title, place, signing_activities

SIGNED_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "protocol_title": "Protocole d’intention",
        "decisions_title": "Relevé de décisions",
        "subtitle": "{the_authority} (France) et {the_partner} ({country})",
        "subtitle_blank": "Entre",
        "subtitle_blank_and": "et",
        "occasion": "À l’occasion de la mission exploratoire {of_authority} auprès {of_partner}, "
        "à {place}, {period}, les deux collectivités déclarent leur intention de construire "
        "ensemble une coopération décentralisée.",
        "occasion_blank": "À l’occasion de la mission exploratoire, à",
        "objectives_heading": "1. Objectifs partagés",
        "fields_heading": "2. Domaines de coopération envisagés",
        "steps_heading": "3. Prochaines étapes",
        "next_meeting": "Prochaine rencontre (date, lieu) :",
        "scope_heading": "4. Portée et langues",
        "decisions_scope_heading": "3. Portée et langues",
        "scope": "Le présent protocole exprime une intention commune et n’engage financièrement "
        "aucune des deux collectivités ; les actions et leurs montants feront l’objet "
        "d’une convention approuvée par délibération (article L1115-1 du CGCT).",
        "decisions_scope": "Ce relevé constate ce que les deux collectivités ont décidé ensemble "
        "et n’engage financièrement aucune d’elles ; tout engagement financier"
        " fera l’objet d’une convention approuvée par délibération (article "
        "L1115-1 du CGCT).",
        "authorised": "Sa signature est autorisée par la délibération du {date} (mandat spécial "
        "de la mission).",
        "to_authorise": "Sa signature suppose une délibération préalable qui l’autorise.",
        "languages_one": "Fait en deux exemplaires originaux, en français.",
        "languages_two": "Fait en deux exemplaires originaux, chacun en {first} et en {second} ; "
        "en cas de divergence, le texte en {prevailing} fait foi.",
        "party": "Pour {the_authority}",
        "party_partner": "Pour {the_partner}",
        "party_blank": "Pour la collectivité française",
        "party_partner_blank": "Pour la collectivité partenaire",
        "place_date": "Fait à, le :",
        "signature_space": "Signature et cachet :",
        "meeting": "Réunion du {date}, {place}.",
        "meeting_blank": "Réunion du, à :",
        "participants_heading": "Participants",
        "participants": "Pour {the_authority}",
        "participants_partner": "Pour {the_partner}",
        "participants_blank": "Pour la collectivité française",
        "participants_partner_blank": "Pour la collectivité partenaire",
        "agenda_heading": "1. Objet de la réunion",
        "decisions_heading": "2. Décisions",
        "number": "N°",
        "decision": "Décision",
        "who": "Qui",
        "when": "Pour quand",
    }
}
# The partner's languages: their tables are in languages/en.py, es.py, pt.py (`SIGNED`).
# Read by locale too (SIGNED_WORDS["pt-BR"]: the region's own entries over the language's).
SIGNED_WORDS = ByLanguage(
    "SIGNED", SIGNED_WORDS | {code: TABLES[code].SIGNED for code in DOCUMENT_LANGUAGES}
)

BLANK_ITEMS = 3
BLANK_DECISIONS = 4


def names(mission: Mission, w: Language) -> dict[str, str]:
    """The fields of the words of the texts both parties sign (here and in the convention):
    the names with their article in the document's language (`named`)."""
    forms = {"the": "le", "of": "du", "to": "au", "for": "par"}
    parties = {"authority": mission.collectivite.nom, "partner": mission.partenaire.nom}
    return {
        **{
            f"{field}_{who}": named(name, w.code, form)
            for who, name in parties.items()
            for field, form in forms.items()
        },
        "country": w.country(mission.partenaire.pays),
        "place": place(mission, w.code, town=True),
        "period": w.period(mission.mission.debut, mission.mission.fin),
    }


def prevailing(mission: Mission | None) -> str:
    """The language whose text prevails on a signed bilingual text: French (the préfet reads
    the French text)."""
    return FRENCH


def _scope(mission: Mission | None, words: dict[str, str], w: Language, key: str) -> Paragraph:
    """Commits neither party; names the délibération that authorises the signature when the
    programme plans one (the mandat spécial's article on signing); which language prevails."""
    if mission is not None and signing_activities(mission):
        day = mission.mission.seance_conseil
        authorised = words["authorised"].format(date=w.date(day) if day else LINE)
    else:
        authorised = words["to_authorise"]
    return Paragraph(f"{words[key]} {authorised} {_languages(mission, words, w)}")


def _languages(mission: Mission | None, words: dict[str, str], w: Language) -> str:
    language = mission.partenaire.langue_des_documents if mission else None
    if not language:
        return words["languages_one"]
    return words["languages_two"].format(
        first=w.language_name(FRENCH),
        second=w.language_name(language),
        prevailing=w.language_name(prevailing(mission)),
    )


def signatures(mission: Mission | None, words: dict[str, str], w: Language) -> Signatures:
    """Both executives side by side (words: party, party_partner, their _blank forms,
    place_date, signature_space): the French one by title and name when mission.yml has
    them, the partner's by its title (partenaire.executif), its name written on site."""
    if mission is None:
        parties = [
            Signature(words["party_blank"], None, "collectivite.executif.nom"),
            Signature(words["party_partner_blank"], None, ""),
        ]
    else:
        values = names(mission, w)
        title, name = executive_signature(mission)
        # The person as French documents name her, in every language (one line when bilingual).
        french = f"{title}, {name}" if name else None
        executive = mission.partenaire.executif
        # Its title as mission.yml writes it in the document's language (« le gouverneur
        # régional », « el alcalde »), else the language's word for it (« Mayor »).
        typed = mission.partenaire.executive_title
        if typed is not None and (w.code == FRENCH or w.code in typed.translations):
            title = w.text(typed)
        else:
            title = partner_title(mission, w.code)[0] or w.text(typed)
        partner = capitalised(title or "")
        if executive and executive.nom:  # « Maire, Kofi Mensah »
            partner = f"{partner}, {executive.nom}" if partner else executive.nom
        parties = [
            Signature(
                capitalised(words["party"].format(**values)), french, "collectivite.executif.nom"
            ),
            Signature(
                capitalised(words["party_partner"].format(**values)),
                partner or None,
                "partenaire.executif",
            ),
        ]
    return Signatures(parties, lines=(words["place_date"],), sign=words["signature_space"])


def _subtitle(mission: Mission | None, words: dict[str, str], w: Language):
    if mission is None:
        return Sentence(
            (
                words["subtitle_blank"] + " ",
                Blank("collectivite.nom"),
                " " + words["subtitle_blank_and"] + " ",
                Blank("partenaire.nom"),
            ),
            lines=(words["subtitle_blank"], words["subtitle_blank_and"]),
        )
    return capitalised(words["subtitle"].format(**names(mission, w)))


def _occasion(mission: Mission | None, words: dict[str, str], w: Language) -> Paragraph:
    if mission is None:
        return Paragraph(
            Sentence(
                (words["occasion_blank"] + " ", Blank("mission.lieu")),
                lines=(words["occasion_blank"],),
            )
        )
    return Paragraph(words["occasion"].format(**names(mission, w)))


def labelled_line(label: str, path: str = "") -> Paragraph:
    """A labelled line to fill (« Prochaine rencontre (date, lieu) : ____ »)."""
    return Paragraph(Sentence((label + " ", Blank(path)), lines=(label,)))


def _list(mission: Mission | None, key: str, w: Language) -> Items:
    values = [w.text(v) for v in getattr(mission, key)] if mission else None
    return Items(values, key, blank_lines=BLANK_ITEMS)


def _document(mission, words, language, title_key, blocks) -> Document:
    return Document(
        words[title_key],
        _subtitle(mission, words, Language(language)),
        blocks,
        blank=mission is None,
        language=language,
        header=mission.collectivite.nom if mission else "",
    )


def build_protocol(mission: Mission | None, language: str = "fr") -> Document:
    """The protocole d'intention (blank with None), in `language`."""
    words, w = SIGNED_WORDS[language], Language(language)
    blocks: list[Block] = [
        _occasion(mission, words, w),
        Heading(words["objectives_heading"], 2, "objectifs"),
        _list(mission, "objectifs", w),
        Heading(words["fields_heading"], 2, "domaines"),
        Items(None, "", blank_lines=BLANK_ITEMS),
        Heading(words["steps_heading"], 2, "prochaines-etapes"),
        _list(mission, "resultats_attendus", w),
        labelled_line(words["next_meeting"]),
        Heading(words["scope_heading"], 2, "portee"),
        _scope(mission, words, w, "scope"),
        signatures(mission, words, w),
    ]
    return _document(mission, words, language, "protocol_title", blocks)


def _meeting(mission: Mission | None, words: dict[str, str], w: Language) -> Paragraph:
    """The session the programme plans for the signature (its date and place), else blanks."""
    planned = signing_activities(mission)
    if not planned:
        return labelled_line(words["meeting_blank"])
    activity = planned[-1]
    where = w.text(activity.lieu) or names(mission, w)["place"]
    return Paragraph(words["meeting"].format(date=w.date(activity.date), place=where))


def _participants(mission: Mission | None, words: dict[str, str], w: Language) -> Fields:
    """Who took part, one line per side (the partner's to fill on site)."""
    if mission is None:
        french, partner, people = (
            words["participants_blank"],
            words["participants_partner_blank"],
            None,
        )
    else:
        values = names(mission, w)
        french = capitalised(words["participants"].format(**values))
        partner = capitalised(words["participants_partner"].format(**values))
        people = ", ".join(p.nom for p in mission.delegation)
    return Fields(
        [
            FieldGroup(
                words["participants_heading"],
                [Field(french, people, "delegation", typed=False), Field(partner, None, "")],
            )
        ]
    )


def build_decisions(mission: Mission | None, language: str = "fr") -> Document:
    """The relevé de décisions (blank with None), in `language`."""
    words, w = SIGNED_WORDS[language], Language(language)
    columns = [
        Column(words["number"], "numero", 8),
        Column(words["decision"], "decision", 52),
        Column(words["who"], "qui", 20),
        Column(words["when"], "pour_quand", 20),
    ]
    blocks: list[Block] = [
        _meeting(mission, words, w),
        _participants(mission, words, w),
        Heading(words["agenda_heading"], 2, "objet"),
        _list(mission, "objectifs", w),
        Heading(words["decisions_heading"], 2, "decisions"),
        Table(columns, [], "", blank_rows=BLANK_DECISIONS),
        Heading(words["decisions_scope_heading"], 2, "portee"),
        _scope(mission, words, w, "decisions_scope"),
        signatures(mission, words, w),
    ]
    return _document(mission, words, language, "decisions_title", blocks)
