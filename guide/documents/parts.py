"""Pieces shared by the mission's documents (délibération, ordres de mission, letter, compte
rendu, registre): the authority's words in plain text, the delegation by kind, the budget's
amounts. Plain text: the writers escape it (HTML) or store it as text (.docx).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..french import capitalised, euros
from ..mission import Mission, choice_label
from ..mission.model import in_language
from ..vocabulary import (
    _NAME_GENDERS,
    EXECUTIVE_TITLES,
    MANDATE_TEXTS,
    VOCABULARY,
    VOWELS,
    Noun,
    _split_article,
    _with_article,
    phrase,
)
from .languages import FRENCH, FRENCH_LANGUAGE, TABLES, Language

# A line to fill in running text, where a value is missing (never « None »).
LINE = "………………………………"


def authority_noun(mission: Mission, key: str, form: str = "le") -> str:
    """A noun of the authority's type (« le conseil municipal »), plain text, without the
    Markdown sources some entries carry."""
    noun = VOCABULARY[mission.collectivite.type][key]
    assert isinstance(noun, Noun), key
    return phrase(Noun(noun.alternatives, noun.tail if "](" not in noun.tail else ""), form)


def named(name: str, language: str = FRENCH, form: str = "le") -> str:
    """An authority's name in a sentence, in `language`: with its article (form "le": « la
    Commune de Kéra-Sobo », « the Testford District Assembly », « la Municipalidad de… »,
    « a Câmara Municipal do Tarrafal »), after « de » ("du": « du Département de l’Aube »,
    « del Département… », « da Câmara… »), « à » ("au") or « pour » ("par": « pela Câmara… »).
    The article comes from mission.yml's
    `nom_avec_article` in that language when given, else from the kind of authority the name
    names (each language's `NAME_KINDS`); a bare place name takes none."""
    w = Language(language)
    override = getattr(name, "with_article", None)
    text = None
    if override is not None and (w.code == FRENCH or w.code in override.translations):
        text = " ".join(override.in_language(w.code).split())
    if w.code == FRENCH and form == "par":
        return "pour " + named(name, FRENCH, "le")
    if w.code == FRENCH:
        if text:
            gender, bare = _split_article(text)
            return _with_article(bare, gender, form) if gender else _preceded(bare, form)
        return _preceded(name, form)
    table = w.table
    if text:
        article, _, bare = text.partition(" ")
        genders = {forms["le"].split(" ")[0]: g for g, forms in table.NAME_FORMS.items() if g}
        gender = genders.get(article.lower(), "") if bare else ""
        return table.NAME_FORMS[gender][form].format(name=bare if gender else text)
    bare = " ".join(name.split())
    words = [w.lower() for w in bare.split(" ")]
    if words and words[0] in {forms["le"].split(" ")[0] for forms in table.NAME_FORMS.values()}:
        gender = ""  # written with its article already
    elif table.NAME_KIND_AT == "any":
        gender = next((table.NAME_KINDS[w] for w in words if w in table.NAME_KINDS), "")
    else:
        gender = table.NAME_KINDS.get(words[0], "") if words else ""
    return table.NAME_FORMS[gender][form].format(name=bare)


def the(name: str) -> str:
    """« Commune de Kéra-Sobo » -> « la Commune de Kéra-Sobo », inside a sentence."""
    return named(name)


def _preceded(name: str, form: str) -> str:
    """A French name alone (form "le"), after « de » (form "du") or « à » (form "au"), with its
    article when its first word has one (« du Département », « à la Commune »), elided or
    plain otherwise."""
    name = " ".join(name.split())
    gender = _NAME_GENDERS.get(name.split(" ", 1)[0].lower())
    if gender is not None:
        return _with_article(name, gender, form)
    if form == "au":
        return "à " + name
    if form == "le":
        return name
    return ("d’" if name[:1].lower() in VOWELS else "de ") + name


def of(name: str) -> str:
    """« de » + a name: « de la Commune de Kéra-Sobo », « du Département de l’Aube »,
    « d’Antananarivo »."""
    return named(name, FRENCH, "du")


def to(name: str) -> str:
    """« à » + a name: « à la Commune de Kéra-Sobo », « au Département de l’Aube »."""
    return named(name, FRENCH, "au")


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


_KINDS = set(_NAME_GENDERS).union(*(TABLES[code].NAME_KINDS for code in TABLES if code != FRENCH))
_OF_PLACE = re.compile(r"^(\S+)\b.*?\s(?:de|do|da|del|of)\s+(.+)$|^(\S+)\b.*?\sd['’](.+)$")


def place_name(name: str) -> str:
    """The place an authority's name names: « Commune de Kéra-Sobo » -> « Kéra-Sobo »,
    « Câmara Municipal do Tarrafal » -> « Tarrafal », « Commune d'Essai » -> « Essai »,
    « Testford District Assembly » -> « Testford »; the name itself when it names no kind of
    authority."""
    name = " ".join(name.split())
    found = _OF_PLACE.match(name)
    if found and (found[1] or found[3]).lower() in _KINDS:
        return found[2] or found[4]
    words = name.split(" ")  # « Testford District Assembly »: the kind after the place
    while len(words) > 1 and words[-1].lower() in _KINDS:
        words.pop()
    return " ".join(words)


def place(mission: Mission, language: str = "fr", town: bool = False) -> str:
    """Where the mission goes: its place, else the partner's name (town: the place it names,
    « Kéra-Sobo », after « à », « in »), with the country (in `language`: the free texts'
    translations)."""
    partner = place_name(mission.partenaire.nom) if town else mission.partenaire.nom
    where = in_language(mission.mission.lieu, language) or partner
    country = Language(language).country(mission.partenaire.pays)
    return where if country in where else f"{where} ({country})"


def at_place(mission: Mission) -> str:
    """Where the mission goes, after « une mission exploratoire »: « à Kéra-Sobo et Fatick
    (Sénégal) » (mission.lieu), else « sur le territoire de la Région Analamanga-Sud
    (Madagascar) » (never « à Région … »)."""
    if mission.mission.lieu:
        return to(place(mission))
    return f"sur le territoire {of(place(mission))}"


def at_town(mission: Mission) -> str:
    """Where the mission goes, in the letter: « à Kéra-Sobo et Fatick (Sénégal) », « à
    Kampong Sela (Cambodge) » (the town in the partner's name), else « sur le territoire de la
    Région Analamanga-Sud (Madagascar) » (never « à Région … »)."""
    where = place(mission, FRENCH, town=True)
    if _NAME_GENDERS.get(where.split(" ", 1)[0].lower()) is not None:
        return f"sur le territoire {of(where)}"
    return f"à {where}"


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


# --- The partner's executive: its title in each language ---------------------------------

# The partner's executive in French, from its title (« le président du conseil de district »:
# « Monsieur le Président »): (a man, a woman); another title: whole, capitalised.
FRENCH_TITLES = {
    "maire": ("Maire", "Maire"),
    "président": ("Président", "Présidente"),
    "présidente": ("Président", "Présidente"),
    "gouverneur": ("Gouverneur", "Gouverneure"),
    "gouverneure": ("Gouverneur", "Gouverneure"),
}
_GENDERS = {"madame": "f", "monsieur": "m"}


def partner_title(mission: Mission, language: str) -> tuple[str, str]:
    """(title, gender) of the partner's executive in `language`: « Maire », « alcalde »,
    « Presidente da Câmara Municipal »; gender "m", "f" or "" (from the civilité, else from
    the article of the title as written in that language); title "" when unknown there."""
    w = Language(language)  # a locale's region has its own titles (pt-BR: « Prefeito »)
    executive = mission.partenaire.executif
    gender = _GENDERS.get(executive.civilite, "") if executive else ""
    title = mission.partenaire.executive_title
    if title is None:
        return "", gender
    if w.code != FRENCH and w.code in title.translations:  # as mission.yml translates it
        words = " ".join(title.translations[w.code].split())
        article, _, rest = words.partition(" ")
        articles = w.table.TITLE_ARTICLES
        if article.lower() in articles and rest:
            words, gender = rest, gender or articles[article.lower()]
        # A title the language knows: its spelling and its form for the civilité (« o
        # presidente da câmara municipal » -> « Presidente da Câmara Municipal »).
        for pair in w.table.PARTNER_TITLES.values():
            if words.casefold() in (pair[0].casefold(), pair[1].casefold()):
                return pair[gender == "f"], gender
        return words, gender
    french_gender, words = _split_article(" ".join(str(title).split()))
    if w.code == FRENCH and french_gender in ("m", "f"):
        gender = gender or french_gender
    titles = FRENCH_TITLES if w.code == FRENCH else w.table.PARTNER_TITLES
    pair = titles.get(words.lower()) or titles.get(words.split(" ")[0].lower())
    if pair:
        return pair[gender == "f"], gender
    if w.code == FRENCH and words:  # « Monsieur le Chef de l’exécutif du district, »
        return capitalised(words), gender
    return "", gender
