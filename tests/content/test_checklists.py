"""Interactive checklists in Chromium: ticks kept, label, progress, reset, export/import, storage.

Each test drives the built site like a user would (clicks, keyboard, navigation, files) and
checks what the user would see. Task IDs and counts come from the Markdown pages (tasks.py), so
the tests follow the guide's content as it changes.
"""

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import expect
from support import (
    INSTANT_READY,
    PROJECT_ROOT,
    STILL,
    axe_violations,
    both_schemes_violations,
    build_in_process,
    copy_project,
    serve_folder,
)

from guide.progress import plain_text
from guide.tasks import group_tasks, nav_pages, read_tasks

pytestmark = pytest.mark.browser

EXPORT_FORMAT = "mission-exploratoire/progression"


def guide_tasks(project: Path = PROJECT_ROOT):
    docs = project / "docs"
    config = yaml.load((project / "mkdocs.yml").read_text("utf-8"), Loader=yaml.BaseLoader)
    return read_tasks(docs, nav_pages(config.get("nav"), docs))


TASKS = guide_tasks()
PARTS = group_tasks(TASKS)
TEXTS = {task.id: plain_text(task.text) for task in TASKS}
ALL_IDS = [task.id for task in TASKS]
MISSION_TASKS = (
    yaml.safe_load((PROJECT_ROOT / "mission.yml").read_text("utf-8")).get("taches") or {}
)  # what mission.yml says of some tasks (owner, deadline, « sans objet »)
PRESET = {key for key, value in MISSION_TASKS.items() if (value or {}).get("sans_objet") is True}


def url_of(page_src: str) -> str:
    """URL path of a page from its source path ("avant-de-partir.md" -> "avant-de-partir/")."""
    stem = page_src.removesuffix(".md")
    if stem == "index":
        return ""
    return stem.removesuffix("/index") + "/"


FIRST, SECOND = PARTS[0], PARTS[1]
CHECKLIST_URL = "outils/checklist/"  # the printable checklist: rows [data-task-id]
FIRST_URL, SECOND_URL = url_of(FIRST.page), url_of(SECOND.page)


def box(page, task_id: str):
    return page.locator(f"li.task-list-item[id='{task_id}'] > label input[type=checkbox]")


def tick(page, task_id: str):
    """Tick a task as a user does: click its text (the label), then see the box ticked."""
    page.locator(f"li.task-list-item[id='{task_id}'] > label .task-list-text").click(
        position={"x": 12, "y": 8}
    )
    expect(box(page, task_id)).to_be_checked()


def start_of(task_id: str) -> re.Pattern:
    """The task's first words (its accessible name starts with them)."""
    words = re.findall(r"[\w'’]+", TEXTS[task_id])[:3]
    return re.compile(r"^\s*" + r"\W+".join(map(re.escape, words)))


def page_count(page):
    return page.locator("[data-guide-page-progress] .guide-progress__count")


def home_count(page, title: str):
    return page.locator("[data-guide-progress] li", has_text=title).locator(
        ".guide-progress__count"
    )


def overall_count(page):
    return page.locator("[data-guide-progress] li", has_text="Ensemble du guide").locator(
        ".guide-progress__count"
    )


def label(done: int, total) -> str:
    """The count shown for `done` ticks among `total` tasks; given the tasks' IDs (not a
    number), the tasks mission.yml presets as « sans objet » (and not ticked) count as settled."""
    extra = 0
    if not isinstance(total, int):
        extra, total = len(PRESET & set(total)), len(total)
    text = f"{done + extra} / {total} " + ("tâches faites" if total > 1 else "tâche faite")
    return text + (" ou sans objet" if extra else "")


def stored_ticks(page) -> list[str]:
    return page.evaluate(
        "() => { const v = JSON.parse(localStorage.getItem(GuideStorage.key('checklist')));"
        " return v ? v.done : []; }"
    )


def test_tick_survives_reload(page, site_url):
    task = FIRST.task_ids[0]
    page.goto(site_url + FIRST_URL)
    expect(box(page, task)).to_be_enabled()
    tick(page, task)
    page.reload()
    expect(box(page, task)).to_be_checked()
    expect(box(page, FIRST.task_ids[1])).not_to_be_checked()


def test_text_is_the_label_with_keyboard_and_visible_focus(page, site_url):
    task, other = FIRST.task_ids[0], FIRST.task_ids[1]
    page.goto(site_url + FIRST_URL)
    checkbox = page.get_by_role("checkbox", name=start_of(task))
    expect(checkbox).to_have_count(1)
    # Clicking the task's text (not the box) ticks it, and again unticks it.
    text = page.locator(f"[id='{task}'] .task-list-text")
    text.click(position={"x": 40, "y": 5})
    expect(checkbox).to_be_checked()
    text.click(position={"x": 40, "y": 5})
    expect(checkbox).not_to_be_checked()
    # Clicking the round box itself ticks it too.
    circle = page.locator(f"[id='{task}']").evaluate(
        """item => {
            const rect = item.getBoundingClientRect();
            const em = parseFloat(getComputedStyle(item).fontSize);
            return { x: rect.left - 0.875 * em, y: rect.top + 0.775 * em };
        }"""
    )
    page.mouse.click(circle["x"], circle["y"])
    expect(checkbox).to_be_checked()
    page.mouse.click(circle["x"], circle["y"])
    expect(checkbox).not_to_be_checked()
    # Keyboard: Tab reaches the box, Space toggles it, and the focus shows.
    box(page, other).focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    expect(box(page, other)).to_be_focused()
    page.keyboard.press("Space")
    expect(box(page, other)).to_be_checked()
    ring = page.locator(f"[id='{other}'] .task-list-indicator").evaluate(
        "e => getComputedStyle(e, '::after').outlineStyle"
    )
    assert ring not in ("", "none"), "la case qui a le focus doit être entourée"
    page.reload()
    expect(box(page, other)).to_be_checked()


def test_ticks_survive_instant_navigation_and_history(page, instant_site_url):
    site_url = instant_site_url
    first, second = FIRST.task_ids[0], SECOND.task_ids[-1]
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(site_url + FIRST_URL, wait_until=INSTANT_READY)
    tick(page, first)
    page.evaluate("window.sameDocument = true")
    page.locator(f".md-nav--primary a[href$='{SECOND_URL}']").first.click()
    expect(page).to_have_url(site_url + SECOND_URL)
    assert page.evaluate("window.sameDocument === true"), "navigation instantanée attendue"
    expect(box(page, second)).to_be_enabled()
    tick(page, second)
    expect(page_count(page)).to_have_text(label(1, len(SECOND.task_ids)))
    page.go_back()
    expect(page).to_have_url(site_url + FIRST_URL)
    expect(box(page, first)).to_be_checked()
    expect(page_count(page)).to_have_text(label(1, len(FIRST.task_ids)))
    page.go_forward()
    expect(box(page, second)).to_be_checked()
    # The home page reached by instant navigation counts both ticks, without a script error.
    page.locator(".md-nav--primary a", has_text="Accueil").first.click()
    expect(page).to_have_url(site_url)
    assert page.evaluate("window.sameDocument === true"), "navigation instantanée attendue"
    expect(overall_count(page)).to_have_text(label(2, len(TASKS)))
    assert errors == []


def test_back_button_shows_current_ticks(page, site_url):
    """Without instant navigation, a page restored by Back shows the ticks as they are now."""
    page.goto(site_url + FIRST_URL)
    tick(page, FIRST.task_ids[0])
    page.locator(".md-header__button.md-logo").click()  # full page load to the home page
    expect(page).to_have_url(site_url)
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Tout décocher dans le guide").click()
    expect(overall_count(page)).to_have_text(label(0, ALL_IDS))
    page.go_back()
    expect(page).to_have_url(site_url + FIRST_URL)
    expect(box(page, FIRST.task_ids[0])).not_to_be_checked()
    expect(page_count(page)).to_have_text(label(0, len(FIRST.task_ids)))


def test_progress_on_the_page_and_on_the_home_page(page, site_url):
    page.goto(site_url + FIRST_URL)
    total = len(FIRST.task_ids)
    expect(page_count(page)).to_have_text(label(0, total))
    tick(page, FIRST.task_ids[0])
    tick(page, FIRST.task_ids[1])
    expect(page_count(page)).to_have_text(label(2, total))

    # The home page, open in a second tab, follows ticks made elsewhere without a reload.
    home = page.context.new_page()
    home.goto(site_url)
    for part in PARTS:
        link = home.locator("[data-guide-progress]").get_by_role(
            "link", name=re.compile("^" + re.escape(part.title))
        )
        assert link.evaluate("a => a.href") == site_url + url_of(part.page)
    expect(home_count(home, FIRST.title)).to_have_text(label(2, total))
    expect(home_count(home, SECOND.title)).to_have_text(label(0, SECOND.task_ids))
    expect(overall_count(home)).to_have_text(label(2, ALL_IDS))
    tick(page, FIRST.task_ids[2])
    expect(home_count(home, FIRST.title)).to_have_text(label(3, total))
    expect(overall_count(home)).to_have_text(label(3, ALL_IDS))
    # Following a part's link leads to its page.
    home.locator("[data-guide-progress]").get_by_role(
        "link", name=re.compile("^" + re.escape(SECOND.title))
    ).click()
    expect(home).to_have_url(site_url + SECOND_URL)


def test_reset_page_and_whole_guide_after_confirmation(page, site_url):
    page.goto(site_url + SECOND_URL)
    tick(page, SECOND.task_ids[0])
    page.goto(site_url + FIRST_URL)
    tick(page, FIRST.task_ids[0])
    tick(page, FIRST.task_ids[1])
    reset = page.get_by_role("button", name="Tout décocher sur cette page")

    questions = []
    page.once("dialog", lambda dialog: (questions.append(dialog.message), dialog.dismiss()))
    reset.click()
    expect(box(page, FIRST.task_ids[0])).to_be_checked()  # refused: nothing changes
    page.once("dialog", lambda dialog: (questions.append(dialog.message), dialog.accept()))
    reset.click()
    expect(box(page, FIRST.task_ids[0])).not_to_be_checked()
    expect(box(page, FIRST.task_ids[1])).not_to_be_checked()
    expect(page_count(page)).to_have_text(label(0, len(FIRST.task_ids)))
    assert "Décocher les 2 tâches cochées de cette page" in questions[0]

    page.goto(site_url)
    expect(overall_count(page)).to_have_text(label(1, ALL_IDS))  # the other page kept its tick
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Tout décocher dans le guide").click()
    expect(overall_count(page)).to_have_text(label(0, ALL_IDS))
    page.goto(site_url + SECOND_URL)
    expect(box(page, SECOND.task_ids[0])).not_to_be_checked()


def export_file(page, tmp_path: Path) -> Path:
    with page.expect_download() as download:
        page.get_by_role("button", name="Exporter ma progression").click()
    target = tmp_path / download.value.suggested_filename
    download.value.save_as(target)
    return target


def choose_import_file(page, path: Path):
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Importer une progression").click()
    chooser.value.set_files(str(path))


def test_export_then_import_on_a_fresh_browser(page, browser, site_url, tmp_path):
    ticked = [FIRST.task_ids[0], SECOND.task_ids[-1]]
    for task in ticked:
        page.goto(site_url + url_of(next(t.page for t in TASKS if t.id == task)))
        tick(page, task)
    page.goto(site_url)
    exported = export_file(page, tmp_path)
    data = json.loads(exported.read_text("utf-8"))
    assert data["format"] == EXPORT_FORMAT and data["version"] == 2
    assert data["site"] == page.locator(".md-header__topic").first.inner_text().strip()
    assert re.match(r"\d{4}-\d\d-\d\dT", data["exported"])
    assert sorted(data["done"]) == sorted(ticked)
    assert exported.name.startswith("progression-") and exported.suffix == ".json"

    colleague = browser.new_context(locale="fr-FR")
    other = colleague.new_page()
    other.goto(site_url)
    expect(overall_count(other)).to_have_text(label(0, ALL_IDS))
    choose_import_file(other, exported)
    preview = other.locator("dialog.guide-dialog")
    expect(preview).to_have_accessible_name("Importer cette progression ?")
    expect(preview).to_be_visible()
    expect(preview).to_contain_text("2 tâches seront cochées")
    for task in ticked:
        expect(preview).to_contain_text(TEXTS[task][:30])
    assert axe_violations(other) == [], "aperçu de l'import"
    # Nothing changes before the user confirms.
    assert other.evaluate("localStorage.getItem(GuideStorage.key('checklist'))") is None
    preview.get_by_role("button", name="Importer").click()
    expect(preview).to_have_count(0)
    expect(overall_count(other)).to_have_text(label(2, len(TASKS)))
    other.goto(site_url + FIRST_URL)
    expect(box(other, ticked[0])).to_be_checked()
    colleague.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"format": "mission-exploratoire/progres', "illisible"),
        ('{"nom": "un autre fichier", "taches": []}', "n'est pas une progression"),
        (
            json.dumps({"format": EXPORT_FORMAT, "version": 3, "done": []}),
            "autre version du format",
        ),
        (
            json.dumps({"format": EXPORT_FORMAT, "version": 1, "done": ["<b>", 3]}),
            "endommagé",
        ),
    ],
    ids=["damaged", "not-ours", "other-version", "bad-list"],
)
def test_a_bad_import_file_changes_nothing(page, site_url, tmp_path, content, message):
    page.goto(site_url + FIRST_URL)
    tick(page, FIRST.task_ids[0])
    page.goto(site_url)
    before = stored_ticks(page)
    bad = tmp_path / "progression.json"
    bad.write_text(content, "utf-8")
    choose_import_file(page, bad)
    notice = page.locator("[data-guide-message]")
    expect(notice).to_contain_text(message)
    expect(notice).to_contain_text("Rien n'a été modifié")
    expect(page.locator("dialog.guide-dialog")).to_have_count(0)
    assert stored_ticks(page) == before
    expect(overall_count(page)).to_have_text(label(1, ALL_IDS))


def test_corrupted_storage_starts_from_empty_and_says_so(page, site_url):
    page.goto(site_url + FIRST_URL)
    page.evaluate("localStorage.setItem(GuideStorage.key('checklist'), '{\"done\": [oops')")
    warnings = []
    page.on("console", lambda message: warnings.append(message.text))
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.reload()
    expect(page_count(page)).to_have_text(label(0, len(FIRST.task_ids)))
    assert any("endommagée" in text for text in warnings), warnings
    assert not errors
    tick(page, FIRST.task_ids[0])
    page.reload()
    expect(box(page, FIRST.task_ids[0])).to_be_checked()
    assert stored_ticks(page) == [FIRST.task_ids[0]]


BLOCK_STORAGE = """
Object.defineProperty(window, 'localStorage', {
  configurable: true,
  get() { throw new DOMException('Le stockage est bloqué.', 'SecurityError'); },
});
"""


def test_without_storage_boxes_work_for_the_visit_and_a_notice_says_so(browser, instant_site_url):
    site_url = instant_site_url
    context = browser.new_context(locale="fr-FR")
    context.add_init_script(BLOCK_STORAGE)
    page = context.new_page()
    try:
        page.goto(site_url + FIRST_URL, wait_until=INSTANT_READY)
        notice = page.locator("[data-guide-page-progress] .guide-storage-notice")
        expect(notice).to_be_visible()
        expect(notice).to_contain_text("ne seront pas conservées")
        tick(page, FIRST.task_ids[0])
        expect(page_count(page)).to_have_text(label(1, len(FIRST.task_ids)))
        # Still there after moving around the site during the same visit.
        page.locator(f".md-nav--primary a[href$='{SECOND_URL}']").first.click()
        expect(page).to_have_url(site_url + SECOND_URL)
        page.go_back()
        expect(box(page, FIRST.task_ids[0])).to_be_checked()
    finally:
        context.close()


def test_sites_on_one_host_do_not_share_ticks(page, built_site, tmp_path):
    for fork in ("guide-a", "guide-b"):
        shutil.copytree(built_site, tmp_path / fork)
    url, server = serve_folder(tmp_path)
    try:
        task = FIRST.task_ids[0]
        page.goto(f"{url}guide-a/{FIRST_URL}")
        tick(page, task)
        page.goto(f"{url}guide-b/{FIRST_URL}")
        expect(box(page, task)).to_be_enabled()
        expect(box(page, task)).not_to_be_checked()
        page.goto(f"{url}guide-a/{FIRST_URL}")
        expect(box(page, task)).to_be_checked()
    finally:
        server.shutdown()


def test_ticks_kept_on_file_urls(page, built_site):
    task = FIRST.task_ids[0]
    address = (built_site / FIRST_URL / "index.html").as_uri()
    page.goto(address)
    tick(page, task)
    page.reload()
    expect(box(page, task)).to_be_checked()
    page.goto(built_site.joinpath("index.html").as_uri())
    expect(home_count(page, FIRST.title)).to_have_text(label(1, len(FIRST.task_ids)))


def _insert_before_line(path: Path, line: int, text: str):
    lines = path.read_text("utf-8").split("\n")
    indent = len(lines[line - 1]) - len(lines[line - 1].lstrip())
    new = [" " * indent + row for row in text.split("\n")]
    path.write_text("\n".join(lines[: line - 1] + new + lines[line - 1 :]), "utf-8")


def test_ticks_kept_across_a_rebuild_with_a_task_inserted_before(page, built_site, tmp_path):
    ticked = FIRST.task_ids[0]  # a task inserted before it takes its place in the list
    # A ticked task the new version no longer has (one mission.yml does not name in `taches`).
    removed = next(t for t in reversed(SECOND.task_ids) if t not in MISSION_TASKS)
    served = tmp_path / "served"
    shutil.copytree(built_site, served)
    url, server = serve_folder(served)
    page.route("**/*", lambda route: route.continue_())  # routing turns the HTTP cache off
    try:
        page.goto(url + FIRST_URL)
        tick(page, ticked)
        page.goto(url + SECOND_URL)
        tick(page, removed)

        # New version of the guide: a task inserted before the ticked one, the ticked text
        # reworded, the other ticked task removed.
        project = copy_project(tmp_path / "project")
        first = next(t for t in TASKS if t.id == ticked)
        page_file = project / "docs" / first.page
        lines = page_file.read_text("utf-8").split("\n")
        lines[first.line - 1] = lines[first.line - 1].replace("] ", "] Bien ", 1)
        page_file.write_text("\n".join(lines), "utf-8")
        _insert_before_line(
            page_file, first.line, "- [ ] Tâche ajoutée avant les autres.\n  { #tache-ajoutee }"
        )
        gone = next(t for t in TASKS if t.id == removed)
        other_file = project / "docs" / gone.page
        lines = other_file.read_text("utf-8").split("\n")
        end = next(i for i in range(gone.line - 1, len(lines)) if f"#{removed}" in lines[i])
        other_file.write_text("\n".join(lines[: gone.line - 1] + lines[end + 1 :]), "utf-8")
        result = build_in_process(project, tmp_path / "site-v2")
        assert result.returncode == 0, result.stdout + result.stderr
        shutil.rmtree(served)
        shutil.copytree(tmp_path / "site-v2", served)

        page.goto(url + FIRST_URL)
        expect(box(page, "tache-ajoutee")).not_to_be_checked()
        expect(box(page, ticked)).to_be_checked()
        expect(page.locator(f"[id='{ticked}']")).to_contain_text("Bien ")
        expect(page_count(page)).to_have_text(label(1, len(FIRST.task_ids) + 1))
        page.goto(url)
        kept = [task for task in ALL_IDS if task != removed]
        expect(home_count(page, SECOND.title)).to_have_text(
            label(0, [task for task in SECOND.task_ids if task != removed])
        )
        expect(overall_count(page)).to_have_text(label(1, kept + ["tache-ajoutee"]))
        assert removed in stored_ticks(page), "la coche d'une tâche disparue reste enregistrée"
    finally:
        server.shutdown()


def test_no_accessibility_violation_on_pages_with_tasks(browser, site_url):
    """Light and dark themes, with a task ticked, a box and a button focused."""
    context = browser.new_context(locale="fr-FR", color_scheme="light")
    # Colours are checked in their final state: no transition under way.
    context.add_init_script(
        "addEventListener('DOMContentLoaded', () => document.head.insertAdjacentHTML("
        f"'beforeend', '<style>{STILL}</style>'))"
    )
    page = context.new_page()
    try:
        for part in PARTS:
            page.goto(site_url + url_of(part.page))
            tick(page, part.task_ids[0])
            box(page, part.task_ids[0]).focus()
            assert both_schemes_violations(page) == [], url_of(part.page)
            # A control focused redraws itself only: checked where it is.
            page.get_by_role("button", name="Tout décocher sur cette page").focus()
            assert both_schemes_violations(page, "focused") == [], f"{url_of(part.page)}, bouton"
        page.goto(site_url + CHECKLIST_URL)
        expect(page_count(page)).to_have_text(label(len(PARTS), ALL_IDS))
        assert both_schemes_violations(page) == [], CHECKLIST_URL
        page.goto(site_url)
        expect(overall_count(page)).to_have_text(label(len(PARTS), ALL_IDS))
        assert both_schemes_violations(page) == [], "accueil"
        page.get_by_role("button", name="Exporter ma progression").focus()
        assert both_schemes_violations(page, "focused") == [], "accueil, bouton"
    finally:
        context.close()


def test_rows_with_a_task_id_share_the_ticks(page, site_url):
    """Any element [data-task-id] with a checkbox (the printable checklist) shows the ticks."""
    first, other = FIRST.task_ids[0], SECOND.task_ids[0]
    page.goto(site_url + FIRST_URL)
    tick(page, first)
    page.goto(site_url + CHECKLIST_URL)
    row = page.locator(f"[data-task-id='{first}'] input[type=checkbox]")
    expect(row).to_be_checked()
    expect(page_count(page)).to_have_text(label(1, ALL_IDS))
    page.locator(f"[data-task-id='{other}'] input[type=checkbox]").check()
    row.uncheck()
    page.goto(site_url + SECOND_URL)
    expect(box(page, other)).to_be_checked()
    page.goto(site_url + FIRST_URL)
    expect(box(page, first)).not_to_be_checked()
