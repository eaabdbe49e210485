"""A small site of the tests' own, built with the guide's engine (issue: tests a fork can run).

The engine (guide/, macros/, hooks/, overrides/, docs/assets/, mkdocs.yml without its plan) is
copied from this repository; the content (mission.yml and the pages) comes from
tests/engine/fixture/. A fork that rewrites the guide's pages and mission.yml keeps these
tests meaningful: they never read the shipped example or the guide's prose.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from support import PROJECT_ROOT, project_files

FIXTURE = Path(__file__).resolve().parent / "fixture"
ENGINE = ("guide/", "macros/", "hooks/", "overrides/", "docs/assets/")
NAV = """nav:
  - Accueil: index.md
  - Une partie d'essai: guide.md
  - Outils:
      - Checklist à imprimer: outils/checklist.md
      - Échéancier: outils/echeancier.md
      - Termes de référence: outils/termes-de-reference.md
      - Modèle vierge des termes de référence: outils/termes-de-reference-vierge.md
      - Remplir les termes de référence en ligne: outils/remplir-les-termes-de-reference.md
"""


def make_fixture_project(destination: Path) -> Path:
    """Write the fixture project into `destination` (the engine + the fixture's content)."""
    for name in project_files():
        if name.startswith(ENGINE):
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(PROJECT_ROOT / name, target)
    for path in FIXTURE.rglob("*"):
        if path.is_file():
            target = destination / path.relative_to(FIXTURE)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
    config = (PROJECT_ROOT / "mkdocs.yml").read_text("utf-8")
    config = re.sub(r"(?ms)^nav:\n.*?(?=^\S|\Z)", NAV, config)
    (destination / "mkdocs.yml").write_text(config, "utf-8")
    return destination
