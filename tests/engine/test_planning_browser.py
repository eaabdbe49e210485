"""The browser side of planning and storage on the fixture site (checklists.js, schedule.js,
guide.js, terms-form.js): « sans objet », the share link, the import preview, relative
deadlines and the échéancier from a fixed today (window.guideToday), and storage faults with a
real full quota and a context that blocks storage. Few, dense tests: each one walks through
what a user does and checks everything that user would notice on the way."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from support import axe_violations

pytestmark = pytest.mark.browser

GUIDE = "guide/"
CHECKLIST = "outils/checklist/"
FORM = "outils/remplir-les-termes-de-reference/"
FIXTURE_MISSION = Path(__file__).parent / "fixture" / "mission.yml"
TASKS = ["premiere-tache", "deuxieme-tache", "troisieme-tache"]

# Fills localStorage up to the real quota (halving the chunk until nothing fits).
FILL_STORAGE = """() => {
  const big = 'x'.repeat(1 << 21); let i = 0;
  for (let size = 1 << 21; size >= 1; ) {
    try { localStorage.setItem('r' + i++, big.slice(0, size)); }
    catch (error) { size >>= 1; }
  }
  try { localStorage.setItem('plein', 'xxxxxxxxxx'); return false; } catch (error) { return true; }
}"""

BLOCK_STORAGE = """
for (const name of ['localStorage', 'sessionStorage']) {
  Object.defineProperty(window, name, {
    configurable: true,
    get() { throw new DOMException('Le stockage est bloqué.', 'SecurityError'); },
  });
}
"""


def context(browser, today="2027-04-01", **options):
    made = browser.new_context(locale="fr-FR", timezone_id="Europe/Paris", **options)
    made.add_init_script(f"window.guideToday = {json.dumps(today)};")
    return made


def item(page, task_id):
    return page.locator(f"li.task-list-item[id='{task_id}']")


def page_count(page):
    return page.locator("[data-guide-page-progress] .guide-progress__count")


def overall(page):
    return page.locator("[data-guide-progress] li", has_text="Ensemble").locator(
        ".guide-progress__count"
    )


def test_sans_objet_by_keyboard_counts_exports_prints_and_travels_in_a_link(
    browser, fixture_site_url, tmp_path
):
    url = fixture_site_url
    mine = context(browser)
    page = mine.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url + GUIDE)
    first_box = item(page, TASKS[0]).get_by_role("checkbox")
    expect(first_box).to_be_enabled()
    # The checkbox stays a real, labelled checkbox; Tab reaches « Sans objet », then the link.
    expect(page.get_by_role("checkbox", name=re.compile("^Première tâche"))).to_have_count(1)
    first_box.focus()
    page.keyboard.press("Tab")
    na = page.get_by_role("button", name=re.compile("^Sans objet Première tâche"))
    expect(na).to_be_focused()
    expect(na).to_have_attribute("aria-pressed", "false")
    page.keyboard.press("Space")
    expect(na).to_have_attribute("aria-pressed", "true")
    page.keyboard.press("Tab")
    link = item(page, TASKS[0]).get_by_role("link", name="Lien vers cette tâche")
    expect(link).to_be_focused()
    assert link.get_attribute("href") == f"#{TASKS[0]}"
    item(page, TASKS[1]).locator(".task-list-text").click(position={"x": 5, "y": 5})
    expect(page_count(page)).to_have_text("2 / 3 tâches faites ou sans objet")
    assert axe_violations(page) == []

    # The printed checklist: « s. o. » in place of the box, the tick printed.
    page.goto(url + CHECKLIST)
    expect(page_count(page)).to_have_text("2 / 3 tâches faites ou sans objet")
    page.emulate_media(media="print")
    row = page.locator(f"tr[data-task-id='{TASKS[0]}']")
    expect(row.locator(".guide-na-mark")).to_be_visible()
    expect(row.locator(".guide-na-mark")).to_have_text("s.\u00a0o.")
    assert row.locator(".checklist-box").evaluate("b => getComputedStyle(b).visibility") == "hidden"
    expect(row.get_by_role("button")).to_be_hidden()
    assert page.locator(f"tr[data-task-id='{TASKS[1]}'] .checklist-box").is_checked()
    page.emulate_media(media="screen")

    # Home: counted, exported, shared.
    page.goto(url)
    expect(overall(page)).to_have_text("2 / 3 tâches faites ou sans objet")
    with page.expect_download() as download:
        page.get_by_role("button", name="Exporter ma progression").click()
    exported = json.loads(Path(download.value.path()).read_text("utf-8"))
    assert (exported["version"], exported["done"], exported["not_applicable"]) == (
        2,
        [TASKS[1]],
        [TASKS[0]],
    )
    page.get_by_role("button", name="Partager ma progression").click()
    shared = page.get_by_label(re.compile("^Lien de votre progression"))
    expect(shared).to_be_focused()
    address = shared.input_value()
    assert address.startswith(url + "#progression&") and "premiere-tache" in address

    # A colleague's browser: a file made on the 1st of December, then the link.
    colleague = context(browser)
    other = colleague.new_page()
    other.on("pageerror", lambda error: errors.append(str(error)))
    other.goto(url)
    older = dict(exported, exported="2026-12-01T09:30:00Z", done=[TASKS[2], TASKS[0]])
    older["not_applicable"] = [TASKS[1]]
    (tmp_path / "p.json").write_text(json.dumps(older), "utf-8")
    with other.expect_file_chooser() as chooser:
        other.get_by_role("button", name="Importer une progression").click()
    chooser.value.set_files(str(tmp_path / "p.json"))
    dialog = other.locator("dialog.guide-dialog")
    expect(dialog).to_contain_text("Fichier exporté le 1er décembre 2026 à 10\u00a0h\u00a030")
    items = dialog.locator("li")
    # By their text, in the guide's order (not by ID), with no trailing punctuation.
    expect(items.nth(0)).to_contain_text("Première tâche d’essai : informer le partenaire.")
    expect(items.nth(1)).to_contain_text("Troisième tâche d’essai.")
    overflow = dialog.locator(".guide-dialog__changes").evaluate(
        "e => getComputedStyle(e).overflowY"
    )
    assert overflow == "auto"
    dialog.get_by_role("button", name="Annuler").click()
    expect(other.locator("[data-guide-message]")).to_have_text(
        "Import annulé : rien n'a été modifié."
    )

    other.goto(address)
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("Lien de progression créé le")
    expect(dialog).to_contain_text("1 tâche sera cochée")
    expect(dialog).to_contain_text("1 tâche sera marquée « sans objet »")
    assert axe_violations(other) == []
    assert other.evaluate("localStorage.getItem(GuideStorage.key('checklist'))") is None
    dialog.get_by_role("button", name="Importer", exact=True).click()
    expect(overall(other)).to_have_text("2 / 3 tâches faites ou sans objet")
    assert "#" not in other.url  # the link's states leave the address once read
    other.goto(url + GUIDE)
    expect(item(other, TASKS[0]).get_by_role("button")).to_have_attribute("aria-pressed", "true")
    expect(item(other, TASKS[1]).get_by_role("checkbox")).to_be_checked()
    assert errors == []
    colleague.close()
    mine.close()


def test_full_storage_keeps_what_is_stored_and_says_so_blocked_storage_keeps_search(
    browser, fixture_site_url
):
    url = fixture_site_url
    full = context(browser)
    page = full.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url + GUIDE)
    item(page, TASKS[0]).locator(".task-list-text").click(position={"x": 5, "y": 5})
    expect(page_count(page)).to_have_text("1 / 3 tâches faites")
    assert page.evaluate(FILL_STORAGE), "le stockage doit être plein"
    page.reload()
    expect(item(page, TASKS[0]).get_by_role("checkbox")).to_be_checked()  # not « 0 / 3 »
    expect(page_count(page)).to_have_text("1 / 3 tâches faites")
    notice = page.locator("[data-guide-page-progress] [data-guide-storage-notice]")
    expect(notice).to_be_hidden()
    item(page, TASKS[1]).locator(".task-list-text").click(position={"x": 5, "y": 5})
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("n'a pas pu enregistrer")
    stored = page.evaluate("JSON.parse(localStorage.getItem(GuideStorage.key('checklist'))).done")
    assert stored == [TASKS[0]]  # what was stored stays, untouched
    page.goto(url)  # another page of the same tab: both ticks, and the notice
    expect(overall(page)).to_have_text("2 / 3 tâches faites")
    expect(page.locator("[data-guide-progress] [data-guide-storage-notice]")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("button", name="Exporter ma progression").click()
    assert json.loads(Path(download.value.path()).read_text("utf-8"))["done"] == sorted(TASKS[:2])

    # The form: « importé » only once stored.
    page.goto(url + FORM)
    expect(page.locator("[data-terms-toolbar]")).to_be_visible()
    page.set_input_files("[data-fichier]", str(FIXTURE_MISSION))
    status = page.locator("[data-etat]")
    expect(status).to_contain_text("n’a pas pu l’enregistrer")
    expect(status).not_to_contain_text("importé")
    full.close()

    # Blocked storage, then a damaged Material palette: search still finds, no page error.
    for setting in ("bloqué", "palette"):
        made = context(browser)
        if setting == "bloqué":
            made.add_init_script(BLOCK_STORAGE)
        tab = made.new_page()
        tab.on("pageerror", lambda error, setting=setting: errors.append(f"{setting}: {error}"))
        if setting == "palette":
            tab.goto(url)
            tab.evaluate(
                "localStorage.setItem(new URL(__md_scope).pathname + '.__palette', '{oops')"
            )
        tab.goto(url + GUIDE)
        expect(item(tab, TASKS[0]).get_by_role("checkbox")).to_be_enabled()
        tab.locator(".md-search__input").click()
        tab.keyboard.type("tâche")
        expect(tab.locator(".md-search-result__item").first).to_be_visible()
        made.close()
    assert errors == []


def test_another_tab_merges_ticks_and_never_replaces_the_field_being_typed(
    browser, fixture_site_url
):
    url = fixture_site_url
    made = context(browser)
    one, two = made.new_page(), made.new_page()
    for tab in (one, two):
        tab.goto(url + GUIDE)
        expect(item(tab, TASKS[0]).get_by_role("checkbox")).to_be_enabled()
    item(one, TASKS[0]).locator(".task-list-text").click(position={"x": 5, "y": 5})
    item(two, TASKS[2]).locator(".task-list-text").click(position={"x": 5, "y": 5})
    for tab in (one, two):
        expect(page_count(tab)).to_have_text("2 / 3 tâches faites")
    for tab in (one, two):
        tab.goto(url + FORM)
        expect(tab.locator("[data-terms-toolbar]")).to_be_visible()
    name = '.terms-form-control[data-chemin="collectivite.nom"]'
    partner = '.terms-form-control[data-chemin="partenaire.nom"]'
    one.locator(name).click()
    one.keyboard.type("Commune de")
    # The other tab has what was typed before it is used: each tab stores the whole form, so
    # two tabs written in the same few milliseconds keep the last one (no person types in two
    # tabs at once).
    expect(two.locator(name)).to_have_value("Commune de")
    two.locator(partner).fill("Ville jumelle")
    expect(one.locator(partner)).to_have_value("Ville jumelle")
    expect(one.locator(name)).to_be_focused()
    one.keyboard.type(" Test")
    expect(one.locator(name)).to_have_value("Commune de Test")
    expect(two.locator(name)).to_have_value("Commune de Test")
    made.close()


def test_another_tab_keeps_the_translations_of_free_texts(browser, fixture_site_url):
    """Issue 28: a change in another tab, while a translated text was being typed, lost that
    text's translation and showed (then stored) « [object Object] » in the other ones."""
    made = context(browser)
    one, two = made.new_page(), made.new_page()
    errors = []
    for tab in (one, two):
        tab.on("pageerror", lambda error: errors.append(str(error)))
        tab.goto(fixture_site_url + FORM)
        expect(tab.locator("[data-terms-toolbar]")).to_be_visible()
    with one.expect_file_chooser() as chooser:
        one.locator("[data-terms-toolbar] [data-action=importer]").click()
    chooser.value.set_files(str(FIXTURE_MISSION.parent / "missions" / "partenaire-es.yml"))
    country = '.terms-form-control[data-chemin="partenaire.pays"]'
    title = '.terms-form-control[data-chemin="programme[1].intitule"]'
    for tab in (one, two):
        expect(tab.locator(country)).to_have_value("Pérou")
    one.locator(title).click()
    one.keyboard.press("End")
    one.keyboard.type(" officiel")
    # The other tab has what the first typed (each tab saves the whole form: of two changes
    # made at the same instant, the last saved wins), then changes another field.
    expect(two.locator(title)).to_have_value("Accueil par le maire officiel")
    two.locator('.terms-form-control[data-chemin="partenaire.nom"]').fill("Ville jumelle")
    expect(one.locator('.terms-form-control[data-chemin="partenaire.nom"]')).to_have_value(
        "Ville jumelle"
    )
    expect(one.locator(title)).to_be_focused()
    one.keyboard.type(" !")
    for tab in (one, two):
        expect(tab.locator(country)).to_have_value("Pérou")
        expect(tab.locator(title)).to_have_value("Accueil par le maire officiel !")
    stored = one.evaluate(
        "JSON.parse(localStorage.getItem(GuideStorage.key('termes-de-reference')))"
    )
    data = stored["data"]

    def texts(value):  # the state holds every language of a free text, empty or not
        return {language: text for language, text in value.items() if text}

    assert texts(data["partenaire"]["pays"]) == {"fr": "Pérou", "es": "Perú"}
    assert texts(data["programme"][0]["intitule"]) == {
        "fr": "Accueil par le maire officiel !",
        "es": "Recepción por el alcalde",
    }
    assert "[object Object]" not in json.dumps(stored)
    assert errors == []
    made.close()


RERENDER = "day => { window.guideToday = day; document.dispatchEvent(new Event('guide:storage')); }"

BOTTOMS = """() => [...document.querySelectorAll('li.task-list-item[id], h2')]
  .map(e => Math.round(e.getBoundingClientRect().bottom))"""


def test_deadlines_home_and_schedule_from_a_fixed_today_without_layout_shift(
    browser, fixture_site_url, fixture_site
):
    url = fixture_site_url
    made = context(browser, today="2027-04-13", viewport={"width": 390, "height": 800})
    page = made.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    # Where everything sits without the script, then with it: nothing moves.
    page.route("**/checklists.js", lambda route: route.abort())
    page.goto(url + GUIDE)
    static = page.evaluate(BOTTOMS)
    page.unroute("**/checklists.js")
    page.goto(url + GUIDE)
    when = {task: item(page, task).locator("[data-task-due]") for task in TASKS}
    expect(when[TASKS[0]]).to_have_text("en retard de 3 jours")
    assert page.evaluate(BOTTOMS) == static
    expect(when[TASKS[1]]).to_have_text("dans 8 jours")
    for day, first, second in [
        ("2027-04-11", "en retard d’un jour", "dans 10 jours"),
        ("2027-04-20", "en retard de 10 jours", "demain"),
        ("2027-04-21", "en retard de 11 jours", "aujourd’hui"),
    ]:
        page.evaluate(RERENDER, day)
        expect(when[TASKS[0]]).to_have_text(first)
        expect(when[TASKS[1]]).to_have_text(second)
    page.evaluate(RERENDER, "2027-04-13")
    item(page, TASKS[1]).locator(".task-list-text").click(position={"x": 5, "y": 5})
    expect(when[TASKS[1]]).to_have_text("")  # done: no deadline to worry about
    item(page, TASKS[2]).get_by_role("button", name=re.compile("^Sans objet")).click()

    # Home: the countdown, the late task, the next deadlines (neither done nor « sans objet »).
    page.goto(url)
    countdown = page.locator(".mission-banner [data-mission-countdown]")
    expect(countdown).to_have_text("J-27 avant le départ")
    upcoming = page.locator("[data-guide-upcoming]")
    expect(upcoming.locator("h3")).to_have_text(["En retard"])
    expect(upcoming.locator("li")).to_have_count(1)
    expect(upcoming.locator("li")).to_contain_text(
        "10 avril 2027, en retard de 3 jours, Camille Test"
    )
    late = upcoming.get_by_role("link")
    assert late.get_attribute("href") == url + GUIDE + "#" + TASKS[0]
    for day, text in [
        ("2027-05-10", "mission en cours"),
        ("2027-05-12", "mission en cours"),
        ("2027-05-24", "retour il y a 12 jours"),
    ]:
        page.evaluate(RERENDER, day)
        expect(countdown).to_have_text(text)

    # The échéancier: states, today, filters kept in the address.
    page.evaluate(RERENDER, "2027-04-13")
    page.goto(url + "outils/echeancier/")
    rows = page.locator("li.guide-schedule__task[data-task-id]")
    expect(rows.locator("[data-task-state]")).to_have_text(["en retard", "faite", "sans objet"])
    # After them, the next declaration window: a step with its date, no task to tick.
    step = page.locator("li.guide-schedule__follow-up")
    expect(step.locator("[data-task-state]")).to_have_text(["à faire"])
    marker = page.locator(".guide-schedule__today")
    expect(marker).to_have_text("Aujourd’hui")
    assert marker.evaluate("m => m.nextElementSibling.dataset.taskId") == TASKS[1]
    filters = page.locator("[data-schedule-filters]")
    expect(filters).to_be_visible()
    assert axe_violations(page) == []
    filters.get_by_label("Personne").select_option("Alix Essai")
    expect(rows.filter(visible=True)).to_have_count(1)
    filters.get_by_label("Seulement ce qui reste à faire").check()
    expect(page).to_have_url(re.compile(r"\?personne=Alix\+Essai&reste=1$"))
    expect(page.locator("[data-schedule-empty]")).to_have_text(
        "Aucune tâche ne correspond à ce choix."
    )
    view = page.url
    page.goto(url)
    page.goto(view)  # a link to this view opens the same one
    expect(filters.get_by_label("Personne")).to_have_value("Alix Essai")
    expect(rows.filter(visible=True)).to_have_count(0)
    filters.get_by_label("Personne").select_option("")
    expect(rows.filter(visible=True)).to_have_count(1)
    expect(rows.filter(visible=True)).to_have_attribute("data-task-id", TASKS[0])
    made.close()

    # The same from file:// (the offline copy): states and links to the tasks' pages.
    offline = context(browser, today="2027-04-13")
    tab = offline.new_page()
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.goto((fixture_site / "index.html").as_uri())
    link = tab.locator("[data-guide-upcoming] a").first
    expect(link).to_have_attribute(
        "href", (fixture_site / "guide" / "index.html").as_uri() + "#" + TASKS[0]
    )
    tab.goto((fixture_site / "outils" / "echeancier" / "index.html").as_uri() + "?reste=1")
    expect(tab.locator("li.guide-schedule__task[data-state=late]")).to_be_visible()
    expect(tab.locator("[data-schedule-filters] input[name=reste]")).to_be_checked()
    offline.close()
    assert errors == []
