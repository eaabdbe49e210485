"""The terms of reference's pages, for the macros: each is a document's content rendered by a
writer (the printable page, filled or blank, in French, in the partner's language or in both;
the online form)."""

from __future__ import annotations

from ..mission import Mission
from ..text import escape
from ..typography import french_text
from .catalogue import document
from .editions import bilingual, language_name, untranslated
from .form import to_form_html
from .html import to_html
from .terms import TERMS_FORM, build_terms, build_terms_form


def terms_page(mission: Mission | None) -> str:
    """Macro: the filled terms of reference (or the blank template with None)."""
    return to_html(build_terms(mission))


def form_page(contract_data: dict) -> str:
    """Macro: the blank template made editable, with the contract of mission.yml for the page."""
    return to_form_html(build_terms_form(), TERMS_FORM, contract_data)


def edition_title(mission: Mission, page: str) -> str:
    """The title of the partner's edition ("partenaire") or of the bilingual one ("bilingue")."""
    language = mission.partenaire.langue_des_documents
    if page == "bilingue":
        if not language:
            return "Termes de référence bilingues"
        return f"Termes de référence bilingues (français et {language_name(language)})"
    if not language:
        return "Termes de référence dans la langue du partenaire"
    return f"Termes de référence en {language_name(language)}"


def edition_page(mission: Mission, page: str) -> str:
    """Macro: the partner's edition ("partenaire") or the bilingual edition ("bilingue"); without
    partenaire.langue_des_documents, a line that says how to have them (the page is not in
    the navigation then)."""
    language = mission.partenaire.langue_des_documents
    if not language:
        return (
            '<p class="terms-screen">'
            + french_text(
                "Cette page présente les termes de référence dans la langue du partenaire "
                "quand le fichier mission.yml l'indique : la clé "
                "partenaire.langue_des_documents vaut en (anglais), es (espagnol) ou "
                "pt (portugais).",
                apostrophes=True,
            )
            + "</p>"
        )
    partner = build_terms(mission, language)
    if page == "bilingue":
        return to_html(bilingual(build_terms(mission), partner))
    return to_html(partner)


def untranslated_list(mission: Mission) -> str:
    """Macro (screen only): the free texts that the partner's edition shows in French."""
    language = mission.partenaire.langue_des_documents
    paths = untranslated(mission, language) if language else []
    if not paths:
        return ""
    items = "".join(
        f"<li><code>{escape(path)}</code>{escape(french_text(' : '))}{escape(text)}</li>"
        for path, text in paths
    )
    intro = french_text(
        f"Ces textes de mission.yml n'ont pas de traduction en {language_name(language)} : "
        "ils restent en français dans cette édition. Pour en donner la traduction, écrivez "
        f"sous la clé une ligne « fr: » suivie du texte français, puis une ligne "
        f"« {language}: » suivie de sa traduction.",
        apostrophes=True,
    )
    return (
        f'<div class="terms-screen terms-untranslated"><p>{escape(intro)}</p><ul>{items}</ul></div>'
    )


def mission_document(mission: Mission, slug: str, blank: bool = False) -> str:
    """Macro: a mission document's printable page, filled (or blank)."""
    return to_html(document(slug).edition(mission, blank))
