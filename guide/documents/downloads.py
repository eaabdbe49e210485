"""The site's downloads: their file names, the links to them (macros) and `download_files`,
which makes them when the build starts (define_env, right after validation), and
`write_downloads`, which writes them (on_post_build in macros/__init__.py: nothing left there
that can fail on the mission's data).

The files: the terms as .docx (filled and blank, and in the partner's language), the programme
as .ics, the contract of mission.yml (JSON) that the online form checks with, the mission's
documents as .docx, the deadlines as .ics.
"""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

from ..french import plural
from ..markup import render
from ..mission import Mission, contract
from ..pages import document_page, folder, relative_link, relative_url
from .catalogue import DOCUMENTS, document
from .editions import bilingual, language_name
from .languages import Language, partner_locale
from .letter import build_letter
from .terms import build_terms

TERMS_PAGE_DIR = folder("terms")
DOCX_FILLED = "termes-de-reference.docx"
DOCX_BLANK = "termes-de-reference-vierge.docx"
ICS_PROGRAMME = "programme-de-la-mission.ics"
CONTRACT_JSON = "contrat-mission-yml.json"
# The tasks' deadlines as a calendar, beside the échéancier page.
SCHEDULE_PAGE_DIR = folder("schedule")
ICS_DEADLINES = "echeances-de-la-mission.ics"
# The documents for the partner, in its language (partenaire.langue_des_documents), and the
# bilingual edition: "{language}" is en, es or pt.
DOCX_PARTNER = "termes-de-reference-{language}.docx"
DOCX_PARTNER_BLANK = "termes-de-reference-vierge-{language}.docx"
DOCX_BILINGUAL = "termes-de-reference-bilingues-fr-{language}.docx"
ICS_PARTNER = "programme-de-la-mission-{language}.ics"
LETTER_PARTNER = "lettre-au-partenaire-{language}.docx"
# The mission's documents' .docx files, beside the page that lists them.
DOCUMENTS_DIR = folder("documents")


def _download(href: str, label: str, kind: str) -> dict:
    return {"href": href, "label": label, "kind": kind}


def _list(links: list[dict]) -> str:
    return render("downloads/list.html", links=links)


def downloads(mission: Mission, page: str, page_url: str) -> str:
    """Macro: links to the files written at build time into TERMS_PAGE_DIR.

    `page` is "rempli" (the filled terms), "vierge" (the blank template), "partenaire" (the
    partner's edition) or "bilingue" (the bilingual edition); `page_url` is the
    URL of the page that shows the links ("outils/termes-de-reference/", or
    "outils/termes-de-reference.html" in the offline edition): links are relative to it.
    """
    where = relative_url(TERMS_PAGE_DIR, page_url)
    prefix = "" if where == "." else where + "/"
    language = partner_locale(mission.partenaire)
    if page in ("partenaire", "bilingue"):
        return _edition_downloads(mission, page, prefix, language) if language else ""
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
    return _list(links)


def _edition_downloads(mission: Mission, page: str, prefix: str, language: str) -> str:
    name = language_name(language)
    code = Language(language).code  # the files' names: the language without its region
    if page == "bilingue":
        links = [
            _download(
                prefix + DOCX_BILINGUAL.format(language=code),
                f"Les termes de référence bilingues (français et {name}), à signer",
                "Word .docx",
            )
        ]
    else:
        links = [
            _download(
                prefix + DOCX_PARTNER.format(language=code),
                f"Les termes de référence en {name}, à modifier dans un traitement de texte",
                "Word .docx",
            ),
            _download(
                prefix + DOCX_PARTNER_BLANK.format(language=code),
                f"Le modèle vierge en {name}, à remplir",
                "Word .docx, à imprimer ou à modifier",
            ),
            _download(
                prefix + LETTER_PARTNER.format(language=code),
                f"La lettre au partenaire en {name}, à signer par l’exécutif",
                "Word .docx",
            ),
            _download(
                prefix + ICS_PARTNER.format(language=code),
                f"Le programme en {name} ({len(mission.programme)} activités) pour un agenda",
                "iCalendar .ics",
            ),
        ]
    return _list(links)


def download_files(
    mission: Mission, tasks: dict | None = None, docs_dir: Path | None = None
) -> dict[str, bytes]:
    """Every download, as bytes by its path in the site: the terms (.docx filled and blank,
    the programme's .ics, the contract of mission.yml), the partner's editions and the
    mission's documents (the deadlines' calendar: `deadline_file`). Every .docx in the
    authority's Word model (site.modele_word, under `docs_dir`) when mission.yml names one.

    Made when the build starts, right after mission.yml is validated (define_env): a
    generator that failed would stop the build before anything is written."""
    # The writers are imported here, where the files are made: in the build's other process
    # (guide/project.py start_downloads), off the pages' path (python-docx, icalendar).
    from .docx import to_docx as word_document
    from .ics import to_ics

    site = mission.site
    if site is not None and site.modele_word and docs_dir is not None:
        to_docx = partial(word_document, model=Path(docs_dir) / site.modele_word)
    else:
        to_docx = word_document
    files = {
        DOCX_FILLED: to_docx(build_terms(mission)),
        DOCX_BLANK: to_docx(build_terms(None)),
        ICS_PROGRAMME: to_ics(mission),
        CONTRACT_JSON: json.dumps(contract(tasks), ensure_ascii=False, indent=1).encode("utf-8"),
    }
    language = partner_locale(mission.partenaire)
    if language:
        code = Language(language).code  # the files' names: the language without its region
        partner = build_terms(mission, language)
        files[DOCX_PARTNER.format(language=code)] = to_docx(partner)
        files[DOCX_PARTNER_BLANK.format(language=code)] = to_docx(build_terms(None, language))
        bilingual_terms = bilingual(build_terms(mission), partner)
        files[DOCX_BILINGUAL.format(language=code)] = to_docx(bilingual_terms)
        files[ICS_PARTNER.format(language=code)] = to_ics(mission, language=language)
        letter = build_letter(mission, language)
        files[LETTER_PARTNER.format(language=code)] = to_docx(letter)
    terms = {f"{TERMS_PAGE_DIR}/{name}": content for name, content in files.items()}
    for entry in DOCUMENTS:
        for blank in (False, True):
            name = f"{DOCUMENTS_DIR}/{entry.docx_name(blank)}"
            terms[name] = to_docx(entry.edition(mission, blank))
    return terms


def write_downloads(site_dir: Path, files: dict[str, bytes]) -> list[Path]:
    """Write the downloads (`files`, made by download_files) into the site."""
    written = []
    for name, content in files.items():
        path = Path(site_dir) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        written.append(path)
    return written


def deadlines_download(count: int, page_url: str, after: int = 0) -> str:
    """Macro: the link to the deadlines' calendar (made by `deadline_file`); `after`: the steps
    after the return it also holds (follow-up, the yearly declaration)."""
    where = relative_url(SCHEDULE_PAGE_DIR, page_url)
    prefix = "" if where == "." else where + "/"
    dated = "tâches datées" if count > 1 else "tâche datée"
    steps = f" et {plural(after, 'étape')} après le retour" if after else ""
    label = f"Les échéances ({count} {dated}{steps}) pour votre agenda"
    kind = "iCalendar .ics, un événement par échéance : Outlook, Thunderbird, Google Agenda"
    return _list([_download(prefix + ICS_DEADLINES, label, kind)])


def deadline_file(content: bytes) -> dict[str, bytes]:
    """The deadlines' calendar (made by `deadlines_to_ics`) by its path, beside the échéancier."""
    return {f"{SCHEDULE_PAGE_DIR}/{ICS_DEADLINES}": content}


# --- The mission's documents (catalogue.py) ---------------------------------------------------


def _docx_prefix(page_url: str) -> str:
    where = relative_url(DOCUMENTS_DIR, page_url)
    return "" if where == "." else where + "/"


def document_downloads(slug: str, blank: bool, page_url: str) -> str:
    """Macro: the .docx of a document's printable page (filled, or blank)."""
    entry, prefix = document(slug), _docx_prefix(page_url)
    links = (
        []
        if blank
        else [_download(prefix + entry.docx_name(), "Ce document, à modifier", "Word .docx")]
    )
    links.append(
        _download(prefix + entry.docx_name(True), "Le modèle vierge", "Word .docx, à remplir")
    )
    return _list(links)


def documents_table(mission: Mission, page_source: str, page_url: str) -> str:
    """Macro: the list of the mission's documents (Markdown table: pages, .docx links and the
    languages of each: French, or French and the partner's for the texts signed together)."""
    prefix = _docx_prefix(page_url)
    rows = [
        {
            "entry": entry,
            "filled": relative_link(document_page(entry.slug), page_source),
            "blank": relative_link(document_page(entry.slug, True), page_source),
            "docx": prefix + entry.docx_name(),
            "blank_docx": prefix + entry.docx_name(True),
            "languages": entry.languages_text(mission) or "français",
        }
        for entry in DOCUMENTS
    ]
    return render("downloads/documents.html", rows=rows)
