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
import unicodedata
from datetime import date, timedelta

import pytest
import yaml
from fixture_site import FIXTURE
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from support import PROJECT_ROOT, NodeLines

from guide.check import project_tasks
from guide.mission import check_text, contract, read_yaml
from guide.mission.model import document_locales_by_name, zones_by_city
from guide.planning import task_catalogue

DRIVER = PROJECT_ROOT / "tests" / "engine" / "contract_node.cjs"
# The guide's tasks, which the rules on `taches` check against (in the build and the browser).
TASKS = task_catalogue(project_tasks(PROJECT_ROOT))


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
    # Issue « Nothing lost, nothing run »: the mistake's own line, limits, characters.
    "collectivite:\n  nom: 'Commune\n  type: commune\n" + "a: 1\n" * 70,
    'collectivite:\n  nom: "Commune de\n    Val-Fleuri"\n',
    "collectivite:\n  nom: x\n...\n",
    "collectivite:\n  nom: é\ufffdé\n",
    "collectivite:\n  nom: ab\x07\n",
    "collectivite:\n  nom: " + "[" * 5000 + "\n",
    "collectivite:\n  nom: " + "[" * 19 + "x" + "]" * 19 + "\n",
    "collectivite:\n  nom: " + "{a: " * 30 + "\n",
    "".join(" " * i + "k:\n" for i in range(30)),
    "collectivite:\n  nom: " + "9" * 5000 + "\n",
    "# " + "x" * 200_001 + "\n",
    "# " + "é" * 100_000 + "\n",
]

# The same mistakes inside a valid file: the model's limits and characters of texts.
HOSTILE_VALUES = [
    '"Commune de\\nVal-Fleuri"', "|\n    Commune de\n    Val-Fleuri", '"\\u200b\\u200b"',
    '"\\u202eiruelF-laV"', '"Val\\x07Fleuri"', '"Val\\tFleuri"', '"Val\\rFleuri"',
    '"\\u00a0\\u2060\\u00ad"', '"\\x1cVal\\x1c"', '"\\ufeffVal"', "x" * 301, "é" * 300,
    "9" * 5000, "1.10", "10.", "3.14159265358979323846264338327950288419716939937510",
]  # fmt: skip


def hostile_files(example: str) -> list[str]:
    """The example with one hostile value in a one-line text, and in a several-line one."""
    files = []
    for value in HOSTILE_VALUES:
        files.append(example.replace("  nom: Commune de Val-Fleuri", f"  nom: {value}", 1))
        indented = value.replace("\n    ", "\n      ")
        line = re.compile(r"(?m)^(  collectivite:\n    - ).*$")
        files.append(line.sub(lambda found, text=indented: found[1] + text, example, 1))
    many = "\n".join(f"  - Objectif {n}" for n in range(31))
    objectives = re.compile(r"(?ms)^objectifs:\n.*?(?=^\S)")
    files.append(objectives.sub(lambda found: f"objectifs:\n{many}\n", example, 1))
    return files


def flow_scalar(value) -> str:
    """A value as the form would quote it, and between quotes too when a flow collection would
    end it there (« , », a bracket, « : » or « # »)."""
    from guide.mission.dialect import QUOTE_IF, quoted

    if value is None or isinstance(value, bool):
        return {None: "~", True: "true", False: "false"}[value]
    text = str(value)
    return quoted(text) if re.search(QUOTE_IF + r"|[,\[\]{}:#]", text) else text


def flow_value(value, rng: random.Random, indent: str = "") -> str:
    """`value` in flow style: on one line, or (lists, sometimes) one item per line."""
    if isinstance(value, dict):
        items = [f"{key}: {flow_value(item, rng, indent + '  ')}" for key, item in value.items()]
        return "{" + ", ".join(items) + "}"
    if isinstance(value, list):
        items = [flow_value(item, rng, indent + "  ") for item in value]
        if items and rng.random() < 0.3:
            inner = indent + "  "
            return "[\n" + "".join(f"{inner}{item},\n" for item in items) + indent + "]"
        return "[" + ", ".join(items) + "]"
    return flow_scalar(value)


def flow_files(text: str, count: int, seed: int = 28) -> list[str]:
    """The file written in flow style as an earlier release accepted it: each top-level key's
    value in one flow collection, or each list item (a programme's activity) on its line."""
    rng = random.Random(seed)
    data, _ = read_yaml(text)
    files = []
    for _ in range(count):
        lines = []
        for key, value in data.items():
            if isinstance(value, list) and rng.random() < 0.6:
                lines.append(f"{key}:")
                lines += [f"  - {flow_value(item, rng, '    ')}" for item in value]
            elif isinstance(value, dict | list):
                lines.append(f"{key}: {flow_value(value, rng, '  ')}")
            else:
                lines.append(f"{key}: {flow_scalar(value)}")
        files.append("\n".join(lines) + "\n")
    return files


FLOW_EDITS = [
    ", ,", ",", "", "}", "]", "{", "[", ": ", ":", " #", "\n", "\n  ", "\n ", '"', "'", "- ",
    "?", "&a ", "!t ", "@", "|", "\t", " x: y", "a:b", ",}", "}}", "]]",
]  # fmt: skip


def flow_mutations(texts: list[str], count: int, seed: int = 280) -> list[str]:
    """`count` flow-style files with one edit at a flow position: a comma, a bracket, a quote,
    a « : » removed, doubled or replaced; a line broken; an indicator typed in."""
    rng = random.Random(seed)
    found = []
    while len(found) < count:
        text = rng.choice(texts)
        # Inside the flow collections: from a line's first bracket on.
        spots = [
            line.start() + found.start()
            for line in re.finditer(r"(?m)^[^{\[\n]*[{\[].*$", text)
            for found in re.finditer(r"[,{}\[\]:\"']", line[0])
            if found.start() > re.search(r"[{\[]", line[0]).start()
        ]
        at = rng.choice(spots)
        edit = rng.choice(FLOW_EDITS)
        end = at + rng.choice([0, 1])
        mutated = text[:at] + edit + text[end:]
        if mutated != text:
            found.append(mutated)
    return found


def run_browser_checker(node: str, texts: list[str], tmp_path) -> list[dict]:
    contract_file = tmp_path / "contrat.json"
    contract_file.write_text(json.dumps(contract(TASKS), ensure_ascii=False), "utf-8")
    payload = json.dumps({"contrat": str(contract_file), "fichiers": texts})
    result = subprocess.run(
        [node, str(DRIVER)], input=payload, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_suggestions_by_city_and_language_name_are_folded_the_same_in_the_browser(node, tmp_path):
    """The browser folds the contract's time zones and document languages into its maps of
    suggestions (« dakar »: Africa/Dakar, « portugais (Brésil) »: pt-BR) as the build does,
    every entry of both lists."""
    contract_file = tmp_path / "contrat.json"
    contract_file.write_text(json.dumps(contract(TASKS), ensure_ascii=False), "utf-8")
    checker = PROJECT_ROOT / "docs" / "assets" / "javascripts" / "mission-contract.js"
    script = (
        f"const {{ Checker }} = require({json.dumps(str(checker))});"
        f"const text = require('fs').readFileSync({json.dumps(str(contract_file))}, 'utf-8');"
        "const c = new Checker(JSON.parse(text));"
        "process.stdout.write(JSON.stringify({villes: c.zonesByCity, langues: c.localesByName}));"
    )
    result = subprocess.run([node, "-e", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    folded = json.loads(result.stdout)
    assert folded["villes"] == zones_by_city() and zones_by_city()["dakar"] == "Africa/Dakar"
    assert folded["langues"] == document_locales_by_name()
    assert document_locales_by_name()["portugais_(bresil)"] == "pt-BR"


class NodeChecker(NodeLines):
    """contract_node.cjs --serve: many batches of files for one node process."""

    def __init__(self, node: str, tmp_path, the_contract: dict | None = None):
        contract_file = tmp_path / "contrat-serve.json"
        the_contract = the_contract or contract(TASKS)
        contract_file.write_text(json.dumps(the_contract, ensure_ascii=False), "utf-8")
        super().__init__([node, str(DRIVER), "--serve", str(contract_file)])

    def check(self, texts: list[str]) -> list[dict]:
        return self.ask(texts)


@pytest.fixture(scope="module")
def node_checker(node, tmp_path_factory):
    checker = NodeChecker(node, tmp_path_factory.mktemp("node-checker"))
    yield checker
    checker.close()


def build_problems(text: str) -> list[dict]:
    return [problem.as_json() for problem in check_text(text, tasks=TASKS)]


def browser_problems(result: dict) -> list[dict]:
    return [
        {"ligne": p["line"], "chemin": p["path"], "message": p["message"]}
        for p in result["problemes"]
    ]


@pytest.fixture(scope="module")
def example() -> str:
    return (PROJECT_ROOT / "mission.yml").read_text("utf-8")


def test_node_checker_matches_the_build_on_generated_files(node, example, tmp_path):
    flows = flow_files(example, 20)
    texts = [example, *YAML_MISTAKES, *hostile_files(example), *mutations(example, 600)]
    texts += [*flows, *flow_mutations(flows, 300)]
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
    candidates = [example, *mutations(example, 600, seed=7), *flow_files(example, 10, seed=7)]
    texts = [t for t in candidates if not build_problems(t)]
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
    for scalar in ["07", "01", "1e3", "0x10", "1.10", "10.", "yes", "12:30", "2A", "2027-03-02"]:
        text = re.sub(r"(?m)^  departement: .*$", f"  departement: {scalar}", example, count=1)
        if text == example:
            text = example.replace(
                "collectivite:\n", f"collectivite:\n  departement: {scalar}\n", 1
            )
        result = run_browser_checker(node, [text], tmp_path)[0]
        assert result["problemes"] == []
        exported, _ = read_yaml(result["yaml"])
        assert exported["collectivite"]["departement"] == scalar
        # Any other YAML tool reads the export the same (issue 28: portable export).
        assert yaml.safe_load(result["yaml"])["collectivite"]["departement"] == scalar


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=14))
def test_export_scalars_read_the_same_in_pyyaml(text):
    """A text the export writes plain (not matching QUOTE_IF nor a resolver) is read back as
    that very text by PyYAML (YAML 1.1: `07`, `yes`, `1.10`, dates…) and by the guide; one it
    quotes (JSON's escapes, as the form writes) too."""
    from guide.mission.dialect import QUOTE_IF, RESOLVERS, quoted

    plain = not re.search(QUOTE_IF, text) and not any(
        re.search(pattern, text) for pattern in RESOLVERS.values()
    )
    written = text if plain else quoted(text)
    document = f"valeur: {written}\n"
    try:
        pyyaml = yaml.safe_load(document)
    except yaml.YAMLError:
        pyyaml = None  # a character PyYAML refuses (the guide's reader refuses it too)
    if pyyaml is not None:
        assert pyyaml["valeur"] == text


@pytest.mark.parametrize(
    "text", ["07", "1.10", "1e3", "0o17", "0x1F", "1_000", "1:30", "+1", ".5", "2027-03-02",
             "2027-03-02T10:00", "yes", "No", "off", "Y", ".inf", "-.NaN", "<<", "="],
)  # fmt: skip
def test_export_quotes_what_other_readers_take_for_numbers(text):
    from guide.mission.dialect import QUOTE_IF

    assert re.search(QUOTE_IF, text)
    assert not isinstance(yaml.safe_load(f"v: {json.dumps(text)}")["v"], (int, float, bool))


# --- Hostile files, generated ------------------------------------------------------------

KEYS = ["collectivite", "nom", "type", "partenaire", "pays", "mission", "debut", "fin",
        "programme", "delegation", "objectifs", "toString", "__proto__", "a b", "é"]  # fmt: skip
# The files are written by plain functions of one `random.Random`, which hypothesis draws
# (seeded from its own draw): the same files as a composite strategy, at a small fraction of its
# draws (one per file instead of about two hundred). Shrinking is off for these tests anyway.
PLAIN_SCALARS = [s.replace("{pad}", "  ") for s in TRICKY_SCALARS]
# Characters of a random text: the ASCII that YAML reads as punctuation, the line breaks and
# spaces it treats apart, accents, and any code point but a lone surrogate.
ODD_CHARACTERS = list(":#-?&*!|>'\"%@`{}[],~ \t\n\r") + [
    "\x85", "\u2028", "\u2029", "\ufeff", "\xa0", "\u202f", "\x00", "\x7f", "é", "😀"
]  # fmt: skip


def _character(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return rng.choice(ODD_CHARACTERS)
    if kind == 1:
        return chr(rng.randrange(0x20, 0x7F))
    code = rng.randrange(0x110000 if kind == 2 else 0x800)
    return chr(code) if not 0xD800 <= code <= 0xDFFF else "x"


def _plain(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(PLAIN_SCALARS)
    return "".join(_character(rng) for _ in range(rng.randrange(13)))


# Flow collections: well formed ({a: b, c: [d]}, on one line or several), and pieces of them
# put together at random (a comma, a bracket or a « : » too many or missing).
FLOW_WORDS = [
    "nom", "a", "b c", "07", "10:30", "2027-03-02", '"x, y"', "'it''s'", "~", "true", "é",
    "toString", '"\\ud800"', '"\\ud83d\\ude00"',
]  # fmt: skip
FLOW_PIECES = ["{", "}", "[", "]", ", ", ",", ": ", ":", " ", "#c", "\n  ", "\n",
               "-", "- ", "?", "&a", "!t", "@", "|", *FLOW_WORDS]  # fmt: skip


def _flow(rng: random.Random, depth: int = 0) -> str:
    """A flow collection of up to 3 items, two levels deep at most."""
    items = [
        rng.choice(FLOW_WORDS) if depth >= 2 or rng.random() < 0.5 else _flow(rng, depth + 1)
        for _ in range(rng.randrange(4))
    ]
    if rng.random() < 0.5:
        return "[" + ", ".join(items) + "]"
    return "{" + ", ".join(f"{rng.choice(FLOW_WORDS)}: {item}" for item in items) + "}"


def _scalar(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return _plain(rng)
    if kind == 1:
        return _flow(rng)
    if kind == 2:  # the same, written over several lines
        return _flow(rng).replace(", ", ",\n    ")
    return "{" + "".join(rng.choice(FLOW_PIECES) for _ in range(rng.randint(1, 10)))  # broken


def yaml_document(rng: random.Random, depth: int = 0) -> str:
    """Lines of YAML-looking text: keys, list dashes, scalars, odd indentation and punctuation."""
    lines = []
    for _ in range(rng.randint(1, 6)):
        indent = " " * rng.choice([0, 0, 2, 2, 4, 1, 3])
        dash = rng.choice(["", "", "- "])
        key = rng.choice(KEYS)
        if depth < 2 and rng.random() < 0.5:
            lines.append(f"{indent}{dash}{key}:")
            lines.extend("  " + line for line in yaml_document(rng, depth + 1).split("\n"))
        else:
            lines.append(f"{indent}{dash}{key}: {_scalar(rng)}")
    return "\n".join(lines)


def yaml_documents():
    """A strategy of `yaml_document`s."""
    return st.randoms(use_true_random=True).map(yaml_document)


# No shrinking: a failing list of files is shown as generated (shrinking takes minutes).
# 100 batches of 20: 2,000 documents, through one node process.
@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.explicit, Phase.generate],
    derandomize=True,  # the same files on every run: CI never fails by chance
)
@given(st.randoms(use_true_random=True))
def test_hostile_generated_files_get_the_same_answer(node_checker, rng):
    """Garbage that only looks like YAML, flow collections (well formed or broken) among it:
    the same verdict everywhere, the same messages once the file is read. Where both YAML
    parsers stop on a mistake no line check recognises, each names the line where it stopped
    (they may differ): the message is the same."""
    texts = [yaml_document(rng) for _ in range(20)]
    results = node_checker.check(texts)
    for text, result in zip(texts, results, strict=True):
        expected, got = build_problems(text), browser_problems(result)
        if expected and got and expected[0]["chemin"] == [] == got[0]["chemin"]:
            assert [without_line(p) for p in got] == [without_line(p) for p in expected], text
        else:
            assert got == expected, text


def without_line(problem: dict) -> str:
    return re.sub(r", ligne \d+", "", problem["message"])


# --- Tasks: mission.seance_conseil and taches (issue 14) --------------------------------

DEADLINES = ["J-45", "J+3", "J-0", "R+30", "R-2", "S-7", "S+0", "S+1", "S-400", "J-999",
             "2027-03-10", "2026-12-01", "2027-02-30", "J45", "j-45", "S+", "", "'J-45'",
             "0001-01-01", "9999-12-31", "R+999", "J-1 ", "true", "[]"]  # fmt: skip
BAD_SESSIONS = [None, "2027-13-01", "0001-01-03", "x"]


def task_files(example: str, count: int, seed: int = 14) -> list[str]:
    """The example with another council session and a generated `taches` table: known IDs
    (done before departure, after the session, neither), mistyped and unknown IDs, every kind
    of deadline, owners, « sans objet » as true, false or a text."""
    rng = random.Random(seed)
    # Dates around the mission's own first day, so that a fork with other dates meets every rule.
    start = date.fromisoformat(str(read_yaml(example)[0]["mission"]["debut"]))
    session = (start - timedelta(days=33)).isoformat()
    sessions = [session, start.isoformat(), (start + timedelta(days=30)).isoformat()]
    before = [i for i, t in TASKS.items() if t["avant_depart"] and not t["apres_seance"]]
    after = [i for i, t in TASKS.items() if t["apres_seance"]]
    other = [i for i, t in TASKS.items() if not t["avant_depart"]]
    known = before[:3] + after[:2] + other[:3]
    assert before and after and other, "the guide has tasks of each kind"
    base = re.sub(r"(?ms)^taches:\n.*?(?=^\S|\Z)", "", example)
    base = re.sub(r"(?m)^  seance_conseil: .*\n", "", base)
    right = {i: ["J-45", "S-7", (start - timedelta(days=29)).isoformat()] for i in before}
    right.update({i: ["S+0", "S+3", "J-10"] for i in after})
    right.update({i: ["R+30", "2028-05-31", "J-200"] for i in other})
    files = []
    for number in range(count):
        if number % 3 == 0:  # a file that is right, for the round trip
            lines = ["taches:"]
            for task_id in rng.sample(known, 3):
                lines += [f"  {task_id}:", "    responsable: Sophie Martin"]
                lines.append(f"    echeance: {rng.choice(right[task_id])}")
                lines.append(f"    sans_objet: {rng.choice(['true', 'false'])}")
            text = re.sub(r"(?m)^(mission:\n)", rf"\1  seance_conseil: {session}\n", base)
            files.append(text.rstrip("\n") + "\n" + "\n".join(lines) + "\n")
            continue
        text = base
        chosen = rng.choice(sessions + BAD_SESSIONS)
        if chosen:
            text = re.sub(r"(?m)^(mission:\n)", rf"\1  seance_conseil: {chosen}\n", text)
        lines = ["taches:"]
        for _ in range(rng.randrange(1, 5)):
            task_id = rng.choice(known + [typo(rng, rng.choice(known)), "tache-inconnue"])
            lines.append(f"  {task_id}:")
            for key in rng.sample(["responsable", "echeance", "sans_objet", "qui"], 2):
                value = {
                    "responsable": rng.choice(["Sophie Martin", '""', "12", "- a"]),
                    "echeance": rng.choice(DEADLINES),
                    "sans_objet": rng.choice(["true", "false", "oui", '"true"']),
                    "qui": "X",
                }[key]
                lines.append(f"    {key}: {value}")
        if rng.random() < 0.1:
            lines = ["taches: " + rng.choice(["[]", "oui", "", "12"])]
        files.append(text.rstrip("\n") + "\n" + "\n".join(lines) + "\n")
    return files


def test_rules_on_tasks_say_the_same_in_the_browser(node, example, tmp_path):
    """Unknown task IDs (with the closest ID), deadlines after departure or before the council
    session, badly written deadlines, « sans objet » not a boolean: same paths, lines and
    messages; every valid file keeps its taches through the form's round trip."""
    texts = task_files(example, 120)
    results = run_browser_checker(node, texts, tmp_path)
    differences, codes, valid = [], set(), 0
    for text, result in zip(texts, results, strict=True):
        expected = build_problems(text)
        if browser_problems(result) != expected:
            differences.append((text[-300:], expected, browser_problems(result)))
        for problem in expected:
            for word in ("n'existe pas", "après le départ", "avant la séance", "pas une échéance",
                         "ni true ni false", "pas avant le début", "vouliez-vous"):  # fmt: skip
                if word in problem["message"]:
                    codes.add(word)
        if not expected:
            valid += 1
            exported, _ = read_yaml(result["yaml"])
            assert build_problems(result["yaml"]) == []
            assert exported.get("taches") == normalised(read_yaml(text)[0]).get("taches")
    assert not differences, differences[:2]
    assert len(codes) == 7, codes  # each rule was met
    assert valid > 30


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
    # Locales: a region is valid; a misspelt one, a French name, an unknown region are not.
    ("  langue_des_documents: es\n", "  langue_des_documents: es-PE\n"),  # valid
    ("  langue_des_documents: es\n", "  langue_des_documents: es_PE\n"),
    ("  langue_des_documents: es\n", "  langue_des_documents: pt-br\n"),
    ("  langue_des_documents: es\n", '  langue_des_documents: "portugais (Brésil)"\n'),
    ("  langue_des_documents: es\n", "  langue_des_documents: es-FR\n"),
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
    assert [bool(build_problems(text)) for text in mistakes].count(False) == 2
    assert valid > 20


# partenaire.executif in its three forms (a title, the earlier {fr, es}, the person) and the
# names' articles (nom_avec_article), right and wrong: the same answer, a valid file survives.
EXECUTIVE = "  executif:\n    fr: le maire\n    es: el alcalde\n"
EXECUTIVE_FORMS = [
    "  executif: le maire\n",
    "  executif:\n    titre: le maire\n    nom: Ana Quispe\n    civilite: madame\n",
    "  executif:\n    titre:\n      fr: le maire\n      es: el alcalde\n    nom: Ana Quispe\n",
    "  executif:\n    nom: Ana Quispe\n",
    "  executif:\n    fr: le maire\n    es: el alcalde\n    civilite: madame\n",
    "  executif:\n    titre: le maire\n    civilite: dame\n",
    "  executif:\n    titre: le maire\n    nom: ''\n",
    "  executif:\n    titre:\n      - a\n",
    "  executif:\n    titre: le maire\n    xx: 1\n",
    "  executif:\n    titre:\n      es: el alcalde\n",
    "  executif:\n    nom:\n      - a\n",
    EXECUTIVE + "  nom_avec_article: la Municipalidad de Villa Ensayo\n",
    EXECUTIVE + "  nom_avec_article:\n    fr: la Municipalidad\n    es: la Municipalidad X\n",
    EXECUTIVE + "  nom_avec_article:\n    es: la Municipalidad\n",
]


def test_the_partners_executive_and_names_get_the_same_answer(node, tmp_path):
    spanish = (MISSIONS / "partenaire-es.yml").read_text("utf-8")
    assert EXECUTIVE in spanish
    texts = [spanish.replace(EXECUTIVE, form, 1) for form in EXECUTIVE_FORMS]
    texts += mutations(texts[1], 120, seed=23)
    results = run_browser_checker(node, texts, tmp_path)
    valid = 0
    for text, result in zip(texts, results, strict=True):
        expected = build_problems(text)
        assert browser_problems(result) == expected, text
        if not expected:
            valid += 1
            assert read_yaml(result["yaml"])[0] == normalised(read_yaml(text)[0]), result["yaml"]
    assert [bool(build_problems(t)) for t in texts[: len(EXECUTIVE_FORMS)]] == [
        False, False, False, False, False, True, True, True, True, True, True,
        False, False, True,
    ]  # fmt: skip
    assert valid > 20


# --- The convention (issue 27): its keys and the rules of the law on it ---------------------

CONVENTION_MISTAKES = [
    # A State as the partner of a convention (L1115-5).
    ("  langue_des_documents: es\n", "  langue_des_documents: es\n  statut: etat\n"),
    # A subsidy over 23,000 € without a convention: the key removed below.
    ("    montant: 20000\n", "    montant: 23000,50\n"),
    ("    montant: 20000\n", "    montant: 23000\n"),  # at the threshold: allowed
    ("      financeur: Agence de l'eau d'Essai\n", ""),  # « autre » without its name
    ("    - annee: 2029\n", "    - annee: 29\n"),
    ("    - annee: 2029\n", '    - annee: "2029 "\n'),
    ("  langue_qui_fait_foi: les_deux\n", "  langue_qui_fait_foi: espagnol\n"),
    ("    subvention: true\n", "    subvention: oui\n"),
    ("  duree:\n    fr: trois ans\n    es: tres años\n", ""),  # a required key missing
    # A follow-up before the return, a badly written date, one without what to do.
    ("    pour_quand: R+30\n", "    pour_quand: J-3\n"),
    ("    pour_quand: 2028-03-10\n", "    pour_quand: 2027-09-30\n"),
    ("    pour_quand: 2028-03-10\n", "    pour_quand: mars 2028\n"),
    ("  - quoi: Visite retour de la délégation de Cusco.\n", "  - qui: x\n"),
]


def without_convention(text: str) -> str:
    return text.split("\nconvention:\n", 1)[0] + "\n"


def test_convention_rules_say_the_same_in_the_browser(node, tmp_path):
    """A région's convention (fixture missions/region-es.yml), its mutations and the law's
    mistakes: a State partner, a subsidy over 23,000 € without a convention, an unnamed other
    funder, a badly written year; same paths, lines and messages; valid files survive the form."""
    region = (MISSIONS / "region-es.yml").read_text("utf-8")
    mistakes = [region.replace(a, b, 1) for a, b in CONVENTION_MISTAKES]
    assert all(text != region for text in mistakes)
    subsidies = [without_convention(text) for text in mistakes[1:3]]
    texts = [region, without_convention(region), *mistakes, *subsidies, *mutations(region, 200)]
    results = run_browser_checker(node, texts, tmp_path)
    messages, valid = set(), 0
    for text, result in zip(texts, results, strict=True):
        expected = build_problems(text)
        assert browser_problems(result) == expected, text[-600:]
        messages.update(p["message"].split(" : ", 1)[1] for p in expected)
        if expected:
            continue
        valid += 1
        exported = result["yaml"]
        assert build_problems(exported) == [], exported
        assert read_yaml(exported)[0] == normalised(read_yaml(text)[0]), exported
    found = " ".join(messages)
    for words in ("État étranger", "23\u00a0000\u00a0€", "financeur n'est pas nommé",
                  "n'est pas une année", "avant la fin de la mission"):  # fmt: skip
        assert words in found, words
    # The threshold itself is allowed; just above it, without a convention, is not.
    assert build_problems(subsidies[1]) == [] and build_problems(subsidies[0])
    assert valid > 20


# Issue 28: a date far away passed the check and stopped the build in the calendar writer.
FAR_DATES = [
    ("  fin: 2027-05-12", "  fin: 9999-12-31"),
    ("  debut: 2027-05-10", "  debut: 1999-12-31"),
    ("  seance_conseil: 2027-04-19", "  seance_conseil: 0001-01-01"),
    ("  - date: 2027-05-10", "  - date: 2101-01-01"),
    ("    echeance: 2027-06-30", "    echeance: 9999-12-31"),
    ("    echeance: 2027-06-30", '    echeance: " 2101-01-01"'),
]


def test_dates_out_of_the_contracts_years_say_the_same_in_the_browser(node, tmp_path):
    example = (FIXTURE / "mission.yml").read_text("utf-8")
    texts = [example.replace(old, new, 1) for old, new in FAR_DATES]
    assert all(text != example for text in texts)
    results = run_browser_checker(node, texts, tmp_path)
    for text, result in zip(texts, results, strict=True):
        expected = build_problems(text)
        assert any(
            "est en dehors des années 2000 à 2100 ; attendu : une date entre le 1er janvier "
            "2000 et le 31 décembre 2100, écrite AAAA-MM-JJ." in p["message"]
            for p in expected
        ), expected
        assert browser_problems(result) == expected


def test_the_same_activity_or_an_invisible_name_say_the_same_in_the_browser(node, tmp_path):
    """Issue 28: an activity typed twice, once with composed accents (NFC) and once with
    decomposed ones (NFD), or « 9:00 » and « 09:00 », passed the duplicate rule and got one
    calendar UID; names made of tag characters or braille blanks passed as texts."""
    example = (FIXTURE / "mission.yml").read_text("utf-8")
    second = '  - date: 2027-05-11\n    debut: "14:00"\n    fin: "16:00"\n'
    same_day = '  - date: 2027-05-10\n    debut: "09:00"\n    fin: "10:30"\n'
    composed = unicodedata.normalize("NFC", "Réunion à l'école")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    accents = example.replace("intitule: Rencontre d'essai", f"intitule: {composed}").replace(
        second + "    type: visite_de_terrain\n    intitule: Visite d'essai",
        same_day + f"    type: visite_de_terrain\n    intitule: {decomposed}",
    )
    hours = example.replace(
        second + "    type: visite_de_terrain\n    intitule: Visite d'essai",
        '  - date: 2027-05-10\n    debut: "9:00"\n    fin: "10:30"\n'
        "    type: visite_de_terrain\n    intitule: Rencontre d'essai",
    )
    names = [
        "\U000e0041\U000e0042\U000e0043",  # tag characters: shown as nothing
        "\u2800\u2800",  # the braille blank
        '"\\U000E0041\\u2800"',
    ]
    texts = [accents, hours] + [
        example.replace("  nom: Département de l'Essai", f"  nom: {name}") for name in names
    ]
    assert all(text != example for text in texts)
    results = run_browser_checker(node, texts, tmp_path)
    for text, result in zip(texts, results, strict=True):
        expected = build_problems(text)
        assert browser_problems(result) == expected
    double = (
        "programme[2].date : cette activité (même date, même heure, même intitulé) est déjà "
        "en programme[1]"
    )
    invisible = "collectivite.nom : le texte ne contient que des espaces ou des caractères"
    for text, told in zip(texts, [double] * 2 + [invisible] * 3, strict=True):
        assert any(told in p["message"] for p in build_problems(text)), build_problems(text)


# Days the clocks change in zones the guide's partners use (and two odd ones: a 30-minute
# change, a change at midnight), with times around the change and random ones.
DST_DAYS = [
    ("Europe/Paris", "2027-03-28"), ("Europe/Paris", "2027-10-31"),
    ("America/Port-au-Prince", "2027-03-14"), ("America/Port-au-Prince", "2027-11-07"),
    ("Australia/Lord_Howe", "2027-04-04"), ("America/Havana", "2027-03-14"),
    ("America/Santiago", "2027-04-04"), ("Africa/Dakar", "2027-03-28"),
]  # fmt: skip


def dst_files(example: str, count: int) -> list[str]:
    rng = random.Random(7)
    programme = re.compile(r"(?ms)^programme:\n.*?(?=^\S|\Z)")
    files = []
    for n in range(count):
        zone, day = DST_DAYS[n % len(DST_DAYS)]
        minutes = rng.choice([rng.randrange(0, 24 * 60), rng.randrange(0, 4 * 60)])
        start = f"{minutes // 60:02d}:{minutes % 60:02d}"
        end = f"{min(minutes + rng.choice([15, 30, 60, 90]), 23 * 60 + 59) // 60:02d}:" + (
            f"{min(minutes + 30, 23 * 60 + 59) % 60:02d}"
        )
        text = re.sub(r"(?m)^  fuseau_horaire: .*$", f"  fuseau_horaire: {zone}", example, count=1)
        text = re.sub(r"(?m)^  debut: \d{4}-\d\d-\d\d$", f"  debut: {day}", text, count=1)
        text = re.sub(r"(?m)^  fin: \d{4}-\d\d-\d\d$", f"  fin: {day}", text, count=1)
        entry = (
            f'programme:\n  - date: {day}\n    debut: "{start}"\n    fin: "{end}"\n'
            "    type: reunion_de_travail\n    intitule: Séance de travail\n"
        )
        files.append(programme.sub(lambda _, e=entry: e, text, count=1))
    return files


def test_daylight_saving_times_say_the_same_in_the_browser(node, example, tmp_path):
    """A time the clocks skip or go through twice: the form says it as the build does (the
    browser reads the zones' changes from its own time zone data, Intl)."""
    texts = dst_files(example, 160)
    results = run_browser_checker(node, texts, tmp_path)
    told = 0
    for text, result in zip(texts, results, strict=True):
        expected = build_problems(text)
        told += any("passage à l'heure" in p["message"] for p in expected)
        assert browser_problems(result) == expected, text[-300:]
    assert told >= 10  # the generated times do meet the changes
