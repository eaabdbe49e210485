"""« Contacts et urgences » (guide/contacts.py, contacts.js, contacts-print.css) at 390 px: the
public numbers of mission.yml with their tel: links; the delegation's contacts typed on the
phone, kept in its browser only (in no built file), shared by a file (export, then import in
another browser), working for the visit when storage is blocked; the pocket cards, one per
member, printed two per A4 page."""

import json
import re
import subprocess
from html import unescape

import pytest
from playwright.sync_api import expect
from support import PROJECT_ROOT, axe_violations, read_html

from guide.contacts import tel_link
from guide.mission import load_mission
from guide.pages import folder

pytestmark = pytest.mark.browser

PAGE = folder("contacts") + "/"
MISSION = load_mission(PROJECT_ROOT / "mission.yml")
# Written on the phone only: none of these may reach a built file.
MEMBER = {"role": "membre", "name": "Zoé Quelquechose-Unique", "phone": "+33 6 41 27 93 58"}
DRIVER = {
    "role": "chauffeur",
    "name": "Ousmane Nomdutest",
    "phone": "+221 77 418 26 93",
    "email": "chauffeur.unique@example.org",
}
INSURANCE = {
    "role": "assurance",
    "name": "Contrat d'assistance",
    "details": "Contrat n° 7A4-998877",
}
BLOCK_STORAGE = """
Object.defineProperty(window, 'localStorage', {
  configurable: true,
  get() { throw new DOMException('Le stockage est bloqué.', 'SecurityError'); },
});
"""


def open_page(context, site_url):
    page = context.new_page()
    page.goto(site_url + PAGE, wait_until="load")
    expect(page.locator("[data-guide-contacts][data-guide-ready]")).to_have_count(1)
    return page


def add(page, contact: dict):
    page.get_by_label("Qui").select_option(contact["role"])
    page.get_by_label("Nom (ou nom de l’hôtel)").fill(contact.get("name", ""))
    page.get_by_label("Téléphone").fill(contact.get("phone", ""))
    page.get_by_label("Adresse électronique").fill(contact.get("email", ""))
    page.get_by_label("Précisions").fill(contact.get("details", ""))
    page.get_by_role("button", name="Ajouter ce contact").click()


def listed(page):
    return page.locator("[data-guide-contacts-list]")


def test_the_public_numbers_have_tel_links_and_the_page_says_where_contacts_stay(built_site):
    html = unescape(read_html(built_site, PAGE))
    consulat = MISSION.urgences.consulat
    assert f'<a href="tel:+221338395262">{consulat.telephone}</a>' in html
    assert tel_link("+33 1 00 00 00 00") == "tel:+33100000000"
    assert consulat.nom in html and "https://pastel.diplomatie.gouv.fr/fildariane/" in html
    text = re.sub(r"<[^>]+>", "", html).replace("\u00a0", " ")
    assert "reste sur ce téléphone, dans ce navigateur : rien n’est envoyé ni publié" in text


def test_a_contact_typed_on_the_phone_is_in_no_built_file(phone, site_url, built_site):
    page = open_page(phone, site_url)
    for contact in (MEMBER, DRIVER, INSURANCE):
        add(page, contact)
    expect(listed(page)).to_contain_text(DRIVER["name"])
    driver = listed(page).get_by_role("link", name=DRIVER["phone"])
    expect(driver).to_have_attribute("href", "tel:+221774182693")
    mail = listed(page).get_by_role("link", name=DRIVER["email"])
    expect(mail).to_have_attribute("href", "mailto:" + DRIVER["email"])
    expect(listed(page)).to_contain_text("Contrat n° 7A4-998877")
    # Kept in this browser: there after a reload…
    page.reload()
    expect(listed(page)).to_contain_text(MEMBER["name"])
    # …and nowhere in the published site (every file, downloads and search index included).
    secrets = [
        value.encode("utf-8")
        for contact in (MEMBER, DRIVER, INSURANCE)
        for key, value in contact.items()
        if key != "role"
    ]
    secrets += [b"+33641279358", b"7A4-998877"]
    files = [path for path in built_site.rglob("*") if path.is_file()]
    assert len(files) > 50
    found = [
        (path.relative_to(built_site).as_posix(), secret)
        for path in files
        for secret in secrets
        if secret in path.read_bytes()
    ]
    assert found == []


def test_export_then_import_in_a_fresh_browser_restores_the_contacts(
    phone, browser, site_url, tmp_path
):
    page = open_page(phone, site_url)
    add(page, MEMBER)
    add(page, DRIVER)
    with page.expect_download() as download:
        page.get_by_role("button", name="Exporter les contacts").click()
    exported = tmp_path / download.value.suggested_filename
    download.value.save_as(exported)
    assert exported.name.startswith("contacts-") and exported.suffix == ".json"
    data = json.loads(exported.read_text("utf-8"))
    assert data["format"] == "mission-exploratoire/contacts" and data["version"] == 1
    assert [contact["name"] for contact in data["contacts"]] == [MEMBER["name"], DRIVER["name"]]
    expect(page.locator("[data-guide-contacts-message]")).to_contain_text("2 contacts exportés")

    colleague = browser.new_context(locale="fr-FR", viewport={"width": 390, "height": 844})
    other = open_page(colleague, site_url)
    expect(listed(other)).to_have_text("Aucun contact sur ce téléphone pour l’instant.")
    add(other, INSURANCE)  # the colleague's own contact stays: an import adds
    for _ in range(2):  # the second import adds nothing
        with other.expect_file_chooser() as chooser:
            other.get_by_role("button", name="Importer des contacts").click()
        chooser.value.set_files(str(exported))
    message = other.locator("[data-guide-contacts-message]")
    expect(message).to_contain_text("Ce fichier n’ajoute aucun contact")
    other.reload()
    for name in (MEMBER["name"], DRIVER["name"], INSURANCE["name"]):
        expect(listed(other)).to_contain_text(name)
    expect(listed(other).get_by_role("link", name=MEMBER["phone"])).to_have_attribute(
        "href", "tel:+33641279358"
    )
    # A file of another kind changes nothing, and says so in French.
    wrong = tmp_path / "autre.json"
    wrong.write_text('{"format": "mission-exploratoire/progression", "version": 2}', "utf-8")
    with other.expect_file_chooser() as chooser:
        other.get_by_role("button", name="Importer des contacts").click()
    chooser.value.set_files(str(wrong))
    expect(message).to_contain_text("n'est pas un fichier de contacts exporté depuis ce guide")
    expect(message).to_contain_text("Rien n’a été modifié.")
    colleague.close()


def test_the_pocket_cards_print_two_per_a4_page(phone, site_url, tmp_path):
    page = open_page(phone, site_url)
    members = ["Anne Première", "Bruno Deuxième", "Chloé Troisième"]
    for name in members:
        add(page, {"role": "membre", "name": name, "phone": "+33 6 00 00 00 01"})
    add(page, DRIVER)
    page.emulate_media(media="print")
    cards = page.locator(".guide-card")
    expect(cards).to_have_count(3)
    for index, name in enumerate(members):
        expect(cards.nth(index)).to_contain_text("Carte de poche\u00a0: " + name)
        expect(cards.nth(index)).to_contain_text(DRIVER["name"])
        expect(cards.nth(index)).to_contain_text(MISSION.urgences.consulat.telephone)
    # A6 landscape: 148 × 105 mm at 96 px per inch, nothing else of the page on paper.
    box = cards.first.bounding_box()
    assert abs(box["width"] - 148 / 25.4 * 96) < 2 and abs(box["height"] - 105 / 25.4 * 96) < 2
    expect(page.locator(".guide-contacts__form")).to_be_hidden()
    expect(page.locator("h1")).to_be_hidden()
    pdf = tmp_path / "cartes.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+2$", info.stdout, re.M), info.stdout  # 3 cards: 2 + 1
    assert "(A4)" in info.stdout
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    first, second = text.split("\f")[:2]
    assert members[0] in first and members[1] in first and members[2] in second


def test_with_storage_blocked_a_french_notice_and_the_page_still_works(browser, site_url):
    context = browser.new_context(locale="fr-FR", viewport={"width": 390, "height": 844})
    context.add_init_script(BLOCK_STORAGE)
    page = open_page(context, site_url)
    message = page.locator("[data-guide-contacts-message]")
    expect(message).to_contain_text("Ce navigateur ne garde pas les données de ce site")
    add(page, DRIVER)
    expect(listed(page).get_by_role("link", name=DRIVER["phone"])).to_be_visible()
    expect(message).to_contain_text("il ne reste que le temps de la visite")
    context.close()


FULL_STORAGE = """
const setItem = Storage.prototype.setItem;
Storage.prototype.setItem = function (key, value) {
  if (key.endsWith("contacts")) throw new DOMException("Plus de place.", "QuotaExceededError");
  return setItem.call(this, key, value);
};
"""


def test_with_storage_full_the_contact_stays_for_the_visit_and_it_says_so(browser, site_url):
    context = browser.new_context(locale="fr-FR", viewport={"width": 390, "height": 844})
    context.add_init_script(FULL_STORAGE)
    page = open_page(context, site_url)
    add(page, DRIVER)
    expect(listed(page)).to_contain_text(DRIVER["name"])
    message = page.locator("[data-guide-contacts-message]")
    expect(message).to_contain_text("ce navigateur ne l’a pas enregistré")
    expect(message).to_contain_text("exportez les contacts pour les garder")
    context.close()


def test_a_wrong_phone_number_is_told_and_nothing_is_added(phone, site_url):
    page = open_page(phone, site_url)
    add(page, {"role": "interprete", "name": "Awa", "phone": "appeler le matin"})
    message = page.locator("[data-guide-contacts-message]")
    expect(message).to_contain_text("n’est pas un numéro de téléphone")
    expect(listed(page)).not_to_contain_text("Awa")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_page_with_contacts_has_no_axe_violation(browser, site_url, scheme):
    context = browser.new_context(
        locale="fr-FR", viewport={"width": 390, "height": 844}, color_scheme=scheme
    )
    page = open_page(context, site_url)
    add(page, MEMBER)
    add(page, DRIVER)
    expect(listed(page)).to_contain_text(DRIVER["name"])
    assert axe_violations(page) == []
    # Nothing wider than the phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()
