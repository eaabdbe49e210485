"""Pieces shared by the mission's documents (délibération, ordres de mission, letter, compte
rendu, registre): the authority's words in plain text, the delegation by kind, the budget's
amounts. Plain text: the writers escape it (HTML) or store it as text (.docx).
"""

from __future__ import annotations

from decimal import Decimal

from ..french import euros
from ..mission import Mission, choice_label
from ..mission.model import in_language
from ..vocabulary import (
    _NAME_GENDERS,
    EXECUTIVE_TITLES,
    MANDATE_TEXTS,
    VOCABULARY,
    VOWELS,
    Noun,
    _with_article,
    name_as_subject,
    phrase,
)
from .languages import FRENCH_LANGUAGE, Language

# A line to fill in running text, where a value is missing (never « None »).
LINE = "………………………………"


def authority_noun(mission: Mission, key: str, form: str = "le") -> str:
    """A noun of the authority's type (« le conseil municipal »), plain text, without the
    Markdown sources some entries carry."""
    noun = VOCABULARY[mission.collectivite.type][key]
    assert isinstance(noun, Noun), key
    return phrase(Noun(noun.alternatives, noun.tail if "](" not in noun.tail else ""), form)


def the(name: str) -> str:
    """« Commune de Kéra-Sobo » -> « la Commune de Kéra-Sobo », inside a sentence."""
    text = name_as_subject(name)
    return text if text == name else text[:1].lower() + text[1:]


def _preceded(name: str, form: str) -> str:
    """A name after « de » (form "du") or « à » (form "au"), with its article when its first
    word has one (« du Département », « à la Commune »), elided or plain otherwise."""
    name = " ".join(name.split())
    gender = _NAME_GENDERS.get(name.split(" ", 1)[0].lower())
    if gender is not None:
        return _with_article(name, gender, form)
    if form == "au":
        return "à " + name
    return ("d’" if name[:1].lower() in VOWELS else "de ") + name


def of(name: str) -> str:
    """« de » + a name: « de la Commune de Kéra-Sobo », « du Département de l’Aube »,
    « d’Antananarivo »."""
    return _preceded(name, "du")


def to(name: str) -> str:
    """« à » + a name: « à la Commune de Kéra-Sobo », « au Département de l’Aube »."""
    return _preceded(name, "au")


def and_list(items: list[str]) -> str:
    """« A », « A et B », « A, B et C »."""
    return ", ".join(items[:-1]) + " et " + items[-1] if len(items) > 1 else "".join(items)


def lowered(text: str) -> str:
    """A label inside a sentence: its first letter in lower case, the rest as written (« un
    autre financeur : Association des parents… »)."""
    return text[:1].lower() + text[1:]


def members(mission: Mission | None, kind: str) -> list:
    """The members of the delegation whose qualite is `kind` (elu, agent, autre)."""
    return [p for p in (mission.delegation if mission else []) if p.qualite == kind]


def member_line(person) -> str:
    return f"{person.nom}, {person.fonction}"


def place(mission: Mission, language: str = "fr") -> str:
    """Where the mission goes: its place, else the partner's name, with the country (in
    `language`: the free texts' translations)."""
    where = in_language(mission.mission.lieu, language) or mission.partenaire.nom
    country = Language(language).country(mission.partenaire.pays)
    return where if country in where else f"{where} ({country})"


def at_place(mission: Mission) -> str:
    """Where the mission goes, after « une mission exploratoire »: « à Kéra-Sobo et Fatick
    (Sénégal) » (mission.lieu), else « sur le territoire de la Région Analamanga-Sud
    (Madagascar) » (never « à Région … »)."""
    if mission.mission.lieu:
        return to(place(mission))
    return f"sur le territoire {of(place(mission))}"


def visiting(mission: Mission) -> str:
    """« auprès de la Commune de Kéra-Sobo, à Kéra-Sobo et Fatick (Sénégal) »; without
    mission.lieu, « auprès du District de Kampong Sela (Cambodge) » (the partner named once)."""
    if mission.mission.lieu:
        return f"auprès {of(mission.partenaire.nom)}, {at_place(mission)}"
    return f"auprès {of(place(mission))}"


def voting_body(mission: Mission, form: str = "le") -> str:
    """The body that votes the mandat spécial (mission.vote_par): « le conseil municipal », « la
    commission permanente du conseil régional »; form "au": « au bureau du conseil
    communautaire »."""
    words = MANDATE_TEXTS[mission.collectivite.type]
    body = words["bodies"].get(mission.mission.vote_par or "", (words["organe"],))[0]
    text = body.split(", agissant")[0]
    text = text[:1].lower() + text[1:]
    if form == "au":
        return "au " + text[3:] if text.startswith("le ") else "à " + text
    return text


def dated(mission: Mission) -> str:
    """The mission's dates after a noun: « (mission) du 2 au 6 mars 2027 », « du 16 mai 2028 »
    (never « mission le 16 mai 2028 »)."""
    period = mission.period
    return "du " + period.removeprefix("le ") if period.startswith("le ") else period


# What an activity's title says when the programme plans a signature (a relevé de décisions,
# a protocole): the mandat spécial then authorises it, the signed texts take its date and place.
SIGNING_WORDS = (
    "signature",
    "relevé de décisions",
    "protocole",
    "déclaration d’intention",
    "déclaration d'intention",
    "lettre d’intention",
    "lettre d'intention",
)


def signing_activities(mission: Mission | None) -> list:
    """The programme's activities that plan a signature (« Signature du relevé de décisions »)."""
    return [
        a
        for a in (mission.programme if mission else [])
        if any(w in str(a.intitule).lower() for w in SIGNING_WORDS)
    ]


# --- The budget -----------------------------------------------------------------------------


def budget_rows(mission: Mission | None, payer: str | None = None) -> list:
    """The budget's lines (all, or those paid by `payer`)."""
    lines = (mission.budget or []) if mission else []
    return [b for b in lines if payer is None or b.pris_en_charge_par == payer]


def payer_text(line) -> str:
    label = choice_label("budget.pris_en_charge_par", line.pris_en_charge_par)
    if line.pris_en_charge_par == "autre" and line.financeur:
        return f"{label} : {line.financeur}"
    return label


def total(lines) -> Decimal:
    return sum((b.montant for b in lines), Decimal(0))


def total_text(lines) -> str:
    return euros(total(lines))


# --- Who signs: the executive, by name and title ----------------------------------------------


def executive_title(mission: Mission | None, capital: bool = False) -> str:
    """« la présidente du conseil départemental », « le maire »; neutral without
    collectivite.executif (« la présidence du conseil départemental »)."""
    if mission is None:
        text = "l’exécutif de la collectivité"
    else:
        male, female, tail, office = EXECUTIVE_TITLES[mission.collectivite.type]
        person = mission.collectivite.executif
        if person is None:
            text = office
        else:
            text = ("la " + female if person.civilite == "madame" else "le " + male) + tail
        text = text.replace("{de_nom}", of(mission.collectivite.nom))
    return text[:1].upper() + text[1:] if capital else text


def executive_agrees(mission: Mission | None, word: str) -> str:
    """`word` agreed with the executive's title: « chargée » after « la présidente » or « la
    présidence », « chargé » after « le maire » or « l’exécutif de la collectivité »."""
    return word + "e" if executive_title(mission).startswith("la ") else word


def of_title(title: str) -> str:
    """« de » + a person's title with its article: « du maire », « de la présidente du conseil
    régional », « de l’exécutif de la collectivité » (never « de le maire »)."""
    text = title[:1].lower() + title[1:]
    if text.startswith("le "):
        return "du " + text[3:]
    return "de " + text


def executive_signature(mission: Mission | None) -> tuple[str, str | None]:
    """(title, name) under which the executive signs: (« La présidente du conseil
    départemental », « Claire Martin »); the name None when mission.yml does not give it."""
    person = mission.collectivite.executif if mission else None
    return executive_title(mission, capital=True), person.nom if person else None


def salutation(mission: Mission) -> str:
    """« Madame la Présidente, », « Monsieur le Maire, »; neutral without a civilité."""
    person = mission.collectivite.executif
    if person is None:
        return "Madame, Monsieur,"
    male, female, _, _ = EXECUTIVE_TITLES[mission.collectivite.type]
    word = female if person.civilite == "madame" else male
    lead = "Madame la " if person.civilite == "madame" else "Monsieur le "
    return lead + word[:1].upper() + word[1:] + ","


def kind_label(person) -> str:
    """« Élue », « Agent », « Autre membre »: the member's quality agreed with its civilité
    (generic masculine without one, as administrative French writes)."""
    return FRENCH_LANGUAGE.member_kind(person)
