"""Shared fixtures: the real site built once, served; node; Debian's Chromium (see support.py)."""

import shutil
from pathlib import Path

import pytest
from support import (
    CHROMIUM,
    CHROMIUM_ARGS,
    PROJECT_ROOT,
    build_in_process,
    built,
    missing_tool,
    serve_folder,
    shipped_content,
)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once per test session (strict), as a folder of HTML files."""
    return built(PROJECT_ROOT, tmp_path_factory, "built")


@pytest.fixture(scope="session")
def site_url(built_site):
    """Base URL of the built site, served over HTTP on the loopback."""
    url, server = serve_folder(built_site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def instant_site_url(tmp_path_factory):
    """The site built with its `site_url` and served there: Material's instant navigation is on
    only when the site knows its address (it reads the sitemap, and takes its addresses' host
    from the page but not their port: each test worker builds the site for its own port)."""
    folder = tmp_path_factory.mktemp("instant")
    url, server = serve_folder(folder)
    result = build_in_process(PROJECT_ROOT, folder, {"SITE_URL": url})
    assert result.returncode == 0, result.stdout + result.stderr
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def node() -> str:
    """Debian's node, which runs the browser's pure modules without a browser."""
    found = shutil.which("node")
    if not found:
        missing_tool("node est introuvable : installez-le avec « sudo apt-get install nodejs ».")
    return found


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (skipped without it, except in CI)."""
    if not CHROMIUM.exists():
        message = (
            f"Chromium est introuvable ({CHROMIUM}) : installez-le avec "
            "« sudo apt-get install chromium » pour lancer les tests dans le navigateur."
        )
        missing_tool(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh browser page (its own storage), closed after the test. Without the service
    worker: it would keep the whole site (4 MB) in every test, and show a site rebuilt in place
    only when asked; tests/content/test_installable.py tests it."""
    context = browser.new_context(locale="fr-FR", service_workers="block")
    tab = context.new_page()
    yield tab
    context.close()


def pytest_report_header(config):
    if not shipped_content():
        return (
            "tests/content : ignorés, mission.yml n'est plus l'exemple livré (copie adaptée) ; "
            "les tests du moteur (tests/engine) s'appliquent."
        )
    return None
