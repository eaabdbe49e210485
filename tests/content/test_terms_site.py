"""The terms of reference in the built site: pages, downloads, hostile data, printing on A4."""

import html
import io
import re
from pathlib import Path

import pytest
import yaml
from docx import Document as read_docx
from icalendar import Calendar
from pypdf import PdfReader
from support import PROJECT_ROOT, built, copy_project, read_html, serve_folder

from guide.documents.downloads import CONTRACT_JSON, DOCX_BLANK, DOCX_FILLED, ICS_PROGRAMME
from guide.mission import load_mission

FILLED_PAGE = "outils/termes-de-reference/"
BLANK_PAGE = "outils/termes-de-reference-vierge/"

HOSTILE = '<script>alert("x")</script> & \'apostrophe\' "guillemets" 😀 éàç {{ config }}'


def hrefs(markup: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'class="terms-download" href="([^"]+)"', markup)]


def test_pages_link_to_downloads_that_exist(built_site):
    filled, blank = read_html(built_site, FILLED_PAGE), read_html(built_site, BLANK_PAGE)
    assert hrefs(filled) == [DOCX_FILLED, DOCX_BLANK, ICS_PROGRAMME]
    assert hrefs(blank) == [f"../termes-de-reference/{DOCX_BLANK}"]
    for page, markup in ((FILLED_PAGE, filled), (BLANK_PAGE, blank)):
        for href in hrefs(markup):
            assert (built_site / page / href).resolve().is_file(), href
    assert (built_site / FILLED_PAGE / CONTRACT_JSON).is_file()
    assert "termes-de-reference-vierge/" in filled  # the page links to the blank template


def test_downloads_match_mission_yml(built_site):
    mission = load_mission(PROJECT_ROOT / "mission.yml")
    folder = built_site / FILLED_PAGE
    word = read_docx(folder / DOCX_FILLED)
    # In French typography, as on the page (« Atelier : l'eau » with a no-break space).
    cells = {
        c.text.replace("\u00a0", " ").replace("\u202f", " ")
        for t in word.tables
        for r in t.rows
        for c in r.cells
    }
    assert {e.intitule for e in mission.programme} <= cells
    assert {p.role for p in mission.delegation} <= cells
    calendar = Calendar.from_ical((folder / ICS_PROGRAMME).read_bytes())
    assert sorted(str(e["SUMMARY"]) for e in calendar.walk("VEVENT")) == sorted(
        e.intitule for e in mission.programme
    )
    blank = read_docx(folder / DOCX_BLANK)
    assert mission.collectivite.nom not in "".join(p.text for p in blank.paragraphs)


def test_home_page_banner_names_the_mission(built_site):
    html = read_html(built_site, "")
    assert 'class="mission-dates">du 2 au 6 mars 2027<' in html


# --- Hostile values: text everywhere --------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("hostile"))
    data = yaml.safe_load((PROJECT_ROOT / "mission.yml").read_text("utf-8"))
    data["collectivite"]["nom"] = "Commune " + HOSTILE
    data["partenaire"]["nom"] = "Partenaire " + HOSTILE
    data["objectifs"] = ["Objectif " + HOSTILE]
    data["programme"][0].update(intitule="Activité " + HOSTILE, lieu="Lieu " + HOSTILE)
    data["programme"][0]["participants"] = ["Participant " + HOSTILE]
    data["delegation"][0]["role"] = "Rôle " + HOSTILE
    data["responsabilites"]["partenaire"] = ["Charge " + HOSTILE]
    # Dates and times as texts, as a person writes them (yaml.safe_load made them objects).
    for key in ("debut", "fin"):
        data["mission"][key] = str(data["mission"][key])
    for entry in data["programme"]:
        entry["date"] = str(entry["date"])
    (project / "mission.yml").write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8"
    )
    return built(project, tmp_path_factory, "terms-hostile")


@pytest.mark.browser
def test_hostile_values_are_text_in_the_html(hostile_site, browser):
    url, server = serve_folder(hostile_site)
    page = browser.new_page()
    try:
        dialogs = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(url + FILLED_PAGE)
        text = page.inner_text("article.terms").replace("\u00a0", " ").replace("\u202f", " ")
        for label in ("Commune", "Partenaire", "Objectif", "Activité", "Lieu", "Rôle", "Charge"):
            assert f"{label} {HOSTILE}" in text, label
        assert page.locator("article.terms script").count() == 0
        assert dialogs == []
    finally:
        page.close()
        server.shutdown()


def test_hostile_values_are_text_in_the_docx_and_ics(hostile_site):
    folder = hostile_site / FILLED_PAGE
    word = read_docx(io.BytesIO((folder / DOCX_FILLED).read_bytes()))
    texts = [p.text for p in word.paragraphs] + [
        c.text for t in word.tables for r in t.rows for c in r.cells
    ]
    for label in ("Commune", "Objectif", "Activité", "Lieu", "Rôle", "Charge"):
        assert any(f"{label} {HOSTILE}" in t for t in texts), label
    events = Calendar.from_ical((folder / ICS_PROGRAMME).read_bytes()).walk("VEVENT")
    first = next(e for e in events if str(e["SUMMARY"]).startswith("Activité"))
    assert str(first["SUMMARY"]) == f"Activité {HOSTILE}"
    assert str(first["LOCATION"]) == f"Lieu {HOSTILE}"
    assert f"Participant {HOSTILE}" in str(first["DESCRIPTION"])


# --- Printing on A4 -------------------------------------------------------------------------


def print_to_pdf(page, url: str) -> PdfReader:
    page.goto(url)
    return PdfReader(io.BytesIO(page.pdf(format="A4")))


@pytest.mark.browser
@pytest.mark.parametrize(("path", "most_pages"), [(FILLED_PAGE, 3), (BLANK_PAGE, 2)])
def test_terms_print_on_few_a4_pages_without_the_page_around(page, site_url, path, most_pages):
    pdf = print_to_pdf(page, site_url + path)
    assert len(pdf.pages) <= most_pages
    width, height = (float(x) for x in pdf.pages[0].mediabox[2:])
    assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2  # A4 in points
    text = " ".join(p.extract_text() for p in pdf.pages)
    assert "Termes de référence de la mission exploratoire" in text
    assert "7. Signatures" in text
    assert "Télécharger" not in text  # the page's explanations stay on screen
    if path == FILLED_PAGE:
        assert "Commune de Val-Fleuri" in text
        assert "Samedi 6 mars 2027" in text


@pytest.mark.browser
def test_table_rows_are_never_split_across_pages(page, site_url):
    page.goto(site_url + FILLED_PAGE)
    page.emulate_media(media="print")
    styles = page.eval_on_selector_all(
        "table.terms-table tr",
        "rows => rows.map(row => getComputedStyle(row).breakInside)",
    )
    assert styles and set(styles) == {"avoid"}
    headers = page.eval_on_selector_all(
        "table.terms-table thead", "heads => heads.map(h => getComputedStyle(h).display)"
    )
    assert set(headers) == {"table-header-group"}  # repeated on the next page
