"""Read mission.yml, the one data file an authority edits, and check it.

Every problem is reported in French, naming the file, the key and what is expected.
"""

from pathlib import Path

import yaml


class MissionError(Exception):
    """mission.yml cannot be used; `messages` lists every problem, in French."""

    def __init__(self, messages: list[str]):
        super().__init__("\n".join(messages))
        self.messages = messages


REQUIRED_TEXT_KEYS = [("collectivite", "nom"), ("partenaire", "nom"), ("partenaire", "pays")]


def load_mission(path: Path) -> dict:
    """Return the data of mission.yml, or raise MissionError listing every problem."""
    name = path.name
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except FileNotFoundError:
        raise MissionError([f"{name} : fichier introuvable ({path})."]) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f", ligne {mark.line + 1}" if mark else ""
        raise MissionError([f"{name}{where} : le fichier n'est pas un YAML valable."]) from None
    if not isinstance(data, dict):
        raise MissionError([f"{name} : le fichier doit contenir des clés (collectivite, ...)."])
    problems = []
    for section, key in REQUIRED_TEXT_KEYS:
        value = (data.get(section) or {}).get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{name} : clé « {section}.{key} » manquante ; un texte est attendu.")
    if problems:
        raise MissionError(problems)
    return data
