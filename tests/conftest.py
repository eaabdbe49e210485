"""Shared fixtures: build the real site in a subprocess, serve it, drive Debian's Chromium.

Browser tests use Playwright for Python with Debian's Chromium (/usr/bin/chromium); Playwright's
own browser download is not used. Without Chromium they are skipped on a developer's machine
(with the command that installs it) and fail in CI (CI=true).
"""

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def build_site(project_dir: Path, site_dir: Path, extra_env: dict | None = None):
    """Run `mkdocs build --strict` on `project_dir` into `site_dir`; return the finished process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(extra_env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project_dir,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def project_files() -> list[str]:
    """Files of the project as a fresh clone would have them (tracked and new, not ignored)."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    return [name for name in listed if (PROJECT_ROOT / name).is_file()]


def copy_project(destination: Path) -> Path:
    """Copy the project's files into `destination` (for tests that change a copy)."""
    for name in project_files():
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(PROJECT_ROOT / name, target)
    return destination


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once per test session (strict), as a folder of HTML files."""
    site_dir = tmp_path_factory.mktemp("built") / "site"
    result = build_site(PROJECT_ROOT, site_dir)
    assert result.returncode == 0, f"La construction a échoué :\n{result.stdout}\n{result.stderr}"
    return site_dir


def read_html(site_dir: Path, page: str) -> str:
    """HTML of a built page given by its URL path, e.g. "avant-de-partir/" or "" for home."""
    return (site_dir / page / "index.html").read_text("utf-8")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve_folder(folder: Path):
    """Serve `folder` on 127.0.0.1 on a free port; return (base_url, server)."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


@pytest.fixture(scope="session")
def site_url(built_site):
    """Base URL of the built site, served over HTTP on the loopback."""
    url, server = serve_folder(built_site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def instant_site_url(tmp_path_factory):
    """The site built with its `site_url` and served there: Material's instant navigation is on
    only when the site knows its address (it reads the sitemap)."""
    folder = tmp_path_factory.mktemp("instant")
    url, server = serve_folder(folder)
    result = build_site(PROJECT_ROOT, folder, {"SITE_URL": url})
    assert result.returncode == 0, result.stdout + result.stderr
    yield url
    server.shutdown()


IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def missing_tool(message: str):
    """A tool the tests need is absent: a failure in CI, a skip (with the install line) here."""
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


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
    """A fresh browser page (its own storage), closed after the test."""
    context = browser.new_context(locale="fr-FR")
    tab = context.new_page()
    yield tab
    context.close()


def axe_violations(page, options: dict | None = None) -> list[str]:
    """axe-core's violations on the page as it stands, one readable line each (empty: none).

    Runs every axe-core rule except experimental ones (WCAG 2.x A/AA and best practices).
    """
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options=options or {"resultTypes": ["violations"]})
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} -> "
        + ", ".join(" ".join(map(str, node["target"])) for node in violation["nodes"][:5])
        for violation in results.response["violations"]
    ]


def built_pages(site_dir: Path) -> list[str]:
    """URL paths of the HTML pages of a built site: "" (home), "avant-de-partir/", "404.html"."""
    pages = []
    for path in sorted(site_dir.rglob("*.html")):
        relative = path.relative_to(site_dir)
        if relative.parts[0] == "assets":
            continue
        if path.name == "index.html":
            pages.append("" if relative.parent == Path(".") else f"{relative.parent.as_posix()}/")
        else:
            pages.append(relative.as_posix())
    return pages
