"""Unit tests of the printable checklist's renderer (guide/checklist.py), without MkDocs.

The Markdown output is also converted with Python-Markdown and the extensions the site uses, to
check what a reader gets: rows, boxes, italic and links in task texts.
"""

import html
import re
from datetime import date
from types import SimpleNamespace

import markdown
import pytest
from support import PROJECT_ROOT

from guide.checklist import (
    header_fields,
    mission_header,
    printable_checklist,
    rebase_links,
)
from guide.mission import load_mission
from guide.tasks import Task, group_tasks

EXTENSIONS = ["md_in_html", "attr_list", "tables", "toc"]


def task(task_id, text="Tâche.", page="avant-de-partir.md", part="Avant de partir", **kw):
    values = {"step": "Étape 1 — Informer", "level": 0, "line": 1} | kw
    return Task(task_id, text, page, part, values["step"], values["level"], values["line"])


TASKS = [
    task("informer", "Informer le partenaire *à temps*."),
    task("contexte", "S'informer sur le contexte.", step="Étape 2 — S'informer"),
    task("roles", "Préparer les termes de référence :", step="Étape 2 — S'informer"),
    task("rencontrer", "Réunions de travail :", "sur-place.md", "Sur place", step="Ici"),
    task("attentes", "les attentes ;", "sur-place.md", "Sur place", step="Ici", level=1),
    task("scac", "Rencontrer le SCAC ?", "sur-place.md", "Sur place", step="Ailleurs"),
]

MISSION = {
    "collectivite": {"nom": "Commune de Val-Fleuri"},
    "partenaire": {"nom": "Commune de Kéra-Sobo", "pays": "Sénégal"},
    "mission": {"debut": date(2027, 3, 2), "fin": date(2027, 3, 6)},
}


def render(tasks=TASKS, mission=MISSION) -> str:
    return markdown.markdown(printable_checklist(tasks, mission), extensions=EXTENSIONS)


def rows(html: str) -> dict[str, str]:
    """Task rows of the rendered form: id -> row HTML."""
    found = re.findall(
        r'<tr class="checklist-task[^"]*" data-task-id="([^"]+)">(.*?)</tr>', html, re.S
    )
    return dict(found)


def text_of(markup: str) -> str:
    """Visible text, runs of ordinary white space as one space (no-break spaces kept)."""
    return re.sub(r"[ \t\n]+", " ", re.sub(r"<[^>]+>", " ", markup)).strip()


def test_groups_by_part_then_step_in_guide_order():
    parts = group_tasks(TASKS)
    assert [p.title for p in parts] == ["Avant de partir", "Sur place"]
    assert [s.title for s in parts[0].steps] == ["Étape 1 — Informer", "Étape 2 — S'informer"]
    assert [t.id for t in parts[1].tasks] == ["rencontrer", "attentes", "scac"]


def test_every_task_is_one_row_with_its_id_and_an_unticked_box_in_guide_order():
    html = render()
    found = rows(html)
    assert list(found) == [t.id for t in TASKS]
    for row in found.values():
        assert re.search(r'<input type="checkbox" class="checklist-box"', row)
        assert "checked" not in row
        assert row.count("<td") == 3  # task, Qui, Échéance


def test_columns_qui_and_echeance_and_notes_for_each_part():
    html = render()
    assert html.count('<th scope="col">Qui</th>') == 2
    assert html.count('<th scope="col">Échéance</th>') == 2
    notes = re.findall(r'<p class="checklist-notes-title">(.*?)</p>', html)
    assert [text_of(n) for n in notes] == ["Notes\u00a0— Avant de partir", "Notes\u00a0— Sur place"]
    # Parts are headings, steps are rows spanning the table.
    parts = re.findall(r'<p ([^>]*class="checklist-part"[^>]*)>(.*?)</p>', html)
    assert [title for _, title in parts] == ["Avant de partir", "Sur place"]
    assert all('role="heading"' in attrs and 'aria-level="2"' in attrs for attrs, _ in parts)
    assert "Étape 2 — S'informer" in text_of(html)


def test_sub_tasks_are_marked_indented():
    rendered = render()
    assert 'class="checklist-task checklist-task--level-1" data-task-id="attentes"' in rendered
    assert 'class="checklist-task checklist-task--level-0" data-task-id="rencontrer"' in rendered


def test_task_markdown_renders_and_the_box_is_named_by_the_text():
    row = rows(render())["informer"]
    assert "<em>à temps</em>" in row
    box = re.search(r'aria-labelledby="([^"]+)"', row).group(1)
    assert re.search(rf'<span class="checklist-text" id="{box}">Informer le partenaire', row)


def test_a_colon_announcing_a_list_left_in_the_guide_ends_with_an_ellipsis():
    found = rows(render())
    assert text_of(found["roles"]).endswith("Préparer les termes de référence…")
    assert text_of(found["rencontrer"]).endswith("Réunions de travail :")  # sub-tasks follow


def test_links_are_rebased_from_the_task_page_to_the_checklist_page():
    tasks = [task("lien", "Voir [la CNCD](ressources.md#cncd) et [ici](#etape-2).")]
    row = rows(render(tasks))["lien"]
    assert '<a href="../ressources.md#cncd">la CNCD</a>' in row
    assert '<a href="../avant-de-partir.md#etape-2">ici</a>' in row


@pytest.mark.parametrize(
    ("target", "page", "expected"),
    [
        ("ressources.md", "avant-de-partir.md", "../ressources.md"),
        ("ressources.md#cncd", "avant-de-partir.md", "../ressources.md#cncd"),
        ("#ancre", "sur-place.md", "../sur-place.md#ancre"),
        ("../index.md", "guide/etape.md", "../index.md"),
        ("autre.md", "outils/termes.md", "autre.md"),
        ("<mon fichier.md>", "a.md", "<../mon fichier.md>"),
        ("https://www.legifrance.gouv.fr/x", "a.md", "https://www.legifrance.gouv.fr/x"),
        ("mailto:contact@example.org", "a.md", "mailto:contact@example.org"),
    ],
)
def test_rebase_links(target, page, expected):
    assert rebase_links(f'[texte]({target} "titre")', page) == f'[texte]({expected} "titre")'


def test_header_shows_the_mission_from_a_dict_or_a_model():
    model = SimpleNamespace(
        collectivite=SimpleNamespace(nom="Commune de Val-Fleuri"),
        partenaire=SimpleNamespace(nom="Commune de Kéra-Sobo", pays="Sénégal"),
        mission=SimpleNamespace(debut=date(2027, 3, 2), fin=date(2027, 3, 6)),
    )
    for mission in (MISSION, model):
        shown = html.unescape(text_of(mission_header(header_fields(mission))))
        assert "Collectivité\u00a0: Commune de Val-Fleuri" in shown
        assert "Partenaire\u00a0: Commune de Kéra-Sobo" in shown
        assert "Pays\u00a0: Sénégal" in shown
        assert "Dates\u00a0: du 2 au 6 mars 2027" in shown


def test_header_reads_the_projects_validated_mission():
    mission = load_mission(PROJECT_ROOT / "mission.yml")
    fields = header_fields(mission)
    assert all(fields[key] for key in ("authority", "partner", "country", "start", "end"))
    assert isinstance(fields["start"], date)


def test_header_leaves_blank_lines_for_absent_values():
    header = mission_header(header_fields({"partenaire": {"nom": "Kéra-Sobo", "pays": " "}}))
    fields = dict(re.findall(r"checklist-field--(\w+)\">(.*?)</div>", header))
    assert "checklist-blank" in fields["authority"]
    assert "checklist-blank" not in fields["partner"]
    assert "checklist-blank" in fields["country"]  # blank text counts as absent
    assert fields["dates"].count('class="checklist-blank ') == 2
    one_date = mission_header(header_fields({"mission": {"debut": date(2027, 3, 2)}}))
    dates = dict(re.findall(r"checklist-field--(\w+)\">(.*?)</div>", one_date))["dates"]
    assert "2 mars 2027" in dates and dates.count('class="checklist-blank ') == 1


def test_mission_values_are_data_not_markup():
    authority = "<script>alert(1)</script> & *Val* {{ config }}"
    hostile = {
        "collectivite": {"nom": authority},
        "partenaire": {"nom": "[lien](javascript:x)", "pays": "{: #id }"},
    }
    header = render(mission=hostile).split("checklist-part")[0]
    assert "<script" not in header
    assert "<em>" not in header
    assert "<a " not in header
    assert ' id="id"' not in header
    shown = html.unescape(text_of(header))
    assert authority in shown
    assert "[lien](javascript:x)" in shown
    assert "{: #id }" in shown


def test_no_task_gives_a_message_not_an_empty_form():
    html = render(tasks=[])
    assert "aucune tâche" in html
    assert "<table" not in html
