"""Dates, times, amounts and plurals of one locale, from Babel's CLDR data: the one formatter
of every language the guide writes (French in guide/french.py, the partner's languages in
guide/documents/languages/). A locale's own habits that CLDR does not have (French « 1er »,
« 9 h 30 ») are settings of `Formats`, not code of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from functools import cached_property

from babel import Locale
from babel.core import get_global
from babel.dates import format_date, format_time
from babel.numbers import format_currency

NBSP = "\u00a0"  # espace insécable: before « : », inside « 9 h 30 », « 3 200 € »
NNBSP = "\u202f"  # espace fine insécable: before « ; ! ? », inside « « » », before « % »

# A period's phrases by case; {start_day} and {start_day_month} stand for the first day.
PERIODS_DASHED = {
    "same_day": "{date}",
    "same_month": "{start_day}–{end}",
    "same_year": "{start_day_month} – {end}",
    "other": "{start} – {end}",
}


_ZONE_TERRITORIES: dict[str, str] = get_global("zone_territories")
_ZONES_PER_TERRITORY = Counter(_ZONE_TERRITORIES.values())


@dataclass(frozen=True)
class Formats:
    """How one locale writes dates, periods, times, amounts and counts."""

    locale: str  # Babel's name: fr_FR, en_GB, es, pt_PT…
    date_pattern: str = "long"  # CLDR's long date, or a pattern with a single « d »
    full_pattern: str = "full"  # the same with the weekday
    periods: dict | None = None  # phrases by case (PERIODS_DASHED when None)
    first_day: str | None = None  # the 1st of a month as the locale writes it (« 1er »)
    hour_patterns: tuple[str, str] | None = None  # (whole hour, hour and minutes); CLDR's short
    slot: str = "{start}–{end}"
    group_space: str = NBSP  # the thousands' space (CLDR's narrow one is kept out of Word)

    @cached_property
    def babel(self) -> Locale:
        return Locale.parse(self.locale)

    # --- Names from CLDR: a country, a language, where a time zone is ---------------------

    def country(self, code: str) -> str:
        """A country's name in this locale: "PE" -> « Perú », « Pérou »."""
        return self.babel.territories.get(code, code)

    def language(self, code: str) -> str:
        """A language's name in this locale: "es" -> « español », « espagnol »."""
        return self.babel.languages.get(code, code)

    def zone_place(self, zone: str) -> str:
        """Where an IANA time zone is, in words of this locale: its country (« Sénégal »,
        « Cabo Verde »), and its city when the country has several zones (« Brasil, São
        Paulo »). Never the identifier itself in prose."""
        territory = _ZONE_TERRITORIES.get(zone)
        if territory is None:
            return zone.rsplit("/", 1)[-1].replace("_", " ")
        place = self.country(territory)
        if _ZONES_PER_TERRITORY[territory] > 1:
            city = self.babel.time_zones.get(zone, {}).get("city")
            # after a comma: the place is often written in brackets (« hora local (…) »)
            place += f", {city or zone.rsplit('/', 1)[-1].replace('_', ' ')}"
        return place

    def _pattern(self, pattern: str, day: date) -> str:
        if pattern in ("long", "full", "medium", "short"):
            return pattern
        if self.first_day and day.day == 1:
            return pattern.replace("d", f"'{self.first_day}'", 1)
        return pattern

    def date(self, day: date, weekday: bool = False) -> str:
        pattern = self.full_pattern if weekday else self.date_pattern
        return format_date(day, self._pattern(pattern, day), locale=self.babel)

    def day(self, day: date) -> str:
        """The day of the month alone: « 1er », « 2 »."""
        return self.first_day if self.first_day and day.day == 1 else str(day.day)

    def period(self, start: date, end: date) -> str:
        """« du 2 au 6 mars 2027 », « 2–6 March 2027 », « del 2 al 6 de marzo de 2027 »."""
        phrases = self.periods or PERIODS_DASHED
        if start == end:
            return phrases["same_day"].format(date=self.date(end))
        if (start.year, start.month) == (end.year, end.month):
            kind = "same_month"
        else:
            kind = "same_year" if start.year == end.year else "other"
        day_month = self._pattern(phrases.get("day_month", "d MMMM"), start)
        return phrases[kind].format(
            start_day=self.day(start),
            start_day_month=format_date(start, day_month, locale=self.babel),
            start=self.date(start),
            end=self.date(end),
        )

    def time(self, value: time) -> str:
        if self.hour_patterns:
            pattern = self.hour_patterns[1 if value.minute else 0]
            text = format_time(value, pattern, locale=self.babel)
        else:
            text = format_time(value, "short", locale=self.babel)
        return text.replace(
            NNBSP, NBSP
        )  # « 9:00 a. m. » (es-PE): the narrow space kept out of Word

    def slot_text(self, start: time, end: time) -> str:
        return self.slot.format(start=self.time(start), end=self.time(end))

    def euros(self, amount: Decimal | int) -> str:
        """« 3 200 € », « €450 », « 3200 € », « EUR 3,200.00 »: CLDR's pattern of the locale,
        cents only when there are some or when the thousands are marked by « . » or « , »:
        « 3.200 € » reads 3,2 in Peru and « 3,200 » 3,2 in Spain or France, the cents make
        the last mark the decimal one for every reader (a space, French's, is never one)."""
        value = Decimal(amount)
        pattern = self.babel.currency_formats["standard"].pattern
        whole = pattern.replace(".00", "")
        if value == value.to_integral_value():
            text = format_currency(value, "EUR", whole, locale=self.babel, currency_digits=False)
            group = self.babel.number_symbols["latn"]["group"]
            if group.isspace() or group not in re.search(r"\d\S*", text).group():
                return text.replace(NNBSP, self.group_space)
        text = format_currency(value, "EUR", pattern, locale=self.babel, currency_digits=False)
        return text.replace(NNBSP, self.group_space)

    def count(self, number: int, singular: str, plural_form: str | None = None) -> str:
        """« 1 personne », « 0 tâche », « 4 people »: the plural rule of the locale (CLDR's)."""
        one = self.babel.plural_form(abs(number)) == "one"
        return f"{number} {singular if one else (plural_form or singular + 's')}"
