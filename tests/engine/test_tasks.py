"""Unit tests of the task parser (no MkDocs)."""

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import PROJECT_ROOT

from guide.errors import GuideError as TaskError
from guide.mission.model import ID_PATTERN
from guide.tasks import nav_pages, parse_page, read_tasks

PAGE = """---
description: test
---

# Avant de partir

## Étape 1 — Informer

- [ ] Informer le partenaire et *définir* avec lui
  la date.
  { #informer-partenaire }
- [ ] Réunions de travail :
  { #reunions }
    - [ ] les attentes ;
      { #attentes }
    - une simple puce, pas une tâche

## Étape 2 — S'informer

- [ ] S'informer sur le contexte.
  {: #s-informer }
"""


def test_tasks_carry_id_text_part_step_and_level():
    tasks, problems = parse_page(PAGE, "avant-de-partir.md")
    assert problems == []
    assert [t.id for t in tasks] == ["informer-partenaire", "reunions", "attentes", "s-informer"]
    first = tasks[0]
    assert first.text == "Informer le partenaire et *définir* avec lui la date."
    assert (first.part, first.step, first.level) == (
        "Avant de partir",
        "Étape 1 — Informer",
        0,
    )
    assert tasks[2].level == 1
    assert tasks[3].step == "Étape 2 — S'informer"
    assert tasks[0].line == 9


def test_reworded_or_moved_task_keeps_its_id():
    moved = PAGE.replace("Informer le partenaire et *définir*", "Prévenir le partenaire et fixer")
    tasks, _ = parse_page(moved, "p.md")
    assert tasks[0].id == "informer-partenaire"
    assert tasks[0].text.startswith("Prévenir le partenaire")


def test_task_without_id_is_reported_with_file_and_line():
    _, problems = parse_page("# P\n\n- [ ] Sans identifiant\n- [ ] Autre\n  { #autre }\n", "p.md")
    assert len(problems) == 1
    assert "docs/p.md, ligne 3" in problems[0]
    assert "Sans identifiant" in problems[0]
    assert "n'a pas d'identifiant" in problems[0]


def test_jinja_comment_marker_is_explained():
    _, problems = parse_page("# P\n\n- [ ] Tâche\n  {#tache}\n", "p.md")
    assert len(problems) == 1
    assert "docs/p.md, ligne 4" in problems[0] and "commentaire Jinja" in problems[0]


@pytest.mark.parametrize("bad_id", ["Majuscule", "accentué", "deux--tirets", "espace fin"])
def test_invalid_id_is_refused(bad_id):
    _, problems = parse_page(f"# P\n\n- [ ] Tâche\n  {{ #{bad_id} }}\n", "p.md")
    assert problems, bad_id


def test_duplicate_id_across_pages_names_both_places(tmp_path: Path):
    (tmp_path / "a.md").write_text("# A\n\n- [ ] Une\n  { #meme-id }\n", "utf-8")
    (tmp_path / "b.md").write_text("# B\n\n- [ ] Deux\n  { #meme-id }\n", "utf-8")
    with pytest.raises(TaskError) as error:
        read_tasks(tmp_path, ["a.md", "b.md"])
    message = str(error.value)
    assert "« meme-id »" in message
    assert "docs/a.md, ligne 3" in message and "docs/b.md, ligne 3" in message


def test_a_page_of_the_plan_that_does_not_exist_is_told(tmp_path: Path):
    (tmp_path / "a.md").write_text("# A\n\n- [ ] Une\n  { #une }\n", "utf-8")
    with pytest.raises(TaskError) as error:
        read_tasks(tmp_path, ["a.md", "retiree.md"])
    assert error.value.messages == [
        "mkdocs.yml : la page « docs/retiree.md » du plan (nav) n'existe pas ; attendu : une "
        "page enregistrée dans docs/, ou sa ligne retirée du plan."
    ]


def test_nav_pages_follow_navigation_order(tmp_path: Path):
    nav = [
        {"Accueil": "index.md"},
        {"Guide": [{"Sur place": "sur-place.md"}, {"Avant": "avant.md"}]},
        {"Externe": "https://example.org/x.md"},
    ]
    assert nav_pages(nav, tmp_path) == ["index.md", "sur-place.md", "avant.md"]


FENCED = """# Adapter ce guide

Une tâche s'écrit ainsi :

```markdown
# Pas le titre
- [ ] Un exemple, pas une tâche
  { #exemple }
```

- [ ] Une vraie tâche, avec un exemple :
  { #vraie-tache }

    ````md
    ```
    - [ ] Exemple dans un exemple
    ```
    - [ ] Toujours dans l'exemple
      { #toujours-exemple }
    ````

~~~text
- [ ] Sans identifiant : ce serait un problème, si c'était une tâche
~~~

## Étape

- [ ] Après les exemples
  { #apres-exemples }
"""


def test_fenced_code_shows_examples_not_tasks_nor_the_title():
    tasks, problems = parse_page(FENCED, "adapter.md")
    assert problems == []
    assert [t.id for t in tasks] == ["vraie-tache", "apres-exemples"]
    assert {t.part for t in tasks} == {"Adapter ce guide"}
    assert tasks[1].step == "Étape" and tasks[1].line == 28


def test_a_fence_that_never_closes_is_no_code_block():
    tasks, _ = parse_page("# P\n\n```\n- [ ] Tâche\n  { #tache }\n", "p.md")
    assert [t.id for t in tasks] == ["tache"]


def test_the_browsers_task_id_pattern_is_the_models():
    """checklists.js keeps its own copy of the task-ID pattern (it runs on every task page, where
    the contract is not loaded): it accepts exactly what ID_PATTERN accepts."""
    script = (PROJECT_ROOT / "docs/assets/javascripts/checklists.js").read_text("utf-8")
    browser = re.search(r"var TASK_ID = /(.+)/;", script)[1]

    @settings(max_examples=400, deadline=None)
    @given(st.text(alphabet="az09-_A é", max_size=12))
    def same(text):
        assert bool(re.search(browser, text)) == bool(re.search(ID_PATTERN, text))

    same()
    for text in ["a", "a-b", "a--b", "-a", "a-", "A", "tâche", "a_b", "07"]:
        same.hypothesis.inner_test(text)
