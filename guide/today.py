"""« Aujourd'hui »: the programme day by day for the phone on site (today.js marks the current
and the next activity from the clock).

Times are worked out here, once: each activity's instants (UTC milliseconds, from the mission's
time zone) and its hours in France, so that the browser only compares its clock with them and
shows sentences made here. A working meeting carries the points every one must cover: the
sub-tasks of the guide's « Réunions de travail » task (docs/sur-place.md), in the mission's words.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .documents.languages import Language
from .french import FRENCH, capitalised, slot_text, time_text
from .markup import render
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
        # The guide's own words, with the apostrophes and spaces its pages have (« l’expression »).
        points.append(french_text(plain_text(task.text).rstrip(" ;.?"), apostrophes=True))
    return points


def instant(day, clock, zone) -> int:
    """The UTC milliseconds of `clock` on `day` in the time zone `zone`."""
    return int(datetime.combine(day, clock, zone).astimezone(UTC).timestamp() * 1000)


def mission_window(mission: Mission) -> tuple[int, int]:
    """The mission's days in its time zone, as instants (UTC milliseconds): from midnight of its
    first day to midnight after its last."""
    zone = ZoneInfo(mission.mission.fuseau_horaire)
    last = datetime.combine(mission.mission.fin, time(0), zone) + timedelta(days=1)
    start = instant(mission.mission.debut, time(0), zone)
    return start, int(last.astimezone(UTC).timestamp() * 1000)


def home_line(mission: Mission, link: str) -> str:
    """The home page's « Aujourd'hui » line (`link`: the page's address from the home page):
    hidden; progress.js shows it in the countdown's room between the mission's instants."""
    start, end = mission_window(mission)
    return render("today/home-line.html", link=link, start=start, end=end)


def today_page(mission: Mission, tasks: list[Task], notes_url: str = "") -> str:
    """The page's HTML: every day and activity (readable without script), with the data
    today.js reads; each activity links to its notes on the notes page (`notes_url`)."""
    zone = ZoneInfo(mission.mission.fuseau_horaire)
    words = Language("fr")
    points = meeting_points(tasks)
    entries = sorted(mission.programme, key=lambda e: (e.date, e.debut))
    days = sorted({entry.date for entry in entries})
    data = {"jours": [], "activites": [], "periode": mission.period}
    shown = []
    for day in days:
        label = FRENCH.date(day, weekday=True)
        data["jours"].append({"date": day.isoformat(), "libelle": label})
        activities = []
        for entry in (e for e in entries if e.date == day):
            start, end = instant(day, entry.debut, zone), instant(day, entry.fin, zone)
            title = words.text(entry.intitule)
            place = words.text(entry.lieu) if entry.lieu else None
            hours = slot_text(entry.debut, entry.fin)
            in_france = [
                datetime.fromtimestamp(ms / 1000, UTC).astimezone(FRANCE).time()
                for ms in (start, end)
            ]
            france = slot_text(*in_france)
            activities.append(
                {
                    "number": len(data["activites"]),
                    "hours": hours,
                    "france": france if france != hours else "",
                    "kind": words.choice("programme.type", entry.type),
                    "title": title,
                    "place": place,
                    "participants": entry.participants,
                    "interventions": entry.interventions,
                    "points": points if entry.type == MEETING else [],
                    "notes": f"{notes_url}#{anchor(activity_key(day, entry.debut))}"
                    if notes_url
                    else "",
                }
            )
            data["activites"].append(
                {
                    "jour": day.isoformat(),
                    "debut": start,
                    "fin": end,
                    "heure": time_text(entry.debut),
                    "horaire": hours,
                    "intitule": title,
                    "lieu": place,
                }
            )
        shown.append(
            {
                "date": day.isoformat(),
                "heading": capitalised(label),
                "button": label.rsplit(" ", 1)[0],
                "activities": activities,
            }
        )
    return render(
        "today/page.html",
        mission=mission,
        days=shown,
        data=json.dumps(data, ensure_ascii=False),
    )
