"""The états de frais: one per élu and per agent, their days, their basis, one A4 page each
(in Chromium's print and after LibreOffice), and a blank one to fill."""

from __future__ import annotations

from datetime import timedelta
from html import unescape

import pytest
from docx import Document as read_docx
from fixture_site import FIXTURE
from pypdf import PdfReader
from support import libreoffice_pdfs

from guide.documents.docx import to_docx
from guide.documents.expenses import BLANK_DAYS, build_expenses
from guide.documents.html import to_html
from guide.documents.model import Heading, Table
from guide.mission import load_mission


@pytest.fixture(scope="module")
def mission():
    return load_mission(FIXTURE / "mission.yml", docs_dir=FIXTURE / "docs")


def statements(document) -> list[str]:
    return [b.text for b in document.blocks if isinstance(b, Heading) and b.level == 2]


def test_one_statement_per_elu_and_agent_with_the_missions_days(mission):
    document = build_expenses(mission)
    people = [p for p in mission.delegation if p.qualite in ("elu", "agent")]
    assert statements(document) == [f"État de frais : {p.nom}" for p in people]
    days = (mission.mission.fin - mission.mission.debut).days + 1
    tables = [b for b in document.blocks if isinstance(b, Table) and b.columns[0].label == "Jour"]
    assert all(len(t.rows) == days for t in tables)
    text = unescape(to_html(document))
    assert "65" in text and "17,5" in text and "75" in text
    if any(p.qualite == "elu" for p in people):
        assert "Mandat spécial confié par la délibération du" in text
        assert "L3123-19" in text and "L2123-18" not in text  # the département's articles
    if any(p.qualite == "agent" for p in people):
        assert "Ordre de mission (décret n° 2001-654" in text
    others = [p.nom for p in mission.delegation if p.qualite == "autre"]
    assert not any(f"État de frais : {name}" in text for name in others)
    first = mission.mission.debut
    assert (first + timedelta(days=days - 1)) == mission.mission.fin


def test_the_blank_statement_has_lines_to_fill():
    document = build_expenses(None)
    assert statements(document) == ["État de frais"]
    days = next(b for b in document.blocks if isinstance(b, Table))
    assert days.rows == [] and days.blank_rows == BLANK_DAYS


def test_each_filled_statement_is_one_page_in_libreoffice(mission, tmp_path):
    """One A4 page per person once filled, and for the blank model with its empty rows (its
    signatures on the same page, as in Chromium)."""
    files = []
    for name, document in (("rempli", build_expenses(mission)), ("vierge", build_expenses(None))):
        path = tmp_path / f"etats-{name}.docx"
        path.write_bytes(to_docx(document))
        files.append(path)
    assert read_docx(str(files[0])).tables
    libreoffice_pdfs(files, tmp_path)
    pages = {p.stem: len(PdfReader(str(p)).pages) for p in (tmp_path / "pdf").glob("*.pdf")}
    people = sum(p.qualite in ("elu", "agent") for p in mission.delegation)
    assert pages == {"etats-rempli": people, "etats-vierge": 1}
