"""The pages that have a role in the guide, declared once (source paths under docs/), and
links between pages.

Each role's page is found here by every module that links to it, writes next to it or
measures it (bench/run.py); a fork that moves a page changes one line.
"""

from __future__ import annotations

import posixpath
from pathlib import Path

from markupsafe import Markup

from .markup import render
from .mission import Mission

ROLES = {
    "home": "index.md",
    "today": "aujourd-hui.md",
    "contacts": "contacts-et-urgences.md",
    "notes": "notes-de-reunion.md",
    "checklist": "outils/checklist.md",
    "schedule": "outils/echeancier.md",
    "terms": "outils/termes-de-reference.md",
    "terms_blank": "outils/termes-de-reference-vierge.md",
    "terms_form": "outils/remplir-les-termes-de-reference.md",
    # In the navigation only when mission.yml names the partner's language (nav_with_editions).
    "terms_partner": "outils/termes-de-reference-partenaire.md",
    "terms_bilingual": "outils/termes-de-reference-bilingues.md",
    "documents": "outils/documents-de-la-mission.md",
    "adapter": "adapter-ce-guide.md",
    "accessibility": "accessibilite.md",
    "resources": "ressources.md",
}


def page(role: str) -> str:
    """Source path of the page with `role` ("checklist" -> "outils/checklist.md")."""
    return ROLES[role]


# The printable pages of the mission's documents (guide/documents/catalogue.py), one folder.
DOCUMENT_PAGES = "outils/documents"


# The tools (the Outils part): the search ranks them after the guide's pages (hooks/search_fr.py).
TOOL_ROLES = (
    "checklist",
    "schedule",
    "terms",
    "terms_blank",
    "terms_form",
    "terms_partner",
    "terms_bilingual",
    "documents",
)


def tool_folders() -> tuple[str, ...]:
    """The URL folders of the tools' pages, the mission documents' pages included."""
    return (*(folder(role) for role in TOOL_ROLES), DOCUMENT_PAGES)


def document_page(slug: str, blank: bool = False) -> str:
    """Source path of a mission document's printable page (filled, or blank)."""
    return f"{DOCUMENT_PAGES}/{slug}{'-vierge' if blank else ''}.md"


def folder(role: str) -> str:
    """The folder the page is served from in a site with directory URLs (downloads go there)."""
    return ROLES[role].removesuffix(".md").removesuffix("index").rstrip("/")


def relative_link(target_page: str, from_page: str) -> str:
    """Markdown link target from `from_page` to `target_page` (both relative to docs/)."""
    return posixpath.relpath(target_page, posixpath.dirname(from_page) or ".")


def relative_url(target: str, page_url: str) -> str:
    """URL of `target` (a path from the site's root) relative to the page served at `page_url`
    ("outils/termes-de-reference/" on the web, "outils/termes-de-reference.html" offline)."""
    base = page_url if page_url.endswith("/") else posixpath.dirname(page_url)
    return posixpath.relpath(target or ".", base.strip("/") or ".")


def _insert_after(nav: list, path: str, entries: list) -> list:
    """`nav` with `entries` right after the entry of `path`, in its section (at any depth)."""
    found, result = -1, []
    for item in nav:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            item = {next(iter(item)): _insert_after(value, path, entries)}
        elif value == path:
            found = len(result)
        result.append(item)
    if found >= 0:
        result[found + 1 : found + 1] = entries
    return result


def nav_paths(nav: list | None) -> list[str]:
    """Every page path the plan names, at any depth."""
    paths = []
    for item in nav or []:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        paths += nav_paths(value) if isinstance(value, list) else [value]
    return paths


def nav_with_documents(nav: list | None, entries: list[dict[str, str]]) -> list:
    """The site's plan with the mission documents' pages (`entries`, { title: path }) right
    after the « Documents de la mission » page, in its section (a section of their own at the
    end when the plan has no such page); an entry whose page the plan already names stays
    where the plan puts it. Without a plan (`nav` empty), MkDocs lists every page itself."""
    named = set(nav_paths(nav))
    missing = [entry for entry in entries if next(iter(entry.values())) not in named]
    if not nav or not missing:
        return list(nav or [])
    if ROLES["documents"] not in named:  # a plan without that page: a section of their own
        return [*nav, {"Documents de la mission": missing}]
    return _insert_after(list(nav), ROLES["documents"], missing)


def nav_with_editions(nav: list | None, mission: Mission, docs_dir: Path, titles: dict) -> list:
    """The site's plan with the partner's edition and the bilingual edition of the terms of
    reference right after the terms, when mission.yml names the partner's language and the
    pages exist; the plan as it is otherwise (the pages stay reachable, a line on them says
    how to have them).

    `titles`: the entries' titles by role ("terms_partner", "terms_bilingual")."""
    nav = list(nav or [])
    editions = [role for role in titles if (Path(docs_dir) / ROLES[role]).is_file()]
    if not mission.partenaire.langue_des_documents or not editions:
        return nav
    return _insert_after(nav, ROLES["terms"], [{titles[role]: ROLES[role]} for role in editions])


def mission_banner(mission: Mission, today_line: str = "") -> str:
    """The home page's line naming the authority, its partner, the country and the dates;
    `today_line`: the hidden link to « Aujourd'hui » shown during the mission (guide/today.py)."""
    return render("pages/banner.html", mission=mission, today_line=Markup(today_line))
