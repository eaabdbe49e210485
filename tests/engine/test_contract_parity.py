"""The browser's checker says what the build says (issue « One contract, one YAML dialect »).

docs/assets/javascripts/mission-contract.js runs under node on the same files as the build's
validator (guide.mission.check_text): hand-picked YAML mistakes, and hundreds of generated
mutations of this repository's mission.yml (a key removed,
renamed or mistyped; a value replaced by a wrong type or a tricky scalar). Both must give the
same key paths, lines and messages (the shipped example's bad inputs:
tests/content/test_contract_cases.py). Every valid file must survive the form's round trip
(import -> export -> build) with every value unchanged. No browser is needed.
"""

from __future__ import annotations

import json
import random
import re
import subprocess

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from support import PROJECT_ROOT

from guide.mission import check_text, contract, read_yaml

DRIVER = PROJECT_ROOT / "tests" / "engine" / "contract_node.cjs"


TRICKY_SCALARS = [
    "07", "01", "1e3", "1e5", "0x1F", "0x10", "0o17", "yes", "no", "on", "~", "null", "true",
    "False", "1.10", "10.", ".5", "-0", "+1", "12:30", "1:02:03", "2027-02-30", "2027-03-04",
    '"a: b"', "'it''s'", '""', '"  "', "[]", "{}", "[a, b]", "{a: 1}",
    "|\n{pad}  ligne 1\n{pad}  ligne 2", ">\n{pad}  plié\n{pad}  ici", "|\n  mal indenté",
    "Été à Kéra-Sobo", "é", "- x", "inf", ".nan", "<<", "=", "%x", "@x", "`x`",
    "&ancre valeur", "*alias", "!etiquette x", "a # commentaire", "'", '"', "a: b: c", "\tx",
    "Africa/Dakar", "Europe/Pariss", "dakar", "https://exemple.fr", "www.exemple.fr",
    "visite-du-marche", "Visite du marché", "indigo", "bleu", "elu", "élu", "rencontre",
]  # fmt: skip

KEY_LINE = re.compile(r"^(?P<indent>\s*(?:- )?)(?P<key>[a-z_]+):(?P<rest>.*)$")


def typo(rng: random.Random, word: str) -> str:
    """A mistyped key: a letter dropped, doubled, swapped or changed, an accent, a capital."""
    i = rng.randrange(len(word))
    kind = rng.randrange(6)
    if kind == 0 and len(word) > 1:
        return word[:i] + word[i + 1 :]
    if kind == 1:
        return word[:i] + word[i] + word[i:]
    if kind == 2 and i + 1 < len(word):
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 3:
        return word.capitalize()
    if kind == 4:
        return word.replace("e", "é", 1) if "e" in word else word + "s"
    return word[:i] + rng.choice("aeiouxz") + word[i + 1 :]


def mutations(text: str, count: int, seed: int = 2027) -> list[str]:
    """`count` mutations of a mission.yml text, one change each."""
    rng = random.Random(seed)
    lines = text.split("\n")
    keyed = [n for n, line in enumerate(lines) if KEY_LINE.match(line)]
    valued = [n for n in keyed if KEY_LINE.match(lines[n])["rest"].strip()]
    found: list[str] = []
    while len(found) < count:
        copy = list(lines)
        n = rng.choice(keyed)
        match = KEY_LINE.match(copy[n])
        kind = rng.randrange(5)
        if kind == 0:  # a key line removed (a block key leaves its items to the one above)
            del copy[n]
        elif kind == 1:  # a key renamed or mistyped
            copy[n] = f"{match['indent']}{typo(rng, match['key'])}:{match['rest']}"
        elif kind == 2:  # a key written twice
            copy.insert(n + 1, copy[n])
        else:  # a value replaced by a tricky scalar
            n = rng.choice(valued)
            match = KEY_LINE.match(copy[n])
            pad = " " * len(match["indent"])  # block texts indented under their key
            scalar = rng.choice(TRICKY_SCALARS).replace("{pad}", pad)
            copy[n] = f"{match['indent']}{match['key']}: {scalar}"
        mutated = "\n".join(copy)
        if mutated != text:
            found.append(mutated)
    return found


YAML_MISTAKES = [
    "a: 'x\nb: 2\n",
    "collectivite:\n\tnom: x\n",
    "collectivite:\n  nom: a: b\n",
    "collectivite:\n  nom: x\n---\npartenaire: y\n",
    "objectifs: [a, b\n",
    "collectivite:\n  nom: x\n type: commune\n",
    "collectivite:\n  nom: @x\n",
    "collectivite:\n  nom: *x\n",
    "collectivite: &a\n  nom: x\npartenaire: *a\n",
    "collectivite: !!python/object:os.system x\n",
    "collectivite:\n  nom: !foo x\n",
    "- a\n- b\n",
    "",
    "# rien\n",
    "07\n",
    "collectivite:\n  nom: x\n  nom: y\n",
    "toString: 1\nconstructor: 2\n__proto__: 3\n",
    "collectivite:\n  nom: |\n    Commune de\n    Val-Fleuri\n",
    "\ufeffcollectivite:\r\n  nom: x\r\n",
    "collectivite:\n  nom: a\x01b\n",
    "collectivite:\n  nom: a\u2028b\n",
    "collectivite:\n  nom: a\rb\n",
    "  collectivite: >\n    plié\n    ici",
]


def run_browser_checker(node: str, texts: list[str], tmp_path) -> list[dict]:
    contract_file = tmp_path / "contrat.json"
    contract_file.write_text(json.dumps(contract(), ensure_ascii=False), "utf-8")
    payload = json.dumps({"contrat": str(contract_file), "fichiers": texts})
    result = subprocess.run(
        [node, str(DRIVER)], input=payload, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def build_problems(text: str) -> list[dict]:
    return [problem.as_json() for problem in check_text(text)]


def browser_problems(result: dict) -> list[dict]:
    return [
        {"ligne": p["line"], "chemin": p["path"], "message": p["message"]}
        for p in result["problemes"]
    ]


@pytest.fixture(scope="module")
def example() -> str:
    return (PROJECT_ROOT / "mission.yml").read_text("utf-8")


def test_node_checker_matches_the_build_on_generated_files(node, example, tmp_path):
    texts = [example, *YAML_MISTAKES, *mutations(example, 600)]
    results = run_browser_checker(node, texts, tmp_path)
    differences = []
    invalid = 0
    for text, result in zip(texts, results, strict=True):
        expected = build_problems(text)
        invalid += bool(expected)
        if browser_problems(result) != expected:
            differences.append((text, expected, browser_problems(result)))
    assert not differences, (
        "\n\n".join(
            f"FICHIER :\n{text[:400]}\nCONSTRUCTION : {exp}\nNAVIGATEUR : {got}"
            for text, exp, got in differences[:3]
        )
        + f"\n({len(differences)} fichiers diffèrent)"
    )
    # The mutations really are mostly mistakes, and some stay valid (for the round trip).
    assert invalid > 400
    assert len(texts) - invalid > 20


def test_every_valid_file_survives_import_export_build(node, example, tmp_path):
    texts = [t for t in [example, *mutations(example, 600, seed=7)] if not build_problems(t)]
    assert len(texts) > 20
    results = run_browser_checker(node, texts, tmp_path)
    for text, result in zip(texts, results, strict=True):
        exported = result["yaml"]
        assert build_problems(exported) == [], exported
        before, _ = read_yaml(text)
        after, _ = read_yaml(exported)
        assert after == normalised(before), exported


def normalised(data):
    """What the form keeps of a valid file: texts stripped, empty optional values left out."""
    if isinstance(data, dict):
        kept = {k: normalised(v) for k, v in data.items()}
        return {k: v for k, v in kept.items() if v not in (None, "", [])}
    if isinstance(data, list):
        return [normalised(item) for item in data]
    return data.strip() if isinstance(data, str) else data


def test_tricky_scalars_stay_texts_through_the_form(node, tmp_path, example):
    """`departement: 07` and the others are read as typed, exported as typed, built as typed."""
    for scalar in ["07", "01", "1e3", "0x10", "1.10", "10.", "yes", "12:30", "2A"]:
        text = re.sub(r"(?m)^  departement: .*$", f"  departement: {scalar}", example, count=1)
        if text == example:
            text = example.replace(
                "collectivite:\n", f"collectivite:\n  departement: {scalar}\n", 1
            )
        result = run_browser_checker(node, [text], tmp_path)[0]
        assert result["problemes"] == []
        exported, _ = read_yaml(result["yaml"])
        assert exported["collectivite"]["departement"] == scalar


# --- Hostile files, generated ------------------------------------------------------------

KEYS = ["collectivite", "nom", "type", "partenaire", "pays", "mission", "debut", "fin",
        "programme", "delegation", "objectifs", "toString", "__proto__", "a b", "é"]  # fmt: skip
SCALARS = st.sampled_from([s.replace("{pad}", "  ") for s in TRICKY_SCALARS]) | st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12
)


@st.composite
def yaml_documents(draw, depth: int = 0):
    """Lines of YAML-looking text: keys, list dashes, scalars, odd indentation and punctuation."""
    lines = []
    for _ in range(draw(st.integers(1, 6))):
        indent = " " * draw(st.sampled_from([0, 0, 2, 2, 4, 1, 3]))
        dash = draw(st.sampled_from(["", "", "- "]))
        key = draw(st.sampled_from(KEYS))
        if depth < 2 and draw(st.booleans()):
            lines.append(f"{indent}{dash}{key}:")
            lines.extend("  " + line for line in draw(yaml_documents(depth + 1)).split("\n"))
        else:
            lines.append(f"{indent}{dash}{key}: {draw(SCALARS)}")
    return "\n".join(lines)


# No shrinking: a failing list of files is shown as generated (shrinking takes minutes).
@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.explicit, Phase.generate],
    derandomize=True,  # the same files on every run: CI never fails by chance
)
@given(st.lists(yaml_documents(), min_size=15, max_size=15))
def test_hostile_generated_files_get_the_same_answer(node, tmp_path_factory, texts):
    """Garbage that only looks like YAML: the same verdict everywhere, the same messages once
    the file is read. Where both YAML parsers stop on a mistake no line check recognises, each
    names the line where it stopped (they may differ): the message is the same."""
    results = run_browser_checker(node, texts, tmp_path_factory.mktemp("hostile"))
    for text, result in zip(texts, results, strict=True):
        expected, got = build_problems(text), browser_problems(result)
        if expected and got and expected[0]["chemin"] == [] == got[0]["chemin"]:
            assert [without_line(p) for p in got] == [without_line(p) for p in expected], text
        else:
            assert got == expected, text


def without_line(problem: dict) -> str:
    return re.sub(r", ligne \d+", "", problem["message"])


# --- Free texts in several languages ({fr: …, es: …}) -------------------------------------

MISSIONS = PROJECT_ROOT / "tests" / "engine" / "fixture" / "missions"
TRANSLATION_MISTAKES = [
    ("  - Objectif sans traduction.\n", "  - fr: x\n    de: y\n"),  # an unknown language
    ("  - Objectif sans traduction.\n", "  - es: x\n"),  # no French text
    ("  - Objectif sans traduction.\n", "  - fr: ''\n    es: x\n"),  # an empty French text
    ("  - Objectif sans traduction.\n", "  - fr:\n      - a\n"),  # a list, not a text
    ("  - Objectif sans traduction.\n", "  - fr: x\n    es:\n"),  # empty translation: valid
    ("  langue_des_documents: es\n", "  langue_des_documents: espagnol\n"),
    ("  langue_des_documents: es\n", "  langue_des_documents: de\n"),
    ("  nom: Municipalidad de Villa Ensayo\n", "  nom:\n    fr: x\n    es: y\n"),  # a name
    # The same activity twice, written in several languages: the French texts compare.
    (
        '2027-10-01\n    debut: "14:00"\n    fin: "16:00"\n    type: visite_de_terrain\n'
        "    intitule:\n      fr: Visite du marché\n",
        '2027-09-28\n    debut: "09:00"\n    fin: "16:00"\n    type: visite_de_terrain\n'
        "    intitule:\n      fr: Accueil par le maire\n",
    ),
]


def test_free_texts_in_several_languages_get_the_same_answer(node, tmp_path):
    """The partners' missions (documents in Spanish, in English), their mutations and mistakes
    in translated texts: the same messages in the browser; a valid file survives the form."""
    spanish, english = (MISSIONS / "partenaire-es.yml", MISSIONS / "partenaire-en.yml")
    spanish, english = spanish.read_text("utf-8"), english.read_text("utf-8")
    mistakes = [spanish.replace(a, b, 1) for a, b in TRANSLATION_MISTAKES]
    assert all(text != spanish for text in mistakes)
    texts = [spanish, english, *mistakes, *mutations(spanish, 150), *mutations(english, 150)]
    results = run_browser_checker(node, texts, tmp_path)
    valid = 0
    for text, result in zip(texts, results, strict=True):
        expected = build_problems(text)
        assert browser_problems(result) == expected, text
        if expected:
            continue
        valid += 1
        exported = result["yaml"]
        assert build_problems(exported) == [], exported
        assert read_yaml(exported)[0] == normalised(read_yaml(text)[0]), exported
    assert [bool(build_problems(text)) for text in mistakes].count(False) == 1
    assert valid > 20
