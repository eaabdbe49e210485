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
from .convention import build_convention
from .convention_acts import build_approval, build_presentation
from .declaration import build_declaration
from .deliberation import build_deliberation
from .editions import bilingual, language_name
from .gifts import build_gifts
from .letter import build_letter
from .mission_orders import build_mission_orders
from .model import Document
from .report import build_report
from .signed import build_decisions, build_protocol


@dataclass(frozen=True)
class MissionDocument:
    slug: str  # its pages' and files' name: lettre-au-partenaire(.docx, -vierge.docx)
    title: str  # as the list of documents names it
    summary: str  # what it is for, in one sentence
    build: Callable[..., Document]  # (mission or None[, language]) -> the document
    # Built in the partner's language too (`build(mission, "es")`): with
    # partenaire.langue_des_documents, its pages and .docx are the bilingual edition.
    languages: bool = False

    def docx_name(self, blank: bool = False) -> str:
        return f"{self.slug}{'-vierge' if blank else ''}.docx"

    def language(self, mission: Mission | None) -> str | None:
        """The partner's language its edition is bilingual in, or None (French alone)."""
        if not self.languages or mission is None:
            return None
        return mission.partenaire.langue_des_documents

    def edition(self, mission: Mission | None, blank: bool = False) -> Document:
        """The document as the site shows and writes it: filled from `mission` (or blank),
        bilingual when it has languages and mission.yml names the partner's language."""
        source = None if blank else mission
        french = self.build(source)
        language = self.language(mission)
        return bilingual(french, self.build(source, language)) if language else french

    def languages_text(self, mission: Mission | None) -> str:
        """« français et espagnol » for a bilingual edition, else « »."""
        language = self.language(mission)
        return f"français et {language_name(language)}" if language else ""


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
        "protocole-d-intention",
        "Protocole d’intention",
        "Sur place, si les discussions le permettent : l’intention commune des deux "
        "collectivités, sans engagement financier, signée par les deux exécutifs (bilingue "
        "quand le partenaire a sa langue).",
        build_protocol,
        languages=True,
    ),
    MissionDocument(
        "releve-de-decisions",
        "Relevé de décisions",
        "À la séance de restitution : ce que les deux collectivités ont décidé, qui fait quoi "
        "et pour quand, signé par les deux exécutifs (bilingue quand le partenaire a sa "
        "langue).",
        build_decisions,
        languages=True,
    ),
    MissionDocument(
        "compte-rendu-de-mission",
        "Compte rendu de mission",
        "Prérempli (objectifs, programme prévu, délégation, budget), à compléter au retour : "
        "personnes rencontrées, échanges, décisions, suites à donner, dépenses réalisées.",
        build_report,
    ),
    MissionDocument(
        "convention-de-partenariat",
        "Projet de convention de partenariat",
        "Après la mission, si la coopération se poursuit : objet, durée, actions et montants "
        "prévisionnels par année, engagements, comité de pilotage, langues ; en annexe, le "
        "programme des actions et son budget (clé convention de mission.yml).",
        build_convention,
        languages=True,
    ),
    MissionDocument(
        "deliberation-convention",
        "Projet de délibération approuvant la convention",
        "Avant la signature de la convention : l’assemblée l’approuve et autorise l’exécutif à "
        "la signer ; la délibération et la convention signée vont au préfet.",
        build_approval,
    ),
    MissionDocument(
        "rapport-de-presentation-convention",
        "Rapport de présentation de la convention",
        "Ce que l’exécutif adresse aux élus avec le projet de délibération : la mission, "
        "l’objet de la convention, ses actions et son budget, le cadre juridique.",
        build_presentation,
    ),
    MissionDocument(
        "fiche-declaration-e-apd",
        "Fiche de déclaration e-APD",
        "Chaque année, du 15 avril au 31 mai : ce que la déclaration de l’aide publique au "
        "développement demande et que mission.yml connaît (collectivité, partenaire, action, "
        "dépenses, convention), le reste à compléter.",
        build_declaration,
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
