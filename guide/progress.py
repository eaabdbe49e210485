"""The home page's progress section, built from the guide's task list (see tasks.py).

The section lists each part of the guide (each page with tasks) as a link to its page with
its "N / M tâches faites" count, then the whole guide. The counts start at zero in the HTML;
docs/assets/javascripts/checklists.js fills them from the ticks kept in the browser. Each count
carries the IDs of the tasks it counts (`data-task-ids`), so a tick kept for a task that no
longer exists is never counted.

The section also carries the buttons to export, import and reset the progress (hidden until
the script shows them) and the index of the current tasks (ID -> part and plain text) used to
show what an import will change.
"""

from .markup import render
from .pages import relative_link
from .planning import task_index
from .tasks import Task, group_tasks, plain_text  # noqa: F401 (imported from here too)


def count_label(done: int, total: int, with_not_applicable: bool = False) -> str:
    """ "3 / 6 tâches faites" (singular when the total is 1 or 0), « … ou sans objet » when
    some are. Twin of countLabel in checklists.js, which rewrites it from the stored state."""
    noun = "tâches faites" if total > 1 else "tâche faite"
    return f"{done} / {total} {noun}" + (" ou sans objet" if with_not_applicable else "")


def _preset_count(task_ids, plans: dict | None) -> dict:
    """The count and the bar's fill as a visitor with no stored progress sees them (tasks
    mission.yml presets « sans objet » count as settled): written at build time so that the
    script finds them unchanged and nothing moves on first paint."""
    preset = sum(1 for task_id in task_ids if plans and plans[task_id].not_applicable)
    return {
        "ids": " ".join(task_ids),
        "label": count_label(preset, len(task_ids), preset > 0),
        "width": f"{100 * preset / len(task_ids):g}" if preset else "",
    }


def progress_section(
    tasks: list[Task],
    site_name: str,
    from_page: str = "index.md",
    overall_page: str | None = None,
    plans: dict | None = None,
    directory_urls: bool = True,
) -> str:
    """The progress section (Markdown with HTML) for the page `from_page`.

    `overall_page` is where the whole guide's line links to (the printable checklist when the
    site has one); without it the line is not a link.
    """
    parts = group_tasks(tasks)
    if not parts:
        return render("progress/empty.html")
    shown = [
        {
            "title": part.title,
            "count": _preset_count(part.task_ids, plans),
            "link": relative_link(part.page, from_page),
        }
        for part in parts
    ]
    return render(
        "progress/section.html",
        # The site's name comes as Material's Markup (HTML-escaped only): text again, so that
        # it is escaped like any data.
        site_name=str(site_name),
        index=task_index(tasks, plans, directory_urls),
        parts=shown,
        overall=_preset_count([task.id for task in tasks], plans),
        overall_link=relative_link(overall_page, from_page) if overall_page else "",
    )


def page_tools(task_ids: list[str], index: str = "", plans: dict | None = None) -> str:
    """ "N / M tâches faites" and "Tout décocher sur cette page", rendered at build time.

    checklists.js fills this block in (it creates it only when a page lacks it): rendering it
    here keeps the page from moving when the script runs. `index`: the task index
    (`task_index`), carried by an empty element.
    """
    return render("progress/page-tools.html", count=_preset_count(task_ids, plans), index=index)


def with_page_tools(
    markdown: str, task_ids: list[str], index: str = "", plans: dict | None = None
) -> str:
    """The page's Markdown with `page_tools` right under its `#` title (unchanged if none)."""
    if not task_ids:
        return markdown
    tools = page_tools(task_ids, index, plans)
    lines = markdown.split("\n")
    for number, line in enumerate(lines):
        if line.startswith("# "):
            lines[number] = f"{line}\n\n{tools}\n"
            return "\n".join(lines)
    return f"{tools}\n\n{markdown}"
