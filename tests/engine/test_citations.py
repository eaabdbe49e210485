"""Which pages cite a reference (« Textes et sources »): a number or word as a whole, an
address exactly; checked against the rule written as a pattern, on generated texts."""

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from guide.sources import CGCT, Source, cites

SOURCE = Source(
    id="exemple",
    label="CGCT, art. L2123-18",
    url="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006390263",
    summary="",
    verifie_le=date(2026, 1, 1),
    group="",
    cites=("L2123-18", "24 mai 2018"),
)
WHOLE_CODE = Source(**{**SOURCE.__dict__, "url": CGCT})


def test_a_number_counts_only_as_a_whole():
    assert cites(SOURCE, "Voir l’article L2123-18 du CGCT.")
    assert cites(SOURCE, "(L2123-18)")
    assert cites(SOURCE, "la loi du 24 mai\n2018")  # line breaks are spaces
    assert not cites(SOURCE, "l’article L2123-18-1")
    assert not cites(SOURCE, "article XL2123-18")
    assert not cites(SOURCE, "L2123-180")


def test_an_address_counts_exactly_and_only_for_a_deep_link():
    assert cites(SOURCE, f"[texte]({SOURCE.url})")
    assert not cites(SOURCE, f"[texte]({SOURCE.url}/version)")
    assert not cites(SOURCE, f"[texte]({SOURCE.url}0)")
    assert not cites(WHOLE_CODE, f"[code]({CGCT})")  # the whole code is no citation of one article


def _pattern(source: Source) -> re.Pattern:
    """The same rule as a pattern (slow on long pages, hence not the implementation)."""
    parts = [re.escape(source.url) + r"(?![\w%/.-])"] if source.deep else []
    keys = "|".join(re.escape(key) for key in sorted(source.cites, key=len, reverse=True))
    parts.append(rf"(?<![\w-])(?:{keys})(?![\w-])")
    return re.compile("|".join(parts))


PIECES = st.sampled_from(
    ["L2123-18", "L2123-18-1", "24 mai 2018", SOURCE.url, SOURCE.url + "/", "-", "_", "é", "x",
     "1", " ", "\n", ".", "%", "(", ")", "[", "]"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=8).map("".join))
def test_the_plain_search_agrees_with_the_pattern(text):
    flat = " ".join(text.split())
    for source in (SOURCE, WHOLE_CODE):
        assert cites(source, text) == (_pattern(source).search(flat) is not None)
