"""Missions written in earlier formats keep building (issue 28.2): every version of the shipped
mission.yml since the model was written (`git show COMMIT:mission.yml`), and missions a new
user wrote in YAML's flow style. A key renamed or removed one day goes into
guide/mission/model.py FORMER_KEYS (tests/engine/test_dialect.py), never silently here."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest
import yaml
from support import build_in_process
from test_contract_parity import NodeChecker, browser_problems, normalised

from guide.mission import check_text, contract, read_yaml

LEGACY = Path(__file__).resolve().parent / "legacy_missions"
FILES = sorted(LEGACY.glob("*.yml"))


def test_the_folder_holds_the_shipped_versions_and_the_flow_missions():
    names = [path.name for path in FILES]
    assert len([name for name in names if name.startswith("mission-")]) >= 13
    assert len([name for name in names if name.startswith("flux-")]) == 3


def test_every_earlier_mission_is_valid_in_the_build_and_the_form(node, tmp_path):
    """Valid in both readers (the rules on `taches` left out: the guide's task IDs may change
    with its pages), and through the form: import, export, read back as the same values, the
    export read as the same values by PyYAML."""
    texts = [path.read_text("utf-8") for path in FILES]
    checker = NodeChecker(node, tmp_path, contract())
    try:
        results = checker.check(texts)
    finally:
        checker.close()
    for path, text, result in zip(FILES, texts, results, strict=True):
        assert [p.message for p in check_text(text)] == [], path.name
        assert browser_problems(result) == [], path.name
        exported = result["yaml"]
        assert check_text(exported) == [], path.name
        assert read_yaml(exported)[0] == normalised(read_yaml(text)[0]), path.name
        assert yaml.safe_load(exported) == read_yaml(exported)[0], path.name


@pytest.mark.parametrize("name", ["flux-une-ligne.yml", "flux-plusieurs-lignes.yml"])
def test_a_flow_mission_builds_the_site(name, fixture_project, tmp_path):
    project = tmp_path / "projet"
    shutil.copytree(fixture_project, project, symlinks=True)
    mission = project / "mission.yml"
    kept = [line for line in mission.read_text("utf-8").splitlines() if line.startswith("site")]
    assert not kept, "the fixture's site keys would be lost"
    shutil.copy2(LEGACY / name, mission)
    site = tmp_path / "site"
    result = build_in_process(project, site)
    assert result.returncode == 0, result.stdout
    terms = (site / "outils" / "termes-de-reference" / "index.html").read_text("utf-8")
    shown = re.sub(r"[\s\u00a0\u202f]+", " ", html.unescape(terms))
    for text in {
        "flux-une-ligne.yml": ["Visite du forage de Kati-Coura", "Commune de Kati"],
        "flux-plusieurs-lignes.yml": ["Comité de pilotage : bilan de la phase 1", "Maël Essai"],
    }[name]:
        assert text in shown, text
