"""The keys of mission.yml: shape, allowed values (with their French labels), what each key
expects (its `description`, the « attendu » of messages) and how the online form labels it.

A key is one field here. Its description, form label (`x-libelle`) and, for a fixed list of
values, their labels (`x-libelles`) travel with the JSON Schema in the contract, so the build,
the adapter page's key table, the documents and the browser's form all read them from here.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime, time
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal
from xml.etree import ElementTree
from zoneinfo import available_timezones

from babel import Locale
from babel.core import get_global
from babel.localedata import locale_identifiers
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    PlainSerializer,
    StrictBool,
    StringConstraints,
    Tag,
    ValidationInfo,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from ..french import french_period
from .messages import MESSAGES, fold

# --- Formats of texts (exported: the browser checks the same patterns) -----------------------

DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
TIME_PATTERN = r"^([01]?[0-9]|2[0-3]):[0-5][0-9]$"
URL_PATTERN = r"^https?://[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?$"
ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
# A relative path under docs/ in letters without accents, digits, « . - _ » and « / »: nothing
# that HTML, a URL or a shell would read otherwise (it is written into <img> and <link>), no
# absolute path, no « .. », no hidden file.
LOGO_PATTERN = (
    r"^[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*\.(svg|png|jpg|jpeg|webp)$"
)
# The authority's own Word model (site.modele_word): the same kind of path, to a .docx.
WORD_MODEL_PATTERN = r"^[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*\.docx$"
# A task's deadline (taches.*.echeance, and in a guide page « { #id echeance=J-45 } »): days
# before (-) or after (+) the mission's first day (J), its last day (R) or the council session
# that votes the mandat spécial (S); in mission.yml also a date.
RELATIVE_DEADLINE_PATTERN = r"^([JRS])([+-])([0-9]{1,3})$"
DEADLINE_PATTERN = r"^([JRS][+-][0-9]{1,3}|[0-9]{4}-[0-9]{2}-[0-9]{2})$"
# An amount in euros: digits, with at most two decimals after « , » or « . » (3200, 1250,50).
AMOUNT_PATTERN = r"^[0-9]{1,9}([.,][0-9]{1,2})?$"
# A year (the actions of a convention, year by year): four digits, 2027.
YEAR_PATTERN = r"^[0-9]{4}$"
# A public phone number (an embassy's, an insurer's assistance line): digits, the country code
# after « + », groups apart with a space, a dot or a dash (« +221 33 839 52 62 », « 112 »); the
# page's tel: link keeps the digits and the « + ».
PHONE_PATTERN = r"^\+?[0-9]+([ .-][0-9]+)*$"
# An e-mail address, or a web address (the accessibility contact: site.contact_accessibilite).
CONTACT_PATTERN = (
    r"^([^\s@<>()\[\]\\,;:\"]+@[^\s@<>()\[\]\\,;:\"]+\.[a-zA-Z]{2,}"
    r"|https?://[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?)$"
)

# Keys of an earlier release of mission.yml, renamed or removed since: the key's path (list
# positions left out: "programme.horaire") -> what to write instead, in French. A key of the
# model is never renamed or removed without its line here: a fork's older mission.yml then says
# what to change (message « cle_ancienne ») instead of « clé inconnue ». Exported.
FORMER_KEYS: dict[str, str] = {}

# --- Limits and characters of texts (exported: the browser applies the same) ----------------
# Chosen so that the largest valid mission builds in a few seconds and the online form stays
# responsive (every row of the programme is a group of controls). Texts are counted in
# characters, the file in bytes (UTF-8).
LIMITS = {
    "fichier_octets": 200_000,  # the whole mission.yml
    "profondeur": 20,  # nested keys and lists (the model needs 5)
    "texte": 300,  # a text on one line: a name, a title, a place
    "texte_lignes": 2_000,  # a text that may hold several lines (an objective, a responsibility)
    "programme": 100,  # activities
    "liste": 30,  # items of the other lists (objectives, participants, people to meet…)
    "logo_octets": 500_000,  # the logo's file (shown on every page, and as the favicon)
    "modele_word_octets": 2_000_000,  # the Word model whose styles every .docx takes
    # The years a date may have (a mission, a session, a deadline): far from the calendars'
    # ends, so that no day after it (an all-day event ends the next day) overflows.
    "annee_min": 2000,
    "annee_max": 2100,
}
# Characters no text may hold: control characters (tab and carriage return included; the line
# feed is told apart: it is allowed where a text may have several lines), the line and paragraph
# separators, the bidirectional overrides, embeddings and isolates (they reverse what is shown),
# non-characters and the replacement character (a byte that was not UTF-8).
FORBIDDEN_CHARACTERS = (
    "[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e"
    "\u2066-\u2069\ufffd\ufffe\uffff]"
)
# Characters that show nothing: spaces of every kind and the invisible format characters
# (zero-width spaces and joiners, soft hyphen, direction marks, variation selectors, the
# braille blank, the musical formatting marks, the tag characters…). A text made of these only
# is refused: it would be invisible everywhere. (Beyond U+FFFF: the browser reads the pattern
# by code points, the `u` flag.)
INVISIBLE_CHARACTERS = (
    "[\u0009-\u000d\u0020\u0085\u00a0\u00ad\u034f\u061c\u115f\u1160\u1680\u17b4"
    "\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u2800\u3000\u3164"
    "\ufe00-\ufe0f\ufeff\uffa0\U0001d173-\U0001d17a\U000e0000-\U000e007f"
    "\U000e0100-\U000e01ef]"
)
# What pydantic strips from both ends of a text (Unicode's White_Space, as Rust's trim: not
# Python's str.strip(), which also strips U+001C–U+001F): the browser strips the same.
STRIPPED = "[\u0009-\u000d\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
_FORBIDDEN = re.compile(FORBIDDEN_CHARACTERS)
_STRIPPED_ENDS = re.compile(f"^{STRIPPED}+|{STRIPPED}+$")


def stripped(text: str) -> str:
    """`text` without the spaces pydantic strips from its ends."""
    return _STRIPPED_ENDS.sub("", text)


_ONLY_INVISIBLE = re.compile(INVISIBLE_CHARACTERS + "*")

# --- Fixed lists of values: value -> French label, each written once -------------------------

COLLECTIVITE_TYPES = {
    "commune": "Commune",
    "intercommunalite": "Intercommunalité",
    "departement": "Département",
    "region": "Région",
}
MEMBER_KINDS = {"elu": "Élu ou élue", "agent": "Agent ou agente", "autre": "Autre membre"}
# How the documents address a person and make words agree (« Madame la Maire », « Élue »).
CIVILITES = {"madame": "Madame", "monsieur": "Monsieur"}
# The body that votes the mandat spécial; which a type allows: rules.py `VOTE_BODIES_BY_TYPE`.
VOTE_BODIES = {
    "assemblee": "L’assemblée délibérante",
    "commission_permanente": "La commission permanente, par délégation",
    "bureau": "Le bureau, par délégation",
}
ENTRY_TYPES = {
    "rencontre": "Rencontre",
    "visite_de_courtoisie": "Visite de courtoisie",
    "reunion_de_travail": "Réunion de travail",
    "visite_de_terrain": "Visite de terrain",
    "deplacement": "Déplacement",
    "temps_libre": "Temps libre",
    "autre": "Autre",
}
# The languages the documents for the partner can be written in (partenaire.langue_des_documents,
# alone or with a region: `document_locales`; numbers, amounts and some words differ by region).
DOCUMENT_LANGUAGES = {"en": "anglais", "es": "espagnol", "pt": "portugais"}
# Who pays a line of the budget (budget[].pris_en_charge_par).
BUDGET_PAYERS = {
    "collectivite": "La collectivité française",
    "partenaire": "La collectivité partenaire",
    "autre": "Un autre financeur",
}
# What the partner is, in law: a convention of decentralised cooperation is signed with a
# foreign local authority (CGCT L1115-1), never with a foreign State (L1115-5).
PARTNER_KINDS = {
    "collectivite": "Une collectivité territoriale étrangère ou un groupement de collectivités",
    "etat": "Un État étranger ou l’un de ses services",
    "autre": "Un autre organisme étranger (association, établissement public…)",
}
# Which text of a signed bilingual convention prevails (convention.langue_qui_fait_foi).
AUTHENTIC_TEXTS = {
    "fr": "Le texte en français",
    "partenaire": "Le texte dans la langue du partenaire",
    "les_deux": "Les deux textes, qui font également foi",
}
# Above this amount, a subsidy to a foreign body needs a convention (Maire-info, « Action
# extérieure des collectivités : l'État rappelle les règles »; domain facts).
SUBSIDY_THRESHOLD = 23_000
# Material for MkDocs' primary colours (as written in mkdocs.yml; the label is the value) that
# pass axe's AA contrast on every page in light and dark mode: header text, links, buttons
# (tests/content/test_colours.py). The others (red, teal, orange, black…) give 2 to 4:1 in the
# header or in links, whatever the text colour on them: not offered.
MATERIAL_COLOURS = {
    name: name for name in ("indigo", "deep purple", "purple", "blue grey", "brown", "grey")
}


@cache
def time_zones() -> tuple[str, ...]:
    """IANA time zone names known to this Python (tzdata is pinned)."""
    return tuple(sorted(name for name in available_timezones() if "/" in name or name == "UTC"))


@cache
def zones_by_city() -> dict[str, str]:
    """Folded city name -> its time zone ("dakar" -> "Africa/Dakar"), for suggestions."""
    zones: dict[str, str] = {}
    for zone in time_zones():
        zones.setdefault(fold(zone.rsplit("/", 1)[-1]), zone)
    return zones


@cache
def document_locales() -> dict[str, str]:
    """The values of partenaire.langue_des_documents and their French names, from CLDR: each
    language alone (« es »: espagnol) and with each country where CLDR says it is official
    (« es-PE »: espagnol (Pérou)), as BCP 47 tags."""
    french = Locale.parse("fr")
    official = get_global("territory_languages")
    regional = sorted(
        identifier.replace("_", "-")
        for identifier in locale_identifiers()
        if (parts := identifier.split("_"))[0] in DOCUMENT_LANGUAGES
        and len(parts) == 2
        and len(parts[1]) == 2
        and official.get(parts[1], {}).get(parts[0], {}).get("official_status")
    )
    names = dict(DOCUMENT_LANGUAGES)
    for tag in regional:
        language, territory = tag.split("-")
        names[tag] = f"{DOCUMENT_LANGUAGES[language]} ({french.territories[territory]})"
    return names


@cache
def document_locales_by_name() -> dict[str, str]:
    """Folded French name -> its tag (« portugais (Brésil) » -> pt-BR), for suggestions."""
    return {fold(name): tag for tag, name in document_locales().items()}


# --- Value types ----------------------------------------------------------------------------


def format_error(code: str):
    return PydanticCustomError(code, MESSAGES[code].split(" ;")[0])


def to_date(value: Any) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        day = value
    elif isinstance(value, str) and re.fullmatch(DATE_PATTERN, value.strip()):
        try:
            day = date.fromisoformat(value.strip())
        except ValueError:
            raise format_error("date") from None
    else:
        raise format_error("date")
    first, last = LIMITS["annee_min"], LIMITS["annee_max"]
    if not first <= day.year <= last:
        raise PydanticCustomError("date_hors_bornes", "date", {"min": first, "max": last})
    return day


def to_time(value: Any) -> time:
    if isinstance(value, time):
        return value
    if isinstance(value, str) and re.fullmatch(TIME_PATTERN, value.strip()):
        hours, minutes = value.strip().split(":")
        return time(int(hours), int(minutes))
    raise format_error("heure")


def _matching(code: str, pattern: str):
    def check(value: str) -> str:
        if not re.fullmatch(pattern, value):
            raise format_error(code)
        return value

    return check


def _document_locale(value: str) -> str:
    if value not in document_locales():
        raise format_error("langue_document")
    return value


def _time_zone(value: str) -> str:
    if value not in time_zones():
        raise format_error("fuseau")
    return value


# What an image file starts with, by the extensions it may have (its content decides).
IMAGE_SIGNATURES = {
    "png": [b"\x89PNG\r\n\x1a\n"],
    "jpg": [b"\xff\xd8\xff"],
    "jpeg": [b"\xff\xd8\xff"],
    "webp": [b"RIFF"],  # then the size, then « WEBP » (checked below)
}
# What an SVG logo may not hold: scripts, event handlers, embedded documents, links or styles
# that load another file (a logo is shown on every page, as the site's own content).
SVG_REFUSED = (
    r"<\s*(script|foreignObject|iframe|embed|object)\b|<!(DOCTYPE|ENTITY)"
    r"|\son[a-z]+\s*=|javascript:|data:|(href|src)\s*=\s*[\"']?\s*[^\s\"'#]|@import|url\(\s*[\"']?[^\s\"'#)]"
)


def _image_problem(path: Path, extension: str) -> PydanticCustomError | None:
    """Why the file at `path` is not a logo image of its extension's type, or None."""
    size = path.stat().st_size
    if size > LIMITS["logo_octets"]:
        return PydanticCustomError(
            "logo_trop_gros", "trop gros", {"nombre": size, "max": LIMITS["logo_octets"]}
        )
    content = path.read_bytes()
    if extension != "svg":
        good = any(content.startswith(start) for start in IMAGE_SIGNATURES[extension])
        if extension == "webp":
            good = good and content[8:12] == b"WEBP"
        return None if good else format_error("logo_contenu")
    text = content.decode("utf-8", "replace")
    if not re.search(r"<svg[\s>]", text[:4096]):
        return format_error("logo_contenu")
    refused = re.search(SVG_REFUSED, text, re.IGNORECASE)
    if refused:
        return PydanticCustomError("logo_svg", "svg", {"element": f"« {refused[0].strip()} »"})
    return _svg_tree_problem(text)


def _local(name: str) -> str:
    """`{namespace}script` or `xlink:href` → `script`, `href` (lower case)."""
    return name.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower()


def _svg_tree_problem(text: str) -> PydanticCustomError | None:
    """The check on the parsed document, which the text search above cannot be: a script in
    any namespace (`<h:script>` bound to XHTML, `<s:script>` to SVG), any `on…` attribute, any
    reference to another file. DOCTYPE and entities were refused before parsing."""
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as error:
        return PydanticCustomError("logo_svg_illisible", "svg", {"detail": str(error)})
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if _local(element.tag) in {"script", "foreignobject", "iframe", "embed", "object"}:
            return PydanticCustomError("logo_svg", "svg", {"element": f"« <{element.tag}> »"})
        for name, value in element.attrib.items():
            local = _local(name)
            if local.startswith("on"):
                return PydanticCustomError("logo_svg", "svg", {"element": f"« {local}= »"})
            external = local in {"href", "src"} and not value.strip().startswith("#")
            if external or re.search(r"url\(\s*[\"']?\s*[^\s\"'#)]", value):
                return PydanticCustomError("logo_svg", "svg", {"element": f"« {local}= »"})
        if _local(element.tag) == "style" and re.search(r"url\(|@import", element.text or ""):
            return PydanticCustomError("logo_svg", "svg", {"element": "« url( »"})
    return None


def _deadline(value: str) -> str:
    if not re.fullmatch(DEADLINE_PATTERN, value):
        raise format_error("echeance")
    if re.fullmatch(DATE_PATTERN, value):
        try:
            to_date(value)
        except PydanticCustomError as error:  # 2027-02-30 is no date; 9999-12-31 too far
            if error.type == "date_hors_bornes":
                raise
            raise format_error("echeance") from None
    return value


def _logo(value: str, info: ValidationInfo) -> str:
    if not re.fullmatch(LOGO_PATTERN, value, re.IGNORECASE) or ".." in value.split("/"):
        raise format_error("logo_format")
    path = _in_docs(value, info, "logo")
    if path is None:
        return value  # the browser's form: it cannot see docs/
    problem = _image_problem(path, value.rsplit(".", 1)[-1].lower())
    if problem:
        raise problem
    return value


def _in_docs(value: str, info: ValidationInfo, code: str) -> Path | None:
    """The file `value` names under docs/ (None for the browser's form, which cannot see it),
    refused when a link leads out of docs/ or when it does not exist."""
    docs_dir = (info.context or {}).get("docs_dir")
    if docs_dir is None:
        return None
    docs = Path(docs_dir).resolve()
    path = Path(docs_dir) / value
    # Links are followed to see where they lead: the file itself must be inside docs/.
    if (path.is_symlink() or path.exists()) and not path.resolve().is_relative_to(docs):
        raise format_error(f"{code}_hors_docs")
    if not path.is_file():
        raise format_error(f"{code}_introuvable")
    return path.resolve()


def _word_model(value: str, info: ValidationInfo) -> str:
    """A Word document (.docx: a zip with its document and its styles) in docs/, not too big."""
    if not re.fullmatch(WORD_MODEL_PATTERN, value, re.IGNORECASE) or ".." in value.split("/"):
        raise format_error("modele_word_format")
    path = _in_docs(value, info, "modele_word")
    if path is None:
        return value
    size = path.stat().st_size
    if size > LIMITS["modele_word_octets"]:
        raise PydanticCustomError(
            "modele_word_trop_gros",
            "trop gros",
            {"nombre": size, "max": LIMITS["modele_word_octets"]},
        )
    try:
        with zipfile.ZipFile(path) as package:
            parts = set(package.namelist())
    except (zipfile.BadZipFile, OSError):
        parts = set()
    if not {"word/document.xml", "word/styles.xml", "[Content_Types].xml"} <= parts:
        raise format_error("modele_word_contenu")
    return value


def _checked_text(multiline: bool):
    """The checks every text goes through after its length: characters, line breaks."""

    def check(value: str) -> str:
        bad = _FORBIDDEN.search(value)
        if bad:
            raise PydanticCustomError(
                "caractere_interdit", "caractère interdit", {"code": f"U+{ord(bad[0]):04X}"}
            )
        if _ONLY_INVISIBLE.fullmatch(value):
            raise PydanticCustomError("texte_invisible", "texte invisible")
        if not multiline and "\n" in value:
            raise PydanticCustomError("une_ligne", "plusieurs lignes")
        return value

    return check


def _text_schema(multiline: bool = False, **schema) -> dict:
    """The JSON Schema of a text: its length and, for some, that it may hold several lines."""
    limit = LIMITS["texte_lignes" if multiline else "texte"]
    extra = {"x-plusieurs-lignes": True} if multiline else {}
    return {"type": "string", "minLength": 1, "maxLength": limit, **extra, **schema}


def _schema(**schema) -> WithJsonSchema:
    """The key's JSON Schema as the browser checks it (a text type keeps its minLength)."""
    return WithJsonSchema(schema)


Text = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=LIMITS["texte"]),
    AfterValidator(_checked_text(multiline=False)),
    WithJsonSchema(_text_schema()),
]
# A text that may hold several lines (a `|` block): shown as lines everywhere.
Lines = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=LIMITS["texte_lignes"]),
    AfterValidator(_checked_text(multiline=True)),
    WithJsonSchema(_text_schema(multiline=True)),
]
IsoDate = Annotated[
    date,
    BeforeValidator(to_date),
    _schema(type="string", format="date", pattern=DATE_PATTERN, **{"x-format": "date"}),
]
ClockTime = Annotated[
    time,
    BeforeValidator(to_time),
    _schema(type="string", pattern=TIME_PATTERN, **{"x-format": "heure"}),
]
Url = Annotated[
    Text,
    AfterValidator(_matching("url", URL_PATTERN)),
    _schema(**_text_schema(pattern=URL_PATTERN, **{"x-format": "url"})),
]
TimeZone = Annotated[
    Text, AfterValidator(_time_zone), _schema(**_text_schema(**{"x-format": "fuseau"}))
]
DocumentLocale = Annotated[
    Text,
    AfterValidator(_document_locale),
    _schema(**_text_schema(**{"x-format": "langue_document"})),
]
Identifier = Annotated[
    Text,
    AfterValidator(_matching("identifiant", ID_PATTERN)),
    _schema(**_text_schema(pattern=ID_PATTERN, **{"x-format": "identifiant"})),
]
Contact = Annotated[
    Text,
    AfterValidator(_matching("contact", CONTACT_PATTERN)),
    _schema(**_text_schema(pattern=CONTACT_PATTERN, **{"x-format": "contact"})),
]
Phone = Annotated[
    Text,
    AfterValidator(_matching("telephone", PHONE_PATTERN)),
    _schema(**_text_schema(pattern=PHONE_PATTERN, maxLength=30, **{"x-format": "telephone"})),
]
Deadline = Annotated[
    Text,
    AfterValidator(_deadline),
    _schema(**_text_schema(pattern=DEADLINE_PATTERN, **{"x-format": "echeance"})),
]


def _decimal(value: str) -> Decimal:
    return Decimal(value.replace(",", "."))


# Written as text (« 3200 », « 1250,50 »), held as a Decimal: one total, no float anywhere.
Amount = Annotated[
    Text,
    AfterValidator(_matching("montant", AMOUNT_PATTERN)),
    AfterValidator(_decimal),
    PlainSerializer(lambda value: format(value, "f"), return_type=str),
    _schema(**_text_schema(pattern=AMOUNT_PATTERN, **{"x-format": "montant"})),
]
Year = Annotated[
    Text,
    AfterValidator(_matching("annee", YEAR_PATTERN)),
    _schema(**_text_schema(pattern=YEAR_PATTERN, **{"x-format": "annee"})),
]
LogoPath = Annotated[
    Text,
    AfterValidator(_logo),
    _schema(**_text_schema(pattern=LOGO_PATTERN, **{"x-format": "logo"})),
]
WordModelPath = Annotated[
    Text,
    AfterValidator(_word_model),
    _schema(**_text_schema(pattern=WORD_MODEL_PATTERN, **{"x-format": "modele_word"})),
]


class Translated(str):
    """A free text of mission.yml: its French text (the str itself, what every French page and
    document shows) and its translations by language code (`in_language`)."""

    translations: dict[str, str]

    def __new__(cls, french: str, translations: dict[str, str] | None = None) -> Translated:
        text = super().__new__(cls, french)
        text.translations = dict(translations or {})
        return text

    def in_language(self, language: str) -> str:
        """The text in `language`; its French text when it has no translation there."""
        return self.translations.get(language, str(self))


class _Translations(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)
    fr: Text = Field(description="le texte en français")
    en: Text | None = Field(None, description="le même texte en anglais")
    es: Text | None = Field(None, description="le même texte en espagnol")
    pt: Text | None = Field(None, description="le même texte en portugais")


class _LinesTranslations(_Translations):
    """The translations of a text that may hold several lines."""

    fr: Lines = Field(description="le texte en français")
    en: Lines | None = Field(None, description="le même texte en anglais")
    es: Lines | None = Field(None, description="le même texte en espagnol")
    pt: Lines | None = Field(None, description="le même texte en portugais")


def _translated(value: str | _Translations) -> Translated:
    if isinstance(value, str):
        return Translated(value)
    others = {k: v for k, v in value.model_dump().items() if k != "fr" and v is not None}
    return Translated(value.fr, others)


# Tags of the two forms of a free text, then of partenaire.executif (a text, or a mapping with
# the person). pydantic puts them in an error's location; they hold a character no key can (the
# reader refuses control characters), so load.py drops them safely.
TEXT_TAGS = ("\x00texte", "\x00traductions", "\x00titre", "\x00executif")


def _free_text(text, translations: type[_Translations], multiline: bool):
    """A free text: a text, or the same text in several languages, `{fr: …, es: …}`. The
    schema says both to the browser: a text, and under `x-traductions` the mapping it may be
    instead."""
    schema = translations.model_json_schema()
    schema.pop("title", None)
    schema.pop("description", None)
    return Annotated[
        Annotated[text, Tag(TEXT_TAGS[0])] | Annotated[translations, Tag(TEXT_TAGS[1])],
        Discriminator(lambda v: TEXT_TAGS[1] if isinstance(v, dict) else TEXT_TAGS[0]),
        AfterValidator(_translated),
        _schema(**_text_schema(multiline=multiline, **{"x-traductions": schema})),
    ]


FreeText = _free_text(Text, _Translations, multiline=False)
# A free text that may hold several lines (objectives, results, responsibilities).
FreeLines = _free_text(Lines, _LinesTranslations, multiline=True)


def in_language(value: str | None, language: str) -> str | None:
    """A value of mission.yml in `language` (a free text's translation, or the text itself)."""
    return value.in_language(language) if isinstance(value, Translated) else value


class Name(str):
    """An authority's name (collectivite.nom, partenaire.nom) with, when mission.yml gives it,
    the way it reads in a sentence in each language (`nom_avec_article`: « la Commune de
    Kéra-Sobo », « the Kéra-Sobo Municipal Assembly »): the documents' articles use it
    (guide/documents/parts.py `named`)."""

    with_article: Translated | None = None


def _named(model):
    """The model's `nom` as a Name carrying its `nom_avec_article` (validation's last step)."""
    name = Name(model.nom)
    name.with_article = model.nom_avec_article
    object.__setattr__(model, "nom", name)  # frozen model: its own value, once, after checks
    return model


_WITH_ARTICLE = (
    "le nom tel qu'il s'écrit dans une phrase, avec son article, si le guide ne le devine pas "
    "(facultatif), par exemple « la Commune de Saint-Louis » ; une traduction par langue au "
    "besoin (fr: …, en: the Saint-Louis Municipal Council)"
)


def Key(  # noqa: N802
    description: str,
    label: str | None = None,
    choices: dict | None = None,
    keys: str | None = None,
    **options,
):
    """A key of mission.yml: what it expects, how the form labels it, its values' labels;
    `keys`: what the keys of a table by name (taches) are, for messages."""
    extra: dict[str, Any] = {}
    if keys:
        extra["x-cles"] = keys
    if label:
        extra["x-libelle"] = label
    if choices:
        extra["x-libelles"] = choices
    return Field(description=description, json_schema_extra=extra or None, **options)


def Choice(choices: dict):  # noqa: N802
    """The type of a key whose value is one of `choices` (a value -> label table)."""
    return Literal[tuple(choices)]  # type: ignore[valid-type]


# --- The model: the keys of mission.yml -----------------------------------------------------


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Executif(_Model):
    nom: Text = Key(
        "le prénom et le nom de l'exécutif, par exemple « Claire Martin »",
        "Exécutif de la collectivité française : prénom et nom",
    )
    civilite: Choice(CIVILITES) = Key(
        "madame ou monsieur", "Exécutif de la collectivité française : civilité", CIVILITES
    )


class Collectivite(_Model):
    nom: Text = Key(
        "le nom de la collectivité, par exemple « Commune de … » ou « Département de … »",
        "Nom de la collectivité française",
    )
    type: Choice(COLLECTIVITE_TYPES) = Key(
        "le type de collectivité : commune, intercommunalite, departement ou region",
        "Type de la collectivité française",
        COLLECTIVITE_TYPES,
    )
    # Where the authority is, as the partner's documents describe it: translatable.
    departement: FreeText | None = Key(
        "le département, par exemple « Drôme »",
        "Département de la collectivité française",
        default=None,
    )
    region: FreeText | None = Key(
        "la région, par exemple « Auvergne-Rhône-Alpes »",
        "Région de la collectivité française",
        default=None,
    )
    site_web: Url | None = Key(
        "l'adresse du site web, par exemple https://www.exemple.fr",
        "Site web de la collectivité française",
        default=None,
    )
    # Who signs the documents: « La présidente du conseil départemental, Claire Martin ».
    executif: Executif | None = Key(
        "l'exécutif de la collectivité : son nom et sa civilité (madame ou monsieur)",
        default=None,
    )
    nom_avec_article: FreeText | None = Key(
        _WITH_ARTICLE, "Nom de la collectivité française dans une phrase", default=None
    )

    _name = model_validator(mode="after")(_named)


class ExecutifPartenaire(_Model):
    """partenaire.executif as a mapping: the title, the person's name and civilité (the letter
    then writes « Monsieur le Maire, », « Dear Mayor Mensah, »). `fr`, `en`, `es`, `pt`: the
    title in each language, the mapping of the earlier form (`{fr: le maire, es: el alcalde}`)."""

    titre: FreeText | None = Key(
        "le titre de l'exécutif, avec son article, par exemple « le maire » ou « la gouverneure »",
        "Exécutif de la collectivité partenaire : titre",
        default=None,
    )
    nom: Text | None = Key(
        "le prénom et le nom de l'exécutif du partenaire, par exemple « Kofi Mensah »",
        "Exécutif de la collectivité partenaire : prénom et nom",
        default=None,
    )
    civilite: Choice(CIVILITES) | None = Key(
        "madame ou monsieur",
        "Exécutif de la collectivité partenaire : civilité",
        CIVILITES,
        default=None,
    )
    fr: Text | None = Key("le titre en français (écrivez plutôt titre)", default=None)
    en: Text | None = Key("le titre en anglais", default=None)
    es: Text | None = Key("le titre en espagnol", default=None)
    pt: Text | None = Key("le titre en portugais", default=None)

    @property
    def title(self) -> Translated | None:
        """The title with its translations: `titre`, else the earlier form's `fr`; `en`, `es`,
        `pt` beside it translate it too."""
        french = self.titre if self.titre is not None else self.fr
        if french is None:
            return None
        others = {k: getattr(self, k) for k in ("en", "es", "pt") if getattr(self, k)}
        own = french.translations if isinstance(french, Translated) else {}
        return Translated(str(french), {**others, **own})


def _partner_executive(value) -> ExecutifPartenaire:
    return value if isinstance(value, ExecutifPartenaire) else ExecutifPartenaire(titre=value)


def _executive_schema() -> dict:
    schema = ExecutifPartenaire.model_json_schema()
    schema.pop("title", None)
    schema.pop("description", None)
    return _text_schema(**{"x-traductions": schema})


# partenaire.executif: its title as a text, as before, or a mapping (the person, or the
# earlier form's title by language). The browser reads the mapping's schema under
# `x-traductions`, as for any free text.
PartnerExecutive = Annotated[
    Annotated[FreeText, Tag(TEXT_TAGS[2])] | Annotated[ExecutifPartenaire, Tag(TEXT_TAGS[3])],
    Discriminator(
        lambda v: TEXT_TAGS[3] if isinstance(v, dict | ExecutifPartenaire) else TEXT_TAGS[2]
    ),
    AfterValidator(_partner_executive),
    _schema(**_executive_schema()),
]


class Partenaire(_Model):
    nom: Text = Key("le nom de la collectivité partenaire", "Nom de la collectivité partenaire")
    pays: FreeText = Key(
        "le pays du partenaire, par exemple « Sénégal »", "Pays de la collectivité partenaire"
    )
    region: FreeText | None = Key(
        "la région du partenaire", "Région de la collectivité partenaire", default=None
    )
    langue: FreeText | None = Key(
        "la langue de travail de la mission", "Langue de travail de la mission", default=None
    )
    # The documents for the partner (terms of reference, letter) are also written in it.
    # Without a region, the country's when the language has one there (Brésil: pt-BR).
    langue_des_documents: DocumentLocale | None = Key(
        "la langue des documents pour le partenaire : en (anglais), es (espagnol) ou "
        "pt (portugais), seule ou avec le pays, par exemple es-PE, pt-BR ou en-GB",
        "Langue des documents pour le partenaire (facultatif)",
        default=None,
    )
    # A State cannot sign a convention with a French authority (L1115-5): rules.py.
    statut: Choice(PARTNER_KINDS) | None = Key(
        "ce qu'est le partenaire : collectivite (une collectivité territoriale étrangère), etat "
        "(un État étranger ou l'un de ses services) ou autre (un autre organisme étranger)",
        "Statut du partenaire (facultatif)",
        PARTNER_KINDS,
        default=None,
    )
    # Its executive has a local title that only the authority knows.
    executif: PartnerExecutive | None = Key(
        "le titre de l'exécutif de la collectivité partenaire, avec son article, par exemple "
        "« le maire », « le gouverneur » ou « le président du conseil de district » ; ou, "
        "pour que la lettre s'adresse à la personne, titre, nom et civilite (madame ou "
        "monsieur)",
        "Exécutif de la collectivité partenaire (par exemple « le maire »)",
        default=None,
    )

    nom_avec_article: FreeText | None = Key(
        _WITH_ARTICLE, "Nom de la collectivité partenaire dans une phrase", default=None
    )

    _name = model_validator(mode="after")(_named)

    @property
    def executive_title(self) -> Translated | None:
        """The executive's title (« le maire »), whichever form mission.yml gives it in."""
        return self.executif.title if self.executif else None


class Dates(_Model):
    debut: IsoDate = Key(
        "la date du premier jour, par exemple 2027-03-02", "Dates : premier jour de la mission"
    )
    fin: IsoDate = Key(
        "la date du dernier jour, par exemple 2027-03-06", "Dates : dernier jour de la mission"
    )
    fuseau_horaire: TimeZone = Key(
        "le fuseau horaire du lieu de la mission, par exemple Africa/Dakar",
        "Heures indiquées : fuseau horaire (Continent/Ville)",
    )
    lieu: FreeText | None = Key(
        "le lieu principal de la mission", "Lieu de la mission", default=None
    )
    # The session that votes the mandat spécial: deadlines written S-7 count from it.
    seance_conseil: IsoDate | None = Key(
        "la date de la séance du conseil qui vote le mandat spécial, avant le départ, par "
        "exemple 2027-01-28",
        "Séance du conseil qui vote le mandat spécial",
        default=None,
    )
    vote_par: Choice(VOTE_BODIES) | None = Key(
        "qui vote le mandat spécial : assemblee, commission_permanente (département, région) "
        "ou bureau (intercommunalité), par délégation de l'assemblée",
        "Mandat spécial voté par",
        VOTE_BODIES,
        default=None,
    )


class Membre(_Model):
    nom: Text = Key("le prénom et le nom de la personne", "Nom")
    fonction: FreeText = Key(
        "sa fonction, par exemple « Adjointe au maire chargée des relations internationales »",
        "Fonction",
    )
    qualite: Choice(MEMBER_KINDS) = Key("elu, agent ou autre", "Qualité", MEMBER_KINDS)
    role: FreeText = Key(
        "ce que la personne présente ou anime pendant la mission", "Rôle pendant la mission"
    )
    civilite: Choice(CIVILITES) | None = Key(
        "madame ou monsieur (facultatif : les documents accordent alors « Élue », « Agente »)",
        "Civilité (facultatif)",
        CIVILITES,
        default=None,
    )


class Activite(_Model):
    id: Identifier | None = Key(
        "un identifiant fixe de l'activité, par exemple visite-du-marche",
        "Identifiant fixe de l'activité (facultatif)",
        default=None,
    )
    date: IsoDate = Key("le jour de l'activité, par exemple 2027-03-02", "Date")
    debut: ClockTime = Key('l\'heure de début, par exemple "09:00"', "Horaire : heure de début")
    fin: ClockTime = Key('l\'heure de fin, par exemple "10:30"', "Horaire : heure de fin")
    type: Choice(ENTRY_TYPES) = Key(
        "le type d'activité : " + ", ".join(ENTRY_TYPES), "Type", ENTRY_TYPES
    )
    intitule: FreeText = Key("l'intitulé de l'activité", "Intitulé de l'activité")
    lieu: FreeText | None = Key("le lieu de l'activité", "Lieu", default=None)
    # Translatable (`- {fr: Délégation de Val-Fleuri, es: Delegación de Val-Fleuri}`): the
    # partner's programme and calendar name them in its language.
    participants: list[FreeText] | None = Key(
        "les participants, un par ligne",
        "Participants (un par ligne)",
        default=None,
        max_length=LIMITS["liste"],
    )
    interventions: list[Text] | None = Key(
        "qui intervient et sur quoi, une intervention par ligne, « qui : quoi », par exemple "
        "« Maire : présentation de la commune »",
        "Interventions (« qui : quoi », une par ligne)",
        default=None,
        max_length=LIMITS["liste"],
    )


class Responsabilites(_Model):
    collectivite: list[FreeLines] = Key(
        "ce que prend en charge la collectivité française",
        min_length=1,
        max_length=LIMITS["liste"],
    )
    partenaire: list[FreeLines] = Key(
        "ce que prend en charge le partenaire", min_length=1, max_length=LIMITS["liste"]
    )


class Depense(_Model):
    poste: FreeText = Key(
        "ce qui est payé, par exemple « Billets d'avion (4 personnes) »", "Poste de dépense"
    )
    montant: Amount = Key("le montant en euros, en chiffres, par exemple 3200", "Montant (€)")
    pris_en_charge_par: Choice(BUDGET_PAYERS) = Key(
        "qui le paie : collectivite, partenaire ou autre", "Pris en charge par", BUDGET_PAYERS
    )
    financeur: Text | None = Key(
        "le nom de l'autre financeur (quand pris_en_charge_par est « autre »)",
        "Autre financeur (son nom)",
        default=None,
    )
    # Over SUBSIDY_THRESHOLD, a subsidy to the partner needs a convention (rules.py).
    subvention: StrictBool | None = Key(
        "true si ce montant est une subvention versée au partenaire ou à un autre organisme "
        "étranger",
        "Subvention versée au partenaire (facultatif)",
        default=None,
    )


class ConventionAction(_Model):
    annee: Year = Key("l'année de l'action, en quatre chiffres, par exemple 2028", "Année")
    intitule: FreeText = Key(
        "ce qui est fait, par exemple « Étude du réseau d'eau »", "Action prévue"
    )
    montant: Amount = Key(
        "le montant prévisionnel en euros, en chiffres, par exemple 12000",
        "Montant prévisionnel (€)",
    )
    pris_en_charge_par: Choice(BUDGET_PAYERS) = Key(
        "qui le finance : collectivite, partenaire ou autre", "Financé par", BUDGET_PAYERS
    )
    financeur: Text | None = Key(
        "le nom de l'autre financeur (quand pris_en_charge_par est « autre »)",
        "Autre financeur (son nom)",
        default=None,
    )


class ConventionCommitments(_Model):
    collectivite: list[FreeLines] = Key(
        "ce à quoi s'engage la collectivité française, un engagement par ligne",
        min_length=1,
        max_length=LIMITS["liste"],
    )
    partenaire: list[FreeLines] = Key(
        "ce à quoi s'engage le partenaire, un engagement par ligne",
        min_length=1,
        max_length=LIMITS["liste"],
    )


class SteeringCommittee(_Model):
    membres: list[Text] = Key(
        "qui siège au comité de pilotage, une personne ou une fonction par ligne",
        "Membres du comité de pilotage (un par ligne)",
        min_length=1,
        max_length=LIMITS["liste"],
    )
    frequence: FreeText = Key(
        "quand il se réunit, par exemple « deux fois par an, en alternance dans chaque "
        "territoire »",
        "Comité de pilotage : fréquence des réunions",
    )


class Convention(_Model):
    """The draft convention de partenariat (CGCT L1115-1: the object of the actions and the
    provisional amount of the financial commitments)."""

    objet: FreeLines = Key(
        "l'objet de la convention, par exemple « Coopérer pour l'accès à l'eau potable dans "
        "les quartiers de la ville partenaire »",
        "Convention : objet",
    )
    duree: FreeText = Key(
        "la durée de la convention, par exemple « trois ans »", "Convention : durée"
    )
    actions: list[ConventionAction] = Key(
        "les actions prévues, année par année (annee, intitule, montant, pris_en_charge_par)",
        min_length=1,
        max_length=LIMITS["liste"],
    )
    engagements: ConventionCommitments | None = Key(
        "les engagements de chaque partie (collectivite, partenaire)", default=None
    )
    comite_de_pilotage: SteeringCommittee | None = Key(
        "le comité de pilotage : membres et fréquence des réunions", default=None
    )
    langue_qui_fait_foi: Choice(AUTHENTIC_TEXTS) | None = Key(
        "le texte qui fait foi en cas de divergence : fr (le français), partenaire (la langue "
        "du partenaire) ou les_deux (les deux également)",
        "Convention : texte qui fait foi",
        AUTHENTIC_TEXTS,
        default=None,
    )


class Suite(_Model):
    quoi: FreeLines = Key(
        "ce qui est à faire après la mission, par exemple « Envoyer le diagnostic du forage »",
        "Suite à donner",
    )
    qui: Text | None = Key(
        "qui s'en charge : un nom de la délégation ou un autre texte",
        "Qui s'en charge",
        default=None,
    )
    pour_quand: Deadline = Key(
        "pour quand : R+30 (30 jours après la fin de la mission) ou une date, par exemple "
        "2027-06-30, après le retour",
        "Pour quand (R+30 ou AAAA-MM-JJ)",
    )


class Site(_Model):
    titre: Text | None = Key("le titre du site", "Titre du site", default=None)
    logo: LogoPath | None = Key(
        "le chemin d'une image placée dans docs/, par exemple assets/logo.svg",
        "Logo du site (chemin d'une image placée dans docs/)",
        default=None,
    )
    modele_word: WordModelPath | None = Key(
        "le chemin d'un document Word (.docx) placé dans docs/, dont tous les .docx du guide "
        "prennent les styles, l'en-tête et le pied de page (votre papier à en-tête), par "
        "exemple assets/papier-a-en-tete.docx",
        "Modèle Word (papier à en-tête : chemin d'un .docx placé dans docs/)",
        default=None,
    )
    couleur: Choice(MATERIAL_COLOURS) | None = Key(
        "la couleur principale du site, par exemple indigo",
        "Couleur principale du site",
        default=None,
    )
    contact_accessibilite: Contact | None = Key(
        "l'adresse électronique ou la page web où signaler un problème d'accessibilité du "
        "guide, par exemple accessibilite@exemple.fr",
        "Contact pour l’accessibilité (adresse électronique ou web)",
        default=None,
    )


class PublicNumber(_Model):
    """A service to call on site (urgences): public numbers only, never a person's."""

    nom: Text = Key(
        "le nom du service, par exemple « Ambassade de France au Sénégal »", "Nom du service"
    )
    telephone: Phone = Key(
        "son numéro de téléphone, avec l'indicatif du pays, par exemple +221 33 839 52 62",
        "Téléphone (avec l’indicatif du pays)",
    )
    urgence: Phone | None = Key(
        "le numéro à appeler en urgence, jour et nuit, s'il est différent, par exemple "
        "+221 77 000 00 00",
        "Numéro d’urgence, jour et nuit (s’il est différent)",
        default=None,
    )
    site_web: Url | None = Key(
        "l'adresse de son site web, complète, commençant par https://",
        "Site web",
        default=None,
    )


class Urgences(_Model):
    ambassade: PublicNumber | None = Key(
        "l'ambassade de France dans le pays partenaire (nom, telephone, urgence, site_web)",
        "Ambassade de France",
        default=None,
    )
    consulat: PublicNumber | None = Key(
        "le consulat de France compétent pour le lieu de la mission (nom, telephone, urgence, "
        "site_web)",
        "Consulat de France",
        default=None,
    )
    assistance: PublicNumber | None = Key(
        "la plateforme d'assistance de l'assureur de la délégation (nom, telephone, urgence, "
        "site_web) ; le numéro du contrat reste sur les téléphones, jamais dans ce fichier",
        "Assistance de l’assureur",
        default=None,
    )


class Rencontres(_Model):
    personnes: list[Text] | None = Key(
        "les personnes à rencontrer sur place", default=None, max_length=LIMITS["liste"]
    )
    institutions: list[Text] | None = Key(
        "les institutions à rencontrer dans le pays partenaire",
        default=None,
        max_length=LIMITS["liste"],
    )


class Tache(_Model):
    responsable: Text | None = Key(
        "qui s'en charge : le nom d'un membre de la délégation, ou un autre texte",
        "Qui s'en charge",
        default=None,
    )
    echeance: Deadline | None = Key(
        "l'échéance : J-45 (45 jours avant le début de la mission), R+30 (30 jours après sa "
        "fin), S-7 (7 jours avant la séance du conseil) ou une date, par exemple 2027-01-15",
        "Échéance (J-45, R+30, S-7 ou AAAA-MM-JJ)",
        default=None,
    )
    sans_objet: StrictBool | None = Key(
        "true si la tâche ne s'applique pas à cette mission",
        "Sans objet pour cette mission",
        default=None,
    )


class Mission(_Model):
    """The validated content of mission.yml."""

    site: Site | None = Key("les réglages du site (titre, logo, couleur, contact)", default=None)
    collectivite: Collectivite = Key("la collectivité française (nom, type…)")
    partenaire: Partenaire = Key("la collectivité partenaire (nom, pays…)")
    mission: Dates = Key("les dates et le lieu de la mission")
    delegation: list[Membre] = Key(
        "les membres de la délégation (1 à 12 personnes)", min_length=1, max_length=12
    )
    objectifs: list[FreeLines] = Key(
        "les objectifs de la mission, un par ligne",
        min_length=1,
        max_length=LIMITS["liste"],
    )
    resultats_attendus: list[FreeLines] = Key(
        "les résultats attendus, un par ligne",
        min_length=1,
        max_length=LIMITS["liste"],
    )
    programme: list[Activite] = Key(
        "les activités du programme (date, heures, type, intitulé…)",
        min_length=1,
        max_length=LIMITS["programme"],
    )
    responsabilites: Responsabilites = Key(
        "les responsabilités de chaque collectivité (collectivite, partenaire)"
    )
    rencontres: Rencontres | None = Key(
        "les autres personnes et institutions à rencontrer", default=None
    )
    # Public numbers only (page « Contacts et urgences »): a person's name, mobile or contract
    # number stays on the phones (contacts.js), never in a published file.
    urgences: Urgences | None = Key(
        "les numéros publics à joindre sur place (ambassade, consulat, assistance de "
        "l'assureur), jamais le nom ni le portable d'une personne",
        "Numéros d’urgence publics",
        default=None,
    )
    budget: list[Depense] | None = Key(
        "le budget prévisionnel : une ligne par poste (poste, montant, pris_en_charge_par)",
        default=None,
        max_length=LIMITS["liste"],
    )
    # What was agreed for after the return (the relevé de décisions, the compte rendu): in the
    # échéancier and its calendar.
    suites: list[Suite] | None = Key(
        "les suites à donner après la mission, une par ligne « - » (quoi, qui, pour_quand)",
        default=None,
        max_length=LIMITS["liste"],
    )
    # The draft convention after the mission: its document is blank without it.
    convention: Convention | None = Key(
        "le projet de convention de partenariat (objet, duree, actions, engagements, "
        "comite_de_pilotage, langue_qui_fait_foi)",
        default=None,
    )
    # By task ID (the IDs come from the pages: checked by rules.py against the guide's tasks).
    taches: dict[str, Tache] | None = Key(
        "les réglages des tâches du guide, par identifiant de tâche (responsable, echeance, "
        "sans_objet)",
        "Tâches : responsable, échéance, sans objet",
        default=None,
        keys="un identifiant de tâche par clé, par exemple passeports-visas",
    )

    @property
    def period(self) -> str:
        """The mission's dates in French: "du 2 au 6 mars 2027"."""
        return french_period(self.mission.debut, self.mission.fin)

    @property
    def site_title(self) -> str:
        """The site's title: site.titre, or one built from the authority and its partner."""
        if self.site and self.site.titre:
            return self.site.titre
        # No "de"/"auprès de" before the names: "de Département de l'Aube" would not read well.
        return f"Mission exploratoire : {self.collectivite.nom} – {self.partenaire.nom}"


# --- The model's JSON Schema, and what it says of a key ---------------------------------------


@cache
def json_schema() -> dict:
    """JSON Schema of mission.yml, from the model (descriptions and labels in French)."""
    return Mission.model_json_schema(ref_template="#/$defs/{model}")


def resolve_schema(schema: dict, root: dict) -> dict:
    """`schema` with its `$ref` and optional wrapper (`anyOf: [X, null]`) replaced by what they
    stand for; the key's own words (its description) are kept. The browser does the same."""
    while True:
        if "$ref" in schema:
            schema = {**root["$defs"][schema["$ref"].rsplit("/", 1)[-1]], **schema}
            del schema["$ref"]
        elif "anyOf" in schema:  # optional key: X | None
            inner = next(s for s in schema["anyOf"] if s.get("type") != "null")
            schema = {**inner, **{k: v for k, v in schema.items() if k != "anyOf"}}
        else:
            return schema


def schema_at(path: tuple) -> tuple[dict, dict]:
    """(schema of the key at `path`, schema of the object holding it) in json_schema()."""
    root = json_schema()
    schema, parent = root, {}
    for part in path:
        schema = resolve_schema(schema, root)
        if "x-traductions" in schema and not isinstance(part, int):
            schema = schema["x-traductions"]  # a free text given in several languages
        if isinstance(part, int):
            parent, schema = schema, schema.get("items", {})
        else:
            # A table by name (taches): any key has the schema of its values.
            extra = schema.get("additionalProperties")
            default = extra if isinstance(extra, dict) else {}
            parent, schema = schema, schema.get("properties", {}).get(part, default)
    return resolve_schema(schema, root), resolve_schema(parent, root)


def expected(path: tuple) -> str:
    """What the key at `path` expects (its description; a list item: its list's)."""
    schema, parent = schema_at(path)
    if "description" in schema:
        return schema["description"]
    if path and isinstance(path[-1], int):
        return schema_at(path[:-1])[0].get("description", "une valeur")
    return parent.get("description", "une valeur")


def _key_path(dotted: str) -> tuple:
    """ "programme.debut" -> ("programme", 0, "debut"): a list's items stand for all of them."""
    root, schema, path = json_schema(), json_schema(), ()
    for part in dotted.split("."):
        schema = resolve_schema(schema, root)
        if schema.get("type") == "array":
            path, schema = (*path, 0), resolve_schema(schema.get("items", {}), root)
        extra = schema.get("additionalProperties")  # a table by name (taches)
        default = extra if isinstance(extra, dict) else {}
        path, schema = (*path, part), schema.get("properties", {}).get(part, default)
    return path


def label(dotted: str) -> str:
    """The form's label of a key given as "collectivite.nom" or "programme.debut"."""
    return schema_at(_key_path(dotted))[0].get("x-libelle", "")


def choice_label(dotted: str, value: str) -> str:
    """The French label of a fixed value: choice_label("programme.type", "rencontre")."""
    return schema_at(_key_path(dotted))[0].get("x-libelles", {}).get(value, value)
