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

from .french import NBSP, french_date, french_period, numeric_date
from .pages import page, relative_link
from .planning import Plan, task_plans
from .tasks import Part, Task, group_tasks
from .text import escape

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


def _blank(size: str = "long") -> str:
    return f'<span class="checklist-blank checklist-blank--{size}"></span>'


def _as_date(value) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _dates(start, end) -> str:
    start, end = _as_date(start), _as_date(end)
    if start and end and start <= end:
        return escape(french_period(start, end))
    begin = escape(french_date(start)) if start else _blank("short")
    finish = escape(french_date(end)) if end else _blank("short")
    return f"du {begin} au {finish}"


def _field(label: str, value_html: str, css: str) -> str:
    return (
        f'<div class="checklist-field checklist-field--{css}">'
        f'<span class="checklist-label">{label}{NBSP}:</span> '
        f'<span class="checklist-value">{value_html}</span></div>'
    )


def mission_header(fields: dict) -> str:
    """The form's header: the mission, or blank lines to fill in where a value is absent."""

    def known(value) -> str:
        return escape(value) if value else _blank()

    return (
        '<div class="checklist-header">\n'
        '<p class="checklist-form-title">Checklist de la mission exploratoire</p>\n'
        '<div class="checklist-fields">'
        + _field("Collectivité", known(fields.get("authority")), "authority")
        + _field("Partenaire", known(fields.get("partner")), "partner")
        + _field("Pays", known(fields.get("country")), "country")
        + _field("Dates", _dates(fields.get("start"), fields.get("end")), "dates")
        + _field("Suivi par", _blank(), "owner")
        + _field("Mise à jour le", _blank(), "updated")
        + "</div>\n</div>"
    )


def _one_line(markdown: str) -> str:
    """Task text on one line (an HTML block must not contain a blank line)."""
    return " ".join(markdown.split())


def task_row(
    task: Task,
    to_page: str = CHECKLIST_PAGE,
    has_subtasks: bool = False,
    plan: Plan | None = None,
) -> str:
    """One row: box and task (indented by level), then "Qui" and "Échéance" (blank when
    nothing is known: a line to fill in by hand).

    A task whose text announces a list ("… précis sur :") that is not made of sub-tasks (the
    list stays in the guide) ends with "…" instead of a colon followed by nothing.
    """
    text = _one_line(rebase_links(task.text, task.page, to_page))
    if not has_subtasks:
        text = DANGLING_COLON.sub("…", text)
    text_id = f"checklist-{task.id}"
    owner = escape(plan.owner) if plan and plan.owner else ""
    due = ""
    if plan and plan.deadline:
        due = f'<time datetime="{plan.deadline.isoformat()}">{numeric_date(plan.deadline)}</time>'
    return (
        f'<tr class="checklist-task checklist-task--level-{task.level}" '
        f'data-task-id="{task.id}" markdown="1">\n'
        f'<td class="checklist-task-cell" markdown="span">'
        f'<input type="checkbox" class="checklist-box" aria-labelledby="{text_id}">'
        f'<span class="checklist-text" id="{text_id}">{text}</span></td>\n'
        f'<td class="checklist-who" data-titre="Qui">{owner}</td>\n'
        f'<td class="checklist-due" data-titre="Échéance">{due}</td>\n'
        "</tr>"
    )


def part_table(part: Part, to_page: str = CHECKLIST_PAGE, plans: dict | None = None) -> str:
    """The table of one part: header row, then each step and its tasks."""
    rows = []
    for step in part.steps:
        if step.title:
            title = _one_line(rebase_links(step.title, part.page, to_page))
            rows.append(
                '<tr class="checklist-step" markdown="1">'
                f'<th colspan="3" scope="colgroup" markdown="span">{title}</th></tr>'
            )
        for index, task in enumerate(step.tasks):
            following = step.tasks[index + 1] if index + 1 < len(step.tasks) else None
            has_subtasks = following is not None and following.level > task.level
            plan = (plans or {}).get(task.id)
            rows.append(task_row(task, to_page, has_subtasks, plan))
    return (
        '<table class="checklist-table" markdown="1">\n'
        '<colgroup><col class="checklist-col-task"><col class="checklist-col-who">'
        '<col class="checklist-col-due"></colgroup>\n'
        "<thead><tr>"
        '<th scope="col">Tâche</th><th scope="col">Qui</th><th scope="col">Échéance</th>'
        "</tr></thead>\n"
        '<tbody markdown="1">\n' + "\n".join(rows) + "\n</tbody>\n</table>"
    )


def notes_area(part: Part) -> str:
    lines = "".join('<div class="checklist-note-line"></div>' for _ in range(NOTE_LINES))
    return (
        '<div class="checklist-notes">'
        f'<p class="checklist-notes-title">Notes{NBSP}— {escape(part.title)}</p>{lines}</div>'
    )


def printable_checklist(
    tasks: list[Task], mission, to_page: str = CHECKLIST_PAGE, plans: dict | None = None
) -> str:
    """The whole form: header, then for each part its heading, its table and its notes.
    `plans`: the tasks' plans when already made (the project's), else made here."""
    blocks = [mission_header(header_fields(mission))]
    if plans is None:
        plans = task_plans(tasks, mission) if mission is not None else {}
    for part in group_tasks(tasks):
        link = relative_link(part.page, to_page)
        blocks.append(
            '<p class="checklist-part" role="heading" aria-level="2" markdown="span">'
            f"{_one_line(part.title)}</p>"
        )
        blocks.append(
            '<p class="checklist-source" markdown="span">'
            f"Tâches de la page [{_one_line(part.title)}]({link}) — "
            f"{len(part.tasks)} tâche{'s' if len(part.tasks) > 1 else ''}</p>"
        )
        blocks.append(part_table(part, to_page, plans))
        blocks.append(notes_area(part))
    if len(blocks) == 1:
        blocks.append(
            '<p class="checklist-empty">Le guide ne contient encore aucune tâche : '
            "écrivez-en dans ses pages (« - [ ] … » suivi de « { #identifiant } »).</p>"
        )
    # Out of the search index: a search finds each task on its guide page, not twice. Hence
    # part headings as ARIA headings (an <h2> gets an id, and an id opens an empty search
    # entry) and a <section> (Material's search parser drops the exclusion at an inner </div>).
    return (
        '<section class="checklist" data-search-exclude="" markdown="1">\n\n'
        + "\n\n".join(blocks)
        + "\n\n</section>"
    )


def checklist_link(from_page: str) -> str:
    """The line that sends a page with tasks to the printable checklist (Markdown).

    A Markdown link to the page's source: MkDocs checks it and writes the right address for
    every build (a folder on the web, `outils/checklist.html` in the offline edition)."""
    target = relative_link(CHECKLIST_PAGE, from_page)
    return (
        '<p class="checklist-page-link" markdown="span">Toutes les tâches du guide sur un '
        f"formulaire de deux pages A4{NBSP}: [Checklist à imprimer]({target})</p>"
    )
