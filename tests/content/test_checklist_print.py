"""The printable checklist and the print rules, in Chromium: what comes out of the printer.

The checklist page is printed to PDF (A4, Chromium's default settings) and read back with
pypdf: at most two pages, every task of the guide pages on it (each task on one page), no
navigation, no heading alone at the bottom of a page. A ticked box must print ticked, boxes must
print as black squares (borders, not the backgrounds and masks browsers drop), the button and the
navigation must stay off paper, on the checklist and on every guide page.
"""

import html
import json
import re
import unicodedata
from pathlib import Path
from urllib.parse import urljoin

import pytest
from support import build_in_process, copy_project, distinct_pages, pdf_sheets, read_html

from guide.pages import folder

pytestmark = pytest.mark.browser

CHECKLIST = "outils/checklist/"
PAGE_NUMBER = re.compile(r"^\s*\d+\s*/\s*\d+\s*$")
HREF = re.compile(r'<a [^>]*href="([^"]*)"')

# Text of a task item on a guide page, without its sub-list (sub-tasks are items of their own).
TASK_ITEMS_JS = """() => [...document.querySelectorAll('li.task-list-item[id]')].map(li => {
  const copy = li.cloneNode(true);
  copy.querySelectorAll('ul, ol, .guide-task-plan').forEach(node => node.remove());
  return [li.id, copy.textContent];
})"""

# Texts of the navigation chrome (header, tabs, sidebars, footer, buttons), one per element.
CHROME_TEXTS_JS = """() => {
  const chrome = '.md-header, .md-tabs, .md-sidebar, .md-footer, .md-top, button, .md-skip,'
    + ' .checklist-page-link, .checklist-intro, .md-content__inner > h1';
  const texts = [];
  document.querySelectorAll(chrome).forEach(zone => {
    const walker = document.createTreeWalker(zone, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) texts.push(walker.currentNode.textContent);
  });
  return texts;
}"""


def squash(text: str) -> str:
    """Text for comparison: no white space at all (line breaks, no-break spaces), straight
    apostrophes, a hyphen at a line end kept without the break, no colon or ellipsis at the end."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'")
    text = re.sub(r"-\s*\n\s*", "-", text)
    return re.sub(r"\s+", "", text).rstrip(":…")


def bare_url(url: str) -> str:
    """An address without its scheme and final slash, as a link's text often shows it."""
    return re.sub(r"^[a-z]+://", "", url.strip()).rstrip("/")


def page_urls(site: Path) -> list[str]:
    """URL paths of the built pages (home is ""), one of each kind (support.distinct_pages)."""
    return [path for path in distinct_pages(site) if path == "" or path.endswith("/")]


def print_pdf(page, url: str | None, prefer_css_page_size: bool = False) -> list[str]:
    """Print the page at `url` (None: the page as it stands) to PDF, A4 with Chromium's
    defaults (or the page size the CSS asks for); return the text of each sheet."""
    if url is not None:
        page.goto(url)
    options = {"prefer_css_page_size": True} if prefer_css_page_size else {"format": "A4"}
    return pdf_sheets(page.pdf(**options))


def guide_tasks(page, site_url: str, built_site: Path) -> dict[str, str]:
    """Every task of the guide pages, read on the built pages: id -> text."""
    tasks: dict[str, str] = {}
    for path in page_urls(built_site):
        if path == CHECKLIST:
            continue
        page.goto(site_url + path)
        tasks.update(dict(page.evaluate(TASK_ITEMS_JS)))
    return tasks


@pytest.fixture(scope="module")
def checklist_pdf(browser, site_url):
    """Text of each sheet of the checklist printed to PDF: A4 default, and the CSS page size."""
    context = browser.new_context(locale="fr-FR")
    tab = context.new_page()
    default = print_pdf(tab, site_url + CHECKLIST)
    css_size = print_pdf(tab, None, prefer_css_page_size=True)
    context.close()
    return {"A4": default, "css": css_size}


@pytest.fixture(scope="module")
def all_tasks(browser, site_url, built_site):
    context = browser.new_context(locale="fr-FR")
    tasks = guide_tasks(context.new_page(), site_url, built_site)
    context.close()
    assert len(tasks) >= 10, "les tâches du guide n'ont pas été trouvées"
    return tasks


@pytest.mark.parametrize("setting", ["A4", "css"])
def test_checklist_prints_on_at_most_two_a4_pages(checklist_pdf, setting):
    assert 1 <= len(checklist_pdf[setting]) <= 2, f"{len(checklist_pdf[setting])} pages"


def test_every_task_of_the_guide_is_printed_whole_on_one_sheet(checklist_pdf, all_tasks):
    sheets = [squash(text) for text in checklist_pdf["A4"]]
    missing = [tid for tid, text in all_tasks.items() if not any(squash(text) in s for s in sheets)]
    assert not missing, f"tâches absentes de la checklist imprimée (ou coupées) : {missing}"


def test_checklist_header_shows_the_mission(checklist_pdf, built_site):
    text = checklist_pdf["A4"][0]
    assert "Checklist de la mission exploratoire" in text
    for label in ("Collectivité", "Partenaire", "Pays", "Dates", "Qui", "Échéance"):
        assert label.casefold() in text.casefold()
    # Each part's notes follow its tasks: the first part fills more than the first sheet.
    assert re.search(r"notes\s*—\s*avant de partir", " ".join(checklist_pdf["A4"]).casefold())
    home = read_html(built_site, "")
    banner = re.search(r'class="mission-collectivite">(.*?)<', home)
    if banner:  # the authority named on the home page is the one on the form
        authority = re.sub(r"&#(\d+);", lambda m: chr(int(m.group(1))), banner.group(1))
        assert squash(authority) in squash(text)


def test_checklist_prints_the_owners_and_deadlines_of_mission_yml(checklist_pdf, built_site):
    """« Qui » and « Échéance » come filled where mission.yml and the pages say (issue 14)."""
    index = json.loads(
        html.unescape(re.search(r'data-task-index="([^"]*)"', read_html(built_site, ""))[1])
    )
    sheets = squash(" ".join(checklist_pdf["A4"]))
    owners = {task["owner"] for task in index.values() if task["owner"]}
    assert owners and all(squash(owner) in sheets for owner in owners)
    dates = [task["deadline"] for task in index.values() if task["deadline"]]
    assert len(dates) >= len(index) // 2
    for deadline in dates:
        year, month, day = deadline.split("-")
        assert f"{day}/{month}/{year}" in sheets, deadline


def test_no_navigation_or_button_on_the_printed_checklist(browser, site_url, checklist_pdf):
    context = browser.new_context(locale="fr-FR")
    tab = context.new_page()
    tab.goto(site_url + CHECKLIST)
    chrome = {" ".join(t.split()) for t in tab.evaluate(CHROME_TEXTS_JS)}
    form = " ".join(tab.inner_text(".checklist").split())
    context.close()
    printed = " ".join(" ".join(checklist_pdf["A4"]).split())
    leaked = [t for t in chrome if len(t) > 2 and t not in form and t in printed]
    assert not leaked, f"textes de navigation imprimés : {leaked}"
    assert "Imprimer" in chrome  # the button exists on screen...
    assert not re.search(r"(^|\s)Imprimer(\s|$)", printed)  # ...and is not on paper


def test_no_part_or_step_heading_ends_a_sheet(browser, site_url, checklist_pdf):
    context = browser.new_context(locale="fr-FR")
    tab = context.new_page()
    tab.goto(site_url + CHECKLIST)
    headings = tab.evaluate(
        "() => [...document.querySelectorAll('.checklist-part, .checklist-step th')]"
        ".map(h => h.textContent.replace('¶', '').trim())"
    )
    context.close()
    assert headings
    for number, sheet in enumerate(checklist_pdf["A4"][:-1], start=1):
        lines = [line for line in sheet.splitlines() if line.strip()]
        lines = [line for line in lines if not PAGE_NUMBER.match(line)]
        assert squash(lines[-1]) not in {squash(h) for h in headings}, (
            f"la page {number} se termine par le titre « {lines[-1]} »"
        )


def test_a_ticked_box_prints_ticked_on_the_checklist(page, site_url):
    page.goto(site_url + CHECKLIST)
    boxes = page.locator("tr[data-task-id] input[type=checkbox]")
    assert boxes.count() >= 10
    boxes.nth(1).click()  # a real click, as a user ticks a box before printing
    page.emulate_media(media="print")
    style = page.evaluate(
        """() => [...document.querySelectorAll('tr[data-task-id] input[type=checkbox]')]
          .slice(0, 2).map(box => {
            const tick = getComputedStyle(box, '::after');
            const square = getComputedStyle(box);
            return {checked: box.checked, tick: tick.content,
                    tickBorder: tick.borderRightWidth + ' ' + tick.borderRightColor,
                    square: square.borderTopStyle + ' ' + square.borderTopColor,
                    squareWidth: parseFloat(square.borderTopWidth),
                    background: square.backgroundImage, visible: square.display};
          })"""
    )
    unticked, ticked = style
    assert ticked["checked"] and not unticked["checked"]
    for box in style:  # a black square drawn by its border, on paper
        assert box["square"] == "solid rgb(0, 0, 0)"
        assert box["squareWidth"] >= 1
        assert box["background"] == "none"
        assert box["visible"] != "none"
    assert unticked["tick"] == "none"
    assert ticked["tick"] != "none"
    assert ticked["tickBorder"].endswith("rgb(0, 0, 0)")
    assert float(ticked["tickBorder"].split("px")[0]) >= 1


def test_guide_task_boxes_print_as_black_squares_and_ticks(page, site_url):
    page.goto(site_url + "avant-de-partir/")
    page.evaluate(
        "() => { const box = document.querySelector('.task-list-item [type=checkbox]');"
        " box.checked = true; }"
    )
    page.emulate_media(media="print")
    style = page.evaluate(
        """() => [...document.querySelectorAll('.task-list-item > .task-list-control')]
          .slice(0, 2).map(control => {
            const indicator = control.querySelector('.task-list-indicator');
            const square = getComputedStyle(indicator, '::before');
            const tick = getComputedStyle(indicator, '::after');
            return {checked: control.querySelector('input').checked,
                    square: square.borderTopStyle + ' ' + square.borderTopColor,
                    squareWidth: parseFloat(square.borderTopWidth),
                    mask: square.maskImage || square.webkitMaskImage,
                    background: square.backgroundColor,
                    tick: tick.content, tickColor: tick.borderBottomColor,
                    tickWidth: parseFloat(tick.borderBottomWidth)};
          })"""
    )
    ticked, unticked = style
    assert ticked["checked"] and not unticked["checked"]
    for box in style:
        assert box["square"] == "solid rgb(0, 0, 0)"
        assert box["squareWidth"] >= 1
        assert box["mask"] == "none"
        assert box["background"] in {"rgba(0, 0, 0, 0)", "transparent"}
    assert unticked["tick"] == "none"
    assert ticked["tick"] != "none" and ticked["tickColor"] == "rgb(0, 0, 0)"
    assert ticked["tickWidth"] >= 1


def test_print_button_prints_and_stays_off_paper(page, site_url):
    page.goto(site_url + CHECKLIST)
    page.evaluate("() => { window.print = () => { window.printed = true; }; }")
    button = page.get_by_role("button", name="Imprimer")
    button.click()
    assert page.evaluate("() => window.printed === true")
    page.emulate_media(media="print")
    assert not button.is_visible()


def test_dark_mode_prints_black_on_white(browser, site_url):
    context = browser.new_context(locale="fr-FR", color_scheme="dark")
    tab = context.new_page()
    tab.goto(site_url + CHECKLIST)
    assert tab.get_attribute("body", "data-md-color-scheme") == "slate"
    tab.emulate_media(media="print", color_scheme="dark")
    colors = tab.evaluate(
        "() => [getComputedStyle(document.querySelector('.checklist-text')).color,"
        " getComputedStyle(document.querySelector('.checklist-table td')).borderTopColor]"
    )
    context.close()
    text, border = colors
    assert text == "rgb(0, 0, 0)"
    assert border != "rgba(0, 0, 0, 0)"


# Links of the page's content: [href, text, same site?].
LINKS_JS = """() => [...document.querySelectorAll('article a[href]')]
  .map(a => [a.href, a.textContent.trim(), a.host === location.host])"""


def test_every_page_prints_without_navigation_and_with_readable_links(
    browser, site_url, built_site
):
    context = browser.new_context(locale="fr-FR")
    tab = context.new_page()
    problems = []
    external_urls_printed = 0
    for path in page_urls(built_site):
        if path in {CHECKLIST, "404/"}:
            continue
        name = path or "accueil"
        tab.goto(site_url + path)
        chrome = {" ".join(t.split()) for t in tab.evaluate(CHROME_TEXTS_JS)}
        article = " ".join(tab.inner_text("article").split())
        tab.emulate_media(media="print")  # what the page prints only (the pocket cards)
        article += " " + " ".join(tab.inner_text("article").split())
        tab.emulate_media(media="null")
        chrome = {t for t in chrome if len(t) > 2 and t not in article}
        links = tab.evaluate(LINKS_JS)
        sheets = print_pdf(tab, None)
        printed = " ".join(" ".join(sheets).split())
        problems += [f"{name} : navigation « {t} »" for t in chrome if t in printed]
        # Addresses of other sites are printed after their link; the site's own are not.
        if site_url.rstrip("/") in printed:
            problems.append(f"{name} : adresse d'un lien interne imprimée")
        for href, text, same_site in links:
            if same_site or not href.startswith("http") or bare_url(text) == bare_url(href):
                continue  # the site's own links, and links that already show their address
            # The start of the address is enough (a long one may run onto the next sheet).
            if squash(href)[:40] not in squash(" ".join(sheets)):
                problems.append(f"{name} : adresse du lien « {text} » non imprimée")
            external_urls_printed += 1
    context.close()
    assert not problems, "\n".join(problems)
    assert external_urls_printed, "aucun lien externe dans le guide : test sans objet"


def test_pages_with_tasks_and_home_link_to_the_checklist(page, site_url, built_site):
    """The link is written at build time: read in each page's HTML, then followed once."""
    base = "http://guide.test/"
    for path in page_urls(built_site):
        if path in {CHECKLIST, "404/"}:
            continue
        article = read_html(built_site, path).split("<article", 1)[1].split("</article>", 1)[0]
        has_tasks = 'class="task-list-item' in article
        links = {urljoin(base + path, html.unescape(href)) for href in HREF.findall(article)}
        if has_tasks or path == "":
            assert base + CHECKLIST in links, f"{path or 'accueil'} : pas de lien vers la checklist"
        if path and not has_tasks:
            assert "checklist-page-link" not in article, path
    checklist_url = site_url + CHECKLIST
    page.goto(site_url + "avant-de-partir/")
    page.locator(".checklist-page-link a").click()
    page.wait_for_url(checklist_url)
    assert page.locator("tr[data-task-id]").count() >= 10


def test_a_task_added_reworded_or_removed_in_a_guide_page_changes_the_checklist(tmp_path):
    project = copy_project(tmp_path / "project")
    guide = project / "docs" / "avant-de-partir.md"
    text = guide.read_text("utf-8")
    id_line = re.search(r"(?m)^  \{ #informer-partenaire[^}]*\}\n", text)[0]
    added = (
        id_line + "- [ ] Tâche ajoutée pour le test, avec un mot en *italique* et un lien vers\n"
        "  [la suite](sur-place.md#sur-le-territoire-partenaire).\n"
        "  { #tache-ajoutee-pour-le-test }\n"
    )
    text = text.replace(id_line, added, 1)
    assert "S'informer sur le contexte national" in text
    text = text.replace("S'informer sur le contexte national", "Se renseigner sur le pays", 1)
    removed = re.compile(
        r"^- \[ \] Prévoir du matériel.*?\{ #prevoir-materiel[^}]*\}\n", re.S | re.M
    )
    text, count = removed.subn("", text)
    assert count == 1
    guide.write_text(text, "utf-8")

    result = build_in_process(project, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    markup = read_html(tmp_path / "site", CHECKLIST)
    ids = re.findall(r'<tr class="checklist-task[^"]*" data-task-id="([^"]+)"', markup)
    assert ids[ids.index("informer-partenaire") + 1] == "tache-ajoutee-pour-le-test"
    assert "Tâche ajoutée pour le test, avec un mot en <em>italique</em> et un lien" in markup
    # The link written in avant-de-partir.md still leads to its page from the checklist.
    assert '<a href="../../sur-place/#sur-le-territoire-partenaire">la suite</a>' in markup
    assert "Se renseigner sur le pays" in markup
    assert "S'informer sur le contexte national" not in markup
    assert "prevoir-materiel" not in ids
    assert len(ids) == len(set(ids))


def test_a_box_ticked_on_a_guide_page_prints_ticked_on_the_checklist(page, site_url):
    """A real tick (issue 3's script keeps it) shows on the form and in its print."""
    page.goto(site_url + "avant-de-partir/")
    first = page.locator("li.task-list-item[id]").first
    task_id = first.get_attribute("id")
    box = first.locator(":scope > label input[type=checkbox]")
    first.locator(":scope > label").click()  # the task's text is the box's label
    assert box.is_checked()
    page.locator(".checklist-page-link a").click()  # instant navigation to the checklist
    page.wait_for_url(site_url + CHECKLIST)
    row_box = page.locator(f'tr[data-task-id="{task_id}"] input[type=checkbox]')
    row_box.wait_for()
    page.wait_for_function(
        "id => document.querySelector(`tr[data-task-id='${id}'] input`).checked", arg=task_id
    )
    page.reload()  # and after a reload, from storage alone
    page.emulate_media(media="print")
    tick = page.evaluate(
        "id => { const box = document.querySelector(`tr[data-task-id='${id}'] input`);"
        " return [box.checked, getComputedStyle(box, '::after').content]; }",
        task_id,
    )
    assert tick[0] is True
    assert tick[1] != "none"
    others = page.locator("tr[data-task-id] input[type=checkbox]:checked").count()
    assert others == 1


def test_search_finds_tasks_on_their_guide_pages_not_twice(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text("utf-8"))
    entries = [doc for doc in index["docs"] if doc["location"].startswith(CHECKLIST)]
    assert [doc["location"] for doc in entries] == [CHECKLIST]  # the page itself is found
    indexed = squash(" ".join(doc["text"] for doc in entries))
    assert "Informerlepartenaire" not in indexed
    guide = squash(" ".join(doc["text"] for doc in index["docs"] if doc not in entries))
    assert "Informerlepartenaire" in guide


@pytest.mark.parametrize("role", ["terms_partner", "terms_bilingual"])
def test_an_edition_without_the_partners_language_prints_why(page, site_url, role):
    """The example names no partner's language: its editions' pages (out of the navigation)
    print the sentence that says how to have them, not a page with a title alone."""
    sheets = print_pdf(page, site_url + folder(role) + "/")
    assert "langue_des_documents" in squash(" ".join(sheets)), sheets
