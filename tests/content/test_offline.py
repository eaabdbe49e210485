"""The offline edition (`make offline`): a zip that works from file:// in Chromium.

The zip is made by the real `make offline` (into a temporary folder), unzipped, and opened as a
reader would: double-click on index.html, so every page has a file:// address.
"""

import html
import os
import re
import subprocess
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from pypdf import PdfReader
from support import PROJECT_ROOT, read_html

from guide.installable import FILE_LIST

ZIP_NAME = "mission-exploratoire-hors-ligne.zip"
FOLDER = "mission-exploratoire-hors-ligne"
DOWNLOADS = (".docx", ".ics", ".json", ".pdf", ".zip", ".csv", ".odt")


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    """What `make build` publishes (site and offline zip), built into a temporary folder."""
    folder = tmp_path_factory.mktemp("published")
    result = subprocess.run(
        [
            "make",
            "--no-print-directory",
            "build",
            f"SITE_DIR={folder / 'site'}",
            f"DIST={folder / 'dist'}",
        ],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "MAKEFLAGS": ""},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return folder


@pytest.fixture(scope="module")
def offline_zip(published) -> Path:
    """The zip of `make offline` (which `make build` runs)."""
    return published / "dist" / ZIP_NAME


@pytest.fixture(scope="module")
def offline_site(offline_zip, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(offline_zip) as archive:
        archive.extractall(target)
    return target / FOLDER


@pytest.fixture
def file_page(browser):
    """A page whose every request is recorded (context.requested)."""
    context = browser.new_context(locale="fr-FR", accept_downloads=True)
    context.requested = []
    context.on("request", lambda request: context.requested.append(request.url))
    page = context.new_page()
    yield page
    context.close()


def _task_pages(site: Path) -> list[Path]:
    return sorted(
        path
        for path in site.glob("*.html")
        if 'class="task-list-item' in path.read_text("utf-8") and path.name != "index.html"
    )


def test_zip_holds_the_site_for_file_urls(offline_zip, offline_site):
    with zipfile.ZipFile(offline_zip) as archive:
        names = archive.namelist()
    assert all(name.startswith(f"{FOLDER}/") for name in names), "un seul dossier dans le zip"
    assert (offline_site / "index.html").is_file()
    # pages as files (no directory URLs), search index inlined for file://
    assert (offline_site / "avant-de-partir.html").is_file()
    assert (offline_site / "search" / "search_index.js").is_file()
    html = (offline_site / "index.html").read_text("utf-8")
    assert "unpkg.com" not in html and "iframe-worker-shim.js" in html
    assert "navigation.instant" not in html
    assert "édition hors ligne" in html and ZIP_NAME not in html
    # Not the copy kept on a phone (a service worker needs a web server): no manifest, no list.
    assert 'rel="manifest"' not in html and "Garder le guide" not in html
    assert not (offline_site / FILE_LIST).exists()


def test_published_site_offers_the_zip_from_its_home_page(published, offline_zip):
    site = published / "site"
    html = read_html(site, "")
    assert f'href="{ZIP_NAME}"' in html
    assert (site / ZIP_NAME).read_bytes() == offline_zip.read_bytes()
    # The zip is for computers: the phone's kept copy leaves it out.
    assert 'rel="manifest"' in html
    assert ZIP_NAME not in (site / FILE_LIST).read_text("utf-8")


@pytest.mark.browser
def test_navigation_and_search_from_file_urls(file_page, offline_site):
    page = file_page
    page.goto((offline_site / "index.html").as_uri())
    assert page.url.startswith("file://")
    # navigation: the link of the guide's second part, then back home through the logo
    page.locator(".md-nav--primary a[href$='avant-de-partir.html']").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/avant-de-partir.html")
    assert page.locator("h1").first.inner_text().startswith("Avant de partir")
    page.locator("a.md-header__button.md-logo").click()
    page.wait_for_load_state()
    assert page.url.endswith("/index.html")
    # search: runs without a server (inlined index, worker in an iframe)
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("delegation")
    first = page.locator(".md-search-result__link").first
    first.wait_for()
    assert first.get_attribute("href").startswith("file://")
    first.click()
    page.wait_for_load_state()
    assert page.url.startswith("file://") and ".html" in page.url
    assert "délégation" in page.locator("article").inner_text().lower()

    foreign = [url for url in page.context.requested if not url.startswith(("file:", "data:"))]
    assert foreign == [], "requêtes hors du dossier du guide"


@pytest.mark.browser
def test_ticks_are_kept_from_file_urls(file_page, offline_site):
    page = file_page
    task_page, other_page = _task_pages(offline_site)[:2]
    page.goto(task_page.as_uri())
    box = page.locator(".md-content .task-list-item input[type=checkbox]").first
    box.wait_for(state="attached")
    assert not box.is_disabled(), "les cases doivent être cliquables"
    assert not box.is_checked()
    page.locator(".md-content .task-list-item label").first.click()
    assert box.is_checked()
    page.reload()
    assert box.is_checked(), "case gardée après rechargement"
    page.goto(other_page.as_uri())
    page.locator(f".md-nav--primary a[href$='{task_page.name}']").first.click()
    page.wait_for_load_state()
    assert page.url.endswith(task_page.name)
    assert box.is_checked(), "case gardée en passant d'une page à l'autre"


@pytest.mark.browser
def test_pages_print_from_file_urls(file_page, offline_site, tmp_path):
    page = file_page
    task_page = _task_pages(offline_site)[0]
    page.goto(task_page.as_uri())
    task = page.locator(".md-content .task-list-item").first.inner_text().split("\n")[0]
    pdf = tmp_path / "page.pdf"
    page.pdf(path=str(pdf), format="A4")
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert " ".join(task.split()[:4]) in " ".join(text.split())


@pytest.mark.browser
def test_downloads_work_from_file_urls(file_page, offline_site):
    page = file_page
    links = []
    for html_file in sorted(offline_site.rglob("*.html")):
        markup = html_file.read_text("utf-8")
        content = markup.split('class="md-content"', 1)[-1]
        for href in re.findall(r'<a\b[^>]*\bhref="([^"]+)"', content):
            href = html.unescape(href)
            if href.split("?")[0].lower().endswith(DOWNLOADS):
                links.append((html_file, href))
    assert links, "le guide propose des documents à télécharger (.docx, .ics...)"
    clicked = set()
    for html_file, href in links:
        target = (html_file.parent / href).resolve()
        assert target.is_file() and target.stat().st_size > 0, (
            f"lien de téléchargement cassé dans l'édition hors ligne : {html_file.name} -> {href}"
        )
        # Every file is there; the browser downloads one of each type from each folder.
        kind = (html_file.parent, Path(href).suffix)
        if kind in clicked:
            continue
        clicked.add(kind)
        page.goto(html_file.as_uri())
        with page.expect_download() as download_info:
            page.locator(f".md-content a[href='{href}']").first.click()
        download = download_info.value
        assert Path(download.path()).read_bytes() == target.read_bytes(), href


def test_every_internal_link_of_the_offline_edition_reaches_a_file(offline_site):
    """From file:// a link to a folder ("outils/checklist/") opens nothing: every link of the
    offline edition must name a file that is in the zip."""
    broken = []
    for html_file in sorted(offline_site.rglob("*.html")):
        if html_file.name == "404.html":
            continue  # served by a web server only, with absolute links by design
        markup = html_file.read_text("utf-8")
        for href in re.findall(r'<a\b[^>]*\bhref="([^"]+)"', markup):
            href = html.unescape(href)
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.path:
                continue  # external link, or an anchor on the same page
            target = (html_file.parent / unquote(parts.path)).resolve()
            if not target.is_file():
                broken.append(f"{html_file.relative_to(offline_site)} -> {href}")
    assert broken == [], "\n".join(broken)
