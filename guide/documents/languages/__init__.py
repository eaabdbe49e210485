"""The languages a document of the guide is written in: French, and the partner's language
(partenaire.langue_des_documents: en, es or pt).

Each language's own words are one table in its module (fr.py, en.py, es.py, pt.py: `TERMS`,
and `CHOICES` for the labels of mission.yml's fixed values, whose French labels live in the
model). Dates, times and plurals follow each language's conventions: French with
guide/french.py (the guide's one French formatting), the others with Babel's CLDR data and the
date phrases of their module (`DATES`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from functools import cached_property

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import format_currency

from ...french import capitalised, euros, french_date, french_period, plural, slot_text
from ...mission import choice_label
from ...mission.model import in_language
from . import en, es, fr, pt

TABLES = {"fr": fr, "en": en, "es": es, "pt": pt}
FRENCH = "fr"


@dataclass(frozen=True)
class Language:
    """One language of the documents: its words, labels, dates and times."""

    code: str

    @property
    def table(self):
        return TABLES[self.code]

    @property
    def tag(self) -> str:
        """Its language tag (BCP 47), for HTML's lang and Word's proofing language."""
        return self.table.TAG

    @cached_property
    def _locale(self) -> Locale:
        return Locale.parse(self.table.LOCALE)

    def word(self, key: str, **fields: object) -> str:
        """A document's own words (`TERMS[key]`), with its fields filled."""
        text = self.table.TERMS[key]
        return text.format(**fields) if fields else text

    def text(self, value):
        """A value of mission.yml in this language (a free text's translation, or as typed)."""
        return value if self.code == FRENCH else in_language(value, self.code)

    def choice(self, dotted: str, value: str) -> str:
        """A fixed value's label: « Réunion de travail », « Working meeting »."""
        if self.code == FRENCH:
            return choice_label(dotted, value)
        return self.table.CHOICES[dotted][value]

    def date(self, day: date) -> str:
        if self.code == FRENCH:
            return french_date(day)
        return format_date(day, "long", locale=self._locale)

    def day_title(self, day: date) -> str:
        """« Mardi 2 mars 2027 », « Tuesday, 2 March 2027 », « Martes, 2 de marzo de 2027 »."""
        if self.code == FRENCH:
            return capitalised(french_date(day, weekday=True))
        return capitalised(format_date(day, "full", locale=self._locale))

    def period(self, start: date, end: date) -> str:
        """« du 2 au 6 mars 2027 », « 2–6 March 2027 », « del 2 al 6 de marzo de 2027 »."""
        if self.code == FRENCH:
            return french_period(start, end)
        phrases = self.table.DATES
        if start == end:
            return phrases["same_day"].format(date=self.date(end))
        if (start.year, start.month) == (end.year, end.month):
            kind = "same_month"
        else:
            kind = "same_year" if start.year == end.year else "other"
        return phrases[kind].format(
            start_day=start.day,
            start_day_month=format_date(start, phrases["day_month"], locale=self._locale),
            start=self.date(start),
            end=self.date(end),
        )

    def slot(self, start: time, end: time) -> str:
        """« 9 h – 10 h 30 », « 09:00–10:30 », « 9:00–10:30 »."""
        if self.code == FRENCH:
            return slot_text(start, end)
        return f"{format_time(start, 'short', locale=self._locale)}–" + format_time(
            end, "short", locale=self._locale
        )

    def euros(self, amount) -> str:
        """« 3 200 € », « €3,200 », « 3200 € »: cents only when there are some."""
        if self.code == FRENCH:
            return euros(amount)
        value = Decimal(str(amount).replace(",", ".").replace(" ", ""))
        pattern = self._locale.currency_formats["standard"].pattern
        if value == value.to_integral_value():
            pattern = pattern.replace(".00", "")
        return format_currency(value, "EUR", pattern, locale=self._locale, currency_digits=False)

    def count(self, number: int, singular: str, plural_form: str) -> str:
        """« 1 personne », « 4 people »: the plural rule of the language (CLDR's)."""
        if self.code == FRENCH:
            return plural(number, singular, plural_form)
        one = self._locale.plural_form(number) == "one"
        return f"{number} {singular if one else plural_form}"


FRENCH_LANGUAGE = Language(FRENCH)
