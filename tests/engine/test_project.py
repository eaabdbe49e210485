"""The one Project (guide/project.py): loaded once, its downloads made once per content, on the
other core when asked, and the same bytes either way."""

from __future__ import annotations

import zipfile
from io import BytesIO

import pytest
from fixture_site import make_fixture_project

from guide import project as project_module
from guide.check import check
from guide.project import load_project


@pytest.fixture
def fixture(tmp_path, monkeypatch):
    # Downloads another test of this process made for the same content are not these tests'.
    monkeypatch.setattr(project_module, "_MADE", {})
    monkeypatch.setattr(project_module, "_PENDING", {})
    return make_fixture_project(tmp_path / "projet")


def document_xml(files: dict[str, bytes]) -> dict[str, bytes]:
    """Each file's content, a .docx by its text (a zip's dates change from one write to the
    next) and a calendar without its DTSTAMP and LAST-MODIFIED (the time it was written)."""
    out = {}
    for name, content in files.items():
        if name.endswith(".docx"):
            content = zipfile.ZipFile(BytesIO(content)).read("word/document.xml")
        elif name.endswith(".ics"):
            content = b"\n".join(
                line
                for line in content.splitlines()
                if not line.startswith((b"DTSTAMP", b"LAST-MODIFIED"))
            )
        out[name] = content
    return out


def test_downloads_are_made_once_per_content(fixture, monkeypatch):
    made = []
    real = project_module.download_files
    monkeypatch.setattr(project_module, "download_files", lambda *a: made.append(1) or real(*a))
    first = load_project(fixture).downloads
    # A page edited while serving: the same mission.yml and tasks, nothing made again.
    page = fixture / "docs" / "index.md"
    page.write_text(page.read_text("utf-8") + "\nUne phrase de plus.\n", "utf-8")
    again = load_project(fixture).downloads
    assert again is first and len(made) == 1
    # mission.yml changed: made again.
    mission = fixture / "mission.yml"
    mission.write_text(mission.read_text("utf-8") + "\n# une note\n", "utf-8")
    load_project(fixture).downloads  # noqa: B018
    assert len(made) == 2


def test_downloads_made_on_the_other_core_are_the_same(fixture):
    project = load_project(fixture)
    project.start_downloads()
    assert project_module._PENDING, "the writers run in another process (fork)"
    parallel = project.downloads
    project_module._MADE.clear()
    alone = load_project(fixture).downloads
    assert parallel.keys() == alone.keys() and len(parallel) > 5
    assert document_xml(parallel) == document_xml(alone)


def test_make_check_loads_the_same_project(fixture):
    lines = check(fixture)
    loaded = load_project(fixture)
    assert f"({len(loaded.tasks_as_written)} tâches)" in lines[1]
