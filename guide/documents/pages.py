"""The terms of reference's pages, for the macros: each is a document's content rendered by a
writer (the printable page, filled or blank, in French, in the partner's language or in both;
the online form)."""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path

from ..markup import render
from ..mission import Mission
from ..pages import DOCUMENT_PAGES
from ..typography import french_text
from .catalogue import DOCUMENTS, MissionDocument, document
from .editions import bilingual, language_name, untranslated
from .form import to_form_html
from .html import to_html
from .languages import partner_locale
from .terms import TERMS_FORM, build_terms, build_terms_form


def terms_page(mission: Mission | None) -> str:
    """Macro: the filled terms of reference (or the blank template with None)."""
    return to_html(build_terms(mission))


def form_page(contract_data: dict) -> str:
    """Macro: the blank template made editable, with the contract of mission.yml for the page."""
    return to_form_html(build_terms_form(), TERMS_FORM, contract_data)


def edition_title(mission: Mission, page: str) -> str:
    """The title of the partner's edition ("partenaire") or of the bilingual one ("bilingue")."""
    language = partner_locale(mission.partenaire)
    if page == "bilingue":
        if not language:
            return "Termes de référence bilingues"
        return f"Termes de référence bilingues (français et {language_name(language)})"
    if not language:
        return "Termes de référence dans la langue du partenaire"
    return f"Termes de référence en {language_name(language)}"


def edition_page(mission: Mission, page: str) -> str:
    """Macro: the partner's edition ("partenaire") or the bilingual edition ("bilingue"); without
    partenaire.langue_des_documents, a line that says how to have them, on paper too (the
    page is not in the navigation then)."""
    language = partner_locale(mission.partenaire)
    if not language:
        return (
            "<p>"
            + french_text(
                "Cette page présente les termes de référence dans la langue du partenaire "
                "quand le fichier mission.yml l'indique : la clé "
                "partenaire.langue_des_documents vaut en (anglais), es (espagnol) ou "
                "pt (portugais), seule ou avec le pays (es-PE, pt-BR…).",
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
    language = partner_locale(mission.partenaire)
    paths = untranslated(mission, language) if language else []
    if not paths:
        return ""
    intro = french_text(
        f"Ces textes de mission.yml n'ont pas de traduction en {language_name(language)} : "
        "ils restent en français dans cette édition. Pour en donner la traduction, écrivez "
        f"sous la clé une ligne « fr: » suivie du texte français, puis une ligne "
        f"« {language}: » suivie de sa traduction.",
        apostrophes=True,
    )
    return render("documents/untranslated.html", intro=intro, paths=paths, colon=french_text(" : "))


def mission_document(mission: Mission, slug: str, blank: bool = False) -> str:
    """Macro: a mission document's printable page, filled (or blank)."""
    return to_html(document(slug).edition(mission, blank))


# --- The printable pages of the mission's documents, made from the catalogue ----------------

_PRINT = (
    "Pour l'imprimer, utilisez la commande « Imprimer » de votre navigateur (Ctrl + P, ou "
    "Cmd + P sur Mac) : seul le document est imprimé, {paper}. Télécharger :"
)
_BLANK_INTRODUCTION = (
    "Le même document que le [document rempli]({slug}.md), avec {contents} vides à remplir à "
    "la main. Voir aussi les autres [documents de la mission](../documents-de-la-mission.md)."
)


def _document_page(entry: MissionDocument, blank: bool) -> str:
    page = entry.page
    description = f"{page.description}, à imprimer ou à modifier (.docx)."
    title, introduction, call = page.title, page.introduction, f'"{entry.slug}"'
    template = page.template
    if blank:
        own = page.blank_description or f"{page.description[0].lower()}{page.description[1:]}"
        description = (
            f"Modèle vierge à remplir à la main : {own}, à imprimer ou à modifier (.docx)."
        )
        title = f"{title} : modèle vierge"
        introduction = _BLANK_INTRODUCTION.format(slug=entry.slug, contents=page.blank_contents)
        template = "terms.html"
        call += ", vierge=True"
    paper = "sur une page A4" if page.one_page else "sur papier A4"
    # A blank model repeats its filled document's words: search lists that one only.
    unsearched = ["search:", "  exclude: true"] if blank else []
    return "\n".join(
        [
            "---",
            f"template: {template}",
            f"description: {json.dumps(description, ensure_ascii=False)}",
            *unsearched,
            "---",
            "",
            f"# {title}",
            "",
            '<div class="terms-screen" markdown>',
            "",
            introduction,
            "",
            _PRINT.format(paper=paper),
            "",
            f"{{{{ mission_document_downloads({call}) }}}}",
            "",
            "</div>",
            "",
            f"{{{{ mission_document({call}) }}}}",
            "",
        ]
    )


_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s#]+\.md)(#[^)\s]*)?\)")


def _existing_links(markdown: str, page: str, exists) -> str:
    """`markdown` with each link to a page that is not in the site left as its text: a fork
    without « Sur place » or the list of documents keeps the sentence, not a broken link."""

    def keep(link: re.Match) -> str:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), link[2]))
        return link[0] if exists(target) else link[1]

    return _LINK.sub(keep, markdown)


def document_pages(docs_dir: Path | None = None) -> dict[str, str]:
    """The printable pages (filled and blank) of every catalogue entry with a `page`, as
    Markdown by their path under docs/: the glue hands them to MkDocs as pages. A page written
    in `docs_dir` (a fork's own) wins over the one made here."""
    pages = {}
    for entry in DOCUMENTS:
        if entry.page is None:
            continue
        for blank in (False, True):
            path = f"{DOCUMENT_PAGES}/{entry.slug}{'-vierge' if blank else ''}.md"
            if docs_dir is None or not (Path(docs_dir) / path).exists():
                pages[path] = _document_page(entry, blank)
    if docs_dir is not None:

        def exists(target: str) -> bool:
            return target in pages or (Path(docs_dir) / target).is_file()

        pages = {path: _existing_links(text, path, exists) for path, text in pages.items()}
    return pages


def document_nav() -> list[dict[str, str]]:
    """The plan's entries of those pages (filled, then blank), in the catalogue's order."""
    entries = []
    for entry in DOCUMENTS:
        if entry.page is not None:
            path = f"{DOCUMENT_PAGES}/{entry.slug}"
            entries += [
                {entry.page.nav: f"{path}.md"},
                {f"{entry.page.nav} (vierge)": f"{path}-vierge.md"},
            ]
    return entries
