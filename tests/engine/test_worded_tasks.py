"""A task written with a macro (« Faire voter par {{ voc("organe_mandat") }}… ») is shown in
the mission's words wherever its text is shown: the form's rows and their screen-reader names
(the contract's task catalogue), the printable checklist, the échéancier, the deadlines'
calendar, the home page's task index and the search (issue 28: « Faire voter par }, avant le
départ… » in six of the form's rows)."""

from __future__ import annotations

import html
import json
import re

import lxml.html
import pytest
from fixture_site import FIXTURE, make_fixture_project
from icalendar import Calendar
from support import built

from guide.mission import load_mission
from guide.tasks import plain_text
from guide.vocabulary import word

PAGE = """---
template: tasks.html
---

# Une page à macros

## Une étape

- [ ] Faire voter par {{ voc("organe_mandat") }}, avant le départ, la délibération d'essai.
  { #voter-essai echeance=S+0 }
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    project = make_fixture_project(tmp_path_factory.mktemp("worded-tasks"))
    (project / "docs" / "macros.md").write_text(PAGE, "utf-8")
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    config.write_text(
        text.replace("  - Outils:\n", "  - Une page à macros: macros.md\n  - Outils:\n")
    )
    return built(project, tmp_path_factory, "worded-tasks")


def shown(path) -> str:
    root = lxml.html.fromstring(path.read_bytes())
    return " ".join(root.text_content().replace("\xa0", " ").split())


def test_a_task_label_is_taken_after_its_macros_are_rendered(site):
    mission = load_mission(FIXTURE / "mission.yml", docs_dir=FIXTURE / "docs")
    # The beginning of the task's text, as plain text (the word may hold a link).
    words = plain_text(f"Faire voter par {word(mission, 'organe_mandat')}")[:60]
    assert "{" not in words and "conseil" in words
    # The form: its contract's catalogue (the rows' texts and the controls' names).
    form = (site / "outils" / "remplir-les-termes-de-reference" / "index.html").read_text("utf-8")
    contract = json.loads(html.unescape(re.search(r'data-contrat="([^"]*)"', form)[1]))
    assert contract["taches_du_guide"]["voter-essai"]["texte"].startswith(words)
    download = site / "outils" / "termes-de-reference" / "contrat-mission-yml.json"
    assert json.loads(download.read_text("utf-8"))["taches_du_guide"] == contract["taches_du_guide"]
    # The printable checklist, the échéancier, the home page's index of tasks.
    for page in ("outils/checklist", "outils/echeancier"):
        assert words in shown(site / page / "index.html"), page
    home = (site / "index.html").read_text("utf-8")
    index = json.loads(html.unescape(re.search(r'data-task-index="([^"]*)"', home)[1]))
    assert index["voter-essai"]["text"].startswith(words)
    # The deadlines' calendar and the search.
    ics = (site / "outils" / "echeancier" / "echeances-de-la-mission.ics").read_bytes()
    summaries = [str(e["summary"]) for e in Calendar.from_ical(ics).walk("VEVENT")]
    assert any(words in summary for summary in summaries), summaries
    search = (site / "search" / "search_index.json").read_text("utf-8")
    assert words in search
    everything = form + home + search + ics.decode("utf-8")
    assert "par }" not in everything and 'voc("' not in everything
