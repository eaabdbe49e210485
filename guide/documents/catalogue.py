"""The mission's administrative documents, listed once: each is a content module that builds
a `Document` from a Mission (or blank, from None); the writers render them all.

The « Documents de la mission » page lists them, each has its printable pages (filled and
blank, `guide.pages.document_page`) and its two .docx files, written at build time into the
folder of that page (`downloads.write_document_downloads`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..mission import Mission
from .letter import build_letter
from .model import Document


@dataclass(frozen=True)
class MissionDocument:
    slug: str  # its pages' and files' name: lettre-au-partenaire(.docx, -vierge.docx)
    title: str  # as the list of documents names it
    summary: str  # what it is for, in one sentence
    build: Callable[[Mission | None], Document]

    def docx_name(self, blank: bool = False) -> str:
        return f"{self.slug}{'-vierge' if blank else ''}.docx"


DOCUMENTS: tuple[MissionDocument, ...] = (
    MissionDocument(
        "lettre-au-partenaire",
        "Lettre au partenaire",
        "L’exécutif propose la mission au partenaire : dates, objectifs, résultats attendus, "
        "termes de référence joints, rencontres à confirmer, et ce que doit contenir sa lettre "
        "d’invitation pour les visas.",
        build_letter,
    ),
)


def document(slug: str) -> MissionDocument:
    """The document named `slug`; an unknown name lists the known ones."""
    for entry in DOCUMENTS:
        if entry.slug == slug:
            return entry
    known = ", ".join(d.slug for d in DOCUMENTS)
    raise ValueError(f"document inconnu « {slug} » ; documents possibles : {known}")
