"""Meeting notes on the phone (guide/notes.py, notes.js, notes-report.js) at 390 px: notes typed
for two activities survive a reload, are exported, imported into a fresh browser beside its own
(both texts kept, each under its author), shown in the compte rendu's page and put into its
Word file by `make compte-rendu` (read with python-docx, printed to PDF by LibreOffice); no
note reaches a built file; blocked storage is said in French."""

import json
import subprocess
from pathlib import Path

import pytest
from docx import Document as read_docx
from playwright.sync_api import expect
from support import INSTANT_READY, PROJECT_ROOT, both_schemes_violations, libreoffice_pdfs

from guide import compte_rendu
from guide.pages import folder

PHONE = {"width": 390, "height": 844}
MEETING = "#notes-2027-03-02T16h30"  # Présentation croisée des deux collectivités
VISIT = "#notes-2027-03-03T09h00"  # Visite au sous-préfet
DURING = "2027-03-02T16:45:00Z"
# Typed texts a built file must never hold; one of them hostile.
AWA_PRESENT = "Le maire Ndiaye et Awa, secrétaire générale <b>zz-notes-1</b>"
AWA_SAID = "Nous proposons un jumelage scolaire {{ config }} zz-notes-2"
VISIT_SAID = "Le sous-préfet soutient le projet d'eau zz-notes-3"
PAUL_PRESENT = "Le maire et son premier adjoint zz-notes-4"
SHIFTS = """
window.guideShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.guideShifts.push(entry.value);
}).observe({type: "layout-shift", buffered: true});
"""
BLOCK_STORAGE = """
Object.defineProperty(window, 'localStorage', {
  configurable: true,
  get() { throw new DOMException('Le stockage est bloqué.', 'SecurityError'); },
});
"""
REPORT = "outils/documents/compte-rendu-de-mission/"


def phone(browser, scheme: str = "light", viewport=PHONE):
    context = browser.new_context(
        locale="fr-FR", viewport=viewport, color_scheme=scheme, service_workers="block",
        accept_downloads=True,
    )  # fmt: skip
    context.add_init_script(f"window.guideNow = {DURING!r};" + SHIFTS)
    return context


def notes_page(context, site_url, anchor: str = ""):
    page = context.new_page()
    page.goto(site_url + folder("notes") + "/" + anchor, wait_until="load")
    return page


def settle(page) -> float:
    page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    return sum(page.evaluate("window.guideShifts"))


def show(page, selector: str):
    """Scroll `selector`'s top under the header (for a screenshot)."""
    page.evaluate(
        "(s) => { document.querySelector(s).scrollIntoView(); window.scrollBy(0, -60); }", selector
    )
    page.mouse.move(0, 0)


def field(page, activity: str, name: str):
    return page.locator(f"{activity} [data-guide-note={name}]")


def type_awa_notes(page):
    page.get_by_label("Votre nom").fill("Awa")
    field(page, MEETING, "presents").fill(AWA_PRESENT)
    field(page, MEETING, "francais").fill(AWA_SAID)
    meeting = page.locator(MEETING)
    meeting.get_by_role("button", name="Ajouter une suite").click()
    meeting.get_by_label("Qui").fill("Awa")
    meeting.get_by_label("Quoi").fill("Envoyer le diagnostic du service de l'eau")
    meeting.get_by_label("Pour quand").fill("15 avril")
    page.locator(VISIT + " > summary").click()
    field(page, VISIT, "partenaire").fill(VISIT_SAID)


def test_notes_survive_a_reload_are_merged_and_reach_the_compte_rendu(
    browser, site_url, built_site, tmp_path
):
    first = phone(browser)
    try:
        # From « Aujourd'hui », the activity under way leads to its notes, open.
        today = first.new_page()
        today.goto(site_url + folder("today") + "/", wait_until="load")
        today.locator(".guide-today__activity.is-current").get_by_role(
            "link", name="Prendre des notes"
        ).click()
        page = today
        expect(page.locator(MEETING)).to_have_attribute("open", "")
        status = page.locator("[data-guide-notes-status]")
        expect(status).to_contain_text("Vos notes sont gardées dans ce navigateur")
        expect(status).to_contain_text(
            "En ce moment\u00a0: Mardi 2 mars 2027, 16\u00a0h\u00a030 – 18\u00a0h, "
            "Présentation croisée des deux collectivités"
        )
        assert settle(page) <= 0.01
        type_awa_notes(page)
        page.reload(wait_until="load")
        expect(field(page, MEETING, "presents")).to_have_value(AWA_PRESENT)
        expect(field(page, VISIT, "partenaire")).to_have_value(VISIT_SAID)
        expect(page.locator(MEETING).get_by_label("Quoi")).to_have_value(
            "Envoyer le diagnostic du service de l'eau"
        )
        expect(status).to_contain_text("2\u00a0activités notées")
        page.locator(VISIT + " > summary").click()
        show(page, MEETING)
        with page.expect_download() as download:
            page.get_by_role("button", name="Exporter les notes").click()
        exported = tmp_path / download.value.suggested_filename
        download.value.save_as(exported)
        expect(page.locator("[data-guide-notes-message]")).to_contain_text(
            "Notes exportées dans le fichier «\u00a0notes-commune-de-val-fleuri-"
        )
    finally:
        first.close()
    data = json.loads(exported.read_text("utf-8"))
    assert data["format"] == "mission-exploratoire/notes" and data["auteur"] == "Awa"
    assert set(data["activites"]) == {"2027-03-02T16:30", "2027-03-03T09:00"}

    # A fresh browser (another member, Paul): his own note, then Awa's file.
    second = phone(browser, "dark")
    try:
        page = notes_page(second, site_url, MEETING)
        page.get_by_label("Votre nom").fill("Paul")
        field(page, MEETING, "presents").fill(PAUL_PRESENT)
        page.locator("[data-guide-notes-file]").set_input_files(str(exported))
        expect(page.locator("[data-guide-notes-message]")).to_contain_text(
            "Notes de «\u00a0Awa\u00a0» importées"
        )
        expect(page.locator("[data-guide-notes-message]")).to_contain_text(
            "1\u00a0activité ajoutée, 1\u00a0texte différent gardé en deux versions"
        )
        expect(field(page, MEETING, "presents")).to_have_value(
            f"— Paul\u00a0:\n{PAUL_PRESENT}\n\n— Awa\u00a0:\n{AWA_PRESENT}"
        )
        expect(field(page, MEETING, "francais")).to_have_value(AWA_SAID)
        show(page, MEETING)
        # Importing the same file again loses and doubles nothing.
        page.locator("[data-guide-notes-file]").set_input_files(str(exported))
        expect(page.locator("[data-guide-notes-message]")).to_contain_text("rien de nouveau")

        # The compte rendu's page shows the notes of this device, in its sections.
        report = second.new_page()
        report.goto(site_url + REPORT, wait_until="load")
        expect(report.locator("[data-guide-report-status]")).to_contain_text(
            "les notes de 2\u00a0activités de cet appareil"
        )
        presents = report.locator('[data-liste="notes.presents"] li')
        expect(presents).to_have_count(1)
        expect(presents).to_contain_text("Mardi 2 mars 2027, 16\u00a0h\u00a030 – 18\u00a0h")
        expect(presents).to_contain_text(AWA_PRESENT)  # as typed: the <b> is text
        expect(report.locator('[data-liste="notes.francais"] li')).to_have_text(
            "Mardi 2 mars 2027, 16\u00a0h\u00a030 – 18\u00a0h, Présentation croisée des deux "
            f"collectivités\u00a0:{AWA_SAID}"
        )
        expect(report.locator('[data-liste="notes.partenaire"] li')).to_contain_text(VISIT_SAID)
        expect(report.locator('table[data-liste="suites"] tbody tr').last).to_contain_text(
            "Envoyer le diagnostic du service de l'eau"
        )
        assert report.locator('[data-liste="notes.presents"] b').count() == 0
        assert settle(report) <= 0.01
        report.emulate_media(media="print")
        expect(report.locator('[data-liste="notes.francais"] li')).to_be_visible()
        report.emulate_media(media="screen")
        report.locator("#personnes-rencontrees").scroll_into_view_if_needed()
        # A file added on the page joins the device's notes, for the page only.
        paul = tmp_path / "notes-paul.json"
        paul.write_text(
            json.dumps({**data, "auteur": "Paul", "activites": {"2027-03-05T15:00": {
                "decisions": "Un comité de pilotage zz-notes-5"}}}),
            "utf-8",
        )  # fmt: skip
        report.locator("[data-guide-report-file]").set_input_files(str(paul))
        expect(report.locator("[data-guide-report-status]")).to_contain_text(
            "les notes de 3\u00a0activités (cet appareil et «\u00a0notes-paul.json\u00a0»)"
        )
        expect(report.locator('[data-liste="notes.decisions"] li')).to_contain_text(
            "Un comité de pilotage zz-notes-5"
        )
    finally:
        second.close()

    # The Word file, on a private copy: make compte-rendu's command on the exported files.
    output = tmp_path / "compte-rendu.docx"
    assert compte_rendu.main(["--sortie", str(output), str(exported), str(paul)]) == 0
    text = "\n".join(p.text for p in read_docx(str(output)).paragraphs)
    assert AWA_PRESENT in text and AWA_SAID in text and VISIT_SAID in text
    assert "Un comité de pilotage zz-notes-5" in text
    pdf = libreoffice_pdfs([output], tmp_path) / "compte-rendu.pdf"  # what Word users see
    printed = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True)
    assert printed.returncode == 0 and "zz-notes-2" in printed.stdout

    # No note in any built file (the pages carry the programme and the rules, never a note).
    for path in built_site.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert b"zz-notes" not in content, path
    assert not (PROJECT_ROOT / "docs" / "compte-rendu").exists()


def test_blocked_storage_is_said_and_the_notes_work_for_the_visit(browser, site_url):
    context = phone(browser)
    context.add_init_script(BLOCK_STORAGE)
    try:
        page = notes_page(context, site_url, MEETING)
        status = page.locator("[data-guide-notes-status]")
        expect(status).to_contain_text(
            "Ce navigateur ne garde pas les données de ce site (navigation privée ou stockage "
            "bloqué)\u00a0: vos notes restent dans cette page tant qu'elle est ouverte"
        )
        field(page, MEETING, "decisions").fill("Un comité")
        with page.expect_download() as download:
            page.get_by_role("button", name="Exporter les notes").click()
        assert "Un comité" in Path(download.value.path()).read_text("utf-8")
        report = context.new_page()
        report.goto(site_url + REPORT, wait_until="load")
        expect(report.locator("[data-guide-report-status]")).to_contain_text(
            "Aucune note de réunion sur cet appareil (Ce navigateur ne garde pas"
        )
    finally:
        context.close()


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("{pas du json", "n'est pas un fichier JSON"),
        ('{"format": "mission-exploratoire/progression", "version": 1}',
         "n'est pas un fichier de notes"),
        (
            '{"format": "mission-exploratoire/notes", "version": 1, "activites": '
            '{"demain": {}, "2027-03-02T16:30": {"presents": 3}}}',
            "«\u00a0demain\u00a0» ne désigne pas une activité",
        ),
    ],
)  # fmt: skip
def test_a_bad_file_is_refused_in_french_and_changes_nothing(
    browser, site_url, tmp_path, content, said
):
    bad = tmp_path / "notes.json"
    bad.write_text(content, "utf-8")
    context = phone(browser)
    try:
        page = notes_page(context, site_url, MEETING)
        field(page, MEETING, "decisions").fill("Gardé")
        page.locator("[data-guide-notes-file]").set_input_files(str(bad))
        message = page.locator("[data-guide-notes-message]")
        expect(message).to_contain_text("Rien n'a été changé.")
        assert said.replace("\u00a0", " ") in message.inner_text().replace("\u00a0", " ").replace(
            "\u202f", " "
        )
        expect(field(page, MEETING, "decisions")).to_have_value("Gardé")
    finally:
        context.close()


def test_the_notes_at_a_computer_width(browser, site_url):
    context = phone(browser, viewport={"width": 1366, "height": 900})
    try:
        page = notes_page(context, site_url, MEETING)
        field(page, MEETING, "presents").fill("Le maire")
        assert settle(page) <= 0.01
    finally:
        context.close()


def test_the_notes_and_the_compte_rendu_with_notes_pass_axe(browser, site_url):
    """Light and dark themes."""
    context = phone(browser)
    try:
        page = notes_page(context, site_url, MEETING)
        type_awa_notes(page)
        page.get_by_role("button", name="Exporter les notes").click()
        assert both_schemes_violations(page) == []
        report = context.new_page()
        report.goto(site_url + REPORT, wait_until="load")
        expect(report.locator('[data-liste="notes.presents"] li')).to_have_count(1)
        assert both_schemes_violations(report) == []
        today = context.new_page()
        today.goto(site_url + folder("today") + "/", wait_until="load")
        assert both_schemes_violations(today) == []
    finally:
        context.close()


def test_instant_navigation_shows_the_notes_filled(browser, instant_site_url):
    # Material's instant navigation replaces the content without reloading the page: the
    # forms must show, filled, on the way in as on a first load.
    context = phone(browser, viewport={"width": 1366, "height": 900})
    try:
        page = notes_page(context, instant_site_url, MEETING)
        field(page, MEETING, "decisions").fill("Un comité zz-notes-6")
        page.goto(instant_site_url + folder("today") + "/", wait_until=INSTANT_READY)
        page.evaluate("window.sameDocument = true")
        page.locator(".guide-today__activity.is-current").get_by_role(
            "link", name="Prendre des notes"
        ).click()
        expect(page.locator(MEETING)).to_have_attribute("open", "")
        expect(field(page, MEETING, "decisions")).to_be_visible()
        assert page.evaluate("window.sameDocument === true")  # no reload: instant navigation
        expect(field(page, MEETING, "decisions")).to_have_value("Un comité zz-notes-6")
        page.locator(".md-nav--primary a[href$='aujourd-hui/']").first.click()
        expect(page.locator("[data-guide-today-status]")).to_be_visible()
        page.go_back()
        expect(page.locator(".guide-notes__programme")).to_be_visible()
        expect(page.locator(".guide-notes__programme")).not_to_have_attribute(
            "data-guide-loading", ""
        )
    finally:
        context.close()


FULL_STORAGE = """
const setItem = Storage.prototype.setItem;
Storage.prototype.setItem = function (key, value) {
  if (key.endsWith("/notes")) throw new DOMException("Plus de place.", "QuotaExceededError");
  return setItem.call(this, key, value);
};
"""


def test_with_storage_full_the_notes_stay_for_the_visit_and_it_says_so(browser, site_url):
    context = phone(browser)
    context.add_init_script(FULL_STORAGE)
    try:
        page = notes_page(context, site_url, MEETING)
        field(page, MEETING, "decisions").fill("Un comité")
        status = page.locator("[data-guide-notes-status]")
        expect(status).to_contain_text("n'a pas pu enregistrer votre dernière modification")
        expect(status).to_contain_text("Exportez vos notes pour ne pas perdre les dernières.")
        with page.expect_download() as download:
            page.get_by_role("button", name="Exporter les notes").click()
        assert "Un comité" in Path(download.value.path()).read_text("utf-8")
    finally:
        context.close()
