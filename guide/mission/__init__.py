"""mission.yml, the one data file an authority edits: its model, YAML dialect, messages, rules
and contract, each in its own module (see ARCHITECTURE.md)."""

from .contract import CONTRACT_FILE, contract
from .dialect import read_yaml
from .load import check_text, load_mission, validate
from .model import Activite, Membre, Mission, choice_label, json_schema, label, resolve_schema

__all__ = [
    "CONTRACT_FILE",
    "Activite",
    "Membre",
    "Mission",
    "choice_label",
    "check_text",
    "contract",
    "json_schema",
    "label",
    "load_mission",
    "read_yaml",
    "resolve_schema",
    "validate",
]
