"""Each page loads only its code (overrides/*.html, chosen in a page's front matter).

The guide's core (guide.js) and its print rules (print.css, which must not delay the first
paint: media="print") load on every page, and its style sheet (guide.css) is written into every
page's head (one request fewer before the first paint), as a page type's own sheet is written
into its pages (terms.css, checklist.css…); the checklists' script only
where there are tasks to tick; the terms-document CSS only where a terms document is shown; the
form's script and CSS only on the form page. Our JS and CSS on a guide page stay within a
budget, compressed.
"""

import gzip
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from support import INSTANT_READY, PROJECT_ROOT, read_html

from guide.pages import folder
from hooks.guide_style import PAGE_STYLES, STYLE, style_text

# Loaded by every page; the guide's style sheet (STYLE) is written into every page instead.
COMMON = {
    "assets/stylesheets/print.css",
    "assets/javascripts/guide.js",
}
TASKS = {"assets/javascripts/checklists.js", "assets/javascripts/french.js"}
CHECKLIST = TASKS | {"assets/stylesheets/checklist.css"}
TERMS = {"assets/stylesheets/terms.css"}
FORM = TERMS | {
    "assets/stylesheets/terms-form.css",
    "assets/javascripts/french.js",
    "assets/javascripts/mission-contract.js",
    "assets/javascripts/terms-form.js",
}

NOTES = {"assets/javascripts/files.js", "assets/javascripts/notes-rules.js"}


def url(role: str) -> str:
    return folder(role) + "/" if folder(role) else ""


GUIDE_PAGE = "avant-de-partir/"
EXPECTED = {
    url("home"): COMMON | TASKS,
    GUIDE_PAGE: COMMON | TASKS,
    "sur-place/": COMMON | TASKS,
    "apres-la-mission/": COMMON | TASKS,
    "objectifs/": COMMON,
    url("resources"): COMMON,
    url("accessibility"): COMMON,
    url("adapter"): COMMON,
    url("checklist"): COMMON | CHECKLIST,
    url("terms"): COMMON | TERMS,
    url("terms_blank"): COMMON | TERMS,
    url("terms_form"): COMMON | FORM,
    url("today"): COMMON | {"assets/javascripts/today.js", "assets/stylesheets/today.css"},
    url("notes"): COMMON | NOTES | {"assets/javascripts/notes.js", "assets/stylesheets/notes.css"},
    # The compte rendu shows this device's notes; its blank model, like every document, none.
    "outils/documents/compte-rendu-de-mission/": COMMON
    | TERMS
    | NOTES
    | {"assets/javascripts/notes-report.js"},
    "outils/documents/compte-rendu-de-mission-vierge/": COMMON | TERMS,
    "outils/documents/releve-de-decisions/": COMMON | TERMS,
    url("contacts"): COMMON
    | {
        "assets/javascripts/files.js",
        "assets/javascripts/contacts.js",
        "assets/stylesheets/contacts.css",
        "assets/stylesheets/contacts-print.css",
    },
}
# Our JS + CSS on a guide page, gzip-compressed: 15 until the planning (« sans objet », relative
# deadlines, french.js), 18 until the 0.15 KB that fetches keep.js after the load (the guide
# kept on the phone); the home page's code (progress.js) is loaded only there.
BUDGET_KB = 18.5

TAG = re.compile(r"<(?:link|script|style)\b[^>]*>")
ATTRIBUTE = re.compile(r'(\w[\w-]*)(?:="([^"]*)")?')


def tags(html: str) -> list[dict]:
    """The <link rel=stylesheet>, <script src> and page sheet <style data-guide-style> tags
    of a page, as attribute dicts ("written": the sheet is in the page; its "url" is then the
    site's path of its file)."""
    found = []
    for tag in TAG.findall(html):
        attributes = {name: value for name, value in ATTRIBUTE.findall(tag[1:-1])[1:]}
        if tag.startswith("<script") and "src" in attributes:
            found.append({"kind": "script", "url": attributes["src"], **attributes})
        elif attributes.get("rel") == "stylesheet":
            found.append({"kind": "style", "url": attributes["href"], **attributes})
        elif tag.startswith("<style") and "data-guide-style" in attributes:
            found.append({"kind": "style", "written": True, **attributes})
    return found


def ours(site: Path, page: str) -> dict[str, dict]:
    """Our own JS and CSS files (those of docs/assets/) that `page` loads, by site path."""
    found = {}
    for tag in tags(read_html(site, page)):
        if tag.get("written"):
            found[tag["data-guide-style"]] = tag
            continue
        path = (site / page / tag["url"]).resolve()
        relative = path.relative_to(site.resolve()).as_posix()
        if relative.startswith("assets/") and (PROJECT_ROOT / "docs" / relative).is_file():
            found[relative] = tag
    return found


@pytest.mark.parametrize("page", sorted(EXPECTED))
def test_each_page_loads_only_the_code_it_needs(built_site, page):
    assert set(ours(built_site, page)) == EXPECTED[page]


def site_pages(site: Path) -> list[str]:
    pages = [index.parent.relative_to(site).as_posix() for index in site.rglob("index.html")]
    return sorted("" if page == "." else page + "/" for page in pages)


def test_every_page_of_the_site_loads_the_core_first_and_print_rules_without_blocking(built_site):
    pages = site_pages(built_site)
    assert set(EXPECTED) <= set(pages)
    style = style_text((PROJECT_ROOT / "docs" / STYLE).read_text("utf-8"))
    assert not (built_site / STYLE).exists(), "la feuille du guide est dans les pages"
    for page in pages:
        html = read_html(built_site, page)
        head = html[: html.index("</head>")]
        # The guide's style, whole, once, after Material's: it may override them.
        assert head.count(f"<style>{style}</style>") == 1, page
        assert head.index("<style>" + style) > head.index("/palette."), page
        mine = ours(built_site, page)
        assert set(mine) >= COMMON, page
        assert mine["assets/stylesheets/print.css"].get("media") == "print", page
        # Print rules (print.css, a page's own: contacts-print.css) never block the first
        # paint; the screen's style sheets apply everywhere, written into the page, whole, after
        # the guide's (they may override it), and none of them is published as a file.
        for path, tag in mine.items():
            if tag["kind"] == "style" and path.endswith("print.css"):
                assert tag.get("media") == "print" and not tag.get("written"), (page, path)
            elif tag["kind"] == "style":
                assert tag.get("written") and "media" not in tag, (page, path)
                text = style_text((PROJECT_ROOT / "docs" / path).read_text("utf-8"))
                written = f'<style data-guide-style="{path}">{text}</style>'
                assert head.count(written) == 1, (page, path)
                assert head.index(written) > head.index("<style>" + style), (page, path)
        for path in PAGE_STYLES:
            assert not (built_site / path).exists(), path
        # The core comes right after Material's bundle; page scripts are deferred (they run
        # after it) and sit in the page's content, where instant navigation runs them.
        scripts = [t["url"] for t in tags(html) if t["kind"] == "script"]
        bundle = next(i for i, s in enumerate(scripts) if "/bundle." in s)
        assert scripts[bundle + 1].endswith("assets/javascripts/guide.js"), page
        article = html[html.index('<article class="md-content__inner') : html.rindex("</article>")]
        for path, tag in mine.items():
            if tag["kind"] == "script" and path != "assets/javascripts/guide.js":
                assert "defer" in tag, (page, path)
                assert tag["url"] in article, (page, path)


def test_pages_with_tasks_are_exactly_those_that_load_the_checklists_script(built_site):
    for page in site_pages(built_site):
        html = read_html(built_site, page)
        has_tasks = bool(
            re.search(r'class="task-list-item" id=|data-task-id=|data-guide-progress', html)
        )
        loads = "assets/javascripts/checklists.js" in ours(built_site, page)
        assert loads == has_tasks, (
            f"{page or 'accueil'} : une page à tâches choisit « template: tasks.html » dans son "
            "en-tête (la checklist : checklist.html), et elle seule"
        )


def test_nothing_of_the_form_on_a_guide_page(built_site):
    html = read_html(built_site, GUIDE_PAGE)
    for name in ("terms-form", "terms.css", "contrat-mission-yml", "checklist.css"):
        assert name not in html


def test_our_code_on_a_guide_page_fits_the_budget(built_site):
    sizes = {
        path: len(gzip.compress((PROJECT_ROOT / "docs" / path).read_bytes(), 9))
        for path in ours(built_site, GUIDE_PAGE)
    }
    sizes[STYLE] = len(gzip.compress((PROJECT_ROOT / "docs" / STYLE).read_bytes(), 9))
    total = sum(sizes.values()) / 1024
    assert total <= BUDGET_KB, f"{total:.1f} Ko compressés > {BUDGET_KB} Ko : {sizes}"


def test_no_hidden_order_in_mkdocs_yml():
    """Scripts are loaded by the templates, not by the order of extra_javascript."""
    config = (PROJECT_ROOT / "mkdocs.yml").read_text("utf-8")
    assert "extra_javascript" not in config
    assert "extra_css" not in config


# --- In the browser: instant navigation into each page type ----------------------------------


def follow(page, path):
    """Click a link to `path` in the page's content, as a reader would (instant navigation)."""
    page.evaluate(
        """path => {
            const link = document.createElement("a");
            link.href = new URL(path, document.baseURI).href;
            link.textContent = "Aller";
            link.id = "test-link";
            document.querySelector(".md-content__inner").prepend(link);
        }""",
        path,
    )
    page.locator("#test-link").click()
    expect(page).to_have_url(re.compile(re.escape(path) + "$"))


# A page script's set-up (GuideStorage.onPage), counted: Material's document$ and the page's
# DOMContentLoaded both announce the first page.
COUNT_SET_UPS = """
window.setUps = 0;
(window.guideScripts = window.guideScripts || []).push(function (guide) {
  guide.onPage(function () { window.setUps += 1; });
});
"""


def test_instant_navigation_from_home_into_form_and_checklist(page, instant_site_url):
    site_url = instant_site_url
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.add_init_script(COUNT_SET_UPS)
    page.goto(site_url + url("resources"), wait_until=INSTANT_READY)  # no page script at all
    page.evaluate("window.sameDocument = true")
    assert page.evaluate("window.setUps") == 1, "une mise en place par page, pas deux"
    follow(page, site_url)
    page.wait_for_selector("[data-guide-progress-actions]:not([hidden])")
    page.wait_for_function("window.setUps >= 2")
    assert page.evaluate("window.setUps") == 2, "une mise en place par page montrée"

    # Into the form page: its CSS and script load, the form works and saves.
    follow(page, site_url + url("terms_form"))
    page.wait_for_selector("[data-terms-form][data-pret]")
    assert page.evaluate("window.sameDocument === true"), "navigation instantanée attendue"
    field = page.locator('.terms-form-control[data-chemin="partenaire.nom"]')
    expect(field).to_be_visible()
    field.fill("Commune partenaire")
    expect(page.locator(".terms-subtitle")).to_contain_text("Commune partenaire")
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.terms-form-bar')).borderTopStyle")
        == "solid"
    ), "terms-form.css attendue sur la page du formulaire"

    # Into the checklist: boxes work, and the form's CSS is gone.
    follow(page, site_url + url("checklist"))
    assert page.evaluate("window.sameDocument === true"), "navigation instantanée attendue"
    box = page.locator("[data-task-id] input[type=checkbox]").first
    expect(box).to_be_enabled()
    box.check()
    expect(box).to_be_checked()
    stored = page.evaluate("JSON.parse(localStorage.getItem(GuideStorage.key('checklist')))")
    assert len(stored["done"]) == 1
    sheets = page.evaluate(
        "[...document.head.querySelectorAll('style[data-guide-style]')]"
        ".map(style => style.dataset.guideStyle)"
    )
    assert sheets == ["assets/stylesheets/checklist.css"]

    # Back into the form a second time: its script runs once, the typed value is there.
    follow(page, site_url + url("terms_form"))
    page.wait_for_selector("[data-terms-form][data-pret]")
    expect(page.locator('.terms-form-control[data-chemin="partenaire.nom"]')).to_have_value(
        "Commune partenaire"
    )
    # Into a guide page from the form: ticking a task works once (one handler, not two).
    follow(page, site_url + GUIDE_PAGE)
    task = page.locator("input[data-guide-task]").first
    expect(task).to_be_enabled()
    page.on("dialog", lambda dialog: dialog.accept())
    dialogs = []
    page.on("dialog", lambda dialog: dialogs.append(dialog.message))
    task.check()
    page.locator("[data-guide-action=reset-page]").click()
    expect(task).not_to_be_checked()
    assert len(dialogs) == 1, "une seule question : le script des tâches tourne une fois"
    assert page.evaluate("window.sameDocument === true"), "navigation instantanée attendue"
    assert errors == []


# Layout shifts recorded from the start of the page (buffered), summed as CLS is.
SHIFTS = """
window.guideShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.guideShifts.push({value: entry.value, nodes: entry.sources.map((source) =>
      source.node && source.node.nodeType === 1 ? source.node.className || source.node.tagName
        : String(source.node && source.node.nodeName))});
  }
}).observe({type: "layout-shift", buffered: true});
"""


@pytest.mark.browser
@pytest.mark.parametrize("width", [390, 1366])
def test_nothing_moves_when_the_scripts_fill_a_page_in(browser, site_url, width):
    """What the scripts write (counts, « Sans objet », states, the form's toolbar, « Aujourd'hui »)
    has its room from the first paint: every page type stays at a CLS of 0.01 at most."""
    context = browser.new_context(
        locale="fr-FR", viewport={"width": width, "height": 823}, timezone_id="Europe/Paris"
    )
    context.add_init_script(SHIFTS)
    page = context.new_page()
    moved = {}
    for path in [*EXPECTED, url("schedule")]:
        page.goto(site_url + path, wait_until="load")
        # Two frames after load: the scripts' writes are laid out and their shifts recorded.
        page.evaluate(
            "() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))"
        )
        shifts = page.evaluate("window.guideShifts")
        total = sum(shift["value"] for shift in shifts)
        if total > 0.01:
            moved[path or "/"] = (round(total, 4), [s["nodes"] for s in shifts])
    context.close()
    assert moved == {}, moved
