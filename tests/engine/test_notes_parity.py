"""The browser's notes rules say what guide/notes.py says (the notes file's shape is defined
once, in Python, and interpreted by docs/assets/javascripts/notes-rules.js): on generated files,
valid and broken, both give the same problems, merge two members' notes the same way and put
the same lines in the compte rendu. node runs the browser's module; no browser is needed.

(The envelope's own checks, format and version, are files.js's in the browser, shared with the
other exported files; their messages are checked by the tests of the pages.)
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import PROJECT_ROOT, NodeLines

from guide import notes

DRIVER = PROJECT_ROOT / "tests" / "engine" / "notes_node.cjs"
LABELS = {
    "2027-03-02T09:00": "Mardi 2 mars 2027, 9\u00a0h – 10\u00a0h, Rencontre",
    "2027-03-03T14:30": "Visite",
}


class NodeRules(NodeLines):
    """notes_node.cjs on the notes' contract."""

    def __init__(self, node: str, folder):
        contract_file = folder / "notes-contrat.json"
        contract_file.write_text(json.dumps(notes.contract(), ensure_ascii=False), "utf-8")
        super().__init__([node, str(DRIVER), str(contract_file)])


@pytest.fixture(scope="module")
def rules(node, tmp_path_factory):
    found = NodeRules(node, tmp_path_factory.mktemp("notes-node"))
    yield found
    found.close()


# Texts: plain words, typed punctuation, markup, control and invisible characters, emoji (two
# UTF-16 units, one character), Python's and JavaScript's whitespace.
WORDS = ["Awa", "le maire", "<b>", "{{ x }}", "**", "\n", " ", "\u00a0", "\u0085", "\u001f",
         "\u0007", "\u2028", "😀", "é", "— Awa\u00a0:\n", "a" * 40]  # fmt: skip
texts = st.lists(st.sampled_from(WORDS) | st.text(max_size=4), max_size=6).map("".join)
KEYS = [*LABELS, "2027-03-04T08:00", "2027-03-02T09:00\n", "demain", "12", ""]
anything = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.floats(allow_nan=False, allow_infinity=False)
    | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=6,
)
step = st.dictionaries(
    st.sampled_from(["qui", "quoi", "pour_quand", "quand"]), texts | anything, max_size=4
)
note = st.fixed_dictionaries(
    {},
    optional={
        "intitule": texts,
        "presents": texts,
        "francais": texts | anything,
        "partenaire": texts,
        "decisions": texts,
        "suites": st.lists(step, max_size=3) | anything,
        "lieu": texts,
    },
)
valid_step = st.fixed_dictionaries({}, optional={k: texts for k, _ in notes.NEXT_STEPS})
valid_note = st.fixed_dictionaries(
    {},
    optional={
        "intitule": texts,
        **{k: texts for k, _ in notes.TEXTS},
        "suites": st.lists(valid_step, max_size=3),
    },
)


def envelope(activites, **more) -> dict:
    return {"format": notes.FORMAT, "version": 1, "site": "Guide", "address": None,
            "exported": "2027-03-06T10:00:00Z", "activites": activites, **more}  # fmt: skip


files = st.builds(
    envelope,
    st.dictionaries(st.sampled_from(KEYS), note | anything, max_size=4) | anything,
    auteur=texts | anything,
) | st.builds(lambda data: {**data, "format": notes.FORMAT}, st.dictionaries(texts, anything))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=files)
def test_the_browser_finds_the_same_problems(rules, data):
    # The order of an object's keys may differ (JavaScript lists integer-like keys first).
    assert sorted(rules.ask({"check": data, "file": "notes.json"})) == sorted(
        notes.check(data, "notes.json")
    )


def test_the_limits_and_characters_are_the_same(rules):
    long = "😀" * notes.LIMITS["text"]  # as many characters as allowed, twice as many units
    data = envelope({"2027-03-02T09:00": {"decisions": long, "presents": long + "a"}})
    data["activites"].update(
        {f"2027-03-02T{h:02d}:{m:02d}": {} for h in range(24) for m in range(1, 14)}
    )
    found = notes.check(data, "n.json")
    assert [("(313" in p, "(20001 caractères" in p) for p in found] == [
        (True, False),
        (False, True),
    ]
    assert rules.ask({"check": data, "file": "n.json"}) == found


activites = st.dictionaries(st.sampled_from(KEYS[:4]), valid_note, max_size=3)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mine=activites, theirs=activites, me=texts, them=texts)
def test_the_browser_merges_and_reports_the_same(rules, mine, theirs, me, them):
    merged, summary = notes.merge(mine, theirs, me, them)
    answer = rules.ask({"merge": [mine, theirs, me, them]})
    assert answer == {"activites": merged, "summary": summary}
    known = {"2027-03-02T09:00": LABELS["2027-03-02T09:00"], "2027-03-03T14:30": "Visite"}
    assert rules.ask({"report": [merged, known]}) == notes.slot_values(merged, known)
    data = {"auteur": me}
    assert rules.ask({"author": [data, "f.json"]}) == notes.author(data, "f.json")
