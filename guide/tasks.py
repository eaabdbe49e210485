"""The guide's tasks, read from the Markdown pages where they are written.

A task is written once, in its guide page, as a Markdown task item followed by its
identifier on the next line:

    - [ ] Informer le partenaire et définir avec lui la date…
      { #informer-partenaire }

A task may carry its default deadline in the same line, counted from the mission's dates:

    - [ ] Demander les visas…
      { #passeports-visas echeance=J-45 }

(J-45: 45 days before the mission's first day; R+30: 30 days after its last day; S-7: 7 days
before the council session that votes the mandat spécial). The glue removes `echeance=…`
before Python-Markdown reads the page (guide/planning.py `with_task_plans`).

This module finds every task of the pages listed in the navigation, in the guide's order,
with its part (the page's title) and its step (the `##` heading above it). The printable
checklist and the progress counts are built from this list, so they never need a second edit.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import GuideError
from .mission.model import ID_PATTERN, RELATIVE_DEADLINE_PATTERN

TASK_LINE = re.compile(r"^(?P<indent> *)[-*+] \[[ xX]\] (?P<text>.*\S)\s*$")
ID_LINE = re.compile(r"^ +\{\s*:?\s*#(?P<id>[^\s}]*)(?P<rest>[^}]*)\}\s*$")
# The default deadline in the ID line: « echeance=J-45 » (quotes allowed).
DEADLINE_ATTRIBUTE = re.compile(
    r"""(?:^|\s)[eé]ch[eé]ance\s*=\s*(?P<q>["']?)(?P<value>[^"'\s}]*)(?P=q)"""
)
VALID_DEADLINE = re.compile(RELATIVE_DEADLINE_PATTERN)
JINJA_COMMENT_ID = re.compile(r"^ +\{#")
HEADING = re.compile(r"^(?P<hashes>#{1,6}) +(?P<title>.+?)\s*#*\s*$")
VALID_ID = re.compile(ID_PATTERN)  # the same pattern as an activity's id in mission.yml
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
# A code fence (pymdownx.superfences): three or more ` or ~, at any indentation (a fence may
# sit in a list item or an admonition); a ` fence's info string has no `.
FENCE_OPENING = re.compile(r"^[ \t]*(?P<fence>`{3,}(?=[^`]*$)|~{3,})")


@dataclass(frozen=True)
class Task:
    id: str
    text: str  # the task's Markdown text, continuation lines joined by spaces
    page: str  # path of the page, relative to docs/ (e.g. "avant-de-partir.md")
    part: str  # the page's title (its `#` heading)
    step: str  # the `##` heading the task stands under ("" if none)
    level: int  # 0 for a task, 1 for a sub-task, ...
    line: int  # line number of the task in its page (for messages)
    deadline: str | None = None  # the default deadline as written in the page ("J-45")


TITLE = "Des tâches du guide sont mal écrites :"


def nav_pages(nav: list | None, docs_dir: Path) -> list[str]:
    """Markdown pages in navigation order (all pages, sorted, when there is no `nav`)."""
    if not nav:
        return sorted(p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md"))
    pages: list[str] = []

    def walk(items):
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            if isinstance(value, list):
                walk(value)
            elif isinstance(value, str) and value.endswith(".md") and "://" not in value:
                pages.append(value)

    walk(nav)
    return pages


def without_fenced_code(lines: list[str]) -> list[str]:
    """`lines` with the lines of fenced code blocks (fences included) made empty.

    A fence closes with the same character, at least as many times, and nothing else on the
    line; a fence that never closes opens no code block (as for Python-Markdown).
    """
    lines = list(lines)
    index = 0
    while index < len(lines):
        opening = FENCE_OPENING.match(lines[index])
        if opening:
            fence = opening.group("fence")
            closing = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
            end = next((i for i in range(index + 1, len(lines)) if closing.match(lines[i])), None)
            if end is not None:
                lines[index : end + 1] = [""] * (end + 1 - index)
                index = end
        index += 1
    return lines


def parse_page(markdown: str, page: str) -> tuple[list[Task], list[str]]:
    """Tasks of one page and the problems found (French messages naming file and line).

    What a fenced code block shows (an example of a task, a `#` comment) is not read."""
    text = FRONT_MATTER.sub(lambda m: "\n" * m.group(0).count("\n"), markdown)
    lines = without_fenced_code(text.split("\n"))
    tasks: list[Task] = []
    problems: list[str] = []
    part, step = page, ""
    index = 0
    while index < len(lines):
        line = lines[index]
        heading = HEADING.match(line)
        if heading:
            level = len(heading.group("hashes"))
            if level == 1:
                part = heading.group("title")
            elif level == 2:
                step = heading.group("title")
        match = TASK_LINE.match(line)
        if not match:
            index += 1
            continue
        start = index
        indent = len(match.group("indent"))
        words = [match.group("text")]
        index += 1
        task_id = None
        deadline = None
        while index < len(lines):
            following = lines[index]
            if JINJA_COMMENT_ID.match(following):
                problems.append(
                    f"docs/{page}, ligne {index + 1} : écrivez l'identifiant « {{ #… }} » avec "
                    "une espace entre « { » et « # » ; « {# » ouvre un commentaire Jinja."
                )
                index += 1
                task_id = ""
                break
            id_match = ID_LINE.match(following)
            if id_match:
                task_id = id_match.group("id")
                rest = id_match.group("rest")
                written = DEADLINE_ATTRIBUTE.search(rest)
                if DEADLINE_ATTRIBUTE.sub("", rest).strip():  # « { #espace fin } »
                    task_id = (task_id + rest).strip()
                if written:
                    deadline = written.group("value")
                    if not VALID_DEADLINE.match(deadline):
                        problems.append(
                            f"docs/{page}, ligne {index + 1} : l'échéance « {deadline} » de la "
                            f"tâche « {task_id} » n'est pas valable : écrivez par exemple "
                            "echeance=J-60 (60 jours avant le début de la mission), "
                            "echeance=R+30 (30 jours après sa fin) ou echeance=S-7 (7 jours "
                            "avant la séance du conseil)."
                        )
                        deadline = None
                index += 1
                break
            deeper = len(following) - len(following.lstrip()) > indent
            starts_list = following.lstrip()[:2] in {"- ", "* ", "+ "}
            if not following.strip() or not deeper or starts_list:
                break
            words.append(following.strip())
            index += 1
        where = f"docs/{page}, ligne {start + 1}"
        if task_id == "":  # already reported: « {# » instead of « { # »
            continue
        if task_id is None:
            problems.append(
                f"{where} : la tâche « {words[0][:60]} » n'a pas d'identifiant. Ajoutez sous "
                "son texte une ligne « { #identifiant-unique } » (minuscules, chiffres, tirets)."
            )
            continue
        if not VALID_ID.match(task_id):
            problems.append(
                f"{where} : l'identifiant « {task_id} » n'est pas valable : il doit être fait "
                "de minuscules sans accents, de chiffres et de tirets "
                "(ex. « informer-partenaire »)."
            )
            continue
        tasks.append(
            Task(task_id, " ".join(words), page, part, step, indent // 4, start + 1, deadline)
        )
    return tasks, problems


def read_tasks(docs_dir: Path, pages: list[str]) -> list[Task]:
    """All tasks of `pages` in order; raises GuideError listing every problem at once."""
    tasks: list[Task] = []
    problems: list[str] = []
    for page in pages:
        if not (docs_dir / page).is_file():  # a page removed, its line left in the plan
            problems.append(
                f"mkdocs.yml : la page « docs/{page} » du plan (nav) n'existe pas ; attendu : "
                "une page enregistrée dans docs/, ou sa ligne retirée du plan."
            )
            continue
        page_tasks, page_problems = parse_page((docs_dir / page).read_text("utf-8"), page)
        tasks.extend(page_tasks)
        problems.extend(page_problems)
    first_seen: dict[str, Task] = {}
    for task in tasks:
        if task.id in first_seen:
            other = first_seen[task.id]
            problems.append(
                f"docs/{task.page}, ligne {task.line} : l'identifiant de tâche « {task.id} » "
                f"est déjà utilisé (docs/{other.page}, ligne {other.line}). Chaque tâche "
                "doit avoir son propre identifiant."
            )
        else:
            first_seen[task.id] = task
    if problems:
        raise GuideError(problems, TITLE)
    return tasks


@dataclass
class Step:
    title: str  # the `##` heading ("" when the tasks stand before any `##`)
    tasks: list[Task] = field(default_factory=list)


@dataclass
class Part:
    title: str  # the page's `#` title
    page: str  # the page, relative to docs/
    steps: list[Step] = field(default_factory=list)

    @property
    def tasks(self) -> list[Task]:
        return [task for step in self.steps for task in step.tasks]

    @property
    def task_ids(self) -> tuple[str, ...]:
        return tuple(task.id for task in self.tasks)


def group_tasks(tasks: list[Task]) -> list[Part]:
    """Tasks grouped by part (page) then step, in the guide's order (the home page's progress
    and the printable checklist both read this)."""
    parts: list[Part] = []
    for task in tasks:
        if not parts or parts[-1].page != task.page:
            parts.append(Part(task.part, task.page))
        part = parts[-1]
        if not part.steps or part.steps[-1].title != task.step:
            part.steps.append(Step(task.step))
        part.steps[-1].tasks.append(task)
    return parts


_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"[*_`]+")
_ATTRIBUTES = re.compile(r"\{\s*:?[^}]*\}")


def plain_text(markdown: str) -> str:
    """A task's Markdown text as plain text (links keep their text, no emphasis marks)."""
    text = _LINK.sub(r"\1", markdown)
    text = _ATTRIBUTES.sub("", text)
    text = _MARKUP.sub("", text)
    return " ".join(text.split())
