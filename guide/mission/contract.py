"""The contract of mission.yml, exported for the browser (`contrat-mission-yml.json`).

Everything the browser's checker (docs/assets/javascripts/mission-contract.js) needs to read a
file with the same YAML dialect and to say the same French messages, as data: the JSON Schema
of the model (with descriptions, form labels and value labels), the patterns of formats, the
rules across keys, the message table and formats, the time zones. No rule is written twice.
"""

from __future__ import annotations

from .dialect import (
    BLOCK_START,
    CHARACTER_CHECKS,
    ESCAPE_IN_QUOTES,
    FLOW_START,
    LINE_CHECKS,
    NEXT_KEY,
    QUOTE_IF,
    RESOLVERS,
    UTF16,
)
from .load import PYDANTIC_CODES
from .messages import LINE_FORMAT, MESSAGE_FORMAT, MESSAGES, TITLE, VALUE_FORMATS
from .model import (
    FORBIDDEN_CHARACTERS,
    FORMER_KEYS,
    INVISIBLE_CHARACTERS,
    LIMITS,
    RELATIVE_DEADLINE_PATTERN,
    STRIPPED,
    document_locales,
    json_schema,
    time_zones,
)
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
        "cles_anciennes": FORMER_KEYS,
        "messages": MESSAGES,
        "format_message": MESSAGE_FORMAT,
        "format_ligne": LINE_FORMAT,
        "format_valeur": VALUE_FORMATS,
        "yaml": {
            "resolveurs": RESOLVERS,
            "guillemets_si": QUOTE_IF,
            "echapper_entre_guillemets": ESCAPE_IN_QUOTES,
            "verifications_de_caracteres": CHARACTER_CHECKS,
            "verifications_de_ligne": LINE_CHECKS,
            "debut_de_bloc": BLOCK_START,
            "cle_suivante": NEXT_KEY,
            "debut_de_flux": FLOW_START,
            "utf16": UTF16,
        },
        # The limits (lengths are also in the schema: maxLength, maxItems) and the characters
        # of texts.
        "limites": LIMITS,
        "textes": {
            "interdits": FORBIDDEN_CHARACTERS,
            "invisibles": INVISIBLE_CHARACTERS,
            "espaces_retires": STRIPPED,
        },
        # Checked only when the site is built: a form cannot see the files of docs/ (the
        # daylight-saving changes it checks with the browser's time zone data).
        "verifie_a_la_construction": [
            "logo_introuvable",
            "logo_hors_docs",
            "logo_contenu",
            "logo_trop_gros",
            "logo_svg",
            "logo_svg_illisible",
            "modele_word_introuvable",
            "modele_word_hors_docs",
            "modele_word_contenu",
            "modele_word_trop_gros",
        ],
        "codes": sorted(set(PYDANTIC_CODES.values())),
        # The suggestions from a city's or a language's name (zones_by_city and
        # document_locales_by_name) are folded from these two by the browser (Checker).
        "fuseaux_horaires": list(time_zones()),
        "langues_des_documents": document_locales(),
        "echeance_relative": RELATIVE_DEADLINE_PATTERN,
        "ancres_echeance": DEADLINE_ANCHORS,
        "taches_du_guide": tasks,
    }
