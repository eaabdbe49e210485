"""The project, loaded once: the mission, the tasks, their plans, the contract and the downloads.

`make check` (guide/check.py), the MkDocs glue (macros/__init__.py) and the tests use the same
object: nothing is read or computed twice. It knows nothing of MkDocs: the glue hands it the
docs folder, the plan (MkDocs' `nav` list, or None) and the site's address.
"""

from __future__ import annotations

import hashlib
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path

from . import planning, vocabulary
from .documents.downloads import deadline_file, download_files
from .errors import GuideError, unexpected
from .mission import Mission, contract, load_mission
from .tasks import Task, nav_pages, read_tasks

MISSION_FILE = "mission.yml"


@dataclass(frozen=True)
class Project:
    root: Path
    docs_dir: Path
    pages: tuple[str, ...]  # the plan's Markdown pages, in order
    mission: Mission
    tasks_as_written: tuple[Task, ...]
    catalogue: dict  # what the rules on `taches` know of each task (exported with the contract)
    site_url: str = ""
    mission_text: str = field(default="", repr=False)

    @cached_property
    def voc(self):
        """The `voc` macro: the words of the authority's type and of its partner."""
        return partial(vocabulary.word, self.mission)

    @cached_property
    def tasks(self) -> list[Task]:
        """The tasks with their texts in the mission's words (checklist, progress, schedule)."""
        return vocabulary.worded_tasks(list(self.tasks_as_written), self.voc)

    @cached_property
    def plans(self) -> dict:
        """Task ID -> its plan (deadline, owner, « sans objet »)."""
        return planning.task_plans(self.tasks, self.mission)

    @cached_property
    def calendar_entries(self) -> list[dict]:
        return planning.calendar_entries(self.tasks, self.plans, self.site_url, self.mission)

    @cached_property
    def shown_catalogue(self) -> dict:
        """`catalogue` with the tasks' texts in the mission's words, as the form shows them
        (« Faire voter par le conseil municipal… », not the macro's text)."""
        return planning.task_catalogue(self.tasks)

    @cached_property
    def contract(self) -> dict:
        """mission.yml's contract for the form (none of mission.yml's comments: issue 28.4)."""
        return contract(self.shown_catalogue)

    @cached_property
    def downloads(self) -> dict[str, bytes]:
        """Every download's bytes by its path in the site (.docx, .ics, the contract), made
        once per content of mission.yml and of the tasks: while serving, a change of one page
        that leaves them alone does not make every .docx again. Waits for `start_downloads`."""
        pending = _PENDING.pop(self._key, None)
        if pending is not None:
            executor, future = pending
            try:
                files = future.result()
            finally:
                executor.shutdown()
            _MADE.clear()
            _MADE[self._key] = files
        if self._key not in _MADE:
            files = _make(self.mission, self.shown_catalogue, self.calendar_entries, self.docs_dir)
            _MADE.clear()  # one project at a time: the memory of one set of files
            _MADE[self._key] = files
        return _MADE[self._key]

    def start_downloads(self) -> None:
        """Start making the downloads on the machine's other core (a forked process, where the
        system has `fork`) while the pages are rendered; `downloads` then waits for them. The
        .docx writers are most of a build's own time, and the pages need none of their bytes."""
        if self._key in _MADE or self._key in _PENDING:
            return
        if "fork" not in multiprocessing.get_all_start_methods():
            return
        executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
        future = executor.submit(
            _make, self.mission, self.shown_catalogue, self.calendar_entries, self.docs_dir
        )
        _PENDING[self._key] = (executor, future)

    @cached_property
    def _key(self) -> str:
        parts = [self.mission_text, repr(self.shown_catalogue), repr(self.calendar_entries)]
        key = hashlib.sha256("\0".join(parts).encode("utf-8"))
        site = self.mission.site
        if site is not None and site.modele_word:  # the letterhead edited: made again
            key.update((self.docs_dir / site.modele_word).read_bytes())
        return key.hexdigest()


_MADE: dict[str, dict[str, bytes]] = {}  # the last downloads made, by their inputs' key
_PENDING: dict[str, tuple] = {}  # downloads being made: key -> (executor, future)


def _make(
    mission: Mission, catalogue: dict, entries: list[dict], docs_dir: Path
) -> dict[str, bytes]:
    """The downloads; a defect of a writer is told where it happened (in the other process
    too: its traceback does not come back)."""
    from .documents.ics import deadlines_to_ics  # in the other process (see download_files)

    try:
        files = download_files(mission, catalogue, docs_dir)
        files.update(deadline_file(deadlines_to_ics(mission, entries)))
    except GuideError:
        raise
    except Exception as error:
        raise unexpected(error) from None
    return files


def load_project(
    root: Path, docs_dir: Path | None = None, nav: list | None = None, site_url: str = ""
) -> Project:
    """Read and check the project in `root` (raises GuideError with every problem): the tasks
    of the plan's pages (`nav`, or every page), then mission.yml against them."""
    root = Path(root)
    docs_dir = Path(docs_dir) if docs_dir else root / "docs"
    pages = tuple(nav_pages(nav, docs_dir))
    tasks = read_tasks(docs_dir, list(pages))
    catalogue = planning.task_catalogue(tasks)
    path = root / MISSION_FILE
    mission = load_mission(path, docs_dir=docs_dir, tasks=catalogue)
    return Project(
        root=root,
        docs_dir=docs_dir,
        pages=pages,
        mission=mission,
        tasks_as_written=tuple(tasks),
        catalogue=catalogue,
        site_url=site_url,
        mission_text=path.read_text("utf-8", errors="replace"),
    )
