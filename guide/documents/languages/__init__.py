"""The languages a document of the guide is written in: French, and the partner's language
(partenaire.langue_des_documents: en, es or pt, alone or with a region: es-PE, pt-BR).

Each language's own words are one table in its module (fr.py, en.py, es.py, pt.py: `TERMS`,
and `CHOICES` for the labels of mission.yml's fixed values, whose French labels live in the
model). A region's own words are a module of their own holding only the entries that differ
from its language's (pt_br.py: « prefeitura », « deslocamento »), read over the language's
table (`REGIONS`). Dates, times, amounts and plurals come from Babel's CLDR data through each
language's `FORMATS` (guide/locales.py), in the region's locale when there is one: French's is
guide/french.py's, the others' take the date phrases of their module (`DATES`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time
from decimal import Decimal
from functools import cache
from types import SimpleNamespace

from babel import Locale

from ...french import capitalised
from ...locales import Formats
from ...mission import choice_label
from ...mission.messages import fold
from ...mission.model import Translated, document_locales, in_language
from . import en, es, es_es, fr, pt, pt_br

TABLES = {"fr": fr, "en": en, "es": es, "pt": pt}
FRENCH = "fr"
# A region's own words, over its language's table (only the entries that differ).
REGIONS = {"pt-BR": pt_br, "es-ES": es_es}

# Countries and languages typed in French in mission.yml (« Pérou », « espagnol »), or as their
# ISO codes, recognised through CLDR's French names: the partner's edition names them in its
# own language with no translation to type.
_CLDR_FRENCH = Locale.parse("fr")
_COUNTRIES = {fold(name): code for code, name in _CLDR_FRENCH.territories.items() if code.isalpha()}
_LANGUAGES = {fold(name): code for code, name in _CLDR_FRENCH.languages.items()}


def country_code(text: str) -> str | None:
    """« Pérou », « perou » or « PE » -> "PE"; None for a name CLDR does not know."""
    if len(text) == 2 and text.upper() in _CLDR_FRENCH.territories:
        return text.upper()
    return _COUNTRIES.get(fold(text))


def language_code(text: str) -> str | None:
    """« espagnol » or « es » -> "es"; None for a name CLDR does not know."""
    if len(text) <= 3 and text.lower() in _CLDR_FRENCH.languages:
        return text.lower()
    return _LANGUAGES.get(fold(text))


@cache
def _table(locale: str):
    """The words of `locale`: its language's tables, with its region's entries over them (a
    table of tables, CHOICES, merged one level deeper)."""
    base = TABLES[locale.split("-")[0]]
    region = REGIONS.get(locale)
    if region is None:
        return base
    merged = {}
    for name in dir(base):
        value = getattr(base, name)
        if not name.isupper() or not hasattr(region, name):
            merged[name] = value
            continue
        own = getattr(region, name)
        if name == "CHOICES":
            merged[name] = {key: {**value[key], **own.get(key, {})} for key in value}
        elif isinstance(value, dict):
            merged[name] = {**value, **own}
        elif isinstance(value, tuple):  # MEMBER_KINDS: (masculine, feminine)
            merged[name] = tuple({**a, **b} for a, b in zip(value, own, strict=True))
        else:
            merged[name] = own
    return SimpleNamespace(**merged)


@cache
def _formats(locale: str) -> Formats:
    """The language's formats, in the region's CLDR locale (es-PE: « EUR 3,200.00 »)."""
    language, _, region = locale.partition("-")
    formats = TABLES[language].FORMATS
    return replace(formats, locale=f"{language}_{region}") if region else formats


def partner_locale(partenaire) -> str | None:
    """The locale of the partner's documents: partenaire.langue_des_documents as written when
    it names a region, else with the partner's country when the language has a locale there
    (« es » in Pérou: es-PE; « pt » in Brésil: pt-BR), else the language alone."""
    locale = partenaire.langue_des_documents
    if not locale or "-" in locale:
        return locale
    country = country_code(str(partenaire.pays))
    regional = f"{locale}-{country}"
    return regional if country and regional in document_locales() else locale


class ByLanguage(dict):
    """A table of words by language code (`name`: its name in each language's module), read by
    locale too: LETTER_WORDS["pt-BR"] is pt's with Brazil's own entries."""

    def __init__(self, name: str, entries: dict):
        super().__init__(entries)
        self.name = name

    def __missing__(self, locale: str):
        language = locale.split("-")[0]
        if language == locale or language not in self:
            raise KeyError(locale)
        own = getattr(REGIONS.get(locale), self.name, None)
        if own is None:
            return self[language]
        if isinstance(own, dict):
            return {**self[language], **own}
        return own


@dataclass(frozen=True)
class Language:
    """One language of the documents, in a region or not: its words, labels, dates and times.

    `locale`: fr, en, es, pt, or one with its region (es-PE, pt-BR)."""

    locale: str

    @property
    def code(self) -> str:
        """The language without its region: the key of mission.yml's translations (es)."""
        return self.locale.split("-")[0]

    @property
    def table(self):
        return _table(self.locale)

    @property
    def tag(self) -> str:
        """Its language tag (BCP 47), for HTML's lang and Word's proofing language."""
        return self.locale if "-" in self.locale else self.table.TAG

    @property
    def formats(self) -> Formats:
        return _formats(self.locale)

    def word(self, key: str, **fields: object) -> str:
        """A document's own words (`TERMS[key]`), with its fields filled."""
        text = self.table.TERMS[key]
        return text.format(**fields) if fields else text

    def text(self, value):
        """A value of mission.yml in this language (a free text's translation, or as typed)."""
        return in_language(value, self.code)

    def _named(self, value, code_of, name_of):
        """`value` in this language: its own translation, else CLDR's name when the French
        text is a name CLDR knows, else as typed."""
        if value is None:
            return None
        if isinstance(value, Translated) and self.code in value.translations:
            return value.in_language(self.code)
        code = code_of(str(value))
        return name_of(code) if code else self.text(value)

    def country(self, value) -> str | None:
        """partenaire.pays in this language: « Pérou » -> « Perú » (CLDR)."""
        return self._named(value, country_code, self.formats.country)

    def language_text(self, value) -> str | None:
        """A language typed in French, in this language: « espagnol » -> « español »."""
        return self._named(value, language_code, self.formats.language)

    def zone(self, zone: str) -> str:
        """Where a time zone is, in this language (« Cabo Verde », never Atlantic/Cape_Verde)."""
        return self.formats.zone_place(zone)

    def choice(self, dotted: str, value: str) -> str:
        """A fixed value's label: « Réunion de travail », « Working meeting » (French labels
        live in the model, the others in the language's `CHOICES`)."""
        choices = getattr(self.table, "CHOICES", None)
        return choices[dotted][value] if choices else choice_label(dotted, value)

    def member_kind(self, person) -> str:
        """A member's quality agreed with its civilité (« Élue », « Funcionária »); the
        generic masculine without one, as administrative texts write it (`MEMBER_KINDS`:
        masculine or neutral, feminine)."""
        masculine, feminine = self.table.MEMBER_KINDS
        female = getattr(person, "civilite", None) == "madame"
        return (feminine if female else masculine)[person.qualite]

    def date(self, day: date) -> str:
        return self.formats.date(day)

    def day_title(self, day: date) -> str:
        """« Mardi 2 mars 2027 », « Tuesday, 2 March 2027 », « Martes, 2 de marzo de 2027 »."""
        return capitalised(self.formats.date(day, weekday=True))

    def period(self, start: date, end: date) -> str:
        """« du 2 au 6 mars 2027 », « 2–6 March 2027 », « del 2 al 6 de marzo de 2027 »."""
        return self.formats.period(start, end)

    def slot(self, start: time, end: time) -> str:
        """« 9 h – 10 h 30 », « 09:00–10:30 », « 9:00–10:30 »."""
        return self.formats.slot_text(start, end)

    def euros(self, amount: Decimal | int) -> str:
        """« 3 200 € », « €3,200 », « 3200 € »: cents only when there are some."""
        return self.formats.euros(amount)

    def language_name(self, code: str) -> str:
        """A language's name in this language, from CLDR: « espagnol », « francés »."""
        return self.formats.language(code.split("-")[0])

    def count(self, number: int, singular: str, plural_form: str) -> str:
        """« 1 personne », « 4 people »: the plural rule of the language (CLDR's)."""
        return self.formats.count(number, singular, plural_form)


FRENCH_LANGUAGE = Language(FRENCH)
