"""French formatting, in one place: dates, periods, times, plurals, no-break spaces.

Babel's CLDR data gives the words (guide/locales.py, like every language of the documents);
this module holds French's own settings (« 1er », « 9 h 30 », « du 2 au 6 mars »). Its browser
counterpart, docs/assets/javascripts/french.js, uses the browser's own CLDR data
(`Intl.DateTimeFormat`) with the same settings; tests/engine/test_french.py runs both on the
same inputs.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from .locales import NBSP, NNBSP, Formats  # noqa: F401  (the spaces, re-exported)

FRENCH = Formats(
    "fr_FR",
    date_pattern="d MMMM y",
    full_pattern="EEEE d MMMM y",
    periods={
        "day_month": "d MMMM",
        "same_day": "le {date}",
        "same_month": "du {start_day} au {end}",
        "same_year": "du {start_day_month} au {end}",
        "other": "du {start} au {end}",
    },
    first_day="1er",
    hour_patterns=(f"H{NBSP}'h'", f"H{NBSP}'h'{NBSP}mm"),
    slot="{start} – {end}",
)


def french_date(day: date, weekday: bool = False) -> str:
    """2027-03-02 -> « 2 mars 2027 » (or « mardi 2 mars 2027 »); the 1st is written « 1er »."""
    return FRENCH.date(day, weekday)


def numeric_date(day: date) -> str:
    """2027-01-05 -> « 05/01/2027 » (narrow columns: the printed checklist)."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def french_period(start: date, end: date) -> str:
    """« du 2 au 6 mars 2027 », « du 28 février au 3 mars 2027 », « le 2 mars 2027 »."""
    return FRENCH.period(start, end)


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def time_text(value: time) -> str:
    """09:00 -> « 9 h », 10:30 -> « 10 h 30 » (with no-break spaces)."""
    return FRENCH.time(value)


def slot_text(start: time, end: time) -> str:
    """« 9 h – 10 h 30 »."""
    return FRENCH.slot_text(start, end)


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """« 0 tâche », « 1 tâche », « 4 tâches »: French takes the singular below 2."""
    return FRENCH.count(count, singular, plural_form)


def euros(amount: Decimal | int) -> str:
    """3200 -> « 3 200 € », 1250.5 -> « 1 250,50 € » (no-break spaces; cents only when
    there are some)."""
    return FRENCH.euros(amount)
