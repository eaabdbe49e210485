"""mission.yml: the example is valid; every kind of mistake gets one clear French message.

The messages are checked here without MkDocs (fast); `test_bad_mission_stops_the_build` then
builds a copy of the project with each bad file and checks that the build stops cleanly (one
case with the `mkdocs` command, the others in process).
"""

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from support import PROJECT_ROOT, build_in_process, build_site, copy_project

from guide.errors import GuideError as MissionError
from guide.french import french_period
from guide.mission import contract, load_mission, read_yaml, validate
from guide.mission.messages import MESSAGES
from guide.mission.rules import CROSS_RULES

EXAMPLE = (PROJECT_ROOT / "mission.yml").read_text("utf-8")


def replaced(old: str, new: str) -> str:
    """The example mission.yml with one piece of text replaced (which must be there)."""
    assert EXAMPLE.count(old) == 1, f"« {old} » doit apparaître une fois dans mission.yml"
    return EXAMPLE.replace(old, new)


def line_of(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


# Each case: a kind of mistake, the bad file, and what its one message must say (all of it:
# the file, the line, the key path, the bad value, what is expected).
BAD_INPUTS = {
    # A public number of the contacts page (urgences): digits, a tel: link.
    "telephone-invalide": (
        replaced("    telephone: +221 33 839 52 62\n", "    telephone: 33 839 52 62 (standard)\n"),
        [
            r"urgences\.consulat\.telephone : « 33 839 52 62 \(standard\) » n'est pas un "
            r"numéro de téléphone",
            r"par exemple \+221 33 839 52 62",
        ],
    ),
    # The budget (issue 15): an amount written in figures; « autre » names its payer.
    "montant-invalide": (
        replaced("    montant: 3200\n", "    montant: 3 200 €\n"),
        [r"budget\[1\]\.montant : « 3 200 € » n'est pas un montant", "par exemple 3200"],
    ),
    "financeur-manquant": (
        replaced("    financeur: Association des parents d'élèves de l'école Jean-Moulin\n", ""),
        [r"budget\[5\]\.financeur : le financeur n'est pas nommé", "« autre »"],
    ),
    "cle-obligatoire-manquante": (
        replaced("  pays: Sénégal\n", ""),
        [r"^mission\.yml, ligne \d+, partenaire\.pays : clé obligatoire manquante", "Sénégal"],
    ),
    "cle-inconnue": (
        replaced("  departement: Drôme", "  departemnt: Drôme"),
        [
            r"collectivite\.departemnt : clé inconnue « departemnt »",
            r"vouliez-vous écrire « departement » \?",
        ],
    ),
    "mauvais-type": (
        replaced(
            "    participants:\n      - Sous-préfet\n      - Claire Dumas\n      - Sophie Martin\n",
            "    participants: Sous-préfet, Claire Dumas\n",
        ),
        [
            r"programme\[4\]\.participants : « Sous-préfet, Claire Dumas » n'est pas une liste",
            "une ligne commençant par « - »",
        ],
    ),
    "date-invalide": (
        replaced("  debut: 2027-03-02\n", "  debut: 2027-02-30\n"),
        [r"mission\.debut : « 2027-02-30 » n'est pas une date", "AAAA-MM-JJ"],
    ),
    "fin-avant-debut": (
        replaced("  fin: 2027-03-06\n", "  fin: 2027-03-01\n"),
        [r"mission\.fin : « 2027-03-01 » est avant le début de la mission \(2027-03-02\)"],
    ),
    "activite-hors-mission": (
        replaced(
            '  - date: 2027-03-06\n    debut: "09:00"', '  - date: 2027-03-08\n    debut: "09:00"'
        ),
        [
            r"programme\[14\]\.date : « 2027-03-08 » est en dehors des dates de la mission",
            r"du 2027-03-02 au 2027-03-06",
        ],
    ),
    "activite-finit-avant-de-commencer": (
        replaced('    debut: "09:00"\n    fin: "10:00"', '    debut: "09:00"\n    fin: "08:45"'),
        [r"programme\[4\]\.fin : « 08:45 » n'est pas après l'heure de début \(09:00\)"],
    ),
    "type-inconnu": (
        replaced("type: temps_libre", "type: visite"),
        [
            r"programme\[14\]\.type : « visite » n'est pas une valeur possible",
            "visite_de_courtoisie",
        ],
    ),
    "fuseau-horaire-inconnu": (
        replaced("fuseau_horaire: Africa/Dakar", "fuseau_horaire: Afrique/Dakar"),
        [
            r"mission\.fuseau_horaire : « Afrique/Dakar » n'est pas un fuseau horaire connu",
            r"« Africa/Dakar »",
        ],
    ),
    "adresse-web-invalide": (
        replaced("site_web: https://www.val-fleuri.example", "site_web: www.val-fleuri.example"),
        [r"collectivite\.site_web : « www\.val-fleuri\.example » n'est pas une adresse web"],
    ),
    # An optional key's message says what the key expects (its description), not « une valeur ».
    "cle-facultative-vide": (
        replaced("  departement: Drôme", '  departement: ""'),
        [r"collectivite\.departement : valeur vide ; attendu : le département"],
    ),
    "liste-vide": (
        replaced(
            "objectifs:\n  - Faire connaissance avec les élus et les services de la commune de "
            "Kéra-Sobo.\n  - Identifier ensemble deux ou trois domaines de coopération "
            "prioritaires.\n  - Rencontrer les autres acteurs du territoire (services de "
            "l'État, ONG, associations).\n",
            "objectifs: []\n",
        ),
        [r"objectifs : la liste est vide ; attendu : au moins 1 élément"],
    ),
    "erreur-de-syntaxe-yaml": (
        replaced("  pays: Sénégal", " pays: Sénégal"),
        [
            rf"^mission\.yml, ligne {line_of(EXAMPLE, '  pays: Sénégal')} : le fichier n'est pas "
            "un YAML valable",
            "indentation",
        ],
    ),
    "texte-vide": (
        replaced("  nom: Commune de Kéra-Sobo", '  nom: "  "'),
        [r"partenaire\.nom : valeur vide ; attendu : le nom de la collectivité partenaire"],
    ),
    "cle-en-double": (
        replaced("  region: Région de Fatick", "  region: Région de Fatick\n  region: Fatick"),
        [r"partenaire\.region : la clé « region » est écrite deux fois"],
    ),
    "heure-mal-ecrite": (
        replaced('debut: "08:30"', "debut: 8h30"),
        [r"programme\[1\]\.debut : « 8h30 » n'est pas une heure", '"09:30"'],
    ),
    "delegation-trop-nombreuse": (
        replaced(
            "delegation:\n",
            "delegation:\n"
            + "".join(
                f"  - nom: Personne {n}\n    fonction: Élu\n    qualite: elu\n    role: Écoute\n"
                for n in range(10)
            ),
        ),
        [r"delegation : la liste a 14 éléments ; attendu : 12 au plus"],
    ),
    "couleur-inconnue": (
        replaced("couleur: indigo", "couleur: bleu"),
        [r"site\.couleur : « bleu » n'est pas une valeur possible", "blue grey"],
    ),
    "logo-introuvable": (
        replaced("  # logo: assets/logo.svg", "  logo: assets/logo-absent.svg"),
        [r"site\.logo : « assets/logo-absent\.svg » : ce fichier n'existe pas dans docs/"],
    ),
}


def messages_for(text: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "mission.yml"
    path.write_text(text, "utf-8")
    with pytest.raises(MissionError) as error:
        load_mission(path, docs_dir=PROJECT_ROOT / "docs")
    return error.value.messages


def test_example_mission_is_valid_and_complete():
    mission = load_mission(PROJECT_ROOT / "mission.yml")
    assert mission.collectivite.nom == "Commune de Val-Fleuri"
    assert mission.partenaire.pays == "Sénégal"
    assert mission.mission.fuseau_horaire == "Africa/Dakar"
    assert (mission.mission.fin - mission.mission.debut).days + 1 == 5
    assert 3 <= len(mission.delegation) <= 4
    assert len(mission.programme) >= 12
    assert len({entry.type for entry in mission.programme}) >= 5
    assert mission.rencontres.personnes and mission.rencontres.institutions
    assert mission.site.couleur == "indigo"
    assert mission.period == "du 2 au 6 mars 2027"


def test_every_key_of_the_example_is_commented_in_french():
    """Each key has its comment just above it, or in the list's legend (« #   nom : ... »)."""
    lines = EXAMPLE.splitlines()
    legend = set(re.findall(r"^#\s+([a-z_]+)\s+(?:\(|:)", EXAMPLE, re.MULTILINE))
    undocumented = []
    for index, line in enumerate(lines):
        match = re.match(r"^\s*(?:- )?([a-z_]+):", line)
        commented = lines[index - 1].lstrip().startswith("#")
        if match and not commented and match.group(1) not in legend:
            undocumented.append(f"ligne {index + 1} : {match.group(1)}")
    assert undocumented == []
    assert "(obligatoire)" in EXAMPLE and "(facultatif)" in EXAMPLE
    assert "FICTIF" in EXAMPLE


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_gets_one_clear_french_message(case, tmp_path):
    text, expected = BAD_INPUTS[case]
    messages = messages_for(text, tmp_path)
    assert len(messages) == 1, messages
    for pattern in expected:
        assert re.search(pattern, messages[0]), f"{pattern!r} absent de : {messages[0]}"
    assert messages[0].startswith("mission.yml, ligne ")
    assert "Traceback" not in messages[0] and "pydantic" not in messages[0].lower()


def test_message_gives_the_line_of_the_bad_value(tmp_path):
    text = replaced('    debut: "09:00"\n    fin: "10:00"', '    debut: "09:00"\n    fin: "08:45"')
    (message,) = messages_for(text, tmp_path)
    line = line_of(text, 'fin: "08:45"')
    assert message.startswith(f"mission.yml, ligne {line}, programme[4].fin : ")


def test_all_errors_are_reported_at_once_in_file_order(tmp_path):
    text = (
        EXAMPLE.replace("  departement: Drôme", "  departemnt: Drôme")
        .replace("fuseau_horaire: Africa/Dakar", "fuseau_horaire: Dakar")
        .replace("type: temps_libre", "type: loisirs")
        .replace('debut: "08:30"\n    fin: "12:30"', 'debut: "08:30"\n    fin: "07:30"')
    )
    messages = messages_for(text, tmp_path)
    assert [re.search(r", ([a-z_\[\]0-9.]+) :", m).group(1) for m in messages] == [
        "collectivite.departemnt",
        "mission.fuseau_horaire",
        "programme[1].fin",
        "programme[14].type",
    ]


def test_mission_dates_in_the_wrong_order_do_not_flood_the_programme(tmp_path):
    messages = messages_for(replaced("  fin: 2027-03-06\n", "  fin: 2027-03-01\n"), tmp_path)
    assert len(messages) == 1


def test_yaml_as_a_non_developer_writes_it(tmp_path):
    """Unquoted times (10:30 is a number in YAML 1.1), « oui », « no » stay texts."""
    text = replaced('debut: "08:30"\n    fin: "12:30"', "debut: 8:30\n    fin: 12:30").replace(
        "langue: français (interprétation en sérère si besoin)", "langue: no"
    )
    path = tmp_path / "mission.yml"
    path.write_text(text, "utf-8")
    mission = load_mission(path)
    first = min(mission.programme, key=lambda e: (e.date, e.debut))
    assert (first.debut.hour, first.debut.minute, first.fin.hour) == (8, 30, 12)
    assert mission.partenaire.langue == "no"


def test_missing_file_and_file_that_is_not_a_mapping(tmp_path):
    with pytest.raises(MissionError) as error:
        load_mission(tmp_path / "mission.yml")
    assert "fichier introuvable" in error.value.messages[0]
    (tmp_path / "mission.yml").write_text("- une liste\n", "utf-8")
    with pytest.raises(MissionError) as error:
        load_mission(tmp_path / "mission.yml")
    assert "le fichier doit contenir des clés" in error.value.messages[0]


def test_explicit_ids_must_be_unique_and_well_formed(tmp_path):
    data, lines = read_yaml(EXAMPLE)
    data["programme"][0]["id"] = "route-aller"
    data["programme"][1]["id"] = "route-aller"
    data["programme"][2]["id"] = "Réunion 1"
    with pytest.raises(MissionError) as error:
        validate(data, lines)
    text = "\n".join(error.value.messages)
    assert (
        "programme[2].id : l'identifiant « route-aller » est déjà utilisé en programme[1]" in text
    )
    assert "programme[3].id : « Réunion 1 » n'est pas un identifiant" in text


def test_french_periods():
    from datetime import date

    assert french_period(date(2027, 3, 1), date(2027, 3, 1)) == "le 1er mars 2027"
    assert french_period(date(2027, 2, 27), date(2027, 3, 2)) == "du 27 février au 2 mars 2027"
    assert (
        french_period(date(2026, 12, 30), date(2027, 1, 2))
        == "du 30 décembre 2026 au 2 janvier 2027"
    )


def test_contract_describes_the_same_rules_with_the_same_messages():
    """What a page needs to check a form: JSON, the schema, the rules, the message table."""
    exported = json.loads(json.dumps(contract(), ensure_ascii=False))
    assert exported["messages"] == MESSAGES
    assert exported["regles"] == CROSS_RULES
    assert all(rule["code"] in MESSAGES for rule in CROSS_RULES)
    schema = exported["schema"]
    assert schema["additionalProperties"] is False
    assert all(d.get("additionalProperties") is False for d in schema["$defs"].values())
    assert set(schema["required"]) >= {"collectivite", "partenaire", "mission", "programme"}
    activity = schema["$defs"]["Activite"]["properties"]
    assert activity["date"]["x-format"] == "date"
    assert activity["debut"]["x-format"] == "heure"
    assert "visite_de_courtoisie" in activity["type"]["enum"]
    assert "Africa/Dakar" in exported["fuseaux_horaires"]
    # Every code the JSON Schema keywords map to has its message.
    codes = exported["codes"]
    assert all(code in MESSAGES for code in codes)


def test_contract_is_written_into_the_built_site(built_site):
    path = built_site / "outils/termes-de-reference/contrat-mission-yml.json"
    assert json.loads(path.read_text("utf-8"))["messages"] == MESSAGES


# --- The build stops, cleanly, on each bad input --------------------------------------------


@pytest.fixture(scope="module")
def project_copy(tmp_path_factory) -> Path:
    return copy_project(tmp_path_factory.mktemp("bad-mission"))


# The twelve kinds of mistakes the issue names (each build stops early, in about a second).
BUILD_CASES = [
    "cle-obligatoire-manquante",
    "cle-inconnue",
    "mauvais-type",
    "date-invalide",
    "fin-avant-debut",
    "activite-hors-mission",
    "activite-finit-avant-de-commencer",
    "type-inconnu",
    "fuseau-horaire-inconnu",
    "adresse-web-invalide",
    "liste-vide",
    "erreur-de-syntaxe-yaml",
]


@pytest.mark.parametrize("case", BUILD_CASES)
def test_bad_mission_stops_the_build(case, project_copy):
    text, expected = BAD_INPUTS[case]
    (project_copy / "mission.yml").write_text(text, "utf-8")
    site_dir = project_copy / "site-built"
    shutil.rmtree(site_dir, ignore_errors=True)
    # The command itself once (exit code, no traceback on the terminal); the other cases
    # through the same build in process, which is what they test.
    build = build_site if case == BUILD_CASES[0] else build_in_process
    result = build(project_copy, site_dir)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    assert "mission.yml contient des erreurs" in output
    assert re.search(expected[0].lstrip("^"), output), output
    assert not (site_dir / "index.html").exists()


def test_yaml_loader_keeps_data_as_text():
    data, _ = read_yaml("a: oui\nb: 10:30\nc: 2027-03-02\nd: '{{ config }}'\n")
    assert data == {"a": "oui", "b": "10:30", "c": "2027-03-02", "d": "{{ config }}"}
    assert yaml.safe_load("b: 10:30")["b"] == 630  # what plain PyYAML would have made of it
