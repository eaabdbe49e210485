"""The engine on a site of the tests' own (tests/engine/fixture): a département and a district,
three tasks, the tool pages. What a forker's site gets, whatever its words."""

from __future__ import annotations

import html
import json
import subprocess
import sys

import pytest
from support import build_in_process, read_html, serve_folder

from guide.check import project_tasks
from guide.mission import contract
from guide.planning import task_catalogue
from hooks.guide_style import STYLE, style_text


def test_home_names_the_mission_and_counts_the_tasks(fixture_site):
    home = read_html(fixture_site, "")
    assert "Département de l&#39;Essai" in home or "Département de l'Essai" in home
    assert "District de Nord-Test" in home
    assert "0 / 3 tâches faites" in home


def test_a_site_without_the_today_page_has_no_line_to_it(fixture_site):
    """The fixture has no « Aujourd'hui » page: the home page links to no missing page."""
    assert not (fixture_site / "aujourd-hui").exists()
    home = read_html(fixture_site, "")
    body = home[home.index("</head>") :]  # the head's style names every class
    assert 'class="mission-banner"' in body and "mission-today" not in body


def test_every_page_carries_the_guides_style_sheet_once(fixture_project, fixture_site):
    """guide.css is written into each page's head (hooks/guide_style.py), never linked: the
    site holds no copy of it, and a « </ » of the sheet cannot end the <style> element."""
    style = style_text((fixture_project / "docs" / STYLE).read_text("utf-8"))
    assert "</" not in style
    assert not (fixture_site / STYLE).exists()
    for page in fixture_site.rglob("*.html"):
        head = page.read_text("utf-8").split("</head>", 1)[0]
        assert head.count(f"<style>{style}</style>") == 1, page
        assert "guide.css" not in head, page


def test_tasks_have_boxes_and_a_fenced_example_is_not_a_task(fixture_site):
    page = read_html(fixture_site, "guide/")
    for task_id in ("premiere-tache", "deuxieme-tache", "troisieme-tache"):
        assert f'id="{task_id}"' in page
    assert 'id="pas-une-tache"' not in page
    checklist = read_html(fixture_site, "outils/checklist/")
    assert checklist.count('data-task-id="') == 3
    assert "Ceci n&#39;est pas une tâche" not in checklist
    assert "Ceci n'est pas une tâche" not in checklist


def test_terms_downloads_and_contract_come_from_mission_yml(fixture_site, fixture_project):
    terms = read_html(fixture_site, "outils/termes-de-reference/")
    assert "Rencontre d" in terms and "Visite d" in terms
    folder = fixture_site / "outils" / "termes-de-reference"
    for name in ("termes-de-reference.docx", "termes-de-reference-vierge.docx"):
        assert (folder / name).stat().st_size > 5000
    calendar = (folder / "programme-de-la-mission.ics").read_text("utf-8")
    assert calendar.count("BEGIN:VEVENT") == 2
    assert json.loads((folder / "contrat-mission-yml.json").read_text("utf-8")) == json.loads(
        json.dumps(contract(task_catalogue(project_tasks(fixture_project))), ensure_ascii=False)
    )


def test_data_is_text_on_every_page(fixture_site):
    terms = read_html(fixture_site, "outils/termes-de-reference/")
    assert "<script>alert" not in terms
    # Shown as typed: the page's text, once character references are read, has it whole.
    assert "Objectif d'essai <script>alert(1)</script> {{ config }}" in html.unescape(terms)


def test_a_mistake_in_mission_yml_stops_the_build_with_a_french_message(fixture_project, tmp_path):
    mission = fixture_project / "mission.yml"
    original = mission.read_text("utf-8")
    try:
        mission.write_text(original.replace("type: departement", "type: departemnt"), "utf-8")
        result = build_in_process(fixture_project, tmp_path / "site")
        check = make_check(fixture_project)
    finally:
        mission.write_text(original, "utf-8")
    assert result.returncode != 0
    output = result.stdout + result.stderr
    expected = "collectivite.type : « departemnt » n'est pas une valeur possible"
    assert expected in output and "Traceback" not in output
    assert check.returncode == 1 and expected in check.stderr and "Traceback" not in check.stderr


def make_check(project):
    """What `make check` runs, in `project`."""
    return subprocess.run(
        [sys.executable, "-m", "guide.check"], cwd=project, capture_output=True, text=True
    )


def test_make_check_says_all_is_well(fixture_project):
    check = make_check(fixture_project)
    assert check.returncode == 0, check.stderr
    assert "2 membres de la délégation, 2 activités au programme" in check.stdout
    assert "3 tâches" in check.stdout


@pytest.mark.browser
def test_a_tick_is_kept_and_shows_on_the_checklist(fixture_site, page):
    url, server = serve_folder(fixture_site)
    try:
        page.goto(url + "guide/")
        page.get_by_text("Deuxième tâche d’essai.").click()  # the guide's prose: ’
        page.reload()
        assert page.get_by_role("checkbox", name="Deuxième tâche d’essai.").is_checked()
        page.goto(url + "outils/checklist/")
        row = page.locator('[data-task-id="deuxieme-tache"] input[type="checkbox"]')
        assert row.is_checked()
    finally:
        server.shutdown()
