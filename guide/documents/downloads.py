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
from ..pages import document_page, folder, relative_link, relative_url
from ..text import escape
from .catalogue import DOCUMENTS, document
from .docx import to_docx
from .editions import bilingual, language_name
from .ics import to_ics
from .letter import build_letter
from .terms import build_terms

TERMS_PAGE_DIR = folder("terms")
DOCX_FILLED = "termes-de-reference.docx"
DOCX_BLANK = "termes-de-reference-vierge.docx"
ICS_PROGRAMME = "programme-de-la-mission.ics"
CONTRACT_JSON = "contrat-mission-yml.json"
# The documents for the partner, in its language (partenaire.langue_des_documents), and the
# bilingual edition: "{language}" is en, es or pt.
DOCX_PARTNER = "termes-de-reference-{language}.docx"
DOCX_PARTNER_BLANK = "termes-de-reference-vierge-{language}.docx"
DOCX_BILINGUAL = "termes-de-reference-bilingues-fr-{language}.docx"
ICS_PARTNER = "programme-de-la-mission-{language}.ics"
LETTER_PARTNER = "lettre-au-partenaire-{language}.docx"
# The mission's documents' .docx files, beside the page that lists them.
DOCUMENTS_DIR = folder("documents")


def _download(href: str, label: str, kind: str) -> str:
    return (
        f'<li><a class="terms-download" href="{escape(href)}" download>{escape(label)}</a> '
        f'<span class="terms-download-kind">({escape(kind)})</span></li>'
    )


def downloads(mission: Mission, page: str, page_url: str) -> str:
    """Macro: links to the files written at build time into TERMS_PAGE_DIR.

    `page` is "rempli" (the filled terms), "vierge" (the blank template), "partenaire" (the
    partner's edition) or "bilingue" (the bilingual edition); `page_url` is the
    URL of the page that shows the links ("outils/termes-de-reference/", or
    "outils/termes-de-reference.html" in the offline edition): links are relative to it.
    """
    where = relative_url(TERMS_PAGE_DIR, page_url)
    prefix = "" if where == "." else where + "/"
    language = mission.partenaire.langue_des_documents
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
    return f'<ul class="terms-downloads">{"".join(links)}</ul>'


def _edition_downloads(mission: Mission, page: str, prefix: str, language: str) -> str:
    name = language_name(language)
    if page == "bilingue":
        links = [
            _download(
                prefix + DOCX_BILINGUAL.format(language=language),
                f"Les termes de référence bilingues (français et {name}), à signer",
                "Word .docx",
            )
        ]
    else:
        links = [
            _download(
                prefix + DOCX_PARTNER.format(language=language),
                f"Les termes de référence en {name}, à modifier dans un traitement de texte",
                "Word .docx",
            ),
            _download(
                prefix + DOCX_PARTNER_BLANK.format(language=language),
                f"Le modèle vierge en {name}, à remplir",
                "Word .docx, à imprimer ou à modifier",
            ),
            _download(
                prefix + LETTER_PARTNER.format(language=language),
                f"La lettre au partenaire en {name}, à signer par l’exécutif",
                "Word .docx",
            ),
            _download(
                prefix + ICS_PARTNER.format(language=language),
                f"Le programme en {name} ({len(mission.programme)} activités) pour un agenda",
                "iCalendar .ics",
            ),
        ]
    return f'<ul class="terms-downloads">{"".join(links)}</ul>'


def write_downloads(site_dir: Path, mission: Mission) -> list[Path]:
    """Write the .docx (filled, blank), the .ics and the contract of mission.yml (JSON)."""
    target = Path(site_dir) / TERMS_PAGE_DIR
    target.mkdir(parents=True, exist_ok=True)
    files = {
        DOCX_FILLED: to_docx(build_terms(mission)),
        DOCX_BLANK: to_docx(build_terms(None)),
        ICS_PROGRAMME: to_ics(mission),
        CONTRACT_JSON: json.dumps(contract(), ensure_ascii=False, indent=1).encode("utf-8"),
    }
    language = mission.partenaire.langue_des_documents
    if language:
        partner = build_terms(mission, language)
        files[DOCX_PARTNER.format(language=language)] = to_docx(partner)
        files[DOCX_PARTNER_BLANK.format(language=language)] = to_docx(build_terms(None, language))
        bilingual_terms = bilingual(build_terms(mission), partner)
        files[DOCX_BILINGUAL.format(language=language)] = to_docx(bilingual_terms)
        files[ICS_PARTNER.format(language=language)] = to_ics(mission, language=language)
        letter = build_letter(mission, language)
        files[LETTER_PARTNER.format(language=language)] = to_docx(letter)
    written = []
    for name, content in files.items():
        (target / name).write_bytes(content)
        written.append(target / name)
    return written


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
    return f'<ul class="terms-downloads">{"".join(links)}</ul>'


def documents_table(page_source: str, page_url: str) -> str:
    """Macro: the list of the mission's documents (Markdown table: pages and .docx links)."""
    prefix = _docx_prefix(page_url)
    rows = [
        "| Document | À imprimer | À modifier (Word .docx) |",
        "| --- | --- | --- |",
    ]
    for entry in DOCUMENTS:
        filled = relative_link(document_page(entry.slug), page_source)
        blank = relative_link(document_page(entry.slug, True), page_source)
        rows.append(
            f"| **{escape(entry.title)}** : {escape(entry.summary)} "
            f"| [rempli]({filled}) · [vierge]({blank}) "
            f'| <a href="{escape(prefix + entry.docx_name())}" download>rempli</a> · '
            f'<a href="{escape(prefix + entry.docx_name(True))}" download>vierge</a> |'
        )
    return "\n".join(rows)


def write_document_downloads(site_dir: Path, mission: Mission) -> list[Path]:
    """Write each mission document's .docx, filled and blank."""
    target = Path(site_dir) / DOCUMENTS_DIR
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for entry in DOCUMENTS:
        for blank in (False, True):
            path = target / entry.docx_name(blank)
            path.write_bytes(to_docx(entry.build(None if blank else mission)))
            written.append(path)
    return written
