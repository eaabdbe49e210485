"""French search: other forms of a word, words after an apostrophe, words typed without accents.

Browser tests type into Material's search box, as a reader does, on a copy of the guide with one
extra page whose sections each hold one of the cases; unit tests cover macros/search_fr.py.
"""

import json
import re

import pytest
from support import build_site, copy_project, serve_folder

from guide import search as search_fr

TEST_PAGE = """---
description: Page d'essai de la recherche.
---

# Essai de la recherche

## Premier jour

La délégation arrive le matin.

## Deuxième jour

Une rencontre est prévue avec les élus.

## Troisième jour

Visite à l’ambassade, puis déjeuner à l'hôtel de ville.

## Quatrième jour

Il faudra rencontrer le préfet.
"""


@pytest.fixture(scope="module")
def search_site_url(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("search") / "project")
    (project / "docs" / "essai-recherche.md").write_text(TEST_PAGE, "utf-8")
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    assert "\nnav:\n" in text
    config.write_text(text.replace("\nnav:\n", "\nnav:\n  - Essai: essai-recherche.md\n"), "utf-8")
    site = project / "site"
    result = build_site(project, site)
    assert result.returncode == 0, result.stdout + result.stderr
    url, server = serve_folder(site)
    yield url
    server.shutdown()


def search(page, query: str) -> list[str]:
    """Type `query` in the search box; return the links of all the results (scrolled in)."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.press_sequentially(query)
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function(
        """([query]) => {
            const links = [...document.querySelectorAll('.md-search-result__link')];
            const meta = document.querySelector('.md-search-result__meta');
            return links.some(a => a.href.includes('h=' + encodeURIComponent(query)))
                || (meta && /Aucun/.test(meta.textContent));
        }""",
        arg=[query],
    )
    found = re.search(r"\d+", meta.inner_text())
    # Material shows results ten by ten as the list scrolls: scroll until all are shown.
    page.wait_for_function(
        """([total]) => {
            const list = document.querySelector('.md-search__scrollwrap');
            list.scrollTo(0, list.scrollHeight);
            return document.querySelectorAll(
                '.md-search-result__list > .md-search-result__item').length >= total;
        }""",
        arg=[int(found.group()) if found else 0],
    )
    return [link.get_attribute("href") for link in page.locator(".md-search-result__link").all()]


def sections_found(links: list[str]) -> set[str]:
    return {link.split("#", 1)[1] for link in links if "essai-recherche/" in link and "#" in link}


@pytest.mark.browser
@pytest.mark.parametrize(
    ("query", "section", "why"),
    [
        ("rencontrer", "deuxieme-jour", "une autre forme du mot : « rencontre »"),
        ("ambassade", "troisieme-jour", "après une apostrophe typographique : « l’ambassade »"),
        ("hotel", "troisieme-jour", "après une apostrophe droite, sans accent : « l'hôtel »"),
        ("delegation", "premier-jour", "sans accents : « délégation »"),
        ("elus", "deuxieme-jour", "sans accent : « élus »"),
        ("délégation", "premier-jour", "le mot exact, avec ses accents"),
    ],
)
def test_french_search_finds(page, search_site_url, query, section, why):
    page.goto(search_site_url)
    found = sections_found(search(page, query))
    assert section in found, f"« {query} » devrait trouver {why} ; trouvé : {found}"


@pytest.mark.browser
def test_search_does_not_find_unrelated_sections(page, search_site_url):
    page.goto(search_site_url)
    found = sections_found(search(page, "delegation"))
    assert "deuxieme-jour" not in found and "troisieme-jour" not in found, found


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
