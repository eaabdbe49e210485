"""French search: other forms of a word and words typed without accents find the page.

MkDocs hook (listed under `hooks:` in mkdocs.yml). Material's search (lunr) matches every typed
word as a prefix of the words of a page, with no stemming and no accent folding: "rencontrer"
does not find "rencontre", "delegation" does not find "délégation". After the search plugin has
written `search/search_index.json`, this hook adds to each entry a hidden field, `variantes`,
that lunr indexes but the results never display:

- each word of the entry without its accents ("délégation" -> "delegation");
- the other forms of its words found anywhere in the guide, grouped by their French stem
  (Snowball, the stemmer lunr's French support uses): an entry with "rencontre" also gets
  "rencontrer", "rencontres"... so a search for any of these forms finds it.

Words cut at apostrophes ("l'ambassade" -> "l", "ambassade") come from the search plugin's
`separator` in mkdocs.yml; this hook splits words with the same expression. It runs before
Material's offline plugin, which copies the finished index into `search_index.js`.
"""

import html
import json
import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import snowballstemmer
from mkdocs.plugins import event_priority

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


@event_priority(-50)  # after the search plugin (0), before the offline plugin (-100)
def on_post_build(config, **kwargs) -> None:
    path = Path(config["site_dir"]) / "search" / "search_index.json"
    if not path.is_file():
        return
    index = add_variants(json.loads(path.read_text("utf-8")))
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), "utf-8")
