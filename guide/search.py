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

- the noun and the verb of one family, even when the guide writes only one of them: the guide's
  "coopération" also gets "coopérer", its "délégation" "déléguer" (`derived`), because lunr
  matches a typed word as the beginning of an indexed one, never the other way round.

Elided articles are cut with their apostrophe ("l'ambassade" -> "ambassade", never a word "l")
by the search plugin's `separator` in mkdocs.yml, for the pages and for what the reader types
alike; this module splits words with the same expression. The guide's pages come before the
tools (checklist, terms), which repeat their words (`TOOL_BOOST`). The hook also keeps the form's
row templates out of the index and separates table cells and list items (`separate_blocks`),
so that snippets read « Nom Fonction », not « NomFonction ». It runs before Material's offline
plugin, which copies the finished index into `search_index.js`.
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
# The tools' entries (their tables and lists repeat the guide's words, their headings too: « La
# délégation ») come after the guide's pages that have the word. A tool's own title still wins
# (title matches weigh 1000 in Material's index: « checklist » finds the checklist first).
TOOL_BOOST = 0.001
# Noun in -ation <-> verb in -er; "g" and "c" take a "u" before "er" (délégation, déléguer;
# communication, communiquer).
_NOUN = re.compile(r"^(?P<root>\w{3,}?)(?P<soft>[gc]?)ations?$")
_VERB = re.compile(r"^(?P<root>\w{3,}?)(?P<soft>gu|qu|)(?:er|ée?s?)$")
_VERB_ENDINGS = ("er", "é", "ée", "és", "ées")
_NOUN_ENDINGS = ("ation", "ations")
# Whitespace between the cells of a row and the items of a list: the search plugin joins their
# texts as they are written, and the documents write them with nothing in between.
_BLOCK_END = re.compile(r"(</(?:td|th|li|dt|dd|caption|button)>)(?=<)")
_TEMPLATE = re.compile(r"<template(?=[\s>])")


@lru_cache(maxsize=65536)  # called for every word of every entry, a few thousand distinct
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


def derived(word: str) -> set[str]:
    """The other part of speech of `word`'s family, in its usual forms: "coopération" ->
    "coopérer", "coopéré"…; "déléguer" -> "délégation", "délégations". Empty for other words."""
    noun = _NOUN.match(word)
    if noun:
        soft = {"g": "gu", "c": "qu"}.get(noun["soft"], "")
        return {noun["root"] + soft + ending for ending in _VERB_ENDINGS}
    verb = _VERB.match(word)
    if verb and len(word) > 5:
        soft = {"gu": "g", "qu": "c"}.get(verb["soft"], "")
        return {verb["root"] + soft + ending for ending in _NOUN_ENDINGS}
    return set()


def separate_blocks(page_html: str) -> str:
    """The page's HTML as the search plugin should read it: a line break after each cell or item
    that another tag follows at once; row templates marked as not to be indexed."""
    separated = _BLOCK_END.sub("\\1\n", page_html)
    return _TEMPLATE.sub('<template data-search-exclude="oui"', separated)


def is_tool(location: str, tools: tuple[str, ...]) -> bool:
    """Whether the index entry at `location` belongs to one of the `tools` (their URL folders)."""
    path = location.split("#", 1)[0].strip("/")
    return any(path == tool or path.startswith(f"{tool}/") for tool in tools)


def add_variants(index: dict, tools: tuple[str, ...] = ()) -> dict:
    """Add the `variantes` field to every entry of a Material search index (in place); the
    entries of the `tools` (URL folders such as "outils/checklist") rank after the guide's."""
    separator = re.compile(index["config"]["separator"])
    entry_words = [
        words(f"{doc.get('title', '')} {doc.get('text', '')}", separator) for doc in index["docs"]
    ]
    forms = defaultdict(set)
    for found in entry_words:
        for word in found:
            forms[stem(word)].update({word, fold(word)})
    # A noun and its verb share one family even when their stems differ (délégu-, déleg-).
    for key, family in list(forms.items()):
        for word in list(family):
            for other in derived(word):
                forms[key].update({other, fold(other)})
                if stem(other) != key:
                    forms[stem(other)].update(family)
    for doc, found in zip(index["docs"], entry_words, strict=True):
        present = set(found)
        # A word's family holds its accent-free form too (above).
        variants = set().union(*(forms[stem(word)] for word in present)) - present
        if variants:
            doc[FIELD] = " ".join(sorted(variants))
        if is_tool(doc["location"], tools):
            doc["boost"] = TOOL_BOOST
    index["config"]["fields"][FIELD] = {"boost": FIELD_BOOST}
    return index
