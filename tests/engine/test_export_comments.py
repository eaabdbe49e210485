"""The form's export keeps the explanations of mission.yml: the comments written above each key
of the project's own mission.yml (a fork's, once it changed them) come back above the same keys,
and the exported file still reads as the same data in the build."""

import json
import subprocess

from support import PROJECT_ROOT
from test_contract_parity import normalised

from guide.mission import contract, read_yaml
from guide.mission.contract import key_comments

DRIVER = PROJECT_ROOT / "tests" / "engine" / "contract_node.cjs"
FIXTURE = PROJECT_ROOT / "tests" / "engine" / "fixture" / "mission.yml"

FORK = """# Réglages de notre guide.
site:
  # Notre couleur, choisie par le service communication.
  couleur: brown
collectivite:
  # Le nom officiel, avec l'article.
  nom: Département de l'Essai
"""


def test_key_comments_by_key_path():
    found = key_comments(FORK + "programme:\n  # Une activité.\n  - date: 2027-03-02\n")
    assert found["site"] == ["# Réglages de notre guide."]
    assert found["site.couleur"] == ["# Notre couleur, choisie par le service communication."]
    assert found["collectivite.nom"] == ["# Le nom officiel, avec l'article."]
    assert found["programme.date"] == ["# Une activité."]
    assert "collectivite" not in found


def test_export_writes_the_comments_above_their_keys(node, tmp_path):
    text = FIXTURE.read_text("utf-8")
    comments = key_comments(text)
    assert comments, "le mission.yml d'essai explique ses clés"
    path = tmp_path / "contrat.json"
    path.write_text(json.dumps(contract(comments=comments), ensure_ascii=False), "utf-8")
    finished = subprocess.run(
        [node, str(DRIVER)],
        input=json.dumps({"contrat": str(path), "fichiers": [text]}),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert finished.returncode == 0, finished.stderr
    exported = json.loads(finished.stdout)[0]["yaml"]
    lines = [line.strip() for line in exported.splitlines()]
    for key_path, block in comments.items():
        key = key_path.rsplit(".", 1)[-1]
        for comment in block:
            assert comment in lines, (key_path, comment)
        # Right above the key (its first occurrence).
        at = next(
            i
            for i, line in enumerate(lines)
            if line.lstrip("- ").startswith(f"{key}:") and lines[i - 1] == block[-1]
        )
        assert at
    assert read_yaml(exported)[0] == normalised(read_yaml(text)[0])
