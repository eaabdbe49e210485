"""The YAML dialect of mission.yml, and its reader.

What a person who is not a developer expects: `10:30`, `2027-03-02`, `07`, `1.10`, `oui` or
`1e3` stay texts, exactly as typed. Only two kinds of plain (unquoted) values are not texts,
named by `RESOLVERS`: null (`~`, `null`, nothing) and booleans (`true`, `false`). Anchors and
aliases (`&a`, `*a`) and tags (`!x`) are refused: a mission needs none, and an alias can
multiply a small file into gigabytes. A key written twice is an error, never dropped.

`RESOLVERS` and `QUOTE_IF` are exported with the contract: the browser reads a file with the
same rules (docs/assets/javascripts/mission-contract.js) and quotes a text exactly when this
reader would otherwise read it as something else.
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

from ..errors import GuideError
from .messages import FILE_NAME, LINE_FORMAT, MESSAGES, full_message, problem_error
from .model import LIMITS

# Plain scalars that are not texts: kind -> pattern (the whole value); in this order.
RESOLVERS: dict[str, str] = {
    "null": r"^(?:~|null|Null|NULL|)$",
    "bool": r"^(?:true|True|TRUE|false|False|FALSE)$",
}
_COMPILED = {kind: re.compile(pattern) for kind, pattern in RESOLVERS.items()}

# A text that matches this, or a resolver, is written between quotes by the form's export:
# empty or padded with spaces, starting with a YAML indicator, containing « : » or « # »
# where YAML would read them, a line break or a character YAML cannot show plainly.
QUOTE_IF = (
    r"^$|^\s|\s$|^[-?:,\[\]{}#&*!|>'\"%@`]|: |:$| #|[\n\r\t]"
    r"|[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]"
    # What another YAML reader (PyYAML's YAML 1.1, js-yaml's 1.2) reads as a number, a date,
    # a boolean, null or a merge key: `07`, `1.10`, `1e3`, `0x1F`, `1:30`, `2027-03-02`,
    # `yes`, `off`, `.inf`, `<<`, `=`. Quoted so that the exported file reads the same there.
    r"|^[-+]?\.?[0-9][0-9A-Za-z_.:+-]*$|^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ]|$)"
    r"|^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$"
    r"|^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|<<|=)$"
)

# Inside the quotes, JSON's escapes as the form writes them, plus `\uXXXX` for what YAML
# readers take as a line break (U+0085, U+2028, U+2029: folded into a space) or refuse.
ESCAPE_IN_QUOTES = r"[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]"


def quoted(text: str) -> str:
    """`text` as a double-quoted YAML scalar, as the form's export writes it."""
    return re.sub(
        ESCAPE_IN_QUOTES,
        lambda match: f"\\u{ord(match[0]):04x}",
        json.dumps(text, ensure_ascii=False),
    )


def plain_value(text: str) -> Any:
    """A plain scalar's value in this dialect: None, True/False or the text itself."""
    if _COMPILED["null"].match(text):
        return None
    if _COMPILED["bool"].match(text):
        return text.lower() == "true"
    return text


class _Refused(Exception):
    def __init__(self, code: str, mark):
        self.code, self.mark = code, mark


class _Reader(yaml.SafeLoader):
    """PyYAML's safe parser and composer, with no tag resolution: values are built below.

    The composer calls itself for each nested collection: past LIMITS["profondeur"] levels the
    file is refused, long before Python's recursion limit (5,000 « [ » in a row)."""

    yaml_implicit_resolvers: dict = {}
    depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _Refused("alias", event.start_mark)
        if getattr(event, "tag", None) is not None:
            raise _Refused("etiquette", event.start_mark)
        self.depth += 1
        if self.depth > LIMITS["profondeur"]:
            raise _Refused("profondeur", event.start_mark)
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


# Mistakes found line by line before the file is parsed, so that the message names the line
# that holds the mistake: (code, pattern), the first that matches wins. Lines inside a block
# text (after `key: |` or `key: >`, more indented than the key) are not looked at. Exported:
# the browser, whose YAML parser words and places its errors differently, applies them too.
# Where a value starts on its line: after the indentation, list dashes and a plain key.
_VALUE = r"""^\s*(?:- +)*(?:[^\s"'#][^:#]*: +)?"""
# Characters no line may hold, checked first on every line (the message gives the column):
# a byte that was not UTF-8 (read as U+FFFD, in the build as in the browser), then control
# characters (and line breaks other than « \n ») YAML refuses or counts apart.
CHARACTER_CHECKS: list[tuple[str, str]] = [
    ("octet", "\ufffd"),
    ("caractere", "[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]"),
]
_CHARACTER_CHECKS = [(code, re.compile(pattern)) for code, pattern in CHARACTER_CHECKS]
LINE_CHECKS: list[tuple[str, str]] = [
    ("tabulation", r"^ *\t|^[^\t#\"']*:[ ]*\t"),
    ("deux_documents", r"^(?:---|\.\.\.)(?:\s|$)"),
    ("guillemet", _VALUE + r"""(?:"(?:[^"\\]|\\.)*|'(?:[^']|'')*)$"""),
    ("arobase", _VALUE + r"[@`%]"),
    ("alias", _VALUE + r"[&*]"),
    ("etiquette", _VALUE + r"!"),
    ("tiret", r"""^\s*(?:- +)*[^\s"'#-][^:#]*: +- """),
    ("deux_points", r"""^\s*(?:- +)*[^\s"'#][^:#]*: +[^\s"'#|>][^#]*?: """),
]
_LINE_CHECKS = [(code, re.compile(pattern)) for code, pattern in LINE_CHECKS]
# A line that opens a block text: its content is on the lines below, more indented.
BLOCK_START = r"""(?:^|: +|^\s*(?:- +)+)[|>][-+0-9]*\s*(?:#.*)?$"""
_BLOCK_START = re.compile(BLOCK_START)
# What may follow a block text at its key's level or less: another key, a list item.
NEXT_KEY = r"""^\s*(?:- |-$|[^\s:#][^:#]*:(?: |$))"""
_NEXT_KEY = re.compile(NEXT_KEY)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def line_mistake(text: str) -> tuple[str, int, int | None] | None:
    """(code, line, column or None) of the first mistake LINE_CHECKS find, or None."""
    lines = text.split("\n")
    # First the characters no line may hold (Python and JavaScript differ on what is a space).
    for number, line in enumerate(lines, 1):
        for code, pattern in _CHARACTER_CHECKS:
            found = pattern.search(line)
            if found:
                return code, number, found.start() + 1
    seen_content = False
    block = None  # indentation of the line that opened a block text
    block_empty = False
    for number, line in enumerate(lines, 1):
        if block is not None and (not line.strip() or _indent(line) > block):
            block_empty = block_empty and not line.strip()
            continue
        if block is not None and block_empty and not _NEXT_KEY.search(line):
            return "bloc", number, None  # the block's text is not indented under its key
        block = None
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        for code, pattern in _LINE_CHECKS:
            if code == "deux_documents" and not seen_content:
                continue  # a « --- » before any key starts the one document
            if pattern.search(line):
                return code, number, None
        seen_content = True
        if _BLOCK_START.search(line):
            block, block_empty = _indent(line), True
    return None


def _build(node, path: tuple, lines: dict, duplicates: list) -> Any:
    """The node's value (texts, None, booleans, lists, dicts); fills `lines` and `duplicates`."""
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        value: dict = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise _Refused("cle_complexe", key_node.start_mark)
            key = key_node.value
            key_path = (*path, key)
            if key in value:
                duplicates.append((key_path, key, key_node.start_mark.line + 1))
            lines[key_path] = key_node.start_mark.line + 1
            value[key] = _build(value_node, key_path, lines, duplicates)
        return value
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*path, i), lines, duplicates) for i, item in enumerate(node.value)]
    return plain_value(node.value) if node.style is None else node.value


def _syntax_error(name: str, code: str, line: int | None, **fields) -> GuideError:
    problem = MESSAGES["yaml_" + code].format(**fields)
    message = MESSAGES["yaml_syntaxe"].format(probleme=problem)
    where = LINE_FORMAT.format(ligne=line) if line else ""
    return problem_error(name, [(line, (), f"{name}{where} : {message}")])


def read_yaml(text: str, name: str = FILE_NAME) -> tuple[Any, dict[tuple, int]]:
    """Parse YAML text; return (data, lines: key path -> line from 1) or raise GuideError."""
    # A file saved on Windows: its line ends and the byte-order mark some editors put first.
    text = text.replace("\r\n", "\n").removeprefix("\ufeff")
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > LIMITS["fichier_octets"]:
        message = MESSAGES["fichier_trop_gros"].format(nombre=size, max=LIMITS["fichier_octets"])
        raise problem_error(name, [(None, (), f"{name} : {message}")])
    if not text.endswith("\n"):
        text += "\n"  # a last block text reads the same in every YAML parser
    found = line_mistake(text)
    if found:
        code, line, column = found
        raise _syntax_error(name, code, line, colonne=column)
    try:
        reader = _Reader(text)
        try:
            node = reader.get_single_node()
        finally:
            reader.dispose()
    except _Refused as refused:
        line = refused.mark.line + 1
        raise _syntax_error(name, refused.code, line, max=LIMITS["profondeur"]) from None
    except yaml.YAMLError as error:
        # Any other mistake: the parser's line, and what to check there.
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 1 if mark else None
        raise _syntax_error(name, "autre", line) from None
    if node is None:
        return None, {}
    lines: dict[tuple, int] = {}
    duplicates: list = []
    try:
        data = _build(node, (), lines, duplicates)
    except _Refused as refused:
        raise _syntax_error(name, refused.code, refused.mark.line + 1) from None
    if duplicates:
        raise problem_error(
            name,
            [
                (
                    line,
                    path,
                    full_message(name, line, path, MESSAGES["cle_en_double"].format(cle=key)),
                )
                for path, key, line in duplicates
            ],
        )
    return data, lines
