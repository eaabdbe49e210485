"""Mission -> the programme as an iCalendar file (.ics): one event per activity, in the
mission's time zone, with UIDs stable from one build to the next. Data stays text: icalendar
escapes what the format needs.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime

from icalendar import Calendar, Event

from ..mission import Activite, Mission
from .languages import Language

# Characters XML 1.0 (and calendar programs) cannot hold: control characters other than tab
# and line feeds.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: object) -> str:
    return _NOT_XML.sub("", "" if value is None else str(value))


UID_DOMAIN = "mission-exploratoire.termes-de-reference"


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def event_uid(mission: Mission, entry: Activite) -> str:
    """A UID that stays the same from one build to the next, so a re-import updates.

    With an explicit `id`, the UID depends only on the two authorities and that id: the entry
    can change date, time or title and stay the same event. Without it, the UID is derived
    from the two authorities and the entry's date, start time and title.
    """
    pair = f"{_slug(mission.collectivite.nom)}--{_slug(mission.partenaire.nom)}"
    if entry.id:
        key = f"{pair}|id|{entry.id}"
    else:
        key = f"{pair}|{entry.date.isoformat()}|{entry.debut:%H:%M}|{entry.intitule}"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
    return f"{digest}@{UID_DOMAIN}"


def to_ics(mission: Mission, now: datetime | None = None, language: str = "fr") -> bytes:
    """The programme as an iCalendar file: one event per entry, in the mission's time zone;
    its titles and labels in `language` (French, or the partner's)."""
    zone = mission.mission.fuseau_horaire
    stamp = now or datetime.now(UTC)
    w = Language(language)
    names = {"authority": mission.collectivite.nom, "partner": mission.partenaire.nom}
    name = w.word("ics_calendar", **names)
    calendar = Calendar()
    calendar.add("prodid", "-//Guide de la mission exploratoire//Termes de référence//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _text(name))
    calendar.add("x-wr-timezone", mission.mission.fuseau_horaire)
    for entry in sorted(mission.programme, key=lambda e: (e.date, e.debut, e.intitule)):
        label = w.choice("programme.type", entry.type)
        event = Event()
        event.add("uid", event_uid(mission, entry))
        event.add("dtstamp", stamp)
        event.add("last-modified", stamp)
        # Local times with an explicit TZID (and its VTIMEZONE below): zones at UTC+0 such as
        # Africa/Dakar stay named instead of being written as UTC.
        tzid = {"TZID": zone}
        event.add("dtstart", datetime.combine(entry.date, entry.debut), parameters=tzid)
        event.add("dtend", datetime.combine(entry.date, entry.fin), parameters=tzid)
        event.add("summary", _text(w.text(entry.intitule)))
        if entry.lieu:
            event.add("location", _text(w.text(entry.lieu)))
        event.add("categories", [_text(label)])
        lines = [w.word("ics_type", value=label)]
        if entry.participants:
            lines.append(w.word("ics_participants", value=", ".join(entry.participants)))
        lines.append(name)
        event.add("description", _text("\n".join(lines)))
        event.add("transp", "TRANSPARENT" if entry.type == "temps_libre" else "OPAQUE")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
