"""Helpers shared by the tests: build a site (in process, or with the `mkdocs` command where
the command is tested), copy the project, serve a folder, read pages, run axe. Fixtures are in
tests/conftest.py.

Browser tests use Playwright for Python with Debian's Chromium (/usr/bin/chromium); Playwright's
own browser download is not used. Without Chromium (or node) they are skipped on a developer's
machine (with the command that installs it) and fail in CI (CI=true).
"""

import contextlib
import fcntl
import functools
import http.server
import importlib.util
import io
import json
import logging
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import yaml

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


_BUILD_LOCK = threading.Lock()


def build_in_process(project_dir: Path, site_dir: Path, extra_env: dict | None = None):
    """`mkdocs build --strict` on `project_dir` in this process, through MkDocs' public API, with
    the plugins' startup and shutdown events the command fires; returns what `build_site` returns
    (returncode 0 or 1, the log in stdout). For builds where the command line itself is not what
    is tested: a second or so instead of a new Python process importing MkDocs, Material, pydantic.
    The project's code must be this repository's (`macros` is imported once per process)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    log = io.StringIO()
    handler = logging.StreamHandler(log)
    handler.setFormatter(logging.Formatter("%(levelname)s - %(message)s"))
    handler.setLevel(logging.INFO)
    logger = logging.getLogger("mkdocs")
    env = {"NO_MKDOCS_2_WARNING": "1", **(extra_env or {})}
    with _BUILD_LOCK, _environ(env), _cwd(project_dir):
        logger.addHandler(handler)
        level = logger.level
        logger.setLevel(logging.INFO)
        code = 0
        try:
            config = load_config(
                str(project_dir / "mkdocs.yml"), site_dir=str(site_dir), strict=True
            )
            config.plugins.on_startup(command="build", dirty=False)
            try:
                build(config)
            finally:
                config.plugins.on_shutdown()
        except (Abort, ConfigurationError) as error:
            print(f"Error: {error}", file=log)
            code = 1
        finally:
            logger.removeHandler(handler)
            logger.setLevel(level)
    return subprocess.CompletedProcess([], code, log.getvalue(), "")


@contextlib.contextmanager
def _environ(values: dict):
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextlib.contextmanager
def _cwd(folder: Path):
    before = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def built(project_dir: Path, tmp_path_factory, name: str) -> Path:
    """`project_dir` built (strict, in process) once per test session, shared by the xdist
    workers: the first to ask builds under a file lock in the session's common temporary folder,
    the others read the same site. The site must succeed; tests read it, never change it."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    root = tmp_path_factory.getbasetemp()
    if worker:  # each worker's basetemp is a subfolder of the session's
        root = root.parent
    site_dir = root / f"shared-{name}" / "site"
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    done = site_dir.parent / "built"
    with open(site_dir.parent / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not done.exists():
                shutil.rmtree(site_dir, ignore_errors=True)
                result = build_in_process(project_dir, site_dir)
                assert result.returncode == 0, (
                    f"La construction a échoué :\n{result.stdout}\n{result.stderr}"
                )
                done.touch()
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return site_dir


def project_files() -> list[str]:
    """Files of the project as a fresh clone would have them (tracked and new, not ignored).

    Outside a git checkout (a copy made by a test), every file but the set-up's own folders."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
    )
    if listed.returncode == 0 and (PROJECT_ROOT / ".git").exists():
        names = listed.stdout.splitlines()
    else:
        skipped = {".venv", ".git", "site", "dist", "__pycache__", ".pytest_cache", ".ruff_cache"}
        names = [
            path.relative_to(PROJECT_ROOT).as_posix()
            for path in PROJECT_ROOT.rglob("*")
            if not skipped & set(path.relative_to(PROJECT_ROOT).parts)
        ]
    return [name for name in names if (PROJECT_ROOT / name).is_file()]


def copy_project(destination: Path) -> Path:
    """Copy the project's files into `destination` (for tests that change a copy)."""
    for name in project_files():
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(PROJECT_ROOT / name, target)
    return destination


def read_html(site_dir: Path, page: str) -> str:
    """HTML of a built page given by its URL path, e.g. "avant-de-partir/", "" for home or
    "404.html" (as `built_pages` gives them)."""
    path = site_dir / page if page.endswith(".html") else site_dir / page / "index.html"
    return path.read_text("utf-8")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve_folder(folder: Path):
    """Serve `folder` on 127.0.0.1 on a free port; return (base_url, server)."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


# Material's instant navigation takes over links once it has read the sitemap, after the page's
# load event: a page of the instant site is waited for until the network is idle, then clicked.
INSTANT_READY = "networkidle"

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


class NodeLines:
    """One node process that answers one line of JSON per line of JSON (a driver of
    tests/engine/*_node.cjs): hypothesis' examples then cost a line each, not a process."""

    def __init__(self, command: list[str]):
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8"
        )

    def ask(self, request):
        # ASCII JSON: no line break of any kind inside the one line a request is.
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        assert line, "node s'est arrêté"
        return json.loads(line)

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=60)


def libreoffice_pdfs(files, folder: Path, timeout: int = 400) -> Path:
    """`files` (.docx) converted to PDF by LibreOffice in one call, with its own profile in
    `folder` (conversions in parallel do not share one); returns the folder of the PDFs
    (`folder / "pdf"`, one per file, by the same name)."""
    soffice = shutil.which("soffice")
    if not soffice:
        missing_tool("LibreOffice est introuvable : installez-le (libreoffice-writer-nogui).")
    out = Path(folder) / "pdf"
    result = subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{folder}/profile",
         "--convert-to", "pdf", "--outdir", str(out), *map(str, files)],
        capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return out


def pdf_sheets(data: bytes) -> list[str]:
    """The text of each sheet of a PDF, read by poppler's pdftotext (about twenty times as fast
    as pypdf on Chromium's PDFs), in the order it is drawn; its spaces are plain spaces."""
    if not shutil.which("pdftotext"):
        missing_tool("pdftotext est introuvable : installez-le (poppler-utils).")
    result = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"],
        input=data,
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    return result.stdout.decode("utf-8").split("\f")[:-1]  # a form feed ends each sheet


def missing_tool(message: str):
    """A tool the tests need is absent: a failure in CI, a skip (with the install line) here."""
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


@functools.cache
def _axe_source() -> str:
    folder = Path(importlib.util.find_spec("axe_playwright_python").origin).parent
    return (folder / "axe.min.js").read_text("utf-8")


def load_axe(page) -> None:
    """axe-core in the page shown, once for this document (a new page needs it again);
    evaluated, which Chromium compiles faster than a <script> element's text."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(_axe_source())


# One run of axe, its violations as short lines. target-size (WCAG 2.2: 24 px), which axe
# leaves off but Lighthouse counts, is run too when asked, and kept on the page's content
# only: the guide's own controls, not Material's navigation.
_AXE_RUN = """async ([options, sizes, within]) => {
    if (sizes) options = {...options, rules: {...options.rules, 'target-size': {enabled: true}}};
    // The focused control itself (`:focus` matches nothing while the window has no focus).
    const context = within === 'focused' ? document.activeElement : within || document;
    if (within === 'focused' && (!context || context === document.body)) {
        throw new Error('aucun contrôle n’a le focus');
    }
    const result = await axe.run(context, options);
    const ours = (node) => {
        const el = document.querySelector(node.target[0]);
        return !!(el && el.closest('.md-content'));
    };
    return result.violations
        .map((v) => ({...v, nodes: v.id === 'target-size' ? v.nodes.filter(ours) : v.nodes}))
        .filter((v) => v.nodes.length)
        .map((v) => `${v.id} (${v.impact}): ${v.help} -> `
            + v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', '));
}"""


def axe_violations(page, options: dict | None = None, within: str | None = None) -> list[str]:
    """axe-core's violations on the page as it stands (or on the elements of the selector
    `within` and what they hold, "focused": the focused control), one readable line each
    (empty: none).

    Runs every axe-core rule except experimental ones (WCAG 2.x A/AA and best practices) and,
    with no `options`, target-size on the page's content; axe is loaded once per page shown.
    """
    load_axe(page)
    default = {"resultTypes": ["violations"]}
    return page.evaluate(_AXE_RUN, [options or default, options is None, within])


# The dark theme changes colours only (Material's palette swaps its colour variables; the
# guide's own rules for it, in guide.css and terms-form.css, set colours, backgrounds and
# borders): there, the rules that read colours. The light theme runs every rule.
COLOUR_RULES = {"runOnly": ["color-contrast", "link-in-text-block"], "resultTypes": ["violations"]}


def scheme_violations(page, scheme: str, within: str | None = None) -> list[str]:
    """`axe_violations` in the colour scheme `scheme` ("light" or "dark") the page shows."""
    return axe_violations(page, COLOUR_RULES if scheme == "dark" else None, within)


# The dark theme on a page shown in the light one: Material's attribute set as its palette
# sets it (the guide's styles for the dark theme key on it, none on the media query), with
# colour transitions off, so that axe reads the final colours. That the site follows a
# system's dark preference is tested with the form (test_terms_form.py).
# Colours in their final state for axe: no transition or animation under way.
STILL = "*, *::before, *::after { transition: none !important; animation: none !important; }"
_SCHEME = """([scheme, still]) => {
    if (!document.getElementById('guide-test-still')) {
        const style = document.createElement('style');
        style.id = 'guide-test-still';
        style.textContent = still;
        document.head.append(style);
    }
    document.body.setAttribute('data-md-color-scheme', scheme);
}"""


def both_schemes_violations(page, within: str | None = None) -> list[str]:
    """`scheme_violations` of a page shown in the light theme, then in the dark one (its lines
    marked « (sombre) »), on the whole page or `within` the elements of a selector (what a
    change of state redrew: a control focused); the page is left in the light theme."""
    assert page.locator("body").get_attribute("data-md-color-scheme") == "default"
    found = scheme_violations(page, "light", within)
    page.evaluate(_SCHEME, ["slate", STILL])
    found += [f"(sombre) {line}" for line in scheme_violations(page, "dark", within)]
    page.evaluate(_SCHEME, ["default", STILL])
    return found


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


def distinct_pages(site_dir: Path) -> list[str]:
    """`built_pages` with one page for each kind: the mission documents' printable pages
    (one template and one stylesheet for all) are represented by the first filled one and
    the first blank one, so that page-by-page browser checks stay quick."""
    from guide.pages import DOCUMENT_PAGES

    kept, seen = [], set()
    for path in built_pages(site_dir):
        if path.startswith(DOCUMENT_PAGES + "/"):
            kind = "vierge" if path.rstrip("/").endswith("-vierge") else "rempli"
            if kind in seen:
                continue
            seen.add(kind)
        kept.append(path)
    return kept


# The shipped example's authority and partner (mission.yml): a fork that adapted the guide
# names its own.
SHIPPED = ("Commune de Val-Fleuri", "Commune de Kéra-Sobo")


def shipped_content() -> bool:
    try:
        data = yaml.safe_load((PROJECT_ROOT / "mission.yml").read_text("utf-8")) or {}
        names = (data["collectivite"]["nom"], data["partenaire"]["nom"])
    except (OSError, yaml.YAMLError, KeyError, TypeError):
        return False
    return names == SHIPPED


def french_texts(data, without: tuple[str, ...] = ()):
    """mission.yml's data with each translated text ({fr: …, es: …}) replaced by its French
    text, and the keys named in `without` left out."""
    if isinstance(data, dict):
        from guide.mission.model import DOCUMENT_LANGUAGES

        if "fr" in data and set(data) <= {"fr", *DOCUMENT_LANGUAGES}:
            return data["fr"]
        return {k: french_texts(v, without) for k, v in data.items() if k not in without}
    if isinstance(data, list):
        return [french_texts(item, without) for item in data]
    return data
