"""The printable checklist ("Checklist à imprimer"): the guide's tasks as a form for paper.

Plain functions, tasks and mission data in, Markdown/HTML out; tested without MkDocs.

The page is built from the same `Task` list as the guide pages (guide/tasks.py), so adding,
removing or rewording a task in a guide page changes the form with no second edit. Each part of
the guide (a page) becomes a table: one row per task, with a box to tick, the task, and the
columns "Qui" and "Échéance", filled from the task's plan (guide/planning.py: its deadline
and mission.yml's `taches`) or left blank to fill in by hand; the steps (`##` headings) are
rows spanning the table; a notes area closes each part.

Task texts and headings are the authors' Markdown: they are emitted as Markdown inside the HTML
(`markdown="span"`, extension md_in_html), so *italic* and links render as on the guide pages and
MkDocs checks and rewrites the links. A relative link is rebased from the task's page to the
checklist page. Values from mission.yml are data: they all go through `text.escape`.
"""

import posixpath
import re
from datetime import date

from .french import french_date, french_period, numeric_date
from .markup import render
from .pages import page, relative_link
from .planning import Plan, task_plans
from .tasks import Part, Task, group_tasks

CHECKLIST_PAGE = page("checklist")


# Ruled lines left for handwritten notes at the end of each part.
NOTE_LINES = 2

# An inline link or image target: `](target)` or `](target "title")`.
LINK_TARGET = re.compile(r"\]\(\s*(?P<target><[^>]*>|[^)\s]+)(?P<rest>[^)]*)\)")
HAS_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
DANGLING_COLON = re.compile(r"\s*:\s*$")


def rebase_links(markdown: str, from_page: str, to_page: str = CHECKLIST_PAGE) -> str:
    """Rewrite the relative link targets of `markdown` (written in `from_page`) for `to_page`.

    `[texte](ressources.md#cncd)` written in `avant-de-partir.md` becomes
    `[texte](../ressources.md#cncd)` on `outils/checklist.md`; `(#anchor)` points back to
    `from_page`; absolute URLs (`https:`, `mailto:`) and site-absolute paths are left as they are.
    """
    from_dir = posixpath.dirname(from_page)
    to_dir = posixpath.dirname(to_page) or "."

    def rebase(match: re.Match) -> str:
        target = match.group("target")
        bracketed = target.startswith("<")
        if bracketed:
            target = target[1:-1]
        if not target or HAS_SCHEME.match(target) or target.startswith("/"):
            return match.group(0)
        path, hash_, anchor = target.partition("#")
        resolved = posixpath.normpath(posixpath.join(from_dir, path)) if path else from_page
        new_target = posixpath.relpath(resolved, to_dir) + hash_ + anchor
        if bracketed:
            new_target = f"<{new_target}>"
        return f"]({new_target}{match.group('rest')})"

    return LINK_TARGET.sub(rebase, markdown)


def _value(data, *path):
    """`data.a.b` or `data["a"]["b"]`, whichever the mission object offers; None if absent."""
    for key in path:
        if data is None:
            return None
        data = data.get(key) if isinstance(data, dict) else getattr(data, key, None)
    if isinstance(data, str) and not data.strip():
        return None
    return data


def header_fields(mission) -> dict:
    """What the form's header shows, from the mission data (dict or validated model)."""
    return {
        "authority": _value(mission, "collectivite", "nom"),
        "partner": _value(mission, "partenaire", "nom"),
        "country": _value(mission, "partenaire", "pays"),
        "start": _value(mission, "mission", "debut"),
        "end": _value(mission, "mission", "fin"),
    }


def _as_date(value) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _dates(start, end) -> dict:
    """The period as text when both dates are known, else each date known (the header draws
    a line for the others)."""
    start, end = _as_date(start), _as_date(end)
    if start and end and start <= end:
        return {"period": french_period(start, end)}
    return {
        "period": None,
        "start": french_date(start) if start else None,
        "end": french_date(end) if end else None,
    }


def mission_header(fields: dict) -> str:
    """The form's header: the mission, or blank lines to fill in where a value is absent."""
    dates = _dates(fields.get("start"), fields.get("end"))
    return render("checklist/header.html", header=fields, dates=dates)


def _one_line(markdown: str) -> str:
    """Task text on one line (an HTML block must not contain a blank line)."""
    return " ".join(markdown.split())


def _task_row(
    task: Task, to_page: str, has_subtasks: bool = False, plan: Plan | None = None
) -> dict:
    """One row: box and task (indented by level), then "Qui" and "Échéance" (blank when
    nothing is known: a line to fill in by hand).

    A task whose text announces a list ("… précis sur :") that is not made of sub-tasks (the
    list stays in the guide) ends with "…" instead of a colon followed by nothing.
    """
    text = _one_line(rebase_links(task.text, task.page, to_page))
    if not has_subtasks:
        text = DANGLING_COLON.sub("…", text)
    deadline = plan.deadline if plan else None
    return {
        "task": task,
        "text": text,
        "owner": plan.owner if plan else None,
        "deadline": deadline,
        "shown_deadline": numeric_date(deadline) if deadline else "",
    }


def _part(part: Part, to_page: str, plans: dict) -> dict:
    """One part of the guide: its heading, its link, and each step and its tasks."""
    rows = []
    for step in part.steps:
        if step.title:
            rows.append({"step": _one_line(rebase_links(step.title, part.page, to_page))})
        for index, task in enumerate(step.tasks):
            following = step.tasks[index + 1] if index + 1 < len(step.tasks) else None
            has_subtasks = following is not None and following.level > task.level
            rows.append(_task_row(task, to_page, has_subtasks, plans.get(task.id)))
    return {
        "title": part.title,
        "heading": _one_line(part.title),
        "link": relative_link(part.page, to_page),
        "count": len(part.tasks),
        "rows": rows,
    }


def printable_checklist(
    tasks: list[Task], mission, to_page: str = CHECKLIST_PAGE, plans: dict | None = None
) -> str:
    """The whole form: header, then for each part its heading, its table and its notes.
    `plans`: the tasks' plans when already made (the project's), else made here."""
    if plans is None:
        plans = task_plans(tasks, mission) if mission is not None else {}
    header = header_fields(mission)
    return render(
        "checklist/page.html",
        header=header,
        dates=_dates(header.get("start"), header.get("end")),
        parts=[_part(part, to_page, plans) for part in group_tasks(tasks)],
        note_lines=NOTE_LINES,
    )


def checklist_link(from_page: str) -> str:
    """The line that sends a page with tasks to the printable checklist (Markdown).

    A Markdown link to the page's source: MkDocs checks it and writes the right address for
    every build (a folder on the web, `outils/checklist.html` in the offline edition)."""
    return render("checklist/link.html", target=relative_link(CHECKLIST_PAGE, from_page))
