"""The terms of reference's downloads: their file names, the links to them (a macro) and
`write_downloads`, which writes them at build time beside the filled terms' page (called from
on_post_build in macros/__init__.py).

The files: the terms as .docx (filled and blank), the programme as .ics and the contract of
mission.yml (JSON) that the online form checks with.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..mission import Mission, contract
from ..pages import folder, relative_url
from ..text import escape
from .docx import to_docx
from .ics import deadlines_to_ics, to_ics
from .terms import build_terms

TERMS_PAGE_DIR = folder("terms")
DOCX_FILLED = "termes-de-reference.docx"
DOCX_BLANK = "termes-de-reference-vierge.docx"
ICS_PROGRAMME = "programme-de-la-mission.ics"
CONTRACT_JSON = "contrat-mission-yml.json"
# The tasks' deadlines as a calendar, beside the échéancier page.
SCHEDULE_PAGE_DIR = folder("schedule")
ICS_DEADLINES = "echeances-de-la-mission.ics"


def _download(href: str, label: str, kind: str) -> str:
    return (
        f'<li><a class="terms-download" href="{escape(href)}" download>{escape(label)}</a> '
        f'<span class="terms-download-kind">({escape(kind)})</span></li>'
    )


def downloads(mission: Mission, page: str, page_url: str) -> str:
    """Macro: links to the files written at build time into TERMS_PAGE_DIR.

    `page` is "rempli" (the filled terms) or "vierge" (the blank template); `page_url` is the
    URL of the page that shows the links ("outils/termes-de-reference/", or
    "outils/termes-de-reference.html" in the offline edition): links are relative to it.
    """
    where = relative_url(TERMS_PAGE_DIR, page_url)
    prefix = "" if where == "." else where + "/"
    links = []
    if page == "rempli":
        links.append(
            _download(
                prefix + DOCX_FILLED,
                "Ces termes de référence, à modifier dans un traitement de texte",
                "Word .docx",
            )
        )
    links.append(
        _download(
            prefix + DOCX_BLANK,
            "Le modèle vierge, à remplir",
            "Word .docx, à imprimer ou à modifier",
        )
    )
    if page == "rempli":
        links.append(
            _download(
                prefix + ICS_PROGRAMME,
                f"Le programme ({len(mission.programme)} activités) pour votre agenda",
                "iCalendar .ics : Outlook, Thunderbird, Google Agenda, téléphone",
            )
        )
    return f'<ul class="terms-downloads">{"".join(links)}</ul>'


def write_downloads(site_dir: Path, mission: Mission, tasks: dict | None = None) -> list[Path]:
    """Write the .docx (filled, blank), the .ics and the contract of mission.yml (JSON);
    `tasks`: the guide's tasks for the contract (guide/planning.py `task_catalogue`)."""
    target = Path(site_dir) / TERMS_PAGE_DIR
    target.mkdir(parents=True, exist_ok=True)
    files = {
        DOCX_FILLED: to_docx(build_terms(mission)),
        DOCX_BLANK: to_docx(build_terms(None)),
        ICS_PROGRAMME: to_ics(mission),
        CONTRACT_JSON: json.dumps(contract(tasks), ensure_ascii=False, indent=1).encode("utf-8"),
    }
    written = []
    for name, content in files.items():
        (target / name).write_bytes(content)
        written.append(target / name)
    return written


def deadlines_download(count: int, page_url: str) -> str:
    """Macro: the link to the deadlines' calendar (written by `write_deadlines`)."""
    where = relative_url(SCHEDULE_PAGE_DIR, page_url)
    prefix = "" if where == "." else where + "/"
    dated = "tâches datées" if count > 1 else "tâche datée"
    label = f"Les échéances ({count} {dated}) pour votre agenda"
    return (
        '<ul class="terms-downloads">'
        + _download(
            prefix + ICS_DEADLINES,
            label,
            "iCalendar .ics, un événement par échéance : Outlook, Thunderbird, Google Agenda",
        )
        + "</ul>"
    )


def write_deadlines(site_dir: Path, mission: Mission, entries: list[dict]) -> Path:
    """Write the deadlines' calendar beside the échéancier page."""
    target = Path(site_dir) / SCHEDULE_PAGE_DIR
    target.mkdir(parents=True, exist_ok=True)
    (target / ICS_DEADLINES).write_bytes(deadlines_to_ics(mission, entries))
    return target / ICS_DEADLINES
