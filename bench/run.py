"""`make bench`: performance of the guide, printed as one table (a measure, not a test).

1. Build time: our site (`mkdocs build --strict`, with mkdocs-macros, our hooks, overrides, CSS
   and JS) against a bare Material build of the same Markdown. The bare site gets the Markdown
   as our macros render it (captured from our own build), the same theme settings, Markdown
   extensions, navigation and static files, and only Material's search plugin: no macros, no
   hooks, no overrides, no extra CSS/JS. Each build is a fresh `mkdocs build` process, timed from
   start to finish; builds alternate (ours, bare) after one warm-up each; the median is kept.
2. Bytes transferred on a cold first load (empty cache) of each page type, compressed (the site
   is served with gzip on 127.0.0.1), everything the page loads except the search index
   (search/search_index.json, loaded once for the whole site); and, of those, the bytes of our
   own JS and CSS (the files of docs/assets/, Material's excepted).
3. Lighthouse 12.2.3 (bench/node_modules, `npm ci`), default mobile profile with simulated
   throttling, Debian's Chromium (CHROME_PATH, default /usr/bin/chromium): performance,
   accessibility, best practices, SEO, each the median of five runs. Every page type is
   measured on our site and on the bare Material site in the same run, their runs in turn
   (ours, bare, ours…), and the gap (performance, TBT, FCP) is printed: ours must be within
   1 point and 50 ms of blocking time of bare Material's on each.

Usage: .venv/bin/python bench/run.py [--runs N] [--lighthouse-runs N] [--readme]
(--readme also writes the table into README.md, between its two "bench" markers).
"""

import argparse
import datetime
import gzip
import http.server
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
LIGHTHOUSE = BENCH / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
sys.path.insert(0, str(ROOT))
from guide.documents.catalogue import DOCUMENTS  # noqa: E402
from guide.pages import DOCUMENT_PAGES, folder  # noqa: E402  (the pages' places, declared once)
from hooks.guide_style import STYLE, style_text  # noqa: E402


def _url(role: str) -> str:
    return folder(role) + "/" if folder(role) else ""


# One page of each type (each page template of overrides/).
PAGES = {
    "Accueil": _url("home"),
    "Page du guide (Avant de partir)": "avant-de-partir/",
    "Page sans tâches (Ressources)": _url("resources"),
    "Checklist à imprimer": _url("checklist"),
    "Échéancier": _url("schedule"),
    "Termes de référence": _url("terms"),
    # A mission document's printable page: the catalogue's first (one template for all).
    "Document de la mission": f"{DOCUMENT_PAGES}/{DOCUMENTS[0].slug}/",
    "Modèle vierge": _url("terms_blank"),
    "Formulaire en ligne": _url("terms_form"),
}
GUIDE_PAGE = "Page du guide (Avant de partir)"
OUR_ASSETS = {
    path.relative_to(ROOT / "docs").as_posix()
    for path in (ROOT / "docs" / "assets").rglob("*")
    if path.suffix in {".js", ".css"}
}
# The guide's style sheets, written into the pages (hooks/guide_style.py): counted as ours.
INLINE_STYLE = ROOT / "docs" / STYLE
SEARCH_INDEX = "search/search_index.json"
METRICS = {
    "FCP": "first-contentful-paint",
    "LCP": "largest-contentful-paint",
    "TBT": "total-blocking-time",
    "CLS": "cumulative-layout-shift",
}
README_START = "<!-- bench:début -->"
README_END = "<!-- bench:fin -->"
# The figures to reach: the build and each page against bare Material's in the same run.
TARGETS = {"ratio": 1.5, "kb": 150, "points": 1, "tbt_ms": 50, "cls": 0.01, "ours_kb": 15}
COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".ics", ".map"}
# Both builds with Python's cache of compiled modules, as on a user's machine: where the
# machine turns it off (PYTHONDONTWRITEBYTECODE), ours would compile its modules at every build
# while Material's, compiled when pip installed them, would not.
ENV = {
    **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    "NO_MKDOCS_2_WARNING": "1",
}


# --- A bare Material project with the same Markdown ----------------------------------------


def capture_markdown(destination: Path) -> None:
    """Build our site in-process and save each page's Markdown as our macros render it."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.plugins import BasePlugin, event_priority

    class Capture(BasePlugin):
        @event_priority(-100)  # after mkdocs-macros has rendered the page
        def on_page_markdown(self, markdown, page, **kwargs):
            target = destination / page.file.src_uri
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(markdown, "utf-8")
            return markdown

    with tempfile.TemporaryDirectory() as site:
        config = load_config(str(ROOT / "mkdocs.yml"), site_dir=site)
        config.plugins["bench-capture"] = Capture()
        config.plugins.run_event("startup", command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.run_event("shutdown")
    # The plan as our glue completed it (the mission documents' pages): the same for both.
    (destination.parent / "nav.json").write_text(json.dumps(config["nav"]), "utf-8")


def bare_project(folder: Path) -> Path:
    """Write the bare project into `folder`; return its mkdocs.yml."""
    import yaml
    from mkdocs.utils import yaml_load

    docs = folder / "docs"
    shutil.copytree(ROOT / "docs", docs, ignore=shutil.ignore_patterns("*.md"))
    subprocess.run(
        [sys.executable, __file__, "--capture", str(docs)], cwd=ROOT, env=ENV, check=True
    )
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as file:
        ours = yaml_load(file)
    theme = {key: value for key, value in ours["theme"].items() if key != "custom_dir"}
    bare = {
        "site_name": ours["site_name"],
        "site_description": ours.get("site_description", ""),
        "docs_dir": "docs",
        "theme": theme,
        "markdown_extensions": ours.get("markdown_extensions", []),
        "plugins": [{"search": {"lang": "fr"}}],
        "nav": json.loads((folder / "nav.json").read_text("utf-8")),
    }
    config = folder / "mkdocs.yml"
    config.write_text(yaml.safe_dump(bare, allow_unicode=True, sort_keys=False), "utf-8")
    return config


def timed_build(config: Path, site: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config), "-d", site],
        cwd=config.parent,
        env=ENV,
        check=True,
    )
    return time.perf_counter() - start


def build_times(work: Path, runs: int) -> tuple[float, float, Path, Path]:
    bare_config = bare_project(work / "bare")
    ours_config = ROOT / "mkdocs.yml"
    ours_site = work / "ours-site"
    timed_build(ours_config, ours_site)  # warm-up (disk cache, .pyc files)
    timed_build(bare_config, work / "bare-site")
    ours, bare = [], []
    for _ in range(runs):
        ours.append(timed_build(ours_config, ours_site))
        bare.append(timed_build(bare_config, work / "bare-site"))
    return statistics.median(ours), statistics.median(bare), ours_site, work / "bare-site"


# --- The site served compressed on 127.0.0.1 -------------------------------------------------


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzip-compressed when the browser accepts it, on kept-alive HTTP/1.1
    connections (as any web host does)."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # redirects "dir" to "dir/"
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.is_file() and path.suffix in COMPRESSIBLE):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return BytesIO(body)


class QuietServer(http.server.ThreadingHTTPServer):
    """A browser that closes a connection it no longer needs is no error of the bench."""

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def serve(site: Path):
    server = QuietServer(("127.0.0.1", 0), partial(GzipHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


def cold_load_bytes(browser, base_url: str, path: str) -> tuple[int, int]:
    """Bytes received (compressed bodies and headers) when a fresh browser loads a page, the
    search index excepted, requests of the search worker included; and the compressed bodies
    of our own JS and CSS among them (the style sheet written into the page included)."""
    context = browser.new_context()
    finished = []
    context.on("requestfinished", lambda request: finished.append(request))
    page = context.new_page()
    page.goto(base_url + path, wait_until="networkidle")
    total = ours = 0
    for request in finished:
        address = request.url.split("?")[0]
        if address.endswith(SEARCH_INDEX):
            continue
        sizes = request.sizes()
        total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        if address.startswith(base_url) and address[len(base_url) :] in OUR_ASSETS:
            ours += sizes["responseBodySize"]
    inline = style_text(INLINE_STYLE.read_text("utf-8")) if INLINE_STYLE.is_file() else None
    if inline and page.evaluate(
        "css => [...document.querySelectorAll('head style')].some(s => s.textContent === css)",
        inline,
    ):
        ours += len(gzip.compress(inline.encode("utf-8"), 6))
    # A page type's own sheets, written into the page too (hooks/guide_style.py PAGE_STYLES).
    for text in page.evaluate(
        "[...document.querySelectorAll('head style[data-guide-style]')].map(s => s.textContent)"
    ):
        ours += len(gzip.compress(text.encode("utf-8"), 6))
    context.close()
    return total, ours


def transferred_kb(base_url: str) -> dict[str, tuple[float, float]]:
    """Compressed kilobytes of a cold first load of each page type: everything, ours."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROME, args=["--no-sandbox"])
        sizes = {}
        for name, path in PAGES.items():
            total, ours = cold_load_bytes(browser, base_url, path)
            sizes[name] = (total / 1024, ours / 1024)
        browser.close()
    return sizes


CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def lighthouse_report(url: str) -> dict:
    """One Lighthouse run on one URL: its report."""
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "report.json"
        subprocess.run(
            [
                "node",
                str(LIGHTHOUSE),
                url,
                "--quiet",
                "--output=json",
                f"--output-path={output}",
                f"--only-categories={','.join(CATEGORIES)}",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
            ],
            env={**ENV, "CHROME_PATH": CHROME},
            check=True,
        )
        return json.loads(output.read_text("utf-8"))


def lighthouse_pair(url: str, bare_url: str, runs: int) -> tuple[dict, dict]:
    """Scores of our page and of bare Material's, their runs taken in turn (ours, bare, ours…):
    a machine that slows down or speeds up during the run weighs on both alike."""
    reports: tuple[list, list] = ([], [])
    for _ in range(runs):
        reports[0].append(lighthouse_report(url))
        reports[1].append(lighthouse_report(bare_url))
    return lighthouse_scores(reports[0]), lighthouse_scores(reports[1])


def lighthouse_scores(results: list[dict]) -> dict:
    """Scores (0-100) of one URL's runs: each category and metric, the median of the runs."""
    scores = {
        category: round(
            100 * statistics.median(r["categories"][category]["score"] for r in results)
        )
        for category in CATEGORIES
    }
    scores["metrics"] = {
        name: statistics.median(r["audits"][audit]["numericValue"] for r in results)
        for name, audit in METRICS.items()
    }
    scores["failed"] = sorted(
        {
            f"{category}: {audit}"
            for r in results[:1]
            for category in CATEGORIES
            for ref in r["categories"][category]["auditRefs"]
            if ref["weight"] > 0
            for audit in [ref["id"]]
            if (r["audits"][audit]["score"] is not None and r["audits"][audit]["score"] < 1)
        }
    )
    return scores


# --- The table -------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    chromium = subprocess.run([CHROME, "--version"], capture_output=True, text=True).stdout.strip()
    return (
        f"{cpu}, {os.cpu_count()} cœurs, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, {chromium}"
    )


def mark(ok: bool) -> str:
    return "oui" if ok else "**non**"


def _metrics(result: dict) -> str:
    values = result["metrics"]
    return (
        f"FCP {values['FCP'] / 1000:.1f} s, LCP {values['LCP'] / 1000:.1f} s, "
        f"TBT {values['TBT']:.0f} ms, CLS {values['CLS']:.3f}"
    )


def _gap(ours: dict, bare: dict) -> tuple[str, bool]:
    """Performance and blocking time of our page against bare Material's, and whether ours
    stays within the targets (at most 1 point and 50 ms of blocking time worse)."""
    perf, bare_perf = ours["performance"], bare["performance"]
    tbt, bare_tbt = ours["metrics"]["TBT"], bare["metrics"]["TBT"]
    fcp, bare_fcp = ours["metrics"]["FCP"] / 1000, bare["metrics"]["FCP"] / 1000
    text = (
        f"perf. {perf} / {bare_perf} ({perf - bare_perf:+d}), TBT {tbt:.0f} / {bare_tbt:.0f} ms "
        f"({tbt - bare_tbt:+.0f} ms), FCP {fcp:.2f} / {bare_fcp:.2f} s"
    )
    ok = perf >= bare_perf - TARGETS["points"] and tbt <= bare_tbt + TARGETS["tbt_ms"]
    return text, ok


def table(ours: float, bare: float, sizes: dict, scores: dict, bare_scores: dict) -> str:
    ratio = ours / bare
    lines = [
        f"Mesuré le {datetime.date.today().isoformat()} sur : {machine()}.",
        "",
        "| Mesure | Valeur | Objectif | Atteint |",
        "| ------ | ------ | -------- | ------- |",
        f"| Construction : notre site / Material nu (même Markdown) | {ours:.2f} s / {bare:.2f} s "
        f"= {ratio:.2f} | ≤ {TARGETS['ratio']} | {mark(ratio <= TARGETS['ratio'])} |",
    ]
    for name, (size, _own) in sizes.items():
        lines.append(
            f"| Premier chargement, compressé, hors index de recherche : {name} | {size:.0f} Ko "
            f"| ≤ {TARGETS['kb']} Ko | {mark(size <= TARGETS['kb'])} |"
        )
    limit = TARGETS["ours_kb"]
    for name, (_size, own) in sizes.items():
        target, ok = (f"≤ {limit} Ko", mark(own <= limit)) if name == GUIDE_PAGE else ("—", "—")
        lines.append(f"| Notre JS + CSS, compressé : {name} | {own:.1f} Ko | {target} | {ok} |")
    for name, result in scores.items():
        values = [result[c] for c in ("performance", "accessibility", "best-practices", "seo")]
        ok = result["accessibility"] == 100 and result["metrics"]["CLS"] <= TARGETS["cls"]
        lines.append(
            f"| Lighthouse mobile (perf. / access. / bonnes pratiques / SEO) : {name} "
            f"({_metrics(result)}) | {' / '.join(map(str, values))} "
            f"| access. 100, CLS ≤ {TARGETS['cls']} | {mark(ok)} |"
        )
    for name, result in scores.items():
        text, ok = _gap(result, bare_scores[name])
        lines.append(
            f"| Notre page / Material nu, même page, même passage : {name} | {text} "
            f"| perf. ≥ nu − {TARGETS['points']}, TBT ≤ nu + {TARGETS['tbt_ms']} ms | {mark(ok)} |"
        )
    for name, result in bare_scores.items():
        values = [result[c] for c in ("performance", "accessibility", "best-practices", "seo")]
        lines.append(
            f"| Lighthouse mobile (perf. / access. / bonnes pratiques / SEO) : Material nu, "
            f"{name} ({_metrics(result)}) | {' / '.join(map(str, values))} | (référence) | — |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="constructions mesurées de chaque")
    parser.add_argument("--lighthouse-runs", type=int, default=5)
    parser.add_argument(
        "--readme", action="store_true", help="écrire aussi le tableau dans README.md"
    )
    parser.add_argument("--capture", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.capture:
        capture_markdown(args.capture)
        return 0
    if not LIGHTHOUSE.is_file():
        print("Lighthouse manque : lancez « make bench » (npm ci dans bench/).", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        print("Constructions…", file=sys.stderr)
        ours, bare, site, bare_site = build_times(work, args.runs)
        url, server = serve(site)
        bare_url, bare_server = serve(bare_site)
        print("Poids des pages…", file=sys.stderr)
        sizes = transferred_kb(url)
        scores, bare_scores = {}, {}
        for name, path in PAGES.items():
            print(f"Lighthouse : {name} (notre site et Material nu, tour à tour)…", file=sys.stderr)
            scores[name], bare_scores[name] = lighthouse_pair(
                url + path, bare_url + path, args.lighthouse_runs
            )
        server.shutdown()
        bare_server.shutdown()
    result = table(ours, bare, sizes, scores, bare_scores)
    print(result)
    flagged = {name: s["failed"] for name, s in scores.items() if s["failed"]}
    for name, audits in flagged.items():
        print(f"\nLighthouse signale ({name}) : {', '.join(audits)}")
    if args.readme:
        readme = ROOT / "README.md"
        text = readme.read_text("utf-8")
        start, end = text.index(README_START) + len(README_START), text.index(README_END)
        readme.write_text(f"{text[:start]}\n{result}\n{text[end:]}", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
