"""Unit tests of the home page's progress section (guide/progress.py, no MkDocs)."""

import html
import json
import re

from guide.pages import relative_link
from guide.progress import (
    count_label,
    plain_text,
    progress_section,
    task_index,
    with_page_tools,
)
from guide.tasks import Task, group_tasks


def task(task_id, page, part, text="Faire quelque chose.", level=0):
    return Task(task_id, text, page, part, "Étape", level, 1)


TASKS = [
    task("informer", "avant-de-partir.md", "Avant de partir", "Informer le *partenaire*."),
    task("contexte", "avant-de-partir.md", "Avant de partir"),
    task("rencontrer", "sur-place.md", "Sur place", "Voir [le SCAC](ressources.md#scac) <b>"),
    task("attentes", "sur-place.md", "Sur place", level=1),
    task("bilan", "apres/index.md", "Après la mission"),
]


def test_parts_follow_the_guide_order_with_their_task_ids():
    parts = group_tasks(TASKS)
    assert [(p.page, p.title, p.task_ids) for p in parts] == [
        ("avant-de-partir.md", "Avant de partir", ("informer", "contexte")),
        ("sur-place.md", "Sur place", ("rencontrer", "attentes")),
        ("apres/index.md", "Après la mission", ("bilan",)),
    ]


def test_count_label_in_french():
    assert count_label(2, 6) == "2 / 6 tâches faites"
    assert count_label(0, 1) == "0 / 1 tâche faite"


def test_links_are_relative_to_the_page_showing_the_section():
    assert relative_link("sur-place.md", "index.md") == "sur-place.md"
    assert relative_link("sur-place.md", "outils/progression.md") == "../sur-place.md"
    assert relative_link("outils/checklist.md", "index.md") == "outils/checklist.md"


def test_plain_text_drops_markdown_marks_but_keeps_words():
    assert plain_text("Informer le *partenaire*.") == "Informer le partenaire."
    assert plain_text("Voir [le SCAC](ressources.md#scac)\n  ici") == "Voir le SCAC ici"


def test_task_index_is_json_that_cannot_leave_its_attribute():
    text = task_index(TASKS)
    assert "<" not in text and '"' not in text
    index = json.loads(html.unescape(text))
    assert index["rencontrer"] == {"part": "Sur place", "text": "Voir le SCAC <b>"}
    assert list(index) == [t.id for t in TASKS]


def test_section_lists_each_part_with_its_link_and_the_whole_guide():
    section = progress_section(TASKS, "Guide & co", "index.md", "outils/checklist.md")
    items = re.findall(r"^- (.*)$", section, re.M)
    assert len(items) == 4
    assert items[0].startswith("[Avant de partir <span")
    assert 'data-task-ids="informer contexte"' in items[0]
    assert "0 / 2 tâches faites" in items[0] and items[0].endswith("](avant-de-partir.md)")
    assert items[2].endswith("](apres/index.md)") and "0 / 1 tâche faite" in items[2]
    assert items[3].startswith("[Ensemble du guide")
    assert 'data-task-ids="informer contexte rencontrer attentes bilan"' in items[3]
    assert items[3].endswith("](outils/checklist.md)")
    # The site's name is data: escaped in its attribute.
    assert 'data-site-name="Guide &#38; co"' in section
    for action in ("export", "import", "reset-all"):
        assert f'data-guide-action="{action}"' in section


def test_whole_guide_is_not_a_link_without_an_overall_page():
    section = progress_section(TASKS, "Guide", "index.md")
    assert "- Ensemble du guide <span" in section
    assert "checklist" not in section


def test_a_guide_without_tasks_says_so():
    assert "aucune tâche" in progress_section([], "Guide")


def test_page_tools_are_rendered_under_the_title_with_the_page_tasks():
    markdown = "Intro\n# Avant de partir\n\n## Étape 1\n"
    result = with_page_tools(markdown, ["informer", "contexte"])
    before, after = result.split("# Avant de partir\n", 1)
    assert before == "Intro\n"
    assert after.lstrip().startswith('<div class="guide-checklist-tools" data-guide-page-progress')
    assert 'data-task-ids="informer contexte">0 / 2 tâches faites</p>' in after
    assert "Tout décocher sur cette page" in after
    assert after.index("guide-checklist-tools") < after.index("## Étape 1")
    assert with_page_tools(markdown, []) == markdown
