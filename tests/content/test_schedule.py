"""The example mission's planning (issue 14): every task of the guide has a deadline or says why
not, mission.yml's owners and « sans objet » show, the échéancier and its calendar list every
dated task with the right date, the échéancier prints on A4 and reads on a phone."""

from __future__ import annotations

import html
import io
import json
import re
from datetime import date, timedelta

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from support import PROJECT_ROOT, read_html

from guide.check import project_tasks
from guide.mission import load_mission
from guide.planning import task_catalogue, task_plans

SCHEDULE = "outils/echeancier/"


@pytest.fixture(scope="module")
def plans():
    tasks = project_tasks(PROJECT_ROOT)
    mission = load_mission(PROJECT_ROOT / "mission.yml", tasks=task_catalogue(tasks))
    return tasks, task_plans(tasks, mission)


def test_every_task_has_a_default_deadline_but_the_cncd_declaration(plans):
    tasks, found = plans
    undated = [task.id for task in tasks if not task.deadline]
    assert undated == ["declarer-cncd"]  # set by the e-APD calendar: given in mission.yml
    assert found["declarer-cncd"].deadline == date(2028, 5, 31)
    # The rules: the vote at the session, the délibération executory right after, before
    # departure; the report within a month of the return (the guide's advice).
    assert found["voter-mandat-special"].deadline == date(2027, 1, 28)
    assert found["deliberation-executoire"].deadline == date(2027, 1, 29)
    # Yellow fever: at least 10 days before departure.
    assert found["sante-vaccinations"].deadline <= date(2027, 3, 2) - timedelta(days=10)
    assert found["rediger-compte-rendu"].deadline == date(2027, 4, 5)
    assert found["passeports-visas"].deadline == date(2027, 1, 1)  # J-60 in mission.yml
    assert found["rencontrer-scac"].not_applicable


def test_schedule_and_calendar_list_every_dated_task_in_date_order(plans, built_site):
    tasks, found = plans
    page = read_html(built_site, SCHEDULE)
    items = re.findall(r'<li class="guide-schedule__task"[^>]*>', page)
    rows = [
        (re.search(r'data-task-id="([^"]+)"', i)[1], re.search(r'data-deadline="([^"]*)"', i)[1])
        for i in items
    ]
    dated = sorted(
        ((t.id, found[t.id].deadline.isoformat()) for t in tasks if found[t.id].deadline),
        key=lambda pair: pair[1],
    )
    assert [row for row in rows if row[1]] == dated
    assert "Semaine du 25 janvier 2027" in page and "Sophie Martin" in page
    index = json.loads(html.unescape(re.search(r'data-task-index="([^"]*)"', page)[1]))
    assert index["rencontrer-scac"]["not_applicable"] is True
    assert index["voter-mandat-special"]["deadline_text"] == "28 janvier 2027"

    ics = (built_site / "outils" / "echeancier" / "echeances-de-la-mission.ics").read_bytes()
    events = [
        e
        for e in Calendar.from_ical(ics).walk("VEVENT")
        if e["categories"].to_ical().decode() == "Échéance"
    ]
    expected = [pair for pair in dated if not found[pair[0]].not_applicable]
    assert [e.decoded("dtstart").isoformat() for e in events] == [d for _, d in expected]
    vote = next(e for e in events if "#voter-mandat-special" in str(e["description"]))
    assert "Qui : Sophie Martin" in str(vote["description"])
    assert "avant-de-partir/#voter-mandat-special" in str(vote["description"])
    assert f"({len(expected)} tâches datées et 3 étapes après le retour)" in html.unescape(page)


def test_the_suites_and_the_next_declaration_continue_the_schedule(built_site):
    """mission.yml's `suites` and the next e-APD window (15 April – 31 May 2028 for a mission of
    2027) follow the tasks in the échéancier and its calendar, each at its date."""
    page = re.sub(r"[\u00a0\u202f]", " ", html.unescape(read_html(built_site, SCHEDULE)))
    rows = re.findall(r'<li class="guide-schedule__task guide-schedule__follow-up"[^>]*>', page)
    dates = [re.search(r'data-deadline="([^"]*)"', row)[1] for row in rows]
    assert dates == ["2027-04-20", "2027-10-15", "2028-04-15"]  # R+45, a date, the window
    assert "Suite de la mission : Envoyer au partenaire le diagnostic" in page
    assert 'data-owner="Bernard Lefèvre"' in page and "Semaine du 10 avril 2028" in page
    assert (
        "Déclaration e-APD 2027 sur Démarches simplifiées : du 15 avril 2028 au 31 mai 2028" in page
    )
    assert 'href="../documents/fiche-declaration-e-apd/"' in page
    ics = (built_site / "outils" / "echeancier" / "echeances-de-la-mission.ics").read_bytes()
    after = [
        e
        for e in Calendar.from_ical(ics).walk("VEVENT")
        if e["categories"].to_ical().decode() == "Suite de la mission"
    ]
    assert [(e.decoded("dtstart").isoformat(), e.decoded("dtend").isoformat()) for e in after] == [
        ("2027-04-20", "2027-04-21"),
        ("2027-10-15", "2027-10-16"),
        ("2028-04-15", "2028-06-01"),  # the whole window, 31 May included
    ]
    assert "Qui : Claire Dumas" in str(after[1]["description"])


@pytest.mark.browser
def test_schedule_prints_on_a4_and_reads_on_a_phone(page, site_url):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site_url + SCHEDULE)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390  # nothing wider than the phone
    row = page.locator('[data-task-id="passeports-visas"]')
    assert "1er janvier 2027" in row.inner_text() and "Sophie Martin" in row.inner_text()
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4")))
    text = "".join(sheet.extract_text() for sheet in pdf.pages)
    assert len(pdf.pages) <= 4, len(pdf.pages)
    assert "Semaine du 28 décembre 2026" in text and "Imprimer" not in text
    assert "Seulement ce qui reste" not in text  # the filters stay off paper
