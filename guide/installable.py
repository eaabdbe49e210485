"""The guide on a phone: installable (a web app manifest) and kept whole for use without network
(the list of files the service worker, docs/service-worker.js, keeps, with the version they make).

Both files are written at the end of the build (hooks/installable.py), from the site as built:
the list is what the site holds, so a page or a download added later is kept too. Not in the
offline edition (file:// has no service worker) nor while `make serve` rebuilds pages at each
save (a kept copy would hide the edits).
"""

from __future__ import annotations

import hashlib
import json
import posixpath
from pathlib import Path

from .mission import Mission

WEB_MANIFEST = "manifest.webmanifest"
FILE_LIST = "guide-hors-ligne.json"  # read by docs/service-worker.js
SERVICE_WORKER = "service-worker.js"  # at the site's root: its scope is the whole site
DEFAULT_ICON = "assets/images/icone-du-guide.svg"

# Material's primary colours (its palette stylesheet), for the phone's title bar.
THEME_COLOURS = {
    "indigo": "#4051b5",
    "deep purple": "#7e56c2",
    "purple": "#ab47bd",
    "blue grey": "#546d78",
    "brown": "#795649",
    "grey": "#757575",
}
DEFAULT_COLOUR = "indigo"  # mkdocs.yml's

_ICON_TYPES = {".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg"}
_ICON_TYPES |= {".jpeg": "image/jpeg", ".webp": "image/webp"}

# Not kept: source maps (for developers), the search's languages other than French, the offline
# zip (for computers), and the worker's own files.
_LUNR = "assets/javascripts/lunr/"
_LUNR_KEPT = {"min/lunr.fr.min.js", "min/lunr.stemmer.support.min.js", "min/lunr.multi.min.js"}


def enabled(offline_edition: bool, serving: bool) -> bool:
    """Whether the site offers itself to be installed and kept (see the module's docstring)."""
    return not offline_edition and not serving


def web_manifest(mission: Mission) -> dict:
    """The web app manifest: names, colour and icon from mission.yml; relative addresses, so
    that it holds under any sub-path (GitHub or GitLab Pages)."""
    settings = mission.site
    colour = THEME_COLOURS[(settings and settings.couleur) or DEFAULT_COLOUR]
    icon = (settings and settings.logo) or DEFAULT_ICON
    kind = _ICON_TYPES.get(posixpath.splitext(icon)[1].lower(), "image/png")
    sizes = "any" if kind == "image/svg+xml" else "192x192 512x512"
    return {
        "name": mission.site_title,
        "short_name": mission.collectivite.nom,
        "description": f"Guide de la mission exploratoire, {mission.period}",
        "lang": "fr",
        "dir": "ltr",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "theme_color": colour,
        "background_color": "#ffffff",
        "icons": [{"src": icon, "sizes": sizes, "type": kind, "purpose": "any"}],
    }


def kept(path: str) -> bool:
    """Whether the site's file at `path` (from its root, with /) is kept on the phone."""
    if path.endswith((".map", ".zip")) or path in {SERVICE_WORKER, FILE_LIST}:
        return False
    if path.startswith(_LUNR):
        return path.removeprefix(_LUNR) in _LUNR_KEPT
    return True


def file_list(site_dir: Path) -> dict:
    """What the service worker keeps: each file's address from the site's root (a page by its
    folder, « avant-de-partir/ », as the guide links to it), the total size, and the version,
    a digest of every kept file: any change makes a new version, fetched whole."""
    digest = hashlib.sha256()
    files, total = [], 0
    for path in sorted(site_dir.rglob("*")):
        name = path.relative_to(site_dir).as_posix()
        if not path.is_file() or not kept(name):
            continue
        content = path.read_bytes()
        digest.update(name.encode() + b"\0" + hashlib.sha256(content).digest())
        total += len(content)
        if name == "index.html":
            name = "./"
        elif name.endswith("/index.html"):
            name = name.removesuffix("index.html")
        files.append(name)
    return {"version": digest.hexdigest()[:16], "taille": total, "fichiers": files}


def write_files(site_dir: Path, manifest: dict) -> None:
    """Write the manifest (`web_manifest`'s) and the list of kept files into the built site;
    the guide's own icon (no logo in mission.yml) in the site's colour (`site.couleur`)."""
    icon = site_dir / DEFAULT_ICON
    if manifest["icons"][0]["src"] == DEFAULT_ICON and icon.is_file():
        drawn = icon.read_text("utf-8").replace(
            THEME_COLOURS[DEFAULT_COLOUR], manifest["theme_color"]
        )
        icon.write_text(drawn, "utf-8")
    text = json.dumps(manifest, ensure_ascii=False, indent=1)
    (site_dir / WEB_MANIFEST).write_text(text + "\n", "utf-8")
    (site_dir / FILE_LIST).write_text(json.dumps(file_list(site_dir)), "utf-8")


def keep_block(offered: bool) -> str:
    """The home page's « Garder le guide sur ce téléphone » (keep.js fills its status, in a
    space kept for it: nothing moves); nothing where the site does not offer it."""
    if not offered:
        return ""
    return (
        '<div class="guide-keep" data-guide-keep>'
        '<button type="button" class="md-button" data-guide-keep-button>'
        "Garder le guide sur ce téléphone</button>"
        # Its room from the first paint (two lines at 390 px): keep.js writes in it later.
        '<p class="guide-keep__status" data-guide-keep-status role="status" '
        'style="min-height: 3em">'
        "Tout le guide, pour le consulter sans réseau.</p></div>"
    )
