"""Every legal and official reference the guide cites, in one table, with the day it was checked.

The pages and the vocabulary take their links from here (`url("cgct-l2123-18")`), the page
« Textes et sources » lists them with the pages that cite them, and a content test fails when a
page cites an article or a text (« L2123-18 », « décret n° 2001-654 ») that is not in `SOURCES`.

`verifie_le` is the field's name in French on purpose: it is the date the page shows (« vérifié
le »), and the issue that asked for it names it so. A reference checked again gets a new date;
the « Règles et démarches, vérifiées le … » notices show the oldest (`CHECKED`).

Pure Python: no MkDocs, no other module of the guide but the French formats and `escape`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from .french import french_date

# Légifrance has no stable address by article number: where the article's own page (its
# LEGIARTI identifier) was not checked, the link goes to the code's consolidated text, and the
# page says so (`deep` is False).
CGCT = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070633/"
CJA = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070933/"
LEGIARTI = "https://www.legifrance.gouv.fr/codes/article_lc/"
MEAE_AECT = (
    "https://www.diplomatie.gouv.fr/fr/politique-etrangere-de-la-france/"
    "action-exterieure-des-collectivites-territoriales/"
)

REVIEW = date(2026, 12, 3)  # checked against the review of 2026-12-02 (domain facts)

GROUPS = (
    "Code général des collectivités territoriales",
    "Autres codes",
    "Lois, décrets, arrêtés et circulaires",
    "Jurisprudence et réponses ministérielles",
    "Pages officielles",
)


@dataclass(frozen=True)
class Source:
    id: str
    label: str  # as the page names it: « CGCT, art. L2123-18 »
    url: str
    summary: str  # what it says, in a few words
    verifie_le: date
    group: str
    # How a page cites it: article numbers and text numbers (« L2123-18 », « 2001-654 ») or
    # words (« 24 mai 2018 »); its URL counts too.
    cites: tuple[str, ...] = ()

    @property
    def deep(self) -> bool:
        """Whether the link leads to the reference itself, not to a whole code."""
        return self.url not in (CGCT, CJA)


def _cgct(number: str, summary: str, url: str = CGCT, checked: date = REVIEW) -> Source:
    return Source(
        f"cgct-{number.lower()}",
        f"CGCT, art. {number}",
        url,
        summary,
        checked,
        GROUPS[0],
        (number,),
    )


SOURCES: tuple[Source, ...] = (
    # --- CGCT: action extérieure, déontologie ---------------------------------------------
    _cgct(
        "L1111-1-1",
        "L’élu peut consulter le référent déontologue de la collectivité.",
    ),
    _cgct(
        "L1111-1-2",
        "Registre, tenu par la collectivité, des dons, avantages et invitations de plus de 150 € "
        "reçus au titre du "
        "mandat ; exemptés : cadeaux d’usage, déplacements à l’invitation des autorités "
        "publiques françaises ou dans le cadre d’un autre mandat électif (loi n° 2025-1249).",
        "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000053142407",
    ),
    _cgct(
        "L1115-1",
        "Actions internationales des collectivités ; conventions avec des autorités locales "
        "étrangères (objet, montant prévisionnel), exécutoires une fois transmises au préfet.",
        LEGIARTI + "LEGIARTI000006389099",
    ),
    _cgct(
        "L1115-1-1",
        "« 1 % » eau et assainissement (loi Oudin-Santini) et énergie (amendement Pintat).",
    ),
    _cgct("L1115-2", "« 1 % » déchets."),
    _cgct("L1115-3", "« 1 % » transports et mobilité."),
    _cgct("L1115-5", "Pas de convention avec un État étranger, sauf si la loi le prévoit."),
    _cgct(
        "L1115-6",
        "Les collectivités informent la CNCD de leur action extérieure (déclaration e-APD).",
    ),
    # --- CGCT: communes ---------------------------------------------------------------------
    _cgct(
        "L2121-11",
        "Communes de moins de 3 500 habitants : convocation du conseil municipal trois jours "
        "francs au moins avant la séance.",
    ),
    _cgct(
        "L2121-12",
        "Communes de 3 500 habitants et plus : convocation cinq jours francs avant la séance, "
        "avec une note explicative de synthèse.",
    ),
    _cgct(
        "L2121-23",
        "Les délibérations sont signées par le président et le secrétaire de séance.",
    ),
    _cgct(
        "L2121-29", "Le conseil municipal règle par ses délibérations les affaires de la commune."
    ),
    _cgct(
        "L2122-17",
        "Le maire absent ou empêché est remplacé par un adjoint, dans l’ordre des nominations.",
    ),
    _cgct(
        "L2123-18",
        "Remboursement des frais d’un mandat spécial : séjour au forfait, transport et autres "
        "frais sur état de frais.",
        LEGIARTI + "LEGIARTI000006390019",
    ),
    _cgct(
        "R2123-22-1",
        "Frais de séjour d’un mandat spécial remboursés au forfait des indemnités des agents de "
        "l’État (décret n° 2006-781), sur justificatif de la durée réelle du déplacement.",
    ),
    _cgct(
        "L2123-31",
        "La commune répond des accidents subis par le maire et les adjoints dans leurs fonctions.",
    ),
    _cgct(
        "L2123-33",
        "Elle répond aussi des accidents des conseillers municipaux, dont ceux d’un mandat "
        "spécial.",
    ),
    _cgct(
        "L2131-1",
        "Une délibération est exécutoire une fois publiée et transmise au préfet.",
        LEGIARTI + "LEGIARTI000006390075",
    ),
    # --- CGCT: départements -----------------------------------------------------------------
    _cgct(
        "L3121-19",
        "Le rapport sur chaque affaire parvient aux conseillers départementaux douze jours au "
        "moins avant la séance.",
    ),
    _cgct(
        "L3122-2",
        "Département : qui exerce les fonctions du président quand il ne le peut pas.",
    ),
    _cgct("L3123-19", "Département : remboursement des frais d’un mandat spécial."),
    _cgct(
        "R3123-20",
        "Département : frais de séjour d’un mandat spécial au forfait des agents de l’État.",
    ),
    _cgct(
        "L3123-26",
        "Le département répond des accidents subis par ses élus dans l’exercice de leurs "
        "fonctions.",
    ),
    _cgct("L3131-1", "Département : actes exécutoires une fois publiés et transmis au préfet."),
    _cgct(
        "L3211-1",
        "Le conseil départemental règle par ses délibérations les affaires du département.",
    ),
    _cgct("L3211-2", "Délégation du conseil départemental à sa commission permanente."),
    # --- CGCT: régions ----------------------------------------------------------------------
    _cgct(
        "L4132-18",
        "Le rapport sur chaque affaire parvient aux conseillers régionaux douze jours au moins "
        "avant la séance.",
    ),
    _cgct("L4133-2", "Région : qui exerce les fonctions du président quand il ne le peut pas."),
    _cgct("L4135-19", "Région : remboursement des frais d’un mandat spécial."),
    _cgct(
        "R4135-20",
        "Région : frais de séjour d’un mandat spécial au forfait des agents de l’État.",
    ),
    _cgct(
        "L4135-26",
        "La région répond des accidents subis par ses élus dans l’exercice de leurs fonctions.",
    ),
    _cgct("L4141-1", "Région : actes exécutoires une fois publiés et transmis au préfet."),
    _cgct("L4221-1", "Le conseil régional règle par ses délibérations les affaires de la région."),
    _cgct("L4221-5", "Délégation du conseil régional à sa commission permanente."),
    # --- CGCT: intercommunalités ------------------------------------------------------------
    _cgct(
        "L5211-1",
        "Les règles du conseil municipal s’appliquent à l’organe délibérant d’un EPCI "
        "(dont la convocation, selon la taille).",
    ),
    _cgct("L5211-3", "EPCI : actes exécutoires dans les conditions des communes."),
    _cgct("L5211-10", "Délégation du conseil communautaire au bureau et au président."),
    _cgct(
        "L5211-14",
        "Les conseillers communautaires ont droit au remboursement des frais d’un mandat "
        "spécial dans les conditions des communes (article L2123-18).",
    ),
    _cgct(
        "L5211-15",
        "L’intercommunalité répond des accidents subis par ses élus dans l’exercice de leurs "
        "fonctions.",
    ),
    # --- Other codes ------------------------------------------------------------------------
    Source(
        "code-electoral-l52-1",
        "Code électoral, art. L52-1",
        LEGIARTI + "LEGIARTI000006353102",
        "Pas de campagne de promotion des réalisations d’une collectivité dans les six mois "
        "qui précèdent une élection générale.",
        REVIEW,
        GROUPS[1],
        ("L52-1",),
    ),
    Source(
        "code-civil-9",
        "Code civil, art. 9",
        LEGIARTI + "LEGIARTI000006419288",
        "Chacun a droit au respect de sa vie privée : publier l’image d’une personne "
        "reconnaissable demande son accord.",
        REVIEW,
        GROUPS[1],
        ("article 9 du code civil",),
    ),
    Source(
        "cja-r421-1",
        "Code de justice administrative, art. R421-1",
        CJA,
        "Deux mois pour saisir le tribunal administratif contre une décision.",
        REVIEW,
        GROUPS[1],
        ("R421-1",),
    ),
    # --- Laws, decrees, orders, circulars ---------------------------------------------------
    Source(
        "loi-2005-95",
        "Loi n° 2005-95 du 9 février 2005 (dite « Oudin-Santini »)",
        "https://www.pseau.org/fr/1pourcent",
        "Le « 1 % » eau et assainissement (article L1115-1-1 du CGCT) ; présentation du pS-Eau, "
        "faute d’un lien vérifié vers le texte.",
        REVIEW,
        GROUPS[2],
        ("2005-95",),
    ),
    Source(
        "loi-2010-873",
        "Loi n° 2010-873 du 27 juillet 2010, art. 22",
        "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000022521532",
        "L’État peut demander le remboursement des frais de secours à qui s’est délibérément "
        "exposé à un risque, sauf motif légitime (activité professionnelle, urgence).",
        REVIEW,
        GROUPS[2],
        ("2010-873",),
    ),
    Source(
        "loi-2025-1249",
        "Loi n° 2025-1249 du 22 décembre 2025 portant création d’un statut de l’élu local",
        "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000053142407",
        "Crée le registre des dons, avantages et invitations (article L1111-1-2 du CGCT).",
        REVIEW,
        GROUPS[2],
        ("2025-1249",),
    ),
    Source(
        "decret-2001-654",
        "Décret n° 2001-654 du 19 juillet 2001",
        "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000223576",
        "Frais de déplacement des agents territoriaux ; l’ordre de mission est signé, avant "
        "le départ, par l’autorité territoriale (article 5).",
        REVIEW,
        GROUPS[2],
        ("2001-654",),
    ),
    Source(
        "decret-2006-781",
        "Décret n° 2006-781 du 3 juillet 2006",
        "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000242359",
        "Frais de déplacement des agents de l’État, base des forfaits des élus et des agents "
        "territoriaux.",
        REVIEW,
        GROUPS[2],
        ("2006-781",),
    ),
    Source(
        "arrete-2006-07-03",
        "Arrêté du 3 juillet 2006 (indemnités de mission)",
        "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000242360",
        "Indemnités journalières par pays (annexe 1) ; –65 % si l’hébergement est fourni, "
        "–17,5 % par repas fourni ; avance possible jusqu’à 75 %.",
        REVIEW,
        GROUPS[2],
        ("arrêté du 3 juillet 2006",),
    ),
    Source(
        "decret-2022-982",
        "Décret n° 2022-982 du 1er juillet 2022",
        "https://www.legifrance.gouv.fr/eli/decret/2022/7/1/2022-982/jo/texte",
        "Bilans d’émissions de gaz à effet de serre : les émissions indirectes significatives "
        "y entrent depuis le 1er janvier 2023.",
        REVIEW,
        GROUPS[2],
        ("2022-982",),
    ),
    Source(
        "circulaire-2018-05-24",
        "Circulaire NOR INTB1809792C du 24 mai 2018",
        MEAE_AECT + "actualites-de-l-aect/actualites-de-l-aect/article/"
        "nouvelle-circulaire-conjointe-du-ministere-de-l-interieur-et-du-ministere-de-l",
        "Cadre juridique de l’action extérieure : tout acte (convention, charte, déclaration, "
        "vœu) va au contrôle de légalité.",
        REVIEW,
        GROUPS[2],
        ("24 mai 2018", "INTB1809792C"),
    ),
    # --- Case law and ministers' answers ----------------------------------------------------
    Source(
        "senat-1999-epci",
        "Réponse ministérielle, JO Sénat, 1999 (mandat spécial des élus intercommunaux)",
        "https://www.senat.fr/questions/base/1998/qSEQ981112134.html",
        "Les conseillers communautaires ont droit au remboursement d’un mandat spécial "
        "comme les élus municipaux.",
        REVIEW,
        GROUPS[3],
    ),
    Source(
        "senat-2006-retroactivite",
        "Réponse ministérielle, JO Sénat, 24 août 2006 (CE, 11 janvier 2006, Département des "
        "Bouches-du-Rhône)",
        "https://www.senat.fr/questions/base/2006/qSEQ060422564.html",
        "Pas de mandat spécial accordé après coup.",
        REVIEW,
        GROUPS[3],
    ),
    Source(
        "senat-2010-delegation",
        "Réponse ministérielle, JO Sénat, 2010 (qui vote le mandat spécial)",
        "https://www.senat.fr/questions/base/2010/qSEQ101216359.html",
        "L’assemblée délibérante, ou sa commission permanente si elle lui a délégué ce pouvoir.",
        REVIEW,
        GROUPS[3],
    ),
    Source(
        "senat-2012-accidents",
        "Réponse ministérielle, JO Sénat, 2012 (accidents pendant un mandat spécial)",
        "https://www.senat.fr/questions/base/2012/qSEQ120700760.html",
        "La commune répond des accidents de ses élus pendant un mandat spécial.",
        REVIEW,
        GROUPS[3],
    ),
    Source(
        "senat-2014-definition",
        "Réponse ministérielle, JO Sénat, 13 novembre 2014 (CE, 24 mars 1950, Sieur Maurice)",
        "https://www.senat.fr/questions/base/2014/qSEQ140812837.html",
        "Le mandat spécial : une mission précise, exceptionnelle et temporaire, autorisée par "
        "l’assemblée.",
        REVIEW,
        GROUPS[3],
    ),
    Source(
        "an-2524-regions",
        "Question écrite n° 2524, Assemblée nationale (11e législature)",
        "https://questions.assemblee-nationale.fr/q11/11-2524QE.htm",
        "Remboursement du mandat spécial des conseillers régionaux.",
        REVIEW,
        GROUPS[3],
    ),
    Source(
        "an-29767-convocation",
        "Question écrite n° 29767, Assemblée nationale (11e législature)",
        "https://questions.assemblee-nationale.fr/q11/11-29767QE.htm",
        "Délai de convocation du conseil municipal.",
        REVIEW,
        GROUPS[3],
    ),
    # --- Official pages ---------------------------------------------------------------------
    Source(
        "meae-aect",
        "Ministère de l’Europe et des Affaires étrangères : action extérieure des collectivités",
        MEAE_AECT,
        "Le correspondant de chaque ambassade pour la coopération décentralisée, la DCTCIV, "
        "les appels à projets.",
        REVIEW,
        GROUPS[4],
    ),
    Source(
        "meae-e-apd",
        "Ministère de l’Europe et des Affaires étrangères : « e-APD 2025 »",
        MEAE_AECT + "aide-publique-au-developpement-apd-des-collectivites/article/"
        "e-apd-2024-declarez-vos-donnees-2023",
        "Depuis 2025, la déclaration de l’aide publique au développement se fait sur "
        "Démarches simplifiées, du 15 avril au 31 mai, pour l’année précédente.",
        REVIEW,
        GROUPS[4],
    ),
    Source(
        "meae-cles-en-main",
        "Ministère de l’Europe et des Affaires étrangères : appel « Clés en main »",
        MEAE_AECT + "appels-a-projets-et-fonds-en-soutien-a-la-cooperation-decentralisee/"
        "appel-a-propositions-programmes-de-cooperation-decentralisee-cles-en-main/",
        "Programmes réservés aux associations et GIP de collectivités, au moins 3 collectivités "
        "chacun.",
        REVIEW,
        GROUPS[4],
    ),
    Source(
        "meae-conseils-aux-voyageurs",
        "Conseils aux voyageurs (ministère de l’Europe et des Affaires étrangères)",
        "https://www.diplomatie.gouv.fr/fr/conseils-aux-voyageurs/",
        "La carte de vigilance de chaque pays, en quatre couleurs, et sa rubrique « Santé ».",
        REVIEW,
        GROUPS[4],
    ),
    Source(
        "meae-ariane",
        "Ariane (ministère de l’Europe et des Affaires étrangères)",
        "https://pastel.diplomatie.gouv.fr/fildariane/",
        "Inscrire son voyage pour recevoir les alertes et être joint en cas de crise.",
        REVIEW,
        GROUPS[4],
    ),
    Source(
        "dgcl-frais-mandat",
        "Collectivités locales (DGCL) : « Remboursements de frais liés au mandat »",
        "https://www.collectivites-locales.gouv.fr/connaitre-les-acteurs-et-les-institutions/"
        "elus-locaux/conditions-dexercice-des-mandats-locaux/remboursements-de-frais-lies-au-mandat",
        "Mandat spécial : transport et indemnités journalières aux conditions des agents de "
        "l’État ; jamais rétroactif.",
        REVIEW,
        GROUPS[4],
    ),
    Source(
        "service-public-f2310",
        "Service public : « Élu local salarié : absence et crédits d’heures » (fiche F2310)",
        "https://www.service-public.fr/particuliers/vosdroits/F2310",
        "Autorisations d’absence pour les séances, crédit d’heures demandé à l’employeur au "
        "moins trois jours avant ; l’employeur n’est pas tenu de rémunérer ce temps.",
        REVIEW,
        GROUPS[4],
    ),
    Source(
        "cnil-transferts-hors-ue",
        "CNIL : « Transférer des données personnelles hors de l’Union européenne, c’est "
        "possible ? »",
        "https://www.cnil.fr/cnil-direct/question/"
        "transferer-des-donnees-personnelles-hors-de-lunion-europeenne-cest-possible",
        "Un transfert hors de l’Union n’est permis qu’avec l’une des garanties du RGPD.",
        REVIEW,
        GROUPS[4],
    ),
    Source(
        "rgaa-4-1-2",
        "Référentiel général d’amélioration de l’accessibilité (RGAA 4.1.2)",
        "https://accessibilite.numerique.gouv.fr/",
        "Le référentiel d’accessibilité des sites publics, version en vigueur.",
        REVIEW,
        GROUPS[4],
        ("RGAA 4.1.2",),
    ),
)

BY_ID = {source.id: source for source in SOURCES}
CHECKED = min(source.verifie_le for source in SOURCES)

# What a page « cites »: an article of a code (L2123-18, R2123-22-1, L52-1) or a numbered text
# (loi n° 2010-873, décret 2001-654). The content test requires each to be in SOURCES.
ARTICLE = re.compile(r"(?<![\w-])[LRD]\d{1,4}(?:-\d+)+(?![\w-])")
NUMBERED_TEXT = re.compile(
    r"\b(?:loi|décret|ordonnance)s?\s+(?:n°\s*)?(\d{2,4}-\d+)(?![\w-])", re.IGNORECASE
)


def url(source_id: str) -> str:
    """The link of a reference (a KeyError names a reference that is not in the table)."""
    return BY_ID[source_id].url


def cited_numbers(text: str) -> set[str]:
    """The article and text numbers `text` cites: {"L2123-18", "2010-873"}."""
    flat = " ".join(text.split())
    return set(ARTICLE.findall(flat)) | set(NUMBERED_TEXT.findall(flat))


KNOWN_NUMBERS = {key for source in SOURCES for key in source.cites if re.search(r"\d-\d", key)}


def unknown_numbers(text: str) -> set[str]:
    """Numbers cited in `text` that no reference of SOURCES carries."""
    return cited_numbers(text) - KNOWN_NUMBERS


@lru_cache(maxsize=128)
def _flat(text: str) -> str:
    return " ".join(text.split())


def _word_character(char: str) -> bool:
    return char.isalnum() or char in "_-"  # what a number or word of `cites` is made of


def _found(text: str, needle: str, ends_url: bool) -> bool:
    """Whether `needle` is in `text` as a whole: a number or word not inside a longer one, an
    address not followed by more of an address (a longer one that starts with it)."""
    start = text.find(needle)
    while start >= 0:
        end = start + len(needle)
        after = text[end : end + 1]
        if ends_url:
            whole = not (after and (_word_character(after) or after in "%/."))
        else:
            before = text[start - 1 : start]
            whole = not (before and _word_character(before)) and not (
                after and _word_character(after)
            )
        if whole:
            return True
        start = text.find(needle, start + 1)
    return False


def cites(source: Source, text: str) -> bool:
    """Whether `text` cites `source`: by its exact address (deep links only), or by one of its
    numbers or words as a whole. (Plain searches: a pattern with look-arounds took most of
    the « Textes et sources » page's build time.)"""
    flat = _flat(text)
    if source.deep and _found(flat, source.url, ends_url=True):
        return True
    return any(_found(flat, key, ends_url=False) for key in source.cites)


# --- The pages that cite each reference ---------------------------------------------------------

_VOC_CALL = re.compile(r"""\{\{\s*voc\(\s*["'](\w+)["']""")
_OTHERS_CALL = re.compile(r"""\{\{\s*autres_collectivites\(\s*["'](\w+)["']""")
_DOCUMENT_CALL = re.compile(r"""\{\{\s*mission_document\(\s*["']([\w-]+)["'](.*?)\)\s*\}\}""")
_TITLE = re.compile(r"^# +(.+?)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Page:
    path: str  # relative to docs/: "avant-de-partir.md"
    title: str
    text: str  # its Markdown with the words and documents it shows put in


def guide_pages(
    docs_dir: Path,
    paths: Iterable[str],
    word: Callable[[str], str],
    document_text: Callable[[str, bool], str],
    others: Callable[[str], str] = lambda key: "",
    generated: dict[str, str] | None = None,
) -> list[Page]:
    """Each page's text as the reader gets it, as far as references go: the Markdown, each
    `voc("key")` with the mission's words for it, each `autres_collectivites("key")` with the
    other types' (`others`), each `mission_document(...)` with its text. `generated`: the
    pages the site makes (the mission documents'), by path."""
    pages = []
    for path in paths:
        made = (generated or {}).get(path)
        source = made if made is not None else (docs_dir / path).read_text("utf-8")
        words = [word(key) for key in _VOC_CALL.findall(source)]
        words += [others(key) for key in _OTHERS_CALL.findall(source)]
        documents = [  # the writers escape every character that could be markup (« &#45; »)
            html.unescape(document_text(slug, "vierge" in rest or "True" in rest))
            for slug, rest in _DOCUMENT_CALL.findall(source)
        ]
        title = _TITLE.search(source)
        pages.append(
            Page(path, title.group(1) if title else path, "\n".join([source, *words, *documents]))
        )
    return pages


def citing_pages(source: Source, pages: Iterable[Page]) -> list[Page]:
    return [page for page in pages if cites(source, page.text)]


def _relative_link(target: str, here: str) -> str:
    depth = here.count("/")
    return "../" * depth + target


def sources_page(pages: list[Page], here: str) -> str:
    """The « Textes et sources » page's tables (Markdown), one per group of references."""
    others = [page for page in pages if page.path != here]
    parts = []
    for group in GROUPS:
        rows = [
            "| Référence | Ce qu’elle dit | Citée dans | Vérifiée le |",
            "| --- | --- | --- | --- |",
        ]
        for source in (s for s in SOURCES if s.group == group):
            where = citing_pages(source, others)
            cited = ", ".join(
                f"[{_cell(page.title)}]({_relative_link(page.path, here)})" for page in where
            )
            label = f"[{_cell(source.label)}]({source.url})"
            if not source.deep:
                label += " (texte du code : cherchez l’article)"
            rows.append(
                f"| {label} | {_cell(source.summary)} | {cited or '—'} | "
                f"{french_date(source.verifie_le)} |"
            )
        parts.append(f"## {group}\n\n" + "\n".join(rows))
    return "\n\n".join(parts) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def checked_date() -> str:
    """CHECKED in French: « 3 décembre 2026 »."""
    return french_date(CHECKED)
