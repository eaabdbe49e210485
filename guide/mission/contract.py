"""The contract of mission.yml, exported for the browser (`contrat-mission-yml.json`).

Everything the browser's checker (docs/assets/javascripts/mission-contract.js) needs to read a
file with the same YAML dialect and to say the same French messages, as data: the JSON Schema
of the model (with descriptions, form labels and value labels), the patterns of formats, the
rules across keys, the message table and formats, the time zones. No rule is written twice.
"""

from __future__ import annotations

from ..french import WORDS
from .dialect import BLOCK_START, LINE_CHECKS, NEXT_KEY, QUOTE_IF, RESOLVERS
from .load import PYDANTIC_CODES
from .messages import LINE_FORMAT, MESSAGE_FORMAT, MESSAGES, TITLE, VALUE_FORMATS
from .model import RELATIVE_DEADLINE_PATTERN, json_schema, time_zones, zones_by_city
from .rules import CROSS_RULES, DEADLINE_ANCHORS

CONTRACT_FILE = "contrat-mission-yml.json"


def contract(tasks: dict | None = None) -> dict:
    """Everything a checker needs to apply the same rules with the same messages (JSON-ready).

    `tasks`: the guide's tasks (ID -> part, before departure, after the council session), which
    the pages define (guide/planning.py `task_catalogue`); null: the rules on tasks are skipped.
    """
    return {
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
        "echeance_relative": RELATIVE_DEADLINE_PATTERN,
        "ancres_echeance": DEADLINE_ANCHORS,
        "taches_du_guide": tasks,
    }
