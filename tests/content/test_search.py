"""French search: forms of one family, elided articles, words typed without accents, ranking.

The table runs each query through Material's own search worker (lunr and its French support,
the built site's copy) under node, on the built site's index: what a reader gets, without a
browser; one browser test types into the search box and opens a result. Unit tests cover
guide/search.py.
"""

import json
import re
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from guide import search as search_fr

# What a reader types, what it must find (a page or one of its sections) and what it must not.
# Each query runs in Material's own search worker, on the built site's index (search_node.cjs).
QUERIES = [
    # Verb and noun of one family, whichever the guide writes.
    ("coopérer", ["objectifs/", "avant-de-partir/#etape-1-informer-le-partenaire"], []),
    ("coopération", ["objectifs/", "apres-la-mission/#etape-6-chercher-des-financements"], []),
    ("déléguer", ["avant-de-partir/#autoriser-le-deplacement"], []),
    ("délégation", ["avant-de-partir/#autoriser-le-deplacement", "sur-place/#protocole"], []),
    ("délégations", ["avant-de-partir/#budget-et-logistique-avec-le-partenaire"], []),
    ("visa", ["avant-de-partir/#documents-de-voyage"], ["avant-de-partir/#sante"]),
    ("visas", ["avant-de-partir/#documents-de-voyage"], ["avant-de-partir/#sante"]),
    ("rencontrer", ["sur-place/#dans-la-commune-partenaire", "objectifs/"], []),
    ("organiser", ["avant-de-partir/#documents-de-voyage"], []),
    (
        "conventions",
        ["apres-la-mission/#etape-3-deliberer-et-transmettre-la-convention-au-prefet"],
        [],
    ),
    # Elided articles: the word after the apostrophe only, with either apostrophe.
    ("l'ambassade", ["avant-de-partir/#prevenir-lambassade-de-france"], ["avant-de-partir/#sante"]),
    ("l’ambassade", ["sur-place/#sur-le-territoire-partenaire"], ["objectifs/"]),
    ("d'assurance", ["avant-de-partir/#securite"], ["sur-place/#protocole"]),
    ("l'élu", ["avant-de-partir/#autoriser-le-deplacement"], []),
    ("l'hôtel", ["outils/termes-de-reference/#jour-2027-03-02"], ["objectifs/"]),
    ("l'accessibilité", ["accessibilite/"], []),
    # Typed without accents.
    ("delegation", ["avant-de-partir/#autoriser-le-deplacement"], []),
    ("elus", ["avant-de-partir/#autoriser-le-deplacement"], []),
    ("hotel", ["outils/termes-de-reference/#jour-2027-03-02"], []),
    # Exact words, and words that must not pull in their neighbours.
    (
        "préfet",
        ["apres-la-mission/#etape-3-deliberer-et-transmettre-la-convention-au-prefet"],
        ["avant-de-partir/#sante", "sur-place/#protocole"],
    ),
    ("passeport", ["avant-de-partir/#documents-de-voyage"], ["sur-place/", "apres-la-mission/"]),
    ("vaccin", ["avant-de-partir/#sante"], ["apres-la-mission/", "sur-place/"]),
    ("rapatriement", ["avant-de-partir/#securite"], ["objectifs/"]),
    ("mandat spécial", ["avant-de-partir/#autoriser-le-deplacement"], []),
    ("checklist", ["outils/checklist/"], []),
]
# Queries whose tool pages must come after the guide's pages.
GUIDE_FIRST = ["délégation", "coopération", "visa", "rencontrer", "l'ambassade"]


@pytest.fixture(scope="module")
def searched(built_site, node):
    """{query: result groups} from Material's search worker run under node on the built site."""
    queries = [query for query, _, _ in QUERIES] + ["ambassade", "assurance"]
    finished = subprocess.run(
        [node, str(Path(__file__).with_name("search_node.cjs"))],
        input=json.dumps({"site": str(built_site), "queries": queries}),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert finished.returncode == 0, finished.stderr
    return json.loads(finished.stdout)


def locations(groups) -> list[str]:
    return [doc["location"] for group in groups for doc in group]


@pytest.mark.parametrize(("query", "finds", "misses"), QUERIES, ids=[q for q, _, _ in QUERIES])
def test_search_table(searched, query, finds, misses):
    found = locations(searched[query])
    assert set(finds) <= set(found), f"« {query} » devrait trouver {finds} ; trouvé : {found}"
    assert not set(misses) & set(found), f"« {query} » ne devrait pas trouver {misses}"
    for group in searched[query]:
        for doc in group:
            # No elided article searched as a word, nothing announced as « Non trouvé ».
            assert not {"l", "d", "qu", "jusqu"} & set(doc["h"].split()), (query, doc)
            if " " not in query:
                assert not doc["missing"], (query, doc)
            if doc["score"]:
                assert doc["h"], f"« {query} » : {doc['location']} sans surlignage"


def test_search_elided_article_finds_what_the_word_finds(searched):
    assert locations(searched["l'ambassade"]) == locations(searched["ambassade"])
    assert locations(searched["d'assurance"]) == locations(searched["assurance"])


@pytest.mark.parametrize("query", GUIDE_FIRST)
def test_search_guide_pages_before_tools(searched, built_site, query):
    """A guide page that has the word itself comes before every tool page (a page found only
    through a kindred form, weaker, may come later)."""
    index = json.loads((built_site / "search" / "search_index.json").read_text("utf-8"))
    word = query.split("'")[-1].casefold()
    having = {
        doc["location"].split("#")[0]
        for doc in index["docs"]
        if word in (doc["title"] + " " + doc["text"]).casefold()
    }
    pages = [group[0]["location"].split("#")[0] for group in searched[query]]
    tools = [i for i, page in enumerate(pages) if page.startswith("outils/")]
    guide = [i for i, page in enumerate(pages) if not page.startswith("outils/") and page in having]
    assert guide and (not tools or max(guide) < min(tools)), pages


def test_search_lists_no_blank_model(built_site):
    """A blank model has its filled document's words: a search finds the filled one once."""
    index = json.loads((built_site / "search" / "search_index.json").read_text("utf-8"))
    pages = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert "outils/termes-de-reference/" in pages
    assert "outils/documents/ordres-de-mission/" in pages
    assert not [page for page in pages if page.rstrip("/").endswith("-vierge")]


def test_search_snippets_separate_cells_and_items(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text("utf-8"))
    texts = {doc["location"]: doc["text"] for doc in index["docs"]}
    assert texts["outils/termes-de-reference/#delegation"].startswith("Nom Fonction")
    form = texts["outils/remplir-les-termes-de-reference/#delegation"]
    assert "NomFonction" not in form and form.count("Rôle pendant la mission") == 1, form
    assert "progressionImporter" not in texts[next(t for t in texts if "progression" in t)]
    # A task's deadline and owner: « Échéance : 1er janvier 2027 Qui : Sophie Martin ».
    owners = [text for text in texts.values() if "Qui :" in text or "Qui :" in text]
    assert owners and not [t for t in owners if re.search(r"\dQui", t)], owners[:1]


@pytest.mark.browser
def test_search_links_highlight_on_the_page(page, site_url):
    """In Chromium: every result link carries words to highlight (none with an empty « h= »),
    and the page opened from a result marks them."""
    page.goto(site_url)
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("délégation")
    page.wait_for_function("document.querySelectorAll('.md-search-result__item').length >= 5")
    # Read at once: the answer to a later keystroke may replace the list meanwhile.
    links = page.eval_on_selector_all(
        "a.md-search-result__link", "links => links.map(a => a.getAttribute('href'))"
    )
    empty = [link for link in links if re.search(r"[?&]h=(&|#|$)", link)]
    assert links and not empty, empty
    page.goto(next(link for link in links if "avant-de-partir/" in link and "#" not in link))
    # Material marks the words once its script has read the page, after the load event.
    expect(page.locator("mark[data-md-highlight]").first).to_be_attached()


@pytest.mark.browser
def test_the_index_is_built_at_the_first_search_not_at_each_page(page, site_url):
    """A page ready to search has not loaded the search engine (lunr, Material's worker): the
    first query does (workers/search-later.js), and finds the guide's pages."""
    asked = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(site_url + "avant-de-partir/")
    meta = page.locator(".md-search-result__meta")
    expect(meta).to_have_text("Taper pour démarrer la recherche")  # Material had its READY
    engine = re.compile(r"/workers/search\.[0-9a-f]+\.min\.js$|/lunr/")
    assert not [url for url in asked if engine.search(urlsplit(url).path)]
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("ambassade")
    expect(page.locator(".md-search-result__link").first).to_be_visible()
    assert [url for url in asked if engine.search(urlsplit(url).path)]
    box.fill("visa")  # the next queries go to the real worker alone
    expect(meta).to_contain_text("trouvés")


def test_fold_removes_accents_and_ligatures():
    assert search_fr.fold("Délégation à l’œuvre, ça") == "Delegation a l’oeuvre, ca"


def test_variants_group_forms_of_a_word_across_the_guide():
    index = {
        "config": {"separator": r"[\s\-,.'’]+", "fields": {"title": {"boost": 1000}}},
        "docs": [
            {"location": "a/", "title": "Rencontres", "text": "<p>La délégation, l’ambassade</p>"},
            {"location": "b/", "title": "Objectifs", "text": "<p>Rencontrer le maire.</p>"},
        ],
    }
    search_fr.add_variants(index)
    first = index["docs"][0]["variantes"].split()
    second = index["docs"][1]["variantes"].split()
    assert {"rencontrer", "delegation"} <= set(first)
    assert "rencontres" in second
    assert "ambassade" not in first  # already a word of the page: not repeated
    assert index["config"]["fields"][search_fr.FIELD]["boost"] < 1


def test_built_index_has_variants(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text("utf-8"))
    assert search_fr.FIELD in index["config"]["fields"]
    assert re.search(r"[’']", index["config"]["separator"])
    separator = re.compile(index["config"]["separator"])
    with_accents = [doc for doc in index["docs"] if "délégation" in doc["text"]]
    assert with_accents, "le guide parle de la délégation"
    for doc in with_accents:
        searchable = doc.get("variantes", "").split() + search_fr.words(doc["text"], separator)
        assert "delegation" in searchable, doc["location"]
