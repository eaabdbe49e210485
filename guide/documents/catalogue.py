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
from .deliberation import build_deliberation
from .gifts import build_gifts
from .letter import build_letter
from .mission_orders import build_mission_orders
from .model import Document
from .report import build_report


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
        "deliberation-mandat-special",
        "Projet de délibération confiant un mandat spécial",
        "Avant le départ, l’assemblée confie un mandat spécial à chaque élu de la délégation : "
        "objet, destination, dates, élus, frais pris en charge ; exécutoire avant le départ.",
        build_deliberation,
    ),
    MissionDocument(
        "ordres-de-mission",
        "Ordres de mission",
        "Un ordre de mission par agent de la délégation, signé par l’autorité territoriale, "
        "et ce dont ont besoin les membres qui ne sont ni élus ni agents.",
        build_mission_orders,
    ),
    MissionDocument(
        "lettre-au-partenaire",
        "Lettre au partenaire",
        "L’exécutif propose la mission au partenaire : dates, objectifs, résultats attendus, "
        "termes de référence joints, rencontres à confirmer, et ce que doit contenir sa lettre "
        "d’invitation pour les visas.",
        build_letter,
    ),
    MissionDocument(
        "compte-rendu-de-mission",
        "Compte rendu de mission",
        "Prérempli (objectifs, programme prévu, délégation, budget), à compléter au retour : "
        "personnes rencontrées, échanges, décisions, suites à donner, dépenses réalisées.",
        build_report,
    ),
    MissionDocument(
        "registre-des-cadeaux",
        "Registre des cadeaux et invitations",
        "Le tableau où la délégation note les cadeaux, avantages et invitations reçus "
        "(article L1111-1-2 du CGCT).",
        build_gifts,
    ),
)


def document(slug: str) -> MissionDocument:
    """The document named `slug`; an unknown name lists the known ones."""
    for entry in DOCUMENTS:
        if entry.slug == slug:
            return entry
    known = ", ".join(d.slug for d in DOCUMENTS)
    raise ValueError(f"document inconnu « {slug} » ; documents possibles : {known}")
