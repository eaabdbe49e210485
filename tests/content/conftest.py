"""Tests of the shipped content: the seed text on the example site, the example mission, the
guide's own prose and tasks. They run where that content is: in this repository, and in a fork
until it replaces mission.yml. A fork that adapted the guide runs the engine tests
(tests/engine), which build a site of their own; these are then left out, with a notice.
"""

from __future__ import annotations

from pathlib import Path

import yaml

PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent
# The shipped example's authority and partner (mission.yml): a fork that adapted the guide
# names its own.
SHIPPED = ("Commune de Val-Fleuri", "Commune de Kéra-Sobo")


def shipped_content() -> bool:
    try:
        data = yaml.safe_load((PROJECT_ROOT / "mission.yml").read_text("utf-8")) or {}
        names = (data["collectivite"]["nom"], data["partenaire"]["nom"])
    except (OSError, yaml.YAMLError, KeyError, TypeError):
        return False
    return names == SHIPPED


def pytest_ignore_collect(collection_path, config):
    if collection_path.suffix == ".py" and collection_path.name.startswith("test_"):
        return not shipped_content()
    return None


def pytest_report_header(config):
    if not shipped_content():
        return (
            "tests/content : ignorés, mission.yml n'est plus l'exemple livré (copie adaptée) ; "
            "les tests du moteur (tests/engine) s'appliquent."
        )
    return None
