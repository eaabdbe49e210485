"""Mission -> the programme as an iCalendar file (.ics): one event per activity, in the
mission's time zone, with UIDs stable from one build to the next. Data stays text: every text
property is an icalendar `vText`, which escapes « \\ ; , » and line breaks and folds lines at
75 octets (RFC 5545, 3.1 and 3.3.11); the contract has already refused what a calendar cannot
hold (control characters, times that do not exist in the mission's time zone).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event, vText

from ..mission import Activite, Mission
from .languages import Language

# Characters XML 1.0 (and calendar programs) cannot hold: control characters other than tab
# and line feeds.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: object) -> vText:
    """A text property: line ends made « \\n » (a bare CR too), then escaped by vText."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return vText(_NOT_XML.sub("", text))


UID_DOMAIN = "mission-exploratoire.termes-de-reference"


def event_uid(mission: Mission, entry: Activite) -> str:
    """A UID that stays the same from one build to the next, so a re-import updates.

    It is derived from the mission (the two authorities' names as written, whatever their
    script, and the mission's dates), so that two missions never share an event, and from the
    activity: its explicit `id` when it has one (it can then change date, time or title and
    stay the same event), else its date, start time and title.
    """
    if entry.id:
        parts = ["id", entry.id]
    else:
        parts = [entry.date.isoformat(), f"{entry.debut:%H:%M}", entry.intitule]
    return _uid(mission, parts, UID_DOMAIN)


def _uid(mission: Mission, parts: list[str], domain: str) -> str:
    """A digest of the mission (both names as written, in any script, and its dates) and of
    `parts` (what one event is about), « @domain »."""
    dates = f"{mission.mission.debut.isoformat()}/{mission.mission.fin.isoformat()}"
    parts = [mission.collectivite.nom, mission.partenaire.nom, dates, *parts]
    # NFC: the same name typed with composed or decomposed accents is the same mission.
    key = "\x1f".join(unicodedata.normalize("NFC", part) for part in parts)
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    return f"{digest}@{domain}"


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
    calendar.add("x-wr-calname", _text(name))  # a text property like the others
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
        event.add("categories", [str(_text(label))])
        lines = [w.word("ics_type", value=label)]
        if entry.participants:
            lines.append(
                w.word("ics_participants", value=", ".join(map(w.text, entry.participants)))
            )
        lines.append(name)
        event.add("description", _text("\n".join(lines)))
        event.add("transp", "TRANSPARENT" if entry.type == "temps_libre" else "OPAQUE")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


# --- The deadlines of the tasks (échéancier): a second calendar ----------------------------

DEADLINES_UID_DOMAIN = "mission-exploratoire.echeances"


def deadline_uid(mission: Mission, task_id: str) -> str:
    """A task's deadline UID: the mission and the task's ID, so a new deadline or owner
    updates the same event; another domain than the programme's events."""
    return _uid(mission, ["tache", task_id], DEADLINES_UID_DOMAIN)


def deadlines_to_ics(mission: Mission, entries: list[dict], now: datetime | None = None) -> bytes:
    """One all-day event (VEVENT: Google Agenda and Outlook ignore VTODO) per entry, on its
    deadline. `entries`: {"id", "date", "summary", "description", "url"} (url may be None)."""
    stamp = now or datetime.now(UTC)
    name = f"Échéances de la mission : {mission.collectivite.nom} – {mission.partenaire.nom}"
    calendar = Calendar()
    calendar.add("prodid", "-//Guide de la mission exploratoire//Echeancier//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _text(name))
    for entry in entries:
        event = Event()
        event.add("uid", deadline_uid(mission, entry["id"]))
        event.add("dtstamp", stamp)
        event.add("dtstart", entry["date"])  # a date: an all-day event
        # A window (the yearly declaration) spans its days; a deadline is one day.
        event.add("dtend", (entry.get("end") or entry["date"]) + timedelta(days=1))
        event.add("summary", _text(entry["summary"]))
        event.add("description", _text(entry["description"]))
        if entry.get("url"):
            event.add("url", entry["url"])
        event.add(
            "categories", ["Suite de la mission" if entry.get("kind") == "suite" else "Échéance"]
        )
        event.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy
        calendar.add_component(event)
    return calendar.to_ical()
