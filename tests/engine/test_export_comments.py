"""The form's export explains each key with the guide's own words (issue 28.4): above each key,
its description in the contract; never a comment of the imported file (a forker's free words),
and nothing of mission.yml's comments is in the contract the form page publishes."""

import json
import subprocess

from support import PROJECT_ROOT
from test_contract_parity import normalised

from guide.mission import contract, json_schema, read_yaml
from guide.mission.model import resolve_schema

DRIVER = PROJECT_ROOT / "tests" / "engine" / "contract_node.cjs"
FIXTURE = PROJECT_ROOT / "tests" / "engine" / "fixture" / "mission.yml"
SECRET = "# Note interne : le budget réel est de 9 000 €, ne pas diffuser."


def export(node, tmp_path, text: str) -> str:
    path = tmp_path / "contrat.json"
    path.write_text(json.dumps(contract(), ensure_ascii=False), "utf-8")
    finished = subprocess.run(
        [node, str(DRIVER)],
        input=json.dumps({"contrat": str(path), "fichiers": [text]}),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert finished.returncode == 0, finished.stderr
    return json.loads(finished.stdout)[0]["yaml"]


def test_export_explains_keys_with_the_contract_never_the_files_comments(node, tmp_path):
    text = FIXTURE.read_text("utf-8").replace("collectivite:\n", f"collectivite:\n  {SECRET}\n", 1)
    exported = export(node, tmp_path, text)
    assert "Note interne" not in exported and "9 000" not in exported
    lines = [line.strip() for line in exported.splitlines()]
    # Above `nom:` of collectivite, the key's description in the contract (its first words).
    schema = json_schema()
    described = resolve_schema(schema["properties"]["collectivite"], schema)
    words = described["properties"]["nom"]["description"].split()[:4]
    at = lines.index(next(line for line in lines if line.startswith("nom:")))
    assert lines[at - 1].startswith("# " + " ".join(words).capitalize()), lines[at - 2 : at + 1]
    # Every comment line of the export is the guide's own (header or a description).
    assert all(len(line) <= 100 for line in exported.splitlines())
    assert read_yaml(exported)[0] == normalised(read_yaml(text)[0])


def test_the_published_contract_holds_no_comment_of_mission_yml():
    published = json.dumps(contract(), ensure_ascii=False)
    assert "commentaires" not in json.loads(published)
    for line in FIXTURE.read_text("utf-8").splitlines():
        comment = line.strip()
        if comment.startswith("#") and len(comment) > 30:  # a sentence, not a rule of dashes
            assert comment.lstrip("# ") not in published, comment
