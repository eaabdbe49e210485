"""The guide on a phone (guide/installable.py, docs/service-worker.js, keep.js): installable,
kept whole after one visit, then working with the network cut; a newer version waits, whole,
until the reader asks for it.

The built site is copied under a sub-path (as on GitHub Pages) and served by a server of the
test's own, which is stopped once the guide is kept: nothing can then come from the network.
"""

import json
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from babel.numbers import format_decimal
from playwright.sync_api import expect
from support import read_html, serve_folder

from guide import installable
from guide.pages import folder

SUB_PATH = "mon-guide/"
KEEP = Path(__file__).parents[2] / "docs" / "assets" / "javascripts" / "keep.js"
KEEP_AFTER_MS = int(re.search(r"KEEP_AFTER_MS = (\d+);", KEEP.read_text("utf-8"))[1])
PHONE = {"width": 390, "height": 823}


@pytest.fixture
def published(built_site, tmp_path):
    """A copy of the built site at http://127.0.0.1:port/mon-guide/; (url, server, folder)."""
    site = tmp_path / "pages" / SUB_PATH
    shutil.copytree(built_site, site)
    url, server = serve_folder(tmp_path / "pages")
    yield url + SUB_PATH, server, site
    server.shutdown()
    server.server_close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(locale="fr-FR", viewport=PHONE, service_workers="allow")
    # The page's clock runs, and is moved on where keep.js waits (KEEP_AFTER_MS) rather than
    # waited for.
    context.clock.install()
    yield context
    context.close()


def kept(page) -> str:
    """Wait until the guide is kept on this phone (the clock moved on past the few seconds
    keep.js waits after the page is up); the version kept."""
    page.wait_for_function("window.guideKeeper === true")
    page.clock.fast_forward(KEEP_AFTER_MS)
    page.wait_for_function(
        "document.documentElement.getAttribute('data-guide-kept')", timeout=60_000
    )
    return page.evaluate("document.documentElement.getAttribute('data-guide-kept')")


def test_the_manifest_names_the_mission_and_the_home_page_links_it(built_site):
    manifest = json.loads((built_site / installable.WEB_MANIFEST).read_text("utf-8"))
    assert manifest["name"] == "Mission exploratoire de Val-Fleuri à Kéra-Sobo"
    assert manifest["short_name"] == "Commune de Val-Fleuri"
    assert manifest["theme_color"] == installable.THEME_COLOURS["indigo"]
    assert manifest["start_url"] == "./" and manifest["scope"] == "./"
    for icon in manifest["icons"]:
        assert (built_site / icon["src"]).is_file(), icon
    home = read_html(built_site, "")
    assert 'rel="manifest" href="manifest.webmanifest"' in home
    listed = json.loads((built_site / installable.FILE_LIST).read_text("utf-8"))["fichiers"]
    assert {"./", "avant-de-partir/", "search/search_index.json"} <= set(listed)
    assert "outils/termes-de-reference/termes-de-reference.docx" in listed
    assert not [name for name in listed if name.endswith((".map", ".zip"))]


def test_after_one_visit_the_guide_works_with_the_network_cut(phone, published):
    base, server, site = published
    page = phone.new_page()
    page.goto(base)
    kept(page)
    # Its size as Babel writes it in French, to one decimal (keep.js formats it without Intl).
    size = json.loads((site / installable.FILE_LIST).read_text("utf-8"))["taille"]
    megabytes = format_decimal(Decimal((size + 50_000) // 100_000) / 10, locale="fr_FR")
    expect(page.locator("[data-guide-keep-status]")).to_have_text(
        re.compile(rf"^Le guide est gardé sur ce téléphone \({megabytes}\u00a0Mo\)")
    )
    # Nothing of another site, nothing outside the guide's address, is kept.
    foreign = page.evaluate(
        """async (base) => {
            const bad = [];
            for (const name of await caches.keys()) {
                const cache = await caches.open(name);
                for (const request of await cache.keys()) {
                    if (!request.url.startsWith(base)) bad.push(request.url);
                }
            }
            return bad;
        }""",
        base,
    )
    assert foreign == []

    server.shutdown()
    server.server_close()
    phone.set_offline(True)

    page.goto(base)
    expect(page.locator("h1")).to_contain_text("Préparer et conduire une mission exploratoire")
    # « Aujourd'hui », the phone's clock during the mission (16 h 45 at Dakar, 2 March 2027).
    page.add_init_script("window.guideNow = '2027-03-02T16:45:00Z';")
    page.goto(base + folder("today") + "/")
    expect(page.locator("article")).to_contain_text(
        "En ce moment (16\u00a0h\u00a030\u00a0–\u00a018\u00a0h)"
    )
    expect(page.locator("article")).to_contain_text("Ensuite, le mercredi 3\u00a0mars 2027")
    page.goto(base + "avant-de-partir/")
    expect(page.locator("h1")).to_contain_text("Avant de partir")
    task = "li.task-list-item[id='informer-partenaire'] > label"
    page.locator(f"{task} .task-list-text").click(position={"x": 12, "y": 8})
    expect(page.locator(f"{task} input[type=checkbox]")).to_be_checked()
    # The printable checklist, with the tick just made.
    page.goto(base + folder("checklist") + "/")
    ticked = page.locator("[data-task-id='informer-partenaire'] input[type=checkbox]")
    expect(ticked).to_be_checked()

    page.locator("label[for=__search]").first.click()
    page.locator("input.md-search__input").press_sequentially("ambassade")
    result = page.locator(".md-search-result__link").first
    expect(result).to_be_visible(timeout=20_000)
    result.click()
    expect(page.locator("article")).to_contain_text("ambassade")

    page.goto(base + folder("terms") + "/")
    # keep.js offers the kept copy: it comes once the page has loaded, before a reader's tap.
    page.wait_for_function("window.guideKeeper === true")
    with page.expect_download() as download:
        page.locator("a[href$='.docx']").first.click()
    assert download.value.suggested_filename == "termes-de-reference.docx"
    path = download.value.path()
    assert path and Path(path).read_bytes()[:2] == b"PK", "un vrai fichier Word (zip)"


def test_a_new_version_is_fetched_whole_and_shown_when_asked(phone, published):
    base, _, site = published
    page = phone.new_page()
    page.goto(base)
    first = kept(page)

    # The guide is published again: a page changes, so does the list's version.
    home = site / "index.html"
    home.write_text(
        home.read_text("utf-8").replace("Votre progression", "Votre progression nouvelle"),
        "utf-8",
    )
    (site / installable.FILE_LIST).write_text(json.dumps(installable.file_list(site)), "utf-8")

    page.reload()
    notice = page.locator("#guide-new-version")
    # Looked for a few seconds after the page is up (keep.js), then fetched whole.
    page.wait_for_function("window.guideKeeper === true")
    page.clock.fast_forward(KEEP_AFTER_MS)
    expect(notice).to_contain_text("Une nouvelle version du guide est prête", timeout=30_000)
    # Until asked, the page is the version kept, whole.
    expect(page.locator("#votre-progression")).not_to_contain_text("nouvelle")
    notice.get_by_role("button", name="Afficher la nouvelle version").click()
    expect(page.locator("h2", has_text="Votre progression nouvelle")).to_be_visible()
    assert kept(page) != first
    expect(notice).to_have_count(0)
