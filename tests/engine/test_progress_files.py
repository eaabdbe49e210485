"""Progress files and stored states that are not what they should be (issue 28), in Chromium on
the fixture site: a file is checked whole before anything is replaced, states of tasks this
guide does not have are kept but never counted as ticks, and no file raises a script error."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

FORMAT = "mission-exploratoire/progression"
TASKS = ["premiere-tache", "deuxieme-tache", "troisieme-tache"]
KEY = "GuideStorage.key('checklist')"


@pytest.fixture
def home(browser, fixture_site_url):
    """The fixture's home page with the first task ticked, and the script errors it raises."""
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.goto(fixture_site_url + "guide/")
    page.locator(f"li.task-list-item[id='{TASKS[0]}'] .task-list-text").click(
        position={"x": 5, "y": 5}
    )
    page.goto(fixture_site_url)
    yield page
    context.close()


def overall(page):
    return page.locator("[data-guide-progress] li", has_text="Ensemble").locator(
        ".guide-progress__count"
    )


def stored(page):
    return json.loads(page.evaluate(f"localStorage.getItem({KEY})"))


def import_file(page, tmp_path, data) -> None:
    path = tmp_path / "progression.json"
    path.write_text(json.dumps(data), "utf-8")
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Importer une progression").click()
    chooser.value.set_files(str(path))


DAMAGED = {
    "v1_non_id_in_not_applicable": {"version": 1, "done": [TASKS[1]], "not_applicable": ["<b>"]},
    "v1_not_applicable_not_a_list": {"version": 1, "done": [TASKS[1]], "not_applicable": 5},
    "v1_todo_a_text": {"version": 1, "done": [TASKS[1]], "todo": "premiere-tache"},
    "v2_missing_todo": {"version": 2, "done": [TASKS[1]], "not_applicable": []},
    "v2_todo_null": {"version": 2, "done": [], "not_applicable": [], "todo": None},
}


@pytest.mark.parametrize("case", DAMAGED)
def test_a_file_with_one_bad_list_changes_nothing(home, tmp_path, case):
    before = stored(home)
    import_file(home, tmp_path, {"format": FORMAT, **DAMAGED[case]})
    notice = home.locator("[data-guide-message]")
    expect(notice).to_contain_text("Ce fichier est endommagé")
    expect(notice).to_contain_text("Rien n'a été modifié")
    expect(home.locator("dialog.guide-dialog")).to_have_count(0)
    assert stored(home) == before
    expect(overall(home)).to_have_text("1 / 3 tâches faites")
    home.reload()
    expect(overall(home)).to_have_text("1 / 3 tâches faites")
    assert home.errors == []


def test_a_version_that_is_no_number_is_told_without_a_script_error(home, tmp_path):
    before = stored(home)
    import_file(home, tmp_path, {"format": FORMAT, "version": {"toString": 1}, "done": []})
    notice = home.locator("[data-guide-message]")
    expect(notice).to_contain_text('autre version du format (version « {"toString":1} »)')
    assert stored(home) == before
    assert home.errors == []


def test_states_of_other_tasks_are_kept_but_never_counted(home, tmp_path):
    others = [f"tache-{n}" for n in range(40000)]
    import_file(
        home,
        tmp_path,
        {"format": FORMAT, "version": 1, "done": [TASKS[1], *others], "site": "Ailleurs"},
    )
    preview = home.locator("dialog.guide-dialog")
    expect(preview).to_contain_text("1 tâche sera cochée")
    expect(preview).to_contain_text("40000 états concernent des tâches absentes")
    preview.get_by_role("button", name="Importer").click()
    expect(home.locator("[data-guide-message]")).to_have_text(
        "Progression importée : 1 tâche cochée."
    )
    expect(overall(home)).to_have_text("1 / 3 tâches faites")
    assert len(stored(home)["done"]) == 40001  # kept for the version of the guide that has them
    questions = []

    def answer(dialog):
        questions.append(dialog.message)
        dialog.accept()

    home.on("dialog", answer)
    home.get_by_role("button", name="Tout décocher dans le guide").click()
    expect(overall(home)).to_have_text("0 / 3 tâches faites")
    assert questions and questions[0].startswith("Décocher toutes les tâches du guide (1 coche)")
    assert home.errors == []


def test_a_stored_version_1_state_with_odd_lists_is_read_for_its_ticks(home):
    home.evaluate(
        f"localStorage.setItem({KEY}, JSON.stringify({{version: 1, done: ['{TASKS[2]}'], "
        "not_applicable: 5, todo: 'x'}))"
    )
    home.reload()
    expect(overall(home)).to_have_text("1 / 3 tâches faites")
    assert home.errors == []
