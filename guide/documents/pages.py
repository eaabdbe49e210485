"""The terms of reference's pages, for the macros: each is a document's content rendered by a
writer (the printable page, filled or blank; the online form)."""

from __future__ import annotations

from ..mission import Mission
from .catalogue import document
from .form import to_form_html
from .html import to_html
from .terms import TERMS_FORM, build_terms, build_terms_form


def terms_page(mission: Mission | None) -> str:
    """Macro: the filled terms of reference (or the blank template with None)."""
    return to_html(build_terms(mission))


def form_page(contract_data: dict) -> str:
    """Macro: the blank template made editable, with the contract of mission.yml for the page."""
    return to_form_html(build_terms_form(), TERMS_FORM, contract_data)


def mission_document(mission: Mission, slug: str, blank: bool = False) -> str:
    """Macro: a mission document's printable page, filled (or blank)."""
    return to_html(document(slug).build(None if blank else mission))
