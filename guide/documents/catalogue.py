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
from .expenses import build_expenses
from .gifts import build_gifts
from .languages import partner_locale
from .letter import build_letter
from .mandate_report import build_mandate_report
from .mission_orders import build_mission_orders
from .model import Document
from .report import build_report
from .signed import build_decisions, build_protocol


@dataclass(frozen=True)
class DocumentPage:
    """The words of a document's two printable pages (filled and blank), which the site makes
    from this entry (guide/documents/pages.py `document_pages`): no page to write by hand."""

    title: str  # the filled page's title; the blank one adds « : modèle vierge »
    nav: str  # its entry in the plan; the blank one's adds « (vierge) »
    description: str  # what it is, for the page's meta description (« Le projet de… »)
    introduction: str  # Markdown above the document, on screen only (macros allowed)
    one_page: bool = False  # printed on one A4 page
    blank_description: str = ""  # the blank page's, when it differs (« Le protocole… »)
    blank_contents: str = "des lignes et des tableaux"  # what the blank one leaves to fill
    template: str = "terms.html"  # the filled page's (overrides/): what it loads


@dataclass(frozen=True)
class MissionDocument:
    slug: str  # its pages' and files' name: lettre-au-partenaire(.docx, -vierge.docx)
    title: str  # as the list of documents names it
    summary: str  # what it is for, in one sentence
    build: Callable[..., Document]  # (mission or None[, language]) -> the document
    # Built in the partner's language too (`build(mission, "es")`): with
    # partenaire.langue_des_documents, its pages and .docx are the bilingual edition.
    languages: bool = False
    # Its printable pages, made by the site; None: pages written by hand (outils/documents/).
    page: DocumentPage | None = None

    def docx_name(self, blank: bool = False) -> str:
        return f"{self.slug}{'-vierge' if blank else ''}.docx"

    def language(self, mission: Mission | None) -> str | None:
        """The partner's language its edition is bilingual in, or None (French alone)."""
        if not self.languages or mission is None:
            return None
        return partner_locale(mission.partenaire)

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
        page=DocumentPage(
            "Projet de délibération (mandat spécial)",
            "Délibération, mandat spécial",
            "Le projet de délibération qui confie un mandat spécial aux élus de la délégation, "
            "avec l'assemblée et les articles propres à votre type de collectivité",
            "Le projet de délibération qui confie un mandat spécial à chaque élu de la "
            "délégation. Sans lui, les élus ne sont ni remboursés ni couverts ([Avant de "
            "partir](../../avant-de-partir.md)). Il est produit avec l'assemblée et les articles "
            '{{ voc("collectivite", "du") }} ; la délibération doit être exécutoire avant le '
            "départ. Voir aussi le [modèle vierge](deliberation-mandat-special-vierge.md) et les "
            "autres [documents de la mission](../documents-de-la-mission.md).",
        ),
    ),
    MissionDocument(
        "rapport-de-presentation-mandat-special",
        "Rapport de présentation du mandat spécial",
        "Ce que l’exécutif adresse aux élus avec le projet de délibération : la mission, son "
        "objet, la délégation, son coût et qui le paie, pourquoi un mandat spécial.",
        build_mandate_report,
        page=DocumentPage(
            "Rapport de présentation (mandat spécial)",
            "Rapport de présentation, mandat spécial",
            "Le rapport de présentation qui accompagne le projet de délibération confiant un "
            "mandat spécial, envoyé aux élus avec la convocation",
            "Le rapport que l'exécutif joint au [projet de "
            "délibération](deliberation-mandat-special.md) et que les élus reçoivent avec la "
            "convocation : la mission, la délégation, son coût et qui le paie, pourquoi un "
            "mandat spécial ([Avant de partir](../../avant-de-partir.md)). Voir aussi le [modèle "
            "vierge](rapport-de-presentation-mandat-special-vierge.md) et les autres [documents "
            "de la mission](../documents-de-la-mission.md).",
            blank_description="le rapport de présentation du mandat spécial, à joindre au "
            "projet de délibération",
            blank_contents="des lignes",
        ),
    ),
    MissionDocument(
        "ordres-de-mission",
        "Ordres de mission",
        "Un ordre de mission par agent de la délégation, signé par l’autorité territoriale, "
        "et ce dont ont besoin les membres qui ne sont ni élus ni agents.",
        build_mission_orders,
        page=DocumentPage(
            "Ordres de mission",
            "Ordres de mission",
            "Un ordre de mission par agent de la délégation, une page chacun, à faire signer par "
            "l'autorité territoriale",
            "Un ordre de mission pour chaque agent de la délégation, une page chacun, à faire "
            "signer par l'autorité territoriale avant le départ. Les membres qui ne sont ni élus "
            "ni agents sont traités à la fin du document. Voir aussi le [modèle "
            "vierge](ordres-de-mission-vierge.md) et les autres [documents de la "
            "mission](../documents-de-la-mission.md).",
        ),
    ),
    MissionDocument(
        "lettre-au-partenaire",
        "Lettre au partenaire",
        "L’exécutif propose la mission au partenaire : dates, objectifs, résultats attendus, "
        "termes de référence joints, rencontres à confirmer, et ce que doit contenir sa lettre "
        "d’invitation pour les visas.",
        build_letter,
        page=DocumentPage(
            "Lettre au partenaire",
            "Lettre au partenaire",
            "La lettre de l'exécutif qui propose la mission exploratoire au partenaire, produite "
            "à partir de mission.yml",
            "La lettre qui propose la mission au partenaire. Elle part avec le projet de [termes "
            "de référence](../termes-de-reference.md), dès que les dates et le programme sont "
            "assez sûrs pour être proposés. Voir aussi le [modèle "
            "vierge](lettre-au-partenaire-vierge.md) et les autres [documents de la "
            "mission](../documents-de-la-mission.md).",
        ),
    ),
    MissionDocument(
        "protocole-d-intention",
        "Protocole d’intention",
        "Sur place, si les discussions le permettent : l’intention commune des deux "
        "collectivités, sans engagement financier, signée par les deux exécutifs (bilingue "
        "quand le partenaire a sa langue).",
        build_protocol,
        languages=True,
        page=DocumentPage(
            "Protocole d'intention",
            "Protocole d'intention",
            "Le protocole d'intention que les deux exécutifs peuvent signer pendant la mission, "
            "sans engagement financier, produit à partir de mission.yml, bilingue quand le "
            "partenaire a sa langue",
            "Le texte que les deux exécutifs peuvent signer sur place, si les discussions le "
            "permettent : l'intention commune de coopérer, les domaines envisagés et les "
            "prochaines étapes, sans engagement financier. Sa signature suppose une délibération "
            "préalable qui l'autorise (le [projet de "
            "délibération](deliberation-mandat-special.md) le prévoit quand le programme annonce "
            "une signature) et le texte signé est transmis au préfet ([Sur "
            "place](../../sur-place.md)). Les lignes vides se remplissent pendant les rencontres."
            " Voir aussi le [modèle vierge](protocole-d-intention-vierge.md), le [relevé de "
            "décisions](releve-de-decisions.md) et les autres [documents de la "
            "mission](../documents-de-la-mission.md).",
            one_page=True,
            blank_description="le protocole d'intention que les deux exécutifs peuvent signer "
            "pendant la mission",
            blank_contents="des lignes",
        ),
    ),
    MissionDocument(
        "releve-de-decisions",
        "Relevé de décisions",
        "À la séance de restitution : ce que les deux collectivités ont décidé, qui fait quoi "
        "et pour quand, signé par les deux exécutifs (bilingue quand le partenaire a sa "
        "langue).",
        build_decisions,
        languages=True,
        page=DocumentPage(
            "Relevé de décisions",
            "Relevé de décisions",
            "Le relevé de décisions de la séance de restitution, signé par les deux exécutifs, "
            "produit à partir de mission.yml, bilingue quand le partenaire a sa langue",
            "Le relevé de ce que les deux collectivités ont décidé ensemble, à la séance de "
            "restitution : chaque décision, qui s'en charge et pour quand. Il n'engage "
            "financièrement aucune des deux parties ; sa signature suppose une délibération "
            "préalable (le [projet de délibération](deliberation-mandat-special.md) le prévoit "
            "quand le programme annonce une signature) et le texte signé est transmis au préfet "
            "([Sur place](../../sur-place.md)). Au retour, ses décisions deviennent les suites à "
            "donner du [compte rendu](compte-rendu-de-mission.md). Voir aussi le [modèle "
            "vierge](releve-de-decisions-vierge.md) et les autres [documents de la "
            "mission](../documents-de-la-mission.md).",
            one_page=True,
            blank_description="le relevé de décisions de la séance de restitution, signé par "
            "les deux exécutifs",
            blank_contents="des lignes et un tableau",
        ),
    ),
    MissionDocument(
        "etats-de-frais",
        "États de frais",
        "Au retour, un état par élu et par agent : indemnités journalières jour par jour avec "
        "leurs réductions, transport et autres frais sur justificatifs, avance reçue, reste dû.",
        build_expenses,
        page=DocumentPage(
            "États de frais",
            "États de frais",
            "Un état de frais par élu et par agent de la délégation, prérempli avec les jours de "
            "la mission, à remplir au retour avec les justificatifs",
            "Au retour, chaque élu et chaque agent remplit son état de frais : les indemnités "
            "journalières au taux du pays, jour par jour, réduites quand l'hébergement ou des "
            "repas ont été fournis, puis le transport et les autres frais avec leurs "
            "justificatifs, et l'avance reçue ([Avant de partir](../../avant-de-partir.md)). "
            "Voir aussi le [modèle vierge](etats-de-frais-vierge.md) et les autres [documents de "
            "la mission](../documents-de-la-mission.md).",
            blank_description="un état de frais d'élu ou d'agent, à remplir au retour avec les "
            "justificatifs",
            blank_contents="des lignes et des tableaux",
        ),
    ),
    MissionDocument(
        "compte-rendu-de-mission",
        "Compte rendu de mission",
        "Prérempli (objectifs, programme prévu, délégation, budget), à compléter au retour : "
        "personnes rencontrées, échanges, décisions, suites à donner, dépenses réalisées.",
        build_report,
        page=DocumentPage(
            "Compte rendu de mission",
            "Compte rendu de mission",
            "Le compte rendu de la mission, prérempli avec les objectifs, le programme, la "
            "délégation et le budget prévus, à compléter au retour",
            "Le compte rendu de la mission, prérempli avec ce que `mission.yml` connaît, à "
            "compléter au retour : personnes rencontrées, échanges, décisions, suites à donner et"
            " dépenses réalisées ([Après la mission](../../apres-la-mission.md)). Voir aussi le "
            "[modèle vierge](compte-rendu-de-mission-vierge.md) et les autres [documents de la "
            "mission](../documents-de-la-mission.md).\n\n{{ notes_du_compte_rendu() }}",
            # Shows the notes of this device or of imported files (notes-report.js).
            template="report.html",
        ),
    ),
    MissionDocument(
        "convention-de-partenariat",
        "Projet de convention de partenariat",
        "Après la mission, si la coopération se poursuit : objet, durée, actions et montants "
        "prévisionnels par année, engagements, comité de pilotage, langues ; en annexe, le "
        "programme des actions et son budget (clé convention de mission.yml).",
        build_convention,
        languages=True,
        page=DocumentPage(
            "Projet de convention de partenariat",
            "Convention de partenariat",
            "Le projet de convention de partenariat avec la collectivité partenaire, produit à "
            "partir de la clé convention de mission.yml : objet, durée, actions et montants "
            "prévisionnels, engagements, gouvernance, langues, et son annexe budgétaire",
            "Le projet de convention que la collectivité et son partenaire préparent après la "
            "mission, si la coopération se poursuit. Il est produit à partir de la clé "
            "`convention` de `mission.yml` (objet, durée, actions par année avec leur montant "
            "prévisionnel et leur financeur, engagements de chaque partie, comité de pilotage, "
            "texte qui fait foi) ; sans elle, ses articles gardent des lignes à remplir. La "
            "convention indique l'objet des actions et le montant prévisionnel des engagements "
            "financiers ; elle est approuvée par une délibération avant sa signature et n'entre "
            "en vigueur qu'après sa transmission au préfet ; aucune convention ne peut être "
            "signée avec un État étranger ([Après la "
            "mission](../../apres-la-mission.md#etape-3-deliberer-et-transmettre-la-convention-au-prefet))."
            " Voir aussi le [modèle vierge](convention-de-partenariat-vierge.md), le [projet de "
            "délibération qui l'approuve](deliberation-convention.md) et les autres [documents de"
            " la mission](../documents-de-la-mission.md).",
            blank_description=(
                "le projet de convention de partenariat avec la collectivité partenaire et son "
                "annexe budgétaire"
            ),
            blank_contents="des lignes et un tableau",
        ),
    ),
    MissionDocument(
        "deliberation-convention",
        "Projet de délibération approuvant la convention",
        "Avant la signature de la convention : l’assemblée l’approuve et autorise l’exécutif à "
        "la signer ; la délibération et la convention signée vont au préfet.",
        build_approval,
        page=DocumentPage(
            "Projet de délibération approuvant la convention",
            "Délibération approuvant la convention",
            "Le projet de délibération qui approuve la convention de partenariat et autorise "
            "l'exécutif à la signer, avec l'assemblée et les articles propres à votre type de "
            "collectivité",
            "La délibération qui approuve la [convention de "
            "partenariat](convention-de-partenariat.md) et autorise l'exécutif à la signer, votée"
            " avant la signature. Elle est produite avec l'assemblée et les articles {{ "
            'voc("collectivite", "du") }} ; la délibération et la convention signée sont ensuite '
            "transmises au préfet, et la convention n'entre en vigueur qu'après cette "
            "transmission ([Après la "
            "mission](../../apres-la-mission.md#etape-3-deliberer-et-transmettre-la-convention-au-prefet))."
            " Elle part avec son [rapport de "
            "présentation](rapport-de-presentation-convention.md). Voir aussi le [modèle "
            "vierge](deliberation-convention-vierge.md) et les autres [documents de la "
            "mission](../documents-de-la-mission.md).",
            blank_description=(
                "la délibération qui approuve la convention de partenariat et autorise l'exécutif"
                " à la signer"
            ),
            blank_contents="des lignes",
        ),
    ),
    MissionDocument(
        "rapport-de-presentation-convention",
        "Rapport de présentation de la convention",
        "Ce que l’exécutif adresse aux élus avec le projet de délibération : la mission, "
        "l’objet de la convention, ses actions et son budget, le cadre juridique.",
        build_presentation,
        page=DocumentPage(
            "Rapport de présentation de la convention",
            "Rapport de présentation de la convention",
            "Le rapport de présentation que l'exécutif adresse aux élus avec le projet de "
            "délibération approuvant la convention de partenariat",
            "Le rapport qui accompagne le [projet de délibération](deliberation-convention.md) : "
            "la mission exploratoire, l'objet et la durée de la convention, ses actions et son "
            "budget prévisionnel, les engagements, le cadre juridique et la proposition faite à "
            "l'assemblée. Il est adressé aux élus avec la convocation, dans les délais de "
            "l'assemblée. Voir aussi le [modèle "
            "vierge](rapport-de-presentation-convention-vierge.md) et les autres [documents de la"
            " mission](../documents-de-la-mission.md).",
            blank_description=("le rapport de présentation de la convention de partenariat"),
            blank_contents="des lignes et un tableau",
        ),
    ),
    MissionDocument(
        "fiche-declaration-e-apd",
        "Fiche de déclaration e-APD",
        "Chaque année, du 15 avril au 31 mai : ce que la déclaration de l’aide publique au "
        "développement demande et que mission.yml connaît (collectivité, partenaire, action, "
        "dépenses, convention), le reste à compléter.",
        build_declaration,
        page=DocumentPage(
            "Fiche de déclaration e-APD",
            "Fiche de déclaration e-APD",
            "La fiche qui prépare la déclaration annuelle de l'aide publique au développement "
            "(e-APD) de la collectivité, préremplie à partir de mission.yml",
            "Chaque année, du 15 avril au 31 mai, la collectivité déclare l'aide publique au "
            "développement de l'année précédente, sur Démarches simplifiées depuis 2025 ; c'est "
            "une condition des cofinancements du ministère ([Après la "
            "mission](../../apres-la-mission.md#etape-4-declarer-laction-exterieure-a-la-cncd))."
            " Cette fiche réunit ce que `mission.yml` connaît (la collectivité, le partenaire, la"
            " mission, ses dépenses, la convention) et laisse à compléter le reste. "
            "L'[échéancier](../echeancier.md) et son agenda donnent la prochaine période de "
            "déclaration. Voir aussi le [modèle vierge](fiche-declaration-e-apd-vierge.md) et les"
            " autres [documents de la mission](../documents-de-la-mission.md).",
            one_page=True,
            blank_description=(
                "la fiche qui prépare la déclaration annuelle de l'aide publique au "
                "développement (e-APD)"
            ),
            blank_contents="des lignes et un tableau",
        ),
    ),
    MissionDocument(
        "registre-des-cadeaux",
        "Registre des cadeaux et invitations",
        "Le tableau où la délégation note les cadeaux, avantages et invitations reçus "
        "(article L1111-1-2 du CGCT).",
        build_gifts,
        page=DocumentPage(
            "Registre des cadeaux et invitations",
            "Registre des cadeaux et invitations",
            "Le registre des cadeaux, avantages et invitations reçus par la délégation (article "
            "L1111-1-2 du CGCT)",
            "Le tableau où la délégation note les cadeaux, avantages et invitations reçus pendant"
            " la mission, pour le registre public de la collectivité (article L1111-1-2 du code "
            "général des collectivités territoriales). Voir aussi le [modèle "
            "vierge](registre-des-cadeaux-vierge.md) et les autres [documents de la "
            "mission](../documents-de-la-mission.md).",
        ),
    ),
)


def document(slug: str) -> MissionDocument:
    """The document named `slug`; an unknown name lists the known ones."""
    for entry in DOCUMENTS:
        if entry.slug == slug:
            return entry
    known = ", ".join(d.slug for d in DOCUMENTS)
    raise ValueError(f"document inconnu « {slug} » ; documents possibles : {known}")
