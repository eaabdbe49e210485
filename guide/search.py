"""French search: other forms of a word and words typed without accents find the page.

The MkDocs hook hooks/search_fr.py applies this to the index of Material's search (lunr),
which matches every typed word as a prefix of the words of a page, with no stemming and no
accent folding: "rencontrer" does not find "rencontre", "delegation" does not find
"délégation". Once the search plugin has written `search/search_index.json`, the hook adds
to each entry a hidden field, `variantes`, that lunr indexes but results never display:

- each word of the entry without its accents ("délégation" -> "delegation");
- the other forms of its words found anywhere in the guide, grouped by their French stem
  (Snowball, the stemmer lunr's French support uses): an entry with "rencontre" also gets
  "rencontrer", "rencontres"... so a search for any of these forms finds it.

Words cut at apostrophes ("l'ambassade" -> "l", "ambassade") come from the search plugin's
`separator` in mkdocs.yml; this hook splits words with the same expression. It runs before
Material's offline plugin, which copies the finished index into `search_index.js`.
"""

import html
import re
import unicodedata
from collections import defaultdict
from functools import lru_cache

import snowballstemmer

FIELD = "variantes"
# Lower than the page text (1): a page that has the very word typed comes first.
FIELD_BOOST = 0.5
_TAG = re.compile(r"<[^>]+>")
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "Œ": "OE", "Æ": "AE"})
_stemmer = snowballstemmer.stemmer("french")


def fold(word: str) -> str:
    """The word without accents or ligatures: "Délégation" -> "Delegation", "œuvre" -> "oeuvre"."""
    decomposed = unicodedata.normalize("NFD", word.translate(_LIGATURES))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text: str, separator: re.Pattern) -> list[str]:
    """The lower-case words of an index entry's text (HTML tags and entities removed)."""
    plain = html.unescape(_TAG.sub(" ", text)).lower()
    return [word for word in separator.split(plain) if word]


@lru_cache(maxsize=65536)  # a guide uses a few thousand distinct words, each many times
def stem(word: str) -> str:
    """Accent-free French stem, the key that groups the forms of one word."""
    return fold(_stemmer.stemWord(word))


def add_variants(index: dict) -> dict:
    """Add the `variantes` field to every entry of a Material search index (in place)."""
    separator = re.compile(index["config"]["separator"])
    entry_words = [
        words(f"{doc.get('title', '')} {doc.get('text', '')}", separator) for doc in index["docs"]
    ]
    forms = defaultdict(set)
    for found in entry_words:
        for word in found:
            forms[stem(word)].update({word, fold(word)})
    for doc, found in zip(index["docs"], entry_words, strict=True):
        present = set(found)
        variants = set()
        for word in present:
            variants.add(fold(word))
            variants.update(forms[stem(word)])
        variants -= present
        if variants:
            doc[FIELD] = " ".join(sorted(variants))
    index["config"]["fields"][FIELD] = {"boost": FIELD_BOOST}
    return index
