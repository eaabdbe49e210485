"""French formatting, in one place: dates, periods, times, plurals, no-break spaces.

Its JavaScript counterpart, docs/assets/javascripts/french.js, gives the same results in the
browser (tests/engine/test_french.py runs both on the same inputs). Both read their words
from `WORDS`, exported to the browser with the contract (guide.mission.contract).
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

NBSP = "\u00a0"  # espace insécable: before « : », inside « 9 h 30 », « 3 200 € »
NNBSP = "\u202f"  # espace fine insécable: before « ; ! ? », inside « « » », before « % »

WORDS = {
    "mois": [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ],
    "jours": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}  # fmt: skip


def _day_number(day: int) -> str:
    return "1er" if day == 1 else str(day)


def french_date(day: date, weekday: bool = False) -> str:
    """2027-03-02 -> « 2 mars 2027 » (or « mardi 2 mars 2027 »); the 1st is written « 1er »."""
    text = f"{_day_number(day.day)} {WORDS['mois'][day.month - 1]} {day.year}"
    return f"{WORDS['jours'][day.weekday()]} {text}" if weekday else text


def numeric_date(day: date) -> str:
    """2027-01-05 -> « 05/01/2027 » (narrow columns: the printed checklist)."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def french_period(start: date, end: date) -> str:
    """« du 2 au 6 mars 2027 », « du 28 février au 3 mars 2027 », « le 2 mars 2027 »."""
    if start == end:
        return f"le {french_date(start)}"
    if (start.year, start.month) == (end.year, end.month):
        return f"du {_day_number(start.day)} au {french_date(end)}"
    if start.year == end.year:
        return f"du {french_date(start).rsplit(' ', 1)[0]} au {french_date(end)}"
    return f"du {french_date(start)} au {french_date(end)}"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def time_text(value: time) -> str:
    """09:00 -> « 9 h », 10:30 -> « 10 h 30 » (with no-break spaces)."""
    return f"{value.hour}{NBSP}h" + (f"{NBSP}{value.minute:02d}" if value.minute else "")


def slot_text(start: time, end: time) -> str:
    """« 9 h – 10 h 30 »."""
    return f"{time_text(start)} – {time_text(end)}"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """« 0 tâche », « 1 tâche », « 4 tâches »: French takes the singular below 2."""
    word = singular if abs(count) < 2 else (plural_form or singular + "s")
    return f"{count} {word}"


def euros(amount: Decimal | int | str) -> str:
    """3200 -> « 3 200 € », "1250,5" -> « 1 250,50 € » (no-break spaces; cents only when
    there are some)."""
    value = Decimal(str(amount).replace(",", ".").replace(" ", ""))
    whole, cents = divmod(abs(value).quantize(Decimal("0.01")), 1)
    digits = f"{int(whole):,}".replace(",", NBSP)
    text = digits + (f",{int(cents * 100):02d}" if cents else "")
    return f"{'-' if value < 0 else ''}{text}{NBSP}€"
