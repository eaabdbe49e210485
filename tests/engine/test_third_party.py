"""No request leaves for another site: every page of the fixture site, loaded in Chromium.

Unlike the HTML scan of the foundation tests, this records what the browser really requests
(scripts, styles, fonts, images, the search worker and its index, the favicon...), including
what JavaScript asks for once the page runs.
"""

from urllib.parse import urlsplit

import pytest
from support import distinct_pages

pytestmark = pytest.mark.browser


def _foreign(requested: list[str], origin: str) -> list[str]:
    """Requested URLs that are neither on `origin` nor inline (data:, blob:)."""
    return sorted(
        {
            url
            for url in requested
            if urlsplit(url).scheme not in {"data", "blob"}
            and "{0.scheme}://{0.netloc}".format(urlsplit(url)) != origin
        }
    )


def test_every_page_requests_only_its_own_site(browser, fixture_site, fixture_site_url):
    origin = fixture_site_url.rstrip("/")
    context = browser.new_context(locale="fr-FR")
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    page = context.new_page()
    pages = distinct_pages(fixture_site)  # the documents' pages: one filled, one blank
    assert len(pages) >= 5, pages
    for path in pages:
        page.goto(fixture_site_url + path, wait_until="networkidle")
        page.mouse.wheel(0, 20000)  # anything loaded on scroll
        page.wait_for_load_state("networkidle")
    # The search loads its worker, its languages and its index when it is used.
    page.goto(fixture_site_url, wait_until="networkidle")
    page.locator("input.md-search__input").press_sequentially("mission")
    page.locator(".md-search-result__link").first.wait_for()
    context.close()

    assert any(url.endswith("search_index.json") for url in requested), "recherche non chargée"
    assert _foreign(requested, origin) == [], "requêtes vers un autre site"


def test_foreign_requests_are_detected():
    origin = "http://127.0.0.1:8000"
    requested = [
        f"{origin}/assets/stylesheets/guide.css",
        "data:image/svg+xml;base64,AAAA",
        "https://fonts.googleapis.com/css?family=Roboto",
        "http://127.0.0.1:9999/other-port.js",
    ]
    assert _foreign(requested, origin) == [
        "http://127.0.0.1:9999/other-port.js",
        "https://fonts.googleapis.com/css?family=Roboto",
    ]
