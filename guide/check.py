"""`make check`: check mission.yml and the guide's tasks, without building the site.

What a forker runs first: the same French messages as the build, in a second or two.
`python -m guide.check [project folder]` exits 0 when all is well, 1 otherwise.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from .errors import GuideError
from .french import plural
from .mission import load_mission
from .planning import task_catalogue
from .tasks import Task, nav_pages, read_tasks


class _ConfigReader(yaml.SafeLoader):
    """Reads mkdocs.yml for its plan only: MkDocs' own tags (!ENV…) count as empty."""


_ConfigReader.add_multi_constructor("!", lambda loader, suffix, node: None)
_ConfigReader.add_multi_constructor("tag:", lambda loader, suffix, node: None)


def _docs_and_pages(project: Path) -> tuple[Path, list[str]]:
    config = yaml.load((project / "mkdocs.yml").read_text("utf-8"), _ConfigReader) or {}
    docs_dir = project / (config.get("docs_dir") or "docs")
    return docs_dir, nav_pages(config.get("nav"), docs_dir)


def project_tasks(project: Path) -> list[Task]:
    """The tasks of a project's pages, in its navigation's order (raises GuideError)."""
    return read_tasks(*_docs_and_pages(project))


def check(project: Path) -> list[str]:
    """The lines to print; raises GuideError with every problem of the first file that has any."""
    docs_dir, pages = _docs_and_pages(project)
    tasks = read_tasks(docs_dir, pages)
    mission = load_mission(project / "mission.yml", docs_dir=docs_dir, tasks=task_catalogue(tasks))
    return [
        f"mission.yml : aucune erreur ({plural(len(mission.delegation), 'membre')} de la "
        f"délégation, {plural(len(mission.programme), 'activité')} au programme).",
        f"Tâches du guide : aucune erreur ({plural(len(tasks), 'tâche')}).",
    ]


def main(argv: list[str]) -> int:
    project = Path(argv[0]) if argv else Path.cwd()
    try:
        lines = check(project)
    except GuideError as error:
        print(error.report(), file=sys.stderr)
        print("Corrigez ces points, puis relancez « make check ».", file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
