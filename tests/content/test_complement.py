"""The guide's complements: step 3 of "Avant de partir", the part "Après la mission", the page
"Ressources", their sources, and the French typography applied to every page."""

import html
import re
from urllib.parse import urlsplit

import pytest
from support import read_html

from guide.french import NBSP, NNBSP

# Tasks added by the complements: (page URL, task ID, words the task's text carries).
NEW_TASKS = [
    ("avant-de-partir/", "voter-mandat-special", "mandat spécial"),
    ("avant-de-partir/", "deliberation-executoire", "transmettre au préfet avant le départ"),
    ("avant-de-partir/", "ordre-de-mission-agent", "ordre de mission"),
    ("avant-de-partir/", "autres-membres-delegation", "ni élu ni agent"),
    ("avant-de-partir/", "passeports-visas", "visas"),
    ("avant-de-partir/", "sante-vaccinations", "vaccinations"),
    ("avant-de-partir/", "lire-conseils-aux-voyageurs", "conseils aux voyageurs"),
    ("avant-de-partir/", "inscription-ariane", "Ariane"),
    ("avant-de-partir/", "assurance-assistance-rapatriement", "assistance et rapatriement"),
    ("avant-de-partir/", "budget-qui-paie-quoi", "qui paie quoi"),
    ("avant-de-partir/", "prevoir-interprete", "interprète"),
    ("avant-de-partir/", "cadeaux-hotes", "cadeaux"),
    ("avant-de-partir/", "informer-ambassade", "ambassade de France"),
    ("sur-place/", "convenir-protocole", "ordre de la délégation"),
    ("sur-place/", "liste-cadeaux-recus", "cadeaux et des invitations reçus"),
    ("apres-la-mission/", "rediger-compte-rendu", "compte rendu"),
    ("apres-la-mission/", "rendre-compte-conseil-habitants", "habitants"),
    ("apres-la-mission/", "verifier-projet-convention", "projet de convention"),
    ("apres-la-mission/", "deliberation-convention", "délibération du conseil"),
    ("apres-la-mission/", "transmettre-convention-prefet", "préfet"),
    ("apres-la-mission/", "declarer-cncd", "CNCD"),
    ("apres-la-mission/", "preparer-visite-retour", "visite retour"),
    ("apres-la-mission/", "reperer-appels-a-projets", "appels à projets"),
    ("apres-la-mission/", "etudier-dispositifs-un-pourcent", "1 %"),
    # Issue #24: the topics practitioners expect, where they call for an action.
    ("avant-de-partir/", "autoriser-signature", "autoriser la signature"),
    ("avant-de-partir/", "interim-executif", "intérim"),
    ("avant-de-partir/", "absence-employeur-elus", "employeur"),
    ("avant-de-partir/", "donnees-personnelles-delegation", "données personnelles"),
    ("avant-de-partir/", "plan-de-crise", "permanence en France"),
    ("avant-de-partir/", "prevoir-paiement-frais", "paiement des frais"),
    ("sur-place/", "accord-personnes-photographiees", "accord des personnes photographiées"),
]

COMPLEMENT_PAGES = ["avant-de-partir/", "apres-la-mission/", "ressources/"]

# Hosts the complements may link to: official sites and the sites of the networks themselves.
ALLOWED_HOSTS = {
    "www.legifrance.gouv.fr",
    "www.diplomatie.gouv.fr",
    "pastel.diplomatie.gouv.fr",
    "www.senat.fr",
    "www.collectivites-locales.gouv.fr",
    "www.wikiterritorial.cnfpt.fr",
    "www.cncd.fr",
    "cites-unies-france.org",
    "www.afccre.org",
    "www.pseau.org",
    "f3e.asso.fr",
    "www.arricod.fr",
    "www.horizons-solidaires.org",
    # Added with issue #13: the Assemblée's written questions, the national emissions
    # inventory body, the regional networks' and the AFD's own pages.
    "questions.assemblee-nationale.fr",
    "citepa.org",
    "horizons-solidaires.org",
    "bretagne-solidaire.bzh",
    "www.resacoop.org",
    "www.oc-cooperation.org",
    "www.afd.fr",
    # Added with issue #24: the ministers' own pages on personal data and on élus' leave, the
    # regional network that published the FICOL call of 2020.
    "www.cnil.fr",
    "www.service-public.fr",
    "www.lianescooperation.org",
}

GLOSSARY = [
    "CT",
    "SCAC",
    "DCTCIV",
    "ex-DAECT",
    "CNCD",
    "RRMA",
    "CUF",
    "AFCCRE",
    "pS-Eau",
    "F3E",
    "ARRICOD",
    "CGCT",
]


def visible_text(markup: str) -> str:
    """Text as a reader sees it; no-break spaces become ordinary ones."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.DOTALL)
    text = html.unescape(re.sub(r"<[^>]+>", " ", markup))
    text = text.replace(NBSP, " ").replace(NNBSP, " ")
    return re.sub(r"\s+", " ", text).strip()


def article(markup: str) -> str:
    match = re.search(r"<article\b.*?</article>", markup, flags=re.DOTALL)
    assert match, "page sans <article>"
    return match.group(0)


def element_by_id(markup: str, tag: str, element_id: str) -> str:
    """The opening tag with this id up to the end of that element (no nesting of `tag`)."""
    match = re.search(rf'<{tag}\b[^>]*\bid="{re.escape(element_id)}"[^>]*>', markup)
    assert match, f"<{tag} id={element_id}> absent"
    return markup[match.start() : markup.find(f"</{tag}>", match.end())]


def external_links(markup: str) -> list[str]:
    hrefs = re.findall(r'<a\b[^>]*\bhref="([^"]+)"', article(markup))
    return [html.unescape(h) for h in hrefs if re.match(r"^(?:[a-z][a-z0-9+.-]*:)?//", h, re.I)]


# --- The new tasks reach the guide page, the printable checklist and the progress -------------


@pytest.mark.parametrize(("page", "task_id", "words"), NEW_TASKS)
def test_new_task_is_on_its_page_with_its_id(built_site, page, task_id, words):
    item = element_by_id(read_html(built_site, page), "li", task_id)
    assert 'class="task-list-item"' in item
    assert 'type="checkbox"' in item
    assert words.casefold() in visible_text(item).casefold()


def test_new_tasks_are_on_the_printable_checklist(built_site):
    checklist = read_html(built_site, "outils/checklist/")
    for _page, task_id, words in NEW_TASKS:
        row = re.search(rf'<(\w+)\b[^>]*\bdata-task-id="{task_id}"[^>]*>.*?</\1>', checklist, re.S)
        assert row, f"« {task_id} » absente de la checklist à imprimer"
        assert words.casefold() in visible_text(row.group(0)).casefold(), task_id


def test_new_tasks_count_in_the_progress(built_site):
    home = read_html(built_site, "")
    counted = [set(ids.split()) for ids in re.findall(r'data-task-ids="([^"]*)"', home)]
    assert counted, "pas de progression sur la page d'accueil"
    overall = max(counted, key=len)
    for _page, task_id, _words in NEW_TASKS:
        assert task_id in overall, f"« {task_id} » absente de la progression d'ensemble"
    after = {task_id for page, task_id, _ in NEW_TASKS if page == "apres-la-mission/"}
    assert after in counted, "la partie « Après la mission » n'a pas sa propre progression"


# --- "Avant de partir": consecutive steps, new step 3 ----------------------------------------


def test_avant_de_partir_steps_are_numbered_from_one_without_gap(built_site):
    headings = re.findall(
        r"<h2\b[^>]*>(.*?)</h2>", article(read_html(built_site, "avant-de-partir/"))
    )
    numbers = [
        int(m.group(1)) for h in headings if (m := re.match(r"Étape (\d+)\b", visible_text(h)))
    ]
    assert numbers == list(range(1, len(numbers) + 1))
    assert len(numbers) == 6
    titles = [visible_text(h).rstrip("¶").strip() for h in headings]
    assert "Étape 3 — Préparation pratique et administrative" in titles
    assert "Étape 4 — Prévoir du matériel pour présenter la collectivité" in titles


def test_seed_tasks_keep_their_ids_after_the_insertion(built_site):
    markup = read_html(built_site, "avant-de-partir/")
    ids = re.findall(r'<li class="task-list-item"[^>]*\bid="([^"]+)"', markup)
    seed = ["informer-partenaire", "s-informer-contexte", "prevoir-materiel"]
    seed += ["document-presentation", "preparer-termes-de-reference", "preparer-roles"]
    assert [i for i in ids if i in seed] == seed
    assert ids.index("voter-mandat-special") == ids.index("s-informer-contexte") + 1


def test_nav_lists_after_the_mission_after_on_site_and_resources(built_site):
    nav = re.findall(
        r'<a href="[^"]*"[^>]*class="md-nav__link[^"]*"[^>]*>\s*<span[^>]*>(.*?)</span>',
        read_html(built_site, ""),
        re.S,
    )
    labels = [visible_text(label) for label in nav]
    assert "Après la mission" in labels and "Ressources" in labels
    assert labels.index("Après la mission") == labels.index("Sur place") + 1
    assert labels.index("Ressources") > labels.index("Après la mission")


# --- Honest sourcing -------------------------------------------------------------------------


# Complements are marked soberly for readers (issue #13): the date their sources were checked.
COMPLEMENT_MARK = "Règles et démarches, vérifiées le "


@pytest.mark.parametrize("page", COMPLEMENT_PAGES)
def test_complements_are_marked_as_such(built_site, page):
    markup = article(read_html(built_site, page))
    mark = re.search(
        r'class="admonition info".*?Règles et démarches, vérifiées le ([^<]+)<', markup, re.S
    )
    assert mark and re.fullmatch(r"(1er|\d{1,2}) \w+ 20\d\d", mark.group(1).strip())
    assert "guide d'origine" not in visible_text(markup).replace("’", "'")
    if page == "avant-de-partir/":  # the mark stands inside the new step, not on the seed's
        step3 = markup[markup.find("Étape 3") : markup.find("Étape 4")]
        assert COMPLEMENT_MARK in step3
        assert markup.count(COMPLEMENT_MARK) == 1


@pytest.mark.parametrize("page", [*COMPLEMENT_PAGES, ""])
def test_external_links_are_https_to_known_official_or_network_sites(built_site, page):
    links = external_links(read_html(built_site, page))
    bad = [
        u
        for u in links
        if urlsplit(u).scheme != "https" or urlsplit(u).hostname not in ALLOWED_HOSTS
    ]
    assert bad == []
    if page != "":
        assert links, f"{page} ne cite aucune source"


def test_legal_statements_link_their_official_text(built_site):
    before = article(read_html(built_site, "avant-de-partir/"))
    after = article(read_html(built_site, "apres-la-mission/"))
    assert re.search(
        r'href="https://www\.legifrance\.gouv\.fr/[^"]+"[^>]*>articles? L2123-18', before
    )
    assert "https://www.senat.fr/questions/base/2006/qSEQ060422564.html" in before  # CE 2006
    assert re.search(r'href="https://www\.legifrance\.gouv\.fr/[^"]+"[^>]*>article L1115-1', after)
    assert "circulaire du 24 mai 2018</a>" in after
    for words in ["L1115-5", "L1115-6", "objet des actions envisagées", "montant prévisionnel"]:
        assert words in visible_text(after)


def test_report_deadline_is_advice_not_a_rule(built_site):
    text = visible_text(article(read_html(built_site, "apres-la-mission/")))
    assert "Aucun texte ne fixe de délai" in text
    assert "recommandation, pas une règle" in text


def test_glossary_defines_each_acronym_with_a_link(built_site):
    markup = article(read_html(built_site, "ressources/"))
    rows = {
        visible_text(cells[0]): cells
        for row in re.findall(r"<tr>(.*?)</tr>", markup, re.S)
        if (cells := re.findall(r"<td[^>]*>(.*?)</td>", row, re.S))
    }
    assert list(rows) == GLOSSARY
    for acronym, (_, definition, site) in rows.items():
        assert len(visible_text(definition)) > 30, acronym
        host = urlsplit(html.unescape(re.search(r'href="([^"]+)"', site).group(1))).hostname
        assert host in ALLOWED_HOSTS, acronym


# --- French typography ------------------------------------------------------------------------

# The rules themselves, case by case: tests/engine/test_typography.py.
N = NNBSP


# Prose elements written in Markdown (the theme's and templates' own elements carry other
# attributes and are not checked here).
MARKDOWN_PROSE = re.compile(
    r'<(p|li|td|dt|dd|h[2-6])(?:\s+class="(?:admonition-title|task-list-item)")?'
    r'(?:\s+id="[^"]*")?>(.*?)</\1>',
    re.S,
)


def test_built_pages_carry_french_typography(built_site):
    home = article(read_html(built_site, ""))
    assert f"Qui part{N}?" in home  # seed page too: the extension applies to every page
    for page in COMPLEMENT_PAGES:
        prose = "\n".join(
            m.group(2) for m in MARKDOWN_PROSE.finditer(article(read_html(built_site, page)))
        )
        prose = re.sub(r"<(code|pre)\b.*?</\1>|<[^>]+>", "\x00", prose, flags=re.S)
        prose = html.unescape(prose)
        assert len(prose) > 2000, page
        assert not re.findall(r"\S.{0,20}[ \t\n][:;!?»]|«[ \t\n]", prose), page
