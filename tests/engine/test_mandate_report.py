"""The rapport de présentation of the mandat spécial, per type of authority: the body it is
proposed to, the élus named, the cost and who pays, why a mandat spécial; blank without data."""

from __future__ import annotations

from html import unescape

import pytest
from fixture_site import FIXTURE

from guide.documents.html import to_html
from guide.documents.mandate_report import build_mandate_report
from guide.mission import load_mission


@pytest.fixture(scope="module")
def mission():
    return load_mission(FIXTURE / "mission.yml", docs_dir=FIXTURE / "docs")


def text(document) -> str:
    return " ".join(unescape(to_html(document)).split())


def test_the_report_names_the_elus_the_cost_and_the_body(mission):
    report = text(build_mandate_report(mission))
    for person in mission.delegation:
        if person.qualite == "elu":
            assert person.nom in report
    assert "Il est proposé au conseil départemental de confier un mandat spécial" in report
    assert "L3123-26" in report and "Sieur Maurice" in report  # the département's accident cover
    assert "le président ou la présidente" not in report.lower()
    if mission.budget:
        assert "La part de la collectivité s’élève à" in report


def test_the_blank_report_leaves_lines_to_fill():
    report = text(build_mandate_report(None))
    assert "Il est proposé à l’assemblée" in report
    assert "Les élus à qui le mandat est confié" in report
