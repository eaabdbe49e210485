"""The mission's planning (issue 14, build side): deadlines written with the tasks, owners and
« sans objet » from mission.yml's `taches`, checked by the contract, shown on the task's page,
in the task index, the printable checklist, the échéancier and its calendar.

Unit tests on small inputs, then the fixture site (a département whose mission.yml gives a
council session, owners and other deadlines: a fork with its own dates)."""

from __future__ import annotations

import html
import json
import re
from datetime import date

import pytest
from icalendar import Calendar
from support import read_html

from guide.errors import GuideError
from guide.mission import read_yaml, validate
from guide.planning import schedule, task_catalogue, task_plans, with_task_plans
from guide.tasks import Task, parse_page

PAGE = """# Avant de partir

- [ ] Demander les visas.
  { #visas echeance=J-45 }
- [ ] Voter le mandat spécial.
  { #vote echeance=S+0 }
- [ ] Préparer la délibération.
  { #projet echeance="S-7" }
- [ ] Écrire le compte rendu.
  { #compte-rendu echeance=R+30 }
- [ ] Une tâche sans échéance.
  { #libre }

```markdown
- [ ] Un exemple.
  { #visas echeance=J-45 }
```
"""

MISSION = """collectivite:
  nom: Commune d'Essai
  type: commune
partenaire:
  nom: Commune partenaire
  pays: Bénin
mission:
  debut: 2027-03-10
  fin: 2027-03-14
  fuseau_horaire: Africa/Porto-Novo
{seance}delegation:
  - nom: Lou Essai
    fonction: Maire
    qualite: elu
    role: Conduit.
objectifs: [Un objectif]
resultats_attendus: [Un résultat]
programme:
  - date: 2027-03-10
    debut: "09:00"
    fin: "10:00"
    type: rencontre
    intitule: Accueil
responsabilites:
  collectivite: [Les billets]
  partenaire: [L'accueil]
{taches}"""


def tasks() -> list[Task]:
    found, problems = parse_page(PAGE, "avant-de-partir.md")
    assert problems == []
    return found


def mission(seance: str | None = "2027-02-01", taches: str = ""):
    text = MISSION.format(seance=f"  seance_conseil: {seance}\n" if seance else "", taches=taches)
    data, lines = read_yaml(text)
    return validate(data, lines, tasks=task_catalogue(tasks()))


def problems(seance: str | None, taches: str) -> list[str]:
    with pytest.raises(GuideError) as caught:
        mission(seance, taches)
    return caught.value.messages


def test_deadlines_are_read_from_the_id_line_and_a_bad_one_names_file_and_line():
    assert [(t.id, t.deadline) for t in tasks()] == [
        ("visas", "J-45"),
        ("vote", "S+0"),
        ("projet", "S-7"),
        ("compte-rendu", "R+30"),
        ("libre", None),
    ]
    _, found = parse_page("# P\n\n- [ ] T\n  { #t echeance=J45 }\n", "p.md")
    assert found == [
        "docs/p.md, ligne 4 : l'échéance « J45 » de la tâche « t » n'est pas valable : écrivez "
        "par exemple echeance=J-60 (60 jours avant le début de la mission), echeance=R+30 "
        "(30 jours après sa fin) ou echeance=S-7 (7 jours avant la séance du conseil)."
    ]
    # Anything else in the line is not an ID: still refused.
    _, found = parse_page("# P\n\n- [ ] T\n  { #t autre=1 }\n", "p.md")
    assert "n'est pas valable" in found[0]


def test_plans_count_from_the_mission_dates_and_mission_yml_wins():
    plans = task_plans(tasks(), mission())
    assert plans["visas"].deadline == date(2027, 1, 24)
    assert plans["visas"].deadline_text == "24 janvier 2027"
    assert plans["vote"].deadline == date(2027, 2, 1)
    assert plans["projet"].deadline_text == "25 janvier 2027"
    assert plans["compte-rendu"].deadline == date(2027, 4, 13)
    assert plans["libre"].deadline is None and plans["libre"].deadline_text is None
    settings = """taches:
  visas:
    responsable: Lou Essai
    echeance: 2027-02-15
  libre:
    sans_objet: true
"""
    plans = task_plans(tasks(), mission(taches=settings))
    assert plans["visas"].deadline == date(2027, 2, 15)
    assert plans["visas"].owner == "Lou Essai"
    assert plans["libre"].not_applicable and not plans["visas"].not_applicable


def test_without_a_council_session_its_tasks_say_so_instead_of_a_date():
    plans = task_plans(tasks(), mission(seance=None))
    assert plans["vote"].deadline is None
    assert plans["vote"].deadline_text == (
        "le jour de la séance du conseil (date à indiquer dans mission.yml)"
    )
    assert plans["projet"].deadline_text.startswith("7 jours avant la séance du conseil")
    assert plans["visas"].deadline == date(2027, 1, 24)


def test_taches_are_checked_against_the_guide_tasks_with_reasons():
    found = problems(
        "2027-02-01",
        "taches:\n  visa:\n    responsable: X\n  visas:\n    echeance: J+2\n"
        "  vote:\n    echeance: 2027-01-20\n  compte-rendu:\n    echeance: J45\n"
        "  libre:\n    sans_objet: oui\n",
    )
    assert found == [
        "mission.yml, ligne 29, taches.visa : la tâche « visa » n'existe pas dans le guide "
        "(vouliez-vous écrire « visas » ?) ; attendu : l'identifiant d'une tâche, tel qu'il est "
        "écrit sous son texte dans sa page.",
        "mission.yml, ligne 32, taches.visas.echeance : « J+2 » tombe le 2027-03-12, après le "
        "départ (2027-03-10) ; attendu : une échéance au plus tard le jour du départ, car cette "
        "tâche de la partie « Avant de partir » se fait avant de partir.",
        "mission.yml, ligne 34, taches.vote.echeance : « 2027-01-20 » tombe le 2027-01-20, avant "
        "la séance du conseil (2027-02-01) ; attendu : une échéance le jour de la séance ou "
        "après, car cette tâche suit le vote du conseil.",
        "mission.yml, ligne 36, taches.compte-rendu.echeance : « J45 » n'est pas une échéance ; "
        "attendu : J-45 (45 jours avant le début de la mission), R+30 (30 jours après sa fin), "
        "S-7 (7 jours avant la séance du conseil), avec 999 jours au plus, ou une date écrite "
        "AAAA-MM-JJ, par exemple 2027-01-15.",
        "mission.yml, ligne 38, taches.libre.sans_objet : « oui » n'est ni true ni false ; "
        "attendu : true (la tâche ne s'applique pas à cette mission) ou false.",
    ]
    assert problems("2027-03-10", "")[0] == (
        "mission.yml, ligne 11, mission.seance_conseil : « 2027-03-10 » n'est pas avant le "
        "début de la mission (2027-03-10) ; attendu : une séance qui précède le départ, car le "
        "mandat spécial ne peut pas être voté après coup."
    )


def test_task_items_get_their_plan_and_lose_the_deadline_attribute_outside_code():
    plans = task_plans(tasks(), mission(taches="taches:\n  visas:\n    responsable: <b>X</b>\n"))
    page = with_task_plans(PAGE, plans)
    assert "{ #visas }" in page and "{ #projet }" in page and "{ #libre }" in page
    assert "  { #visas echeance=J-45 }\n```" in page  # the code block shows it as written
    line = page.split("\n")[2]
    assert line.startswith('- [ ] Demander les visas. <span class="guide-task-plan"')
    assert '<time datetime="2027-01-24">24 janvier 2027</time>' in line
    assert "&#60;b&#62;X&#60;/b&#62;" in line and "<b>" not in line  # data is text
    assert '<span class="guide-task-plan__when" data-task-when></span>' in line


def test_schedule_lists_dated_tasks_by_week_then_the_undated_ones():
    plans_mission = mission(taches="taches:\n  visas:\n    responsable: Lou Essai\n")
    markup = schedule(tasks(), plans_mission)
    weeks = re.findall(r'data-week="([^"]*)"', markup)
    # After the tasks, the next e-APD declaration window (the year after the return).
    assert weeks == ["2027-01-18", "2027-01-25", "2027-02-01", "2027-04-12", "2028-04-10", ""]
    assert 'data-follow-up="declaration-e-apd-2027" data-deadline="2028-04-15"' in markup
    order = re.findall(r'data-task-id="([^"]+)"', markup)
    assert order == ["visas", "projet", "vote", "compte-rendu", "libre"]
    assert "Semaine du 18 janvier 2027" in markup and "Sans date" in markup
    assert '<option value="Lou Essai">Lou Essai</option>' in markup
    assert '<form class="guide-schedule__filters" data-schedule-filters>' in markup
    index = json.loads(html.unescape(re.search(r'data-task-index="([^"]*)"', markup)[1]))
    assert index["visas"] == {
        "part": "Avant de partir",
        "text": "Demander les visas.",
        "page": "avant-de-partir/",
        "deadline": "2027-01-24",
        "deadline_text": "24 janvier 2027",
        "owner": "Lou Essai",
        "not_applicable": False,
    }


# --- The fixture site: a fork with its council session, owners and deadlines -------------


def test_fixture_site_shows_plans_everywhere_and_its_calendar(fixture_site):
    """Task page, task index, checklist, échéancier and .ics agree on the fixture's dates:
    seance 2027-04-19, start 2027-05-10; premiere J-30, deuxieme S+2 (set in mission.yml),
    troisieme 2027-06-30 (set in mission.yml)."""
    guide = read_html(fixture_site, "guide/")
    assert "echeance=" not in guide
    item = re.search(r'<li class="task-list-item" id="deuxieme-tache">.*?</li>', guide, re.S)[0]
    assert '<time datetime="2027-04-21">21 avril 2027</time>' in item
    assert "Alix Essai" in item
    index = json.loads(
        html.unescape(re.search(r'data-guide-task-index data-task-index="([^"]*)"', guide)[1])
    )
    assert index["premiere-tache"]["deadline"] == "2027-04-10"
    assert index["premiere-tache"]["owner"] == "Camille Test"
    assert index["troisieme-tache"]["page"] == "guide/"

    checklist = read_html(fixture_site, "outils/checklist/")
    row = re.search(r'data-task-id="deuxieme-tache".*?</tr>', checklist, re.S)[0]
    assert "Alix Essai" in row and "21/04/2027" in row

    page = read_html(fixture_site, "outils/echeancier/")
    assert re.findall(r'data-task-id="([^"]+)"', page) == [
        "premiere-tache",
        "deuxieme-tache",
        "troisieme-tache",
    ]
    assert "Semaine du 5 avril 2027" in page and "Sans date" not in page

    folder = fixture_site / "outils" / "echeancier"
    calendar = Calendar.from_ical((folder / "echeances-de-la-mission.ics").read_bytes())
    events = [
        c for c in calendar.walk("VEVENT") if "Suite" not in c["categories"].to_ical().decode()
    ]
    assert [e.decoded("dtstart") for e in events] == [
        date(2027, 4, 10),
        date(2027, 4, 21),
        date(2027, 6, 30),
    ]
    # After them, the yearly declaration's window, from 15 April to 31 May of the next year.
    (window,) = [c for c in calendar.walk("VEVENT") if c not in events]
    assert (window.decoded("dtstart"), window.decoded("dtend")) == (
        date(2028, 4, 15),
        date(2028, 6, 1),
    )
    assert "Démarches simplifiées" in str(window["summary"])
    assert all(
        e.decoded("dtend") == e.decoded("dtstart").fromordinal(e.decoded("dtstart").toordinal() + 1)
        for e in events
    )
    assert not calendar.walk("VTODO")
    assert "Qui : Alix Essai" in str(events[1]["description"])
    assert "guide/#deuxieme-tache" in str(events[1]["description"])
    programme = Calendar.from_ical(
        (
            fixture_site / "outils" / "termes-de-reference" / "programme-de-la-mission.ics"
        ).read_bytes()
    )
    programme_uids = {str(e["uid"]) for e in programme.walk("VEVENT")}
    uids = {str(e["uid"]) for e in events}
    assert len(uids) == 3 and not uids & programme_uids


def test_deadline_uids_depend_on_the_authorities_and_the_task_only():
    from guide.documents.ics import deadline_uid, event_uid

    first = mission()
    moved = mission(taches="taches:\n  visas:\n    echeance: 2027-02-20\n")
    assert deadline_uid(first, "visas") == deadline_uid(moved, "visas")
    assert deadline_uid(first, "visas") != deadline_uid(first, "vote")
    assert deadline_uid(first, "visas") != event_uid(first, first.programme[0])


def test_task_index_addresses_follow_the_edition():
    from guide.planning import page_url

    assert page_url("avant-de-partir.md") == "avant-de-partir/"
    assert page_url("outils/checklist.md") == "outils/checklist/"
    assert page_url("index.md") == ""
    assert page_url("avant-de-partir.md", directory_urls=False) == "avant-de-partir.html"
    assert page_url("index.md", directory_urls=False) == "index.html"
