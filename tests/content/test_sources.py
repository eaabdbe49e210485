"""Every reference the guide cites is in one table (guide/sources.py) with the day it was
checked, and the page « Textes et sources » lists them all (issue #24)."""

import html
import re
from datetime import date
from urllib.parse import urlsplit

import pytest
from support import built_pages, read_html

from guide import sources, vocabulary


def article_text(markup: str) -> str:
    match = re.search(r"<article\b.*?</article>", markup, flags=re.S)
    assert match, "page sans <article>"
    text = html.unescape(re.sub(r"<[^>]+>", " ", match.group(0)))
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


def test_every_article_or_text_a_page_cites_is_in_the_table(built_site):
    unknown = []
    pages = built_pages(built_site)
    assert len(pages) > 20
    for page in pages:
        if not page.endswith("/") and page != "":
            continue
        found = sources.unknown_numbers(article_text(read_html(built_site, page)))
        unknown += [f"{page or 'accueil'} : {number}" for number in sorted(found)]
    assert unknown == [], "références absentes de guide/sources.py :\n" + "\n".join(unknown)


def test_every_type_of_authority_cites_only_known_references():
    """The other types' words reach only the forks' pages: checked here, without a build."""
    texts = []
    for words in vocabulary.VOCABULARY.values():
        texts += [value for value in words.values() if isinstance(value, str)]
    for words in vocabulary.MANDATE_TEXTS.values():
        texts += [*words["visas"], words["executoire"], words["signataires"]]
        texts += [part for body in words["bodies"].values() for part in body]
    assert len(texts) > 30
    unknown = {number for text in texts for number in sources.unknown_numbers(text)}
    assert unknown == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("l'article L9999-1 du code", {"L9999-1"}),
        ("la loi n° 1999-12 et le décret 2001-654", {"1999-12"}),
        ("articles L2123-18, R2123-22-1 et L52-1", set()),
        ("une échéance J-45, R+30 ou S-7", set()),
    ],
)
def test_the_check_finds_what_is_not_in_the_table(text, expected):
    assert sources.unknown_numbers(text) == expected


def test_each_reference_has_its_checked_date_label_link_and_summary():
    ids = [source.id for source in sources.SOURCES]
    assert len(ids) == len(set(ids))
    for source in sources.SOURCES:
        assert isinstance(source.verifie_le, date), source.id
        assert date(2025, 1, 1) <= source.verifie_le <= date.today(), source.id
        assert urlsplit(source.url).scheme == "https" and urlsplit(source.url).path, source.id
        assert source.label and len(source.summary) > 15, source.id
        assert source.group in sources.GROUPS, source.id
    assert min(source.verifie_le for source in sources.SOURCES) == sources.CHECKED


def test_sources_page_lists_every_reference_with_its_date_and_pages(built_site):
    markup = read_html(built_site, "textes-et-sources/")
    rows = {}
    for row in re.findall(r"<tr>(.*?)</tr>", markup, re.S):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        if cells:
            rows[article_text(f"<article>{cells[0]}</article>").strip()] = cells
    for source in sources.SOURCES:
        label = next((key for key in rows if key.startswith(source.label)), None)
        assert label, f"« {source.label} » absente de la page"
        cells = rows[label]
        assert f'href="{html.escape(source.url)}"' in cells[0] or source.url in html.unescape(
            cells[0]
        )
        checked = article_text(f"<article>{cells[3]}</article>").strip()
        assert re.fullmatch(r"(1er|\d{1,2}) \w+ 20\d\d", checked), source.id
    # Where it is cited: the pages that cite it, linked.
    l2123 = html.unescape(rows["CGCT, art. L2123-18"][2])
    assert "avant-de-partir/" in l2123 and "Avant de partir" in l2123
    assert "textes-et-sources" not in l2123
    # A rule of another type, in the collapsed « Dans les autres collectivités », counts too.
    l4135 = next(cells for key, cells in rows.items() if key.startswith("CGCT, art. L4135-26"))
    assert "avant-de-partir/" in html.unescape(l4135[2])


def test_sources_page_is_in_the_nav_after_resources(built_site):
    nav = re.findall(
        r'<a href="[^"]*"[^>]*class="md-nav__link[^"]*"[^>]*>\s*<span[^>]*>(.*?)</span>',
        read_html(built_site, ""),
        re.S,
    )
    labels = [article_text(f"<article>{label}</article>").strip() for label in nav]
    assert "Textes et sources" in labels
    assert labels.index("Textes et sources") == labels.index("Ressources") + 1
