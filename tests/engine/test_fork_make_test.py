"""A fork that replaces mission.yml and rewords a page still passes its tests: the engine tests
run (on their own fixture site), the shipped content's tests step aside with a notice."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from support import copy_project
from test_fixture_site import make_check

FIXTURE_MISSION = Path(__file__).resolve().parent / "fixture" / "mission.yml"


def test_an_adapted_fork_passes_its_tests(tmp_path):
    if os.environ.get("GUIDE_INNER_FORK_TEST"):
        return  # this very test, run again inside the fork below: nothing more to prove
    fork = copy_project(tmp_path / "fork")
    # The fixture's `taches` name the fixture's own tasks, not the guide's: left out here.
    mission = re.sub(r"(?ms)^taches:\n.*", "", FIXTURE_MISSION.read_text("utf-8"))
    (fork / "mission.yml").write_text(mission, "utf-8")
    page = fork / "docs" / "objectifs.md"
    page.write_text(page.read_text("utf-8").replace("Objectifs", "Nos objectifs", 1), "utf-8")
    env = {**os.environ, "GUIDE_INNER_FORK_TEST": "1", "NO_MKDOCS_2_WARNING": "1"}
    check = make_check(fork)
    assert check.returncode == 0, check.stderr
    # The whole suite as the fork's `make test` collects it: the content tests step aside.
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-p", "no:cacheprovider",
         "-n", "0", "tests"],
        cwd=fork, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    output = collected.stdout + collected.stderr
    assert collected.returncode == 0, output[-3000:]
    assert "tests/content : ignorés, mission.yml n'est plus l'exemple livré" in output
    assert "<Dir content>" not in output and "<Module test_fixture_site.py>" in output
    # The engine tests that read the project's own files (its mission.yml) pass on the fork's.
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "0",
         "tests/engine/test_checklist.py", "tests/engine/test_contract_parity.py",
         "-k", "not hostile"],
        cwd=fork, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    output = tests.stdout + tests.stderr
    assert tests.returncode == 0, output[-3000:]
    assert " passed" in output and "failed" not in output
