"""The contract of mission.yml, exported for the browser (`contrat-mission-yml.json`).

Everything the browser's checker (docs/assets/javascripts/mission-contract.js) needs to read a
file with the same YAML dialect and to say the same French messages, as data: the JSON Schema
of the model (with descriptions, form labels and value labels), the patterns of formats, the
rules across keys, the message table and formats, the time zones. No rule is written twice.
"""

from __future__ import annotations

import re

from ..french import WORDS
from .dialect import BLOCK_START, LINE_CHECKS, NEXT_KEY, QUOTE_IF, RESOLVERS
from .load import PYDANTIC_CODES
from .messages import LINE_FORMAT, MESSAGE_FORMAT, MESSAGES, TITLE, VALUE_FORMATS
from .model import json_schema, time_zones, zones_by_city
from .rules import CROSS_RULES

CONTRACT_FILE = "contrat-mission-yml.json"


_KEY_LINE = re.compile(r"^(?P<indent>[ ]*)(?:- +)*(?P<key>[A-Za-z_][A-Za-z0-9_]*):(?:\s|$)")


def key_comments(text: str) -> dict[str, list[str]]:
    """The comments written just above each key of a mission.yml, by key path without list
    positions ("collectivite.nom", "programme.date"): the export writes them back above the
    same keys, so the file a form exports keeps the explanations of the guide's own
    mission.yml (a fork's, once it changed them). The first comment of a path is kept."""
    found: dict[str, list[str]] = {}
    stack: list[tuple[int, str]] = []
    block: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            block.append(stripped)
            continue
        match = _KEY_LINE.match(line)
        if not match:
            block = [] if not stripped else block
            continue
        column = len(line) - len(line.lstrip(" -"))
        while stack and stack[-1][0] >= column:
            stack.pop()
        stack.append((column, match["key"]))
        path = ".".join(key for _, key in stack)
        if block and path not in found:
            found[path] = block
        block = []
    return found


def contract(comments: dict[str, list[str]] | None = None) -> dict:
    """Everything a checker needs to apply the same rules with the same messages (JSON-ready);
    `comments`: the explanations to write above each key of an exported file (key_comments)."""
    return {
        "commentaires": comments or {},
        "fichier": "mission.yml",
        "titre": TITLE,
        "schema": json_schema(),
        "regles": CROSS_RULES,
        "messages": MESSAGES,
        "format_message": MESSAGE_FORMAT,
        "format_ligne": LINE_FORMAT,
        "format_valeur": VALUE_FORMATS,
        "yaml": {
            "resolveurs": RESOLVERS,
            "guillemets_si": QUOTE_IF,
            "verifications_de_ligne": LINE_CHECKS,
            "debut_de_bloc": BLOCK_START,
            "cle_suivante": NEXT_KEY,
        },
        # Checked only when the site is built (a form cannot see the files of docs/).
        "verifie_a_la_construction": ["logo_introuvable"],
        "codes": sorted(set(PYDANTIC_CODES.values())),
        "fuseaux_horaires": list(time_zones()),
        "fuseaux_par_ville": zones_by_city(),
        "mots": WORDS,
    }
