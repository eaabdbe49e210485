"""A mistake in a page's {{ … }} (a fork edits its pages): the build stops with one French
sentence naming the file and the line, even with --quiet, and never a traceback."""

import os
import subprocess
import sys

import pytest
from fixture_site import make_fixture_project

CASES = {
    "mot inconnu": ('{{ voc("inexistant") }}', "mot inconnu « inexistant »"),
    "nom inconnu": ("{{ inconnu }}", "« inconnu » n'est ni un mot ni une fonction du guide"),
    "mal écrite": ("{{ voc( }}", "une instruction {{ … }} ou {% … %} est mal écrite"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_mistake_in_a_page_names_its_file_and_line(tmp_path, name):
    written, expected = CASES[name]
    project = make_fixture_project(tmp_path / "projet")
    page = project / "docs" / "guide.md"
    lines = [*page.read_text("utf-8").splitlines(), "", f"Une phrase avec {written} dedans."]
    page.write_text("\n".join(lines) + "\n", "utf-8")
    line = len(lines)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", tmp_path / "site"],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode != 0
    assert f"docs/guide.md, ligne {line} : {expected}" in result.stderr, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
