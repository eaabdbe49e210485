"""mission.yml's YAML dialect (issue 28): standard YAML's flow collections read with the
dialect's scalar rules, each mistake told by its name, the file refused by its kind or size
before it is read, the keys of earlier releases told with what to write instead. Every case
gets the same answer from the browser's reader (one node process for the whole file)."""

from __future__ import annotations

import json
import os
import re

import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from support import PROJECT_ROOT
from test_contract_parity import NodeChecker, browser_problems, yaml_documents
from test_hostile import DOCUMENTS

from guide.check import project_tasks
from guide.errors import GuideError
from guide.mission import check_text, contract, dialect, load_mission, read_yaml
from guide.mission.model import FORMER_KEYS, LIMITS
from guide.planning import task_catalogue

EXAMPLE = (PROJECT_ROOT / "tests" / "engine" / "fixture" / "mission.yml").read_text("utf-8")


def build_problems(text: str) -> list[dict]:
    """The build's problems (the fixture's tasks are not the guide's: task rules left out)."""
    return [problem.as_json() for problem in check_text(text)]


@pytest.fixture(scope="module")
def browser(node, tmp_path_factory):
    checker = NodeChecker(node, tmp_path_factory.mktemp("dialect"), contract())
    yield checker
    checker.close()


def same_in_the_browser(browser, texts: list[str]) -> list[list[dict]]:
    """The build's problems of each text, once checked that the browser says exactly the same."""
    found = [build_problems(text) for text in texts]
    assert [browser_problems(result) for result in browser.check(texts)] == found
    return found


# --- Flow collections: what earlier releases accepted --------------------------------------

FLOW_VALUES = {
    # The issue's own lines: values as typed, `07`, `10:30` and dates stay texts.
    '- {date: 2027-11-08, debut: "14:00", fin: "16:00", type: deplacement, '
    'intitule: "Visite", lieu: Bamako}': [
        {"date": "2027-11-08", "debut": "14:00", "fin": "16:00", "type": "deplacement",
         "intitule": "Visite", "lieu": "Bamako"}
    ],
    "pays: {fr: Pérou, es: Perú}": {"pays": {"fr": "Pérou", "es": "Perú"}},
    "objectifs: [a, b]": {"objectifs": ["a", "b"]},
    "a: {b: 07, c: 10:30, d: 2027-03-02, e: yes, f: 1.10, g: ~, h: true, i: }":
        {"a": {"b": "07", "c": "10:30", "d": "2027-03-02", "e": "yes", "f": "1.10", "g": None,
               "h": True, "i": None}},
    "a: [\n  x,\n  'y, z',\n  # un commentaire\n  {b: c}\n  ]": {"a": ["x", "y, z", {"b": "c"}]},
    # Written as JSON is: the closing bracket under its key.
    'a: {\n  "b": "c",\n  "d": ["e"]\n}': {"a": {"b": "c", "d": ["e"]}},
    "a: [b, c,]": {"a": ["b", "c"]},
    'a: ["\\ud83d\\ude00"]': {"a": ["😀"]},
}  # fmt: skip


def test_flow_collections_read_as_the_dialect_reads_texts(browser):
    texts = [f"{text}\n" for text in FLOW_VALUES]
    same_in_the_browser(browser, texts)
    for text, expected in zip(texts, FLOW_VALUES.values(), strict=True):
        assert read_yaml(text)[0] == expected, text
        # A plain scalar's lines and keys come from its own line.
    assert read_yaml("a: [x,\n  y]\nb: {c: d}\n")[1][("b", "c")] == 3


FLOW_MISTAKES = {
    "a: {b: 1 c: 2}": (1, "un second « : » dans le même élément entre accolades ; séparez les "
                          "éléments par une virgule"),
    "a: {b: Visite : officielle}": (1, "un second « : »"),
    'a: {b: "x" c: d}': (1, "deux valeurs sans « , » entre elles"),
    "a: [x,, y]": (1, "une « , » sans valeur avant elle"),
    "a: {b: x\nc: d": (1, "un « { » ouvert sur cette ligne n'est pas refermé ; refermez-le par "
                          "« } »"),
    "a: [x, {b: c]": (1, "un « ] » referme le « { » ouvert avant lui ; refermez-le par « } »"),
    "a: {b: x}}": (1, "du texte après le « } » qui referme la valeur"),
    "a: {b:1}": (1, "un « : » sans espace après lui dans une clé entre accolades"),
    "a: {b: @x}": (1, "un « @ » dans une valeur entre accolades ou crochets ; écrivez cette "
                      "valeur entre guillemets"),
    "a: [- x]": (1, "un « - » dans une valeur"),
    "a: {b: Pourquoi ?}": (1, "un « ? » dans une valeur"),
    "a: {b: &x c}": (1, "ancre ou alias YAML, refusés ici"),
    "a: {b: !t c}": (1, "étiquette YAML, refusée ici"),
    "x:\n  a: {b: 1,\n c: 2}": (2, "un « { » ouvert sur cette ligne n'est pas refermé"),
    "x:\n  a: {b: 1,\n }": (3, "une ligne entre accolades ou crochets indentée comme la clé, ou "
                               "moins"),
    'a: ["x\n  y"]': (1, "un guillemet ouvert n'est pas refermé sur cette ligne"),
    "a: " + "[" * 21: (1, "plus de 20 niveaux"),
}  # fmt: skip


def test_a_flow_mistake_is_told_by_its_name_at_its_line(browser):
    texts = [f"{text}\n" for text in FLOW_MISTAKES]
    for text, problems in zip(texts, same_in_the_browser(browser, texts), strict=True):
        line, words = FLOW_MISTAKES[text.rstrip("\n")]
        assert len(problems) == 1, problems
        assert problems[0]["message"].startswith(f"mission.yml, ligne {line} : "), problems
        assert words in problems[0]["message"], problems
        # Never the block-style advice for a correct flow mapping.
        assert "« : » inattendu" not in problems[0]["message"]


# --- The other messages of the issue, named right --------------------------------------------

PART = EXAMPLE.index("collectivite:")
MESSAGE_CASES = {
    "points": ("collectivite:\n  nom: x\n...\n", 3, "une ligne « ... » (la fin d'un document"),
    "tirets": ("collectivite:\n  nom: x\n---\n", 3, "une ligne « --- » commence un second"),
    "directive": ("%YAML 1.2\n---\ncollectivite:\n", 1, "« % » (une directive YAML"),
    "tabulation": ("collectivite:\n  nom: Val\tFleuri\n", 2, "une tabulation, colonne 11 ;"),
    "demi_caractere": ('collectivite:\n  nom: "Val\\ud800"\n', 2, "une moitié seulement"),
    "utf16": (EXAMPLE.encode("utf-16").decode("utf-8", "replace"), None, "en UTF-16"),
    "utf16_sans_bom": (EXAMPLE.encode("utf-16-le").decode("utf-8", "replace"), None, "en UTF-16"),
    # Old Mac line ends: lines counted at each carriage return, the mistake at its own line.
    "cr_seuls": ("collectivite:\r  nom: a\r  nom: b\r", 3, "la clé « nom » est écrite deux fois"),
}


@pytest.mark.parametrize("case", MESSAGE_CASES)
def test_each_mistake_is_named_as_it_is(case, browser):
    text, line, words = MESSAGE_CASES[case]
    (problems,) = same_in_the_browser(browser, [text])
    where = f"mission.yml, ligne {line}" if line else "mission.yml :"
    assert problems[0]["message"].startswith(where), problems
    assert words in problems[0]["message"], problems


def test_a_cr_only_file_reads_as_its_lines(browser):
    text = EXAMPLE.replace("\n", "\r")
    assert same_in_the_browser(browser, [text]) == [[]]
    assert read_yaml(text)[0] == read_yaml(EXAMPLE)[0]


def test_nested_dashes_and_empty_participants_get_one_answer(browser):
    texts = ["- " * 19 + "x\n", "- " * 20 + "x\n", "a:\n" + "- " * 19 + "x\n"]
    entry = "    intitule: Rencontre d'essai\n"
    assert entry in EXAMPLE
    texts += [EXAMPLE.replace(entry, entry + "    participants:\n      -\n      - Alix Essai\n")]
    # The empty line last, after a comment: its own line (the browser's parser gives none).
    texts += [
        EXAMPLE.replace(entry, entry + "    participants:\n      - Alix\n      # x\n      -\n")
    ]
    first, deep, deeper, empty, last = same_in_the_browser(browser, texts)
    assert last[0]["message"].startswith("mission.yml, ligne 36, programme[1].participants[2] :")
    assert "doit contenir des clés" in first[0]["message"]  # read, then refused as not a mission
    assert "plus de 20 niveaux" in deep[0]["message"] and "plus de 20" in deeper[0]["message"]
    assert "participants[1] : une valeur vide n'est pas un texte" in empty[0]["message"]


def test_limits_are_said_in_the_messages(fixture_project):
    deadline = re.sub(r"(?m)^(\s+echeance:) .*$", r"\1 J-1000", EXAMPLE, count=1)
    assert deadline != EXAMPLE
    tasks = task_catalogue(project_tasks(fixture_project))
    (problem,) = check_text(deadline, tasks=tasks)
    assert "« J-1000 » n'est pas une échéance" in problem.message
    assert "avec 999 jours au plus" in problem.message
    budget = "budget:\n  - poste: Billets\n    montant: {}\n    pris_en_charge_par: collectivite\n"
    assert check_text(EXAMPLE + budget.format("999999999")) == []
    (problem,) = check_text(EXAMPLE + budget.format("1234567890"))
    assert "9 chiffres au plus avant la virgule (999999999)" in problem.message


# --- The file itself: its kind and size checked before it is read ---------------------------


def refusal(path) -> str:
    with pytest.raises(GuideError) as error:
        load_mission(path)
    (message,) = error.value.messages
    return message


def test_a_folder_a_pipe_or_a_device_is_refused_unread(tmp_path):
    folder = tmp_path / "mission.yml"
    folder.mkdir()
    assert "n'est pas un fichier de texte (c'est un dossier" in refusal(folder)
    pipe = tmp_path / "tube.yml"
    os.mkfifo(pipe)  # opening it would wait for a writer forever
    assert "n'est pas un fichier de texte" in refusal(pipe)
    assert "n'est pas un fichier de texte" in refusal("/dev/zero")


def test_a_huge_file_is_refused_by_its_size(tmp_path):
    huge = tmp_path / "mission.yml"
    with huge.open("wb") as file:
        file.truncate(1 << 30)  # 1 GB, sparse: nothing to read before the answer
    assert refusal(huge) == (
        f"mission.yml : le fichier fait {1 << 30} octets ; attendu : "
        f"{LIMITS['fichier_octets']} octets au plus (les termes de référence d'une mission "
        "tiennent en bien moins)."
    )
    # Within twice the limit the reader decides on the text: Windows line ends count once.
    crlf = tmp_path / "crlf.yml"
    crlf.write_bytes(EXAMPLE.replace("\n", "\r\n").encode("utf-8"))
    assert load_mission(crlf, docs_dir=PROJECT_ROOT / "tests" / "engine" / "fixture" / "docs")


# --- Keys of earlier releases ------------------------------------------------------------------


def test_a_former_key_says_what_to_write_instead(monkeypatch, node, tmp_path):
    instead = "écrivez l'heure de début dans « debut » et celle de fin dans « fin »"
    monkeypatch.setitem(FORMER_KEYS, "programme.horaire", instead)
    text = EXAMPLE.replace('    debut: "', '    horaire: "9 h"\n    debut: "', 1)
    (problem,) = check_text(text)
    assert problem.message.endswith(
        "programme[1].horaire : la clé « horaire » est celle d'une version précédente du guide ; "
        "écrivez l'heure de début dans « debut » et celle de fin dans « fin »."
    ), problem.message
    # The browser reads the same table from the contract.
    checker = NodeChecker(node, tmp_path, contract())
    try:
        assert browser_problems(checker.check([text])[0]) == [problem.as_json()]
    finally:
        checker.close()
    assert json.loads(json.dumps(contract()))["cles_anciennes"] == {"programme.horaire": instead}


def test_an_export_reads_the_same_in_pyyaml(browser):
    """Flow input, block output: the form's export reads as the same values in PyYAML."""
    text = PROJECT_ROOT / "tests" / "engine" / "legacy_missions" / "flux-une-ligne.yml"
    (result,) = browser.check([text.read_text("utf-8")])
    assert result["problemes"] == []
    assert yaml.safe_load(result["yaml"]) == read_yaml(result["yaml"])[0]


# --- libyaml's parser, PyYAML's words ---------------------------------------------------------


@settings(max_examples=500, deadline=None, derandomize=True, phases=[Phase.generate],
          suppress_health_check=list(HealthCheck))  # fmt: skip
@given(DOCUMENTS | yaml_documents())
def test_libyaml_reads_as_pyyaml_does(text):
    """The reader parses with libyaml when PyYAML has it (fast), and with PyYAML's own parser
    when libyaml stops: the same values, lines and messages as PyYAML alone."""
    if not dialect._FAST_PARSER:
        pytest.skip("PyYAML sans libyaml : un seul analyseur")
    fast = [problem.message for problem in check_text(text)]
    saved, dialect._FAST_PARSER = dialect._FAST_PARSER, None
    try:
        assert [problem.message for problem in check_text(text)] == fast
    finally:
        dialect._FAST_PARSER = saved
