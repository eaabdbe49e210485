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
from .project import load_project
from .tasks import Task, nav_pages, read_tasks


class _ConfigReader(yaml.SafeLoader):
    """Reads mkdocs.yml for its plan only: MkDocs' own tags (!ENV…) count as empty."""


_ConfigReader.add_multi_constructor("!", lambda loader, suffix, node: None)
_ConfigReader.add_multi_constructor("tag:", lambda loader, suffix, node: None)


def _docs_and_nav(project: Path) -> tuple[Path, list | None]:
    config = yaml.load((project / "mkdocs.yml").read_text("utf-8"), _ConfigReader) or {}
    return project / (config.get("docs_dir") or "docs"), config.get("nav")


def project_tasks(project: Path) -> list[Task]:
    """The tasks of a project's pages, in its navigation's order (raises GuideError)."""
    docs_dir, nav = _docs_and_nav(project)
    return read_tasks(docs_dir, nav_pages(nav, docs_dir))


def check(project: Path) -> list[str]:
    """The lines to print; raises GuideError with every problem of the first file that has any.
    The same loading as the build's (guide/project.py), without making the downloads."""
    loaded = load_project(project, *_docs_and_nav(project))
    mission, tasks = loaded.mission, loaded.tasks_as_written
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
