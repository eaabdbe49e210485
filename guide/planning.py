"""The mission's planning: each task's deadline and owner, wherever the task is shown.

A task's default deadline is written with it in its page (`{ #passeports-visas echeance=J-45 }`,
read by tasks.py); mission.yml may give it an owner, another deadline or mark it « sans objet »
(`taches`, checked by guide/mission/rules.py against `task_catalogue`). This module resolves
them into a `Plan` per task, for the guide pages (`with_task_plans`), the task index, the
printable checklist, the échéancier page (`schedule`) and the deadlines' calendar
(guide/documents/ics.py `deadlines_ics`). Python never says « late »: that depends on the
reader's today (the browser's job).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta

from markupsafe import Markup

from .french import french_date, plural
from .markup import render
from .mission.model import RELATIVE_DEADLINE_PATTERN
from .mission.rules import resolve_deadline
from .pages import document_page, page, relative_link
from .tasks import Task, plain_text, without_fenced_code
from .typography import french_text

RELATIVE = re.compile(RELATIVE_DEADLINE_PATTERN)
SCHEDULE_PAGE = page("schedule")
MISSING_SESSION = "(date à indiquer dans mission.yml)"


@dataclass(frozen=True)
class Plan:
    deadline: date | None  # the deadline's date, when it can be computed
    deadline_text: str | None  # the date in French, or why there is none yet
    owner: str | None
    not_applicable: bool  # mission.yml presets « sans objet »
    written: str | None  # the deadline as written (page default or mission.yml)


def _anchor(task: Task) -> tuple[str, int] | None:
    found = RELATIVE.fullmatch(task.deadline or "")
    if not found:
        return None
    return found.group(1), int(found.group(3)) * (1 if found.group(2) == "+" else -1)


def task_catalogue(tasks: list[Task]) -> dict:
    """What the rules on `taches` know of each task (exported with the contract): its part,
    whether it is done before departure (its default counts back from J, or from S, which
    comes before departure) and whether it follows the council session (S+0 or later)."""
    catalogue = {}
    for task in tasks:
        anchor = _anchor(task)
        catalogue[task.id] = {
            "partie": task.part,
            "texte": _short(plain_text(task.text), 120),  # for the form's rows
            "echeance": task.deadline,
            "avant_depart": bool(anchor)
            and (anchor[0] == "S" or anchor == ("J", 0) or (anchor[0] == "J" and anchor[1] < 0)),
            "apres_seance": bool(anchor) and anchor[0] == "S" and anchor[1] >= 0,
        }
    return catalogue


def _session_sentence(days: int) -> str:
    if days == 0:
        when = "le jour de la séance du conseil"
    elif days < 0:
        when = f"{plural(-days, 'jour')} avant la séance du conseil"
    else:
        when = f"{plural(days, 'jour')} après la séance du conseil"
    return f"{when} {MISSING_SESSION}"


def _mission_data(mission) -> dict:
    return mission.model_dump(mode="json") if hasattr(mission, "model_dump") else mission


def task_plans(tasks: list[Task], mission) -> dict[str, Plan]:
    """ID -> Plan: mission.yml's `taches` over each task's default."""
    data = _mission_data(mission) or {}
    settings = data.get("taches") or {}
    plans = {}
    for task in tasks:
        own = settings.get(task.id) or {}
        written = own.get("echeance") or task.deadline
        deadline = resolve_deadline(written, data)
        text = french_date(deadline) if deadline else None
        relative = RELATIVE.fullmatch(written or "")
        if deadline is None and relative and relative.group(1) == "S":
            days = int(relative.group(3)) * (1 if relative.group(2) == "+" else -1)
            text = _session_sentence(days)
        plans[task.id] = Plan(
            deadline, text, own.get("responsable"), own.get("sans_objet") is True, written
        )
    return plans


def index_fields(plan: Plan, task: Task, directory_urls: bool = True) -> dict:
    """The task index's planning fields (see `task_index` below)."""
    return {
        "page": page_url(task.page, directory_urls),
        "deadline": plan.deadline.isoformat() if plan.deadline else None,
        "deadline_text": plan.deadline_text,
        "owner": plan.owner,
        "not_applicable": plan.not_applicable,
    }


def page_url(source: str, directory_urls: bool = True) -> str:
    """A page's URL from the site's root: "avant-de-partir/" with directory URLs, else (the
    offline edition) "avant-de-partir.html"."""
    if not directory_urls:
        return source.removesuffix(".md") + ".html"
    if source == "index.md":
        return ""
    stem = source.removesuffix(".md")
    return (stem.removesuffix("/index") if stem.endswith("/index") else stem) + "/"


def plan_html(plan: Plan) -> str:
    """What a task item shows after its text: its deadline, its owner, and room for « dans
    12 jours » (filled by the browser)."""
    return render("planning/plan.html", plan=plan)


_ID_LINE = re.compile(r"^(?P<head> +\{\s*:?\s*#(?P<id>[^\s}]*))(?P<rest>[^}]*)(?P<end>\}\s*)$")
_DEADLINE_ATTRIBUTE = re.compile(r"""\s*(?<!\S)[eé]ch[eé]ance\s*=\s*(?P<q>["']?)[^"'\s}]*(?P=q)""")


def with_task_plans(markdown: str, plans: dict[str, Plan]) -> str:
    """The page's Markdown with each task's plan after its text and `echeance=…` removed from
    its ID line (attr_list would make it an HTML attribute); code blocks left as they are."""
    lines = markdown.split("\n")
    outside_code = without_fenced_code(lines)
    for index, line in enumerate(outside_code):
        found = _ID_LINE.match(line)
        if not found or found.group("id") not in plans or index == 0:
            continue
        rest = _DEADLINE_ATTRIBUTE.sub("", found.group("rest"))
        lines[index] = f"{found.group('head')}{rest.rstrip()} {found.group('end').strip()}"
        if lines[index - 1].strip():
            lines[index - 1] += " " + plan_html(plans[found.group("id")])
    return "\n".join(lines)


# --- After the return: the follow-up agreed, the yearly declaration -------------------------

# The e-APD declaration of the official development aid (CGCT L1115-6): from 15 April to
# 31 May, for the previous calendar year, on Démarches simplifiées since 2025 (MEAE, « e-APD
# 2025 »; domain facts).
DECLARATION_OPENS = (4, 15)
DECLARATION_CLOSES = (5, 31)
FOLLOW_UP_PART = "Suites de la mission"
DECLARATION_PART = "Déclaration annuelle"


@dataclass(frozen=True)
class FollowUp:
    """A dated step after the return that is no task of the guide: a `suites` entry of
    mission.yml, or the yearly declaration's window (`end`: its last day)."""

    id: str  # stable across edits of other entries: the calendar's UID comes from it
    date: date
    text: str
    owner: str
    part: str
    end: date | None = None
    page: str = ""  # the page that helps with it (the declaration's fiche), from docs/
    what: str = ""  # a suite's own words (its `quoi`), for the compte rendu's table


def declaration_window(mission) -> tuple[date, date]:
    """The e-APD window for the year of the mission's return: the next year's 15 April to
    31 May."""
    year = mission.mission.fin.year + 1
    return date(year, *DECLARATION_OPENS), date(year, *DECLARATION_CLOSES)


def follow_ups(mission) -> list[FollowUp]:
    """mission.yml's `suites` (those whose date is known) and the next declaration window,
    in date order."""
    data = _mission_data(mission)
    found = []
    for suite in mission.suites or []:
        day = resolve_deadline(suite.pour_quand, data)
        if day is None:
            continue
        digest = hashlib.sha1(str(suite.quoi).encode("utf-8")).hexdigest()[:12]
        what = plain_text(str(suite.quoi))
        found.append(
            FollowUp(
                f"suite-{digest}",
                day,
                f"Suite de la mission : {what}",
                suite.qui or "",
                FOLLOW_UP_PART,
                what=what,
            )
        )
    opens, closes = declaration_window(mission)
    found.append(
        FollowUp(
            f"declaration-e-apd-{opens.year - 1}",
            opens,
            f"Déclaration e-APD {opens.year - 1} sur Démarches simplifiées : du "
            f"{french_date(opens)} au {french_date(closes)}",
            "",
            DECLARATION_PART,
            end=closes,
            page=document_page("fiche-declaration-e-apd"),
        )
    )
    return sorted(found, key=lambda item: item.date)


# --- The échéancier page -----------------------------------------------------------------


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _week_heading(monday: date) -> str:
    return f"Semaine du {french_date(monday)}"


def _row(task: Task, plan: Plan, from_page: str) -> Markup:
    # « … précis sur : » announces a list that stays on the task's page
    text = re.sub(r"\s*:\s*$", "…", plain_text(task.text))
    return Markup(
        render(
            "planning/row.html",
            task=task,
            plan=plan,
            text=french_text(text, apostrophes=True),
            link=f"{relative_link(task.page, from_page)}#{task.id}",
            deadline=plan.deadline.isoformat() if plan.deadline else "",
            owner=plan.owner or "",
        )
    )


def _follow_up_row(item: FollowUp, from_page: str) -> Markup:
    """A row of the échéancier for a step after the return: dated, not a task to tick."""
    return Markup(
        render(
            "planning/follow-up.html",
            item=item,
            text=french_text(item.text, apostrophes=True),
            link=relative_link(item.page, from_page) if item.page else "",
            date=french_date(item.date),
            owner=item.owner,
        )
    )


def schedule(
    tasks: list[Task],
    mission,
    from_page: str = SCHEDULE_PAGE,
    directory_urls: bool = True,
    plans: dict | None = None,
) -> str:
    """The échéancier: every dated task by date, grouped by week; then the tasks without a date
    (a « Sans date » section); the filters form, shown from the start so that nothing moves
    when the browser applies it. `plans`: the tasks' plans when already made."""
    plans = task_plans(tasks, mission) if plans is None else plans
    dated = sorted(
        (task for task in tasks if plans[task.id].deadline),
        key=lambda task: plans[task.id].deadline,
    )  # sorted() is stable: the guide's order within a day
    undated = [task for task in tasks if not plans[task.id].deadline]
    after = follow_ups(mission)
    owners = sorted(
        {plan.owner for plan in plans.values() if plan.owner}
        | {item.owner for item in after if item.owner},
        key=str.casefold,
    )
    # The tasks, then after the return the follow-up and the yearly declaration, by date
    # (sorted() is stable: at the same date, tasks first).
    dated_rows = [(plans[t.id].deadline, _row(t, plans[t.id], from_page)) for t in dated]
    dated_rows += [(item.date, _follow_up_row(item, from_page)) for item in after]
    weeks: dict[date, list[Markup]] = {}
    for day, row in sorted(dated_rows, key=lambda pair: pair[0]):
        weeks.setdefault(_monday(day), []).append(row)
    shown = [
        {"monday": monday.isoformat(), "heading": _week_heading(monday), "rows": rows}
        for monday, rows in weeks.items()
    ]
    if undated:
        rows = [_row(task, plans[task.id], from_page) for task in undated]
        shown.append({"monday": "", "heading": "Sans date", "rows": rows})
    return render(
        "planning/schedule.html",
        index=task_index(tasks, plans, directory_urls),
        owners=owners,
        weeks=shown,
    )


# --- The deadlines' calendar --------------------------------------------------------------


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def calendar_entries(
    tasks: list[Task], plans: dict[str, Plan], site_url: str = "", mission=None
) -> list[dict]:
    """The .ics events of the deadlines (guide/documents/ics.py `deadlines_to_ics`): every
    dated task that mission.yml does not mark « sans objet », and with `mission` the steps
    after the return (`follow_ups`: kind « suite », the declaration's window spans its days),
    in date order."""
    base = site_url.rstrip("/") + "/" if site_url else ""
    entries = []
    for task in tasks:
        plan = plans[task.id]
        if not plan.deadline or plan.not_applicable:
            continue
        text = plain_text(task.text)
        url = f"{base}{page_url(task.page)}#{task.id}" if base else None
        lines = [text, f"Qui : {plan.owner or 'à désigner'}", f"Partie du guide : {task.part}"]
        # Without the site's address (site_url), the task's address within the site.
        where = url or f"{page_url(task.page)}#{task.id} (page « {task.part} » du guide)"
        lines.append(f"La tâche dans le guide : {where}")
        entries.append(
            {
                "id": task.id,
                "date": plan.deadline,
                "summary": f"Échéance : {_short(text)}",
                "description": "\n".join(lines),
                "url": url,
                "kind": "tache",
            }
        )
    for item in follow_ups(mission) if mission is not None else []:
        url = f"{base}{page_url(item.page)}" if base and item.page else None
        lines = [item.text, f"Qui : {item.owner or 'à désigner'}", item.part]
        if item.page:
            lines.append(f"Dans le guide : {url or page_url(item.page)}")
        entries.append(
            {
                "id": item.id,
                "date": item.date,
                "end": item.end,
                "summary": _short(item.text),
                "description": "\n".join(lines),
                "url": url,
                "kind": "suite",
            }
        )
    return sorted(entries, key=lambda entry: entry["date"])


def task_index(tasks: list[Task], plans: dict | None = None, directory_urls: bool = True) -> str:
    """JSON {id: {"part", "text", "page", "deadline", "deadline_text", "owner",
    "not_applicable"}}, escaped to sit in an HTML attribute (the planning fields: see
    guide/planning.py `index_fields`; without `plans`, none).

    An attribute rather than a <script type="application/json">: Material's instant navigation
    re-creates inline scripts without their type and would run the JSON as JavaScript.
    """
    index = {}
    for task in tasks:
        index[task.id] = {"part": task.part, "text": plain_text(task.text)}
        if plans is not None:
            index[task.id].update(index_fields(plans[task.id], task, directory_urls))
    return html.escape(json.dumps(index, ensure_ascii=False, separators=(",", ":")), quote=True)
