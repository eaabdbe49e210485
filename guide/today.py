"""« Aujourd'hui »: the programme day by day for the phone on site (today.js marks the current
and the next activity from the clock).

Times are worked out here, once: each activity's instants (UTC milliseconds, from the mission's
time zone) and its hours in France, so that the browser only compares its clock with them and
shows sentences made here. A working meeting carries the points every one must cover: the
sub-tasks of the guide's « Réunions de travail » task (docs/sur-place.md), in the mission's words.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from markupsafe import escape as html_escape

from .documents.languages import Language
from .french import FRENCH, capitalised, slot_text, time_text
from .mission import Mission
from .notes import activity_key, anchor
from .tasks import Task, plain_text
from .typography import french_text

FRANCE = ZoneInfo("Europe/Paris")
MEETING = "reunion_de_travail"
MEETING_TASK = "reunions-de-travail"  # its sub-tasks are the points to cover


def meeting_points(tasks: list[Task]) -> list[str]:
    """The sub-tasks of the « Réunions de travail » task, as plain text (none without it)."""
    ids = [task.id for task in tasks]
    if MEETING_TASK not in ids:
        return []
    start = ids.index(MEETING_TASK)
    points = []
    for task in tasks[start + 1 :]:
        if task.level <= tasks[start].level:
            break
        points.append(plain_text(task.text).rstrip(" ;.?"))
    return points


def instant(day, clock, zone) -> int:
    """The UTC milliseconds of `clock` on `day` in the time zone `zone`."""
    return int(datetime.combine(day, clock, zone).astimezone(UTC).timestamp() * 1000)


def _e(text) -> str:
    return str(html_escape(text))


def today_page(mission: Mission, tasks: list[Task], notes_url: str = "") -> str:
    """The page's HTML: every day and activity (readable without script), with the data
    today.js reads; each activity links to its notes on the notes page (`notes_url`)."""
    zone = ZoneInfo(mission.mission.fuseau_horaire)
    words = Language("fr")
    points = meeting_points(tasks)
    entries = sorted(mission.programme, key=lambda e: (e.date, e.debut))
    days = sorted({entry.date for entry in entries})
    data = {"jours": [], "activites": [], "periode": mission.period}
    sections = []
    for index, day in enumerate(days):
        label = FRENCH.date(day, weekday=True)
        data["jours"].append({"date": day.isoformat(), "libelle": label})
        items = []
        for entry in (e for e in entries if e.date == day):
            number = len(data["activites"])
            start, end = instant(day, entry.debut, zone), instant(day, entry.fin, zone)
            title = words.text(entry.intitule)
            place = words.text(entry.lieu) if entry.lieu else None
            data["activites"].append(
                {
                    "jour": day.isoformat(),
                    "debut": start,
                    "fin": end,
                    "heure": time_text(entry.debut),
                    "horaire": slot_text(entry.debut, entry.fin),
                    "intitule": title,
                    "lieu": place,
                }
            )
            in_france = [
                datetime.fromtimestamp(ms / 1000, UTC).astimezone(FRANCE).time()
                for ms in (start, end)
            ]
            france = slot_text(*in_france)
            hours = f"<strong>{_e(slot_text(entry.debut, entry.fin))}</strong>"
            if france != slot_text(entry.debut, entry.fin):
                hours += f" ({french_text('en France : ')}{_e(france)})"
            kind = words.choice("programme.type", entry.type)
            parts = [
                f'<p class="guide-today__time">{hours} · {_e(kind)}</p>',
                f"<h3>{_e(title)}</h3>",
            ]
            if place:
                parts.append(f"<p>{french_text('Lieu : ')}{_e(place)}</p>")
            if entry.participants:
                people = "\u00a0; ".join(_e(person) for person in entry.participants)
                parts.append(f"<p>{french_text('Participants : ')}{people}.</p>")
            if entry.interventions:
                said = "".join(f"<li>{_e(line)}</li>" for line in entry.interventions)
                parts.append(f"<p>{french_text('Interventions :')}</p><ul>{said}</ul>")
            if entry.type == MEETING and points:
                listed = "".join(f"<li>{_e(point)}</li>" for point in points)
                parts.append(f"<p>{french_text('Points à aborder :')}</p><ul>{listed}</ul>")
            if notes_url:
                target = f"{notes_url}#{anchor(activity_key(day, entry.debut))}"
                parts.append(
                    f'<p class="guide-today__notes"><a href="{_e(target)}">Prendre des notes'
                    f'<span class="md-visually-hidden">{_e(french_text(" : "))}{_e(title)}'
                    "</span></a></p>"
                )
            items.append(
                f'<li class="guide-today__activity" data-guide-activity="{number}">'
                + "".join(parts)
                + "</li>"
            )
        hidden = "" if index == 0 else " hidden"
        sections.append(
            f'<section class="guide-today__day" data-guide-day="{day.isoformat()}"{hidden}>'
            f"<h2>{_e(capitalised(label))}</h2>"
            f'<ol class="guide-today__list">{"".join(items)}</ol></section>'
        )
    buttons = "".join(
        f'<button type="button" class="md-button" data-guide-pick="{day.isoformat()}" '
        f'aria-pressed="{"true" if index == 0 else "false"}">'
        f"{_e(FRENCH.date(day, weekday=True).rsplit(' ', 1)[0])}</button>"
        for index, day in enumerate(days)
    )
    zone_name = _e(mission.mission.fuseau_horaire)
    status = (
        f"Le programme de la mission, {_e(mission.period)}, jour par jour, à l'heure locale "
        f"({zone_name}) et en France."
    )
    return (
        f'<div class="guide-today" data-guide-today="{_e(json.dumps(data, ensure_ascii=False))}">'
        f'<p class="guide-today__status" data-guide-today-status role="status">{status}</p>'
        f'<div class="guide-today__days" role="group" aria-label="Jour affiché">{buttons}</div>'
        + "".join(sections)
        + "</div>"
    )
