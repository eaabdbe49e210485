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


# libyaml's parser when PyYAML was built with it (15 times faster), PyYAML's own otherwise or
# when libyaml stops: PyYAML's error is the one told (libyaml also refuses `"\\ud83d\\ude00"`,
# which PyYAML and the browser read). The nodes are composed below.
_FAST_PARSER = getattr(yaml, "CSafeLoader", None)
_STYLES = ("'", '"', "|", ">")  # libyaml's plain scalars have the style "", PyYAML's None


def _compose(loader, depth: int) -> yaml.Node:
    """The node that starts at the loader's next event, as PyYAML's composer builds it, with no
    tag resolution (values are built by _build); anchors, aliases and tags refused. Past
    LIMITS["profondeur"] levels (a key counts one level below its mapping, as in PyYAML) the
    file is refused, long before Python's recursion limit (5,000 « [ » in a row)."""
    event = loader.peek_event()
    if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
        raise _Refused("alias", event.start_mark)
    if getattr(event, "tag", None) is not None:
        raise _Refused("etiquette", event.start_mark)
    if depth > LIMITS["profondeur"]:
        raise _Refused("profondeur", event.start_mark)
    event = loader.get_event()
    if isinstance(event, yaml.ScalarEvent):
        style = event.style if event.style in _STYLES else None
        return yaml.ScalarNode(None, event.value, event.start_mark, event.end_mark, style)
    if isinstance(event, yaml.SequenceStartEvent):
        items = []
        while not loader.check_event(yaml.SequenceEndEvent):
            items.append(_compose(loader, depth + 1))
        end = loader.get_event()
        return yaml.SequenceNode(None, items, event.start_mark, end.end_mark)
    pairs = []
    while not loader.check_event(yaml.MappingEndEvent):
        key = _compose(loader, depth + 1)
        pairs.append((key, _compose(loader, depth + 1)))
    end = loader.get_event()
    return yaml.MappingNode(None, pairs, event.start_mark, end.end_mark)


def _single_node(text: str) -> yaml.Node | None:
    """The document's root node (None for an empty file), as PyYAML's get_single_node."""
    if _FAST_PARSER:
        try:
            return _parse(text, _FAST_PARSER)
        except yaml.YAMLError:
            pass  # PyYAML's own parser says where and what
    return _parse(text, yaml.SafeLoader)


def _parse(text: str, parser) -> yaml.Node | None:
    loader = parser(text)
    try:
        loader.get_event()  # the stream's start
        node = None
        if not loader.check_event(yaml.StreamEndEvent):
            loader.get_event()  # the document's start
            node = _compose(loader, 1)
            loader.get_event()  # its end
        if not loader.check_event(yaml.StreamEndEvent):
            event = loader.get_event()
            raise yaml.composer.ComposerError(
                "expected a single document in the stream",
                node.start_mark if node else None,
                "but found another document",
                event.start_mark,
            )
        return node
    finally:
        loader.dispose()


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
# A file saved in UTF-16 (Windows' « Unicode »), as read in UTF-8: its byte-order mark as two
# U+FFFD, or a NUL byte beside each ASCII character.
UTF16 = r"^(?:\ufffd\ufffd|[^\u0000]\u0000|\u0000[^\u0000])"
_UTF16 = re.compile(UTF16)
LINE_CHECKS: list[tuple[str, str]] = [
    ("tabulation", r"\t"),
    ("directive", r"^%"),
    ("deux_documents", r"^---(?:\s|$)"),
    ("fin_document", r"^\.\.\.(?:\s|$)"),
    ("guillemet", _VALUE + r"""(?:"(?:[^"\\]|\\.)*|'(?:[^']|'')*)$"""),
    ("arobase", _VALUE + r"[@`%]"),
    ("alias", _VALUE + r"[&*]"),
    ("etiquette", _VALUE + r"!"),
    ("tiret", r"""^\s*(?:- +)*[^\s"'#-][^:#]*: +- """),
    ("deux_points", r"""^\s*(?:- +)*[^\s"'#][^:#]*: +[^\s"'#|>][^#]*?: """),
]
_LINE_CHECKS = [(code, re.compile(pattern)) for code, pattern in LINE_CHECKS]
# Whether any of the checks above finds something, in one search instead of one per check:
# most files hold none of these characters, most lines none of these mistakes.
_ANY_CHARACTER = re.compile("|".join(f"(?:{pattern})" for _, pattern in CHARACTER_CHECKS))
_ANY_LINE_CHECK = re.compile("|".join(f"(?:{pattern})" for _, pattern in LINE_CHECKS))
# A line that opens a block text: its content is on the lines below, more indented.
BLOCK_START = r"""(?:^|: +|^\s*(?:- +)+)[|>][-+0-9]*\s*(?:#.*)?$"""
_BLOCK_START = re.compile(BLOCK_START)
# What may follow a block text at its key's level or less: another key, a list item.
NEXT_KEY = r"""^\s*(?:- |-$|[^\s:#][^:#]*:(?: |$))"""
_NEXT_KEY = re.compile(NEXT_KEY)


# A value that opens a flow collection, `{…}` or `[…]` (on one line or several): what comes
# before its bracket (indentation, list dashes, a key). Its text is read by _flow_mistake.
FLOW_START = (
    r"""^(\s*(?:- +)*)((?:[^\s"'#\[\]{},][^:#]*|"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'): +)?(?=[\[{])"""
)
_FLOW_START = re.compile(FLOW_START)
_CLOSING = {"{": "}", "[": "]"}


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _quote_end(line: str, start: int) -> int | None:
    """The index after the quoted text that opens at line[start], or None if it stays open."""
    quote, i = line[start], start + 1
    while i < len(line):
        escaped = quote == '"' and line[i] == "\\"
        if escaped or (line[i] == quote == "'" and line[i + 1 : i + 2] == "'"):
            i += 2
        elif line[i] == quote:
            return i + 1
        else:
            i += 1
    return None


def _flow_owner(flow: re.Match, previous: int) -> int:
    """The column that the flow's other lines must go beyond (as js-yaml wants): its key's, or
    its list dash's, or the key above it (`previous`, the last line's indentation)."""
    if flow[2]:
        return len(flow[1])
    if "-" in flow[1]:
        return flow[1].rindex("-")
    return previous if previous < len(flow[1]) else -1


def _flow_mistake(
    lines: list[str], number: int, column: int, owner: int
) -> tuple[tuple | None, int]:
    """Read the flow collection whose bracket is at lines[number][column] as both YAML parsers
    read it, and find the first mistake either refuses (or that they read differently): a
    bracket left open or closed by the other one, a comma missing or doubled, a second « : »,
    « clé:valeur » without a space, an indicator that starts a value, a line not indented under
    its key. Returns (mistake: (code, line, column, fields) or None, index of its last line)."""
    stack: list[dict] = []  # the open brackets, innermost last
    n, i, line = number, column, lines[number]

    def mistake(code: str, at: int | None = None, column: int | None = None, **fields):
        return (code, at or n + 1, column, fields), n

    while True:
        if i >= len(line):  # the next line that holds something
            n += 1
            if n == len(lines):
                return mistake(
                    "flow_ouvert",
                    stack[-1]["line"] + 1,
                    signe=stack[-1]["bracket"],
                    fin=_CLOSING[stack[-1]["bracket"]],
                )
            line, i = lines[n], _indent(lines[n])
            content = line.strip()
            if not content or content.startswith("#"):
                i = len(line)
            elif "\t" in line:
                return mistake("tabulation", column=line.index("\t") + 1)
            elif i < owner and content[0] in "]}":
                return mistake("flow_indentation")
            elif i == owner and content[0] in "]}":
                pass  # a closing bracket under its key, as JSON is written: PyYAML reads it
            elif i <= owner:  # the next key: the bracket was never closed
                return mistake(
                    "flow_ouvert",
                    stack[-1]["line"] + 1,
                    signe=stack[-1]["bracket"],
                    fin=_CLOSING[stack[-1]["bracket"]],
                )
            elif stack[-1]["state"] == "valeur" and stack[-1]["plain"]:
                stack[-1]["continued"] = True  # a plain text may go on on the next line
            continue
        char, after = line[i], line[i + 1 : i + 2]
        frame = stack[-1] if stack else None
        if char == " ":
            i += 1
            continue
        if char == "#" and line[i - 1] == " ":
            i = len(line)  # a comment, to the end of the line
            if frame:
                frame["plain"] = False
            continue
        if frame and frame["state"] == "valeur":
            indicator = char == ":" and (not frame["plain"] or after in " ,[]{}" or not after)
            if char not in ",]}" and not indicator and not frame["continued"]:
                return mistake("flow_virgule_manquante")
            if char in "\"'[{":
                return mistake("flow_virgule_manquante")
        if char in "[{":
            if len(stack) >= LIMITS["profondeur"]:
                return mistake("profondeur")
            stack.append({"bracket": char, "line": n, "state": "debut", "colon": False})
            stack[-1].update(plain=False, continued=False, key=False)
            i += 1
            continue
        frame = frame or {}
        frame["continued"], was_continued = False, frame.get("continued")
        if char in "]}":
            if _CLOSING[frame["bracket"]] != char:
                return mistake(
                    "flow_fermeture",
                    signe=char,
                    ouvert=frame["bracket"],
                    fin=_CLOSING[frame["bracket"]],
                )
            stack.pop()
            i += 1
            if not stack:
                rest = line[i:]
                if rest.strip() and not re.match(r"\s+#", rest):
                    return mistake("flow_apres", signe=char)
                return None, n
            stack[-1].update(state="valeur", plain=False)
            continue
        if char == ",":
            if frame["state"] in ("debut", "virgule"):
                return mistake("flow_virgule")
            frame.update(state="virgule", colon=False)
            i += 1
            continue
        if char == ":" and frame["state"] == "valeur" and not was_continued:
            if frame["colon"]:
                return mistake("flow_deux_points")
            frame.update(state="deux_points", colon=True)
            i += 1
            continue
        if char in "\"'":
            end = _quote_end(line, i)
            if end is None:
                return mistake("guillemet")
            frame.update(state="valeur", plain=False)
            i = end
            continue
        if char in "&*":
            return mistake("alias")
        if char == "!":
            return mistake("etiquette")
        if char in "@`%|>?:" or (char == "-" and (not after or after in " ,[]{}")):
            return mistake("flow_signe", signe=char)
        if not was_continued:  # a key is a plain text just after « { » or « , »
            frame["key"] = frame["bracket"] == "{" and frame["state"] in ("debut", "virgule")
        start = i
        while i < len(line):
            c = line[i]
            if c in ",[]{}" or (c == ":" and (i + 1 == len(line) or line[i + 1] in " ,[]{}")):
                break
            if c == "#" and line[i - 1] == " ":
                break
            if c == "?":  # PyYAML ends a text there, js-yaml does not
                return mistake("flow_signe", signe=c)
            i += 1
        if frame["key"] and ":" in line[start:i]:
            return mistake("flow_deux_points_colle")
        frame.update(state="valeur", plain=True)


def line_mistake(text: str) -> tuple[str, int, int | None, dict] | None:
    """(code, line, column or None, fields) of the first mistake the checks find, or None."""
    lines = text.split("\n")
    # First the characters no line may hold (Python and JavaScript differ on what is a space).
    for number, line in enumerate(lines if _ANY_CHARACTER.search(text) else (), 1):
        for code, pattern in _CHARACTER_CHECKS:
            found = pattern.search(line)
            if found:
                return code, number, found.start() + 1, {}
    seen_content = False
    block = None  # indentation of the line that opened a block text
    block_empty = False
    previous = -1  # the indentation of the last line read
    index = 0
    while index < len(lines):
        line, number = lines[index], index + 1
        index += 1
        if block is not None and (not line.strip() or _indent(line) > block):
            block_empty = block_empty and not line.strip()
            continue
        if block is not None and block_empty and not _NEXT_KEY.search(line):
            return "bloc", number, None, {}  # the block's text is not indented under its key
        block = None
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        flow = _FLOW_START.match(line)
        for code, pattern in _LINE_CHECKS if _ANY_LINE_CHECK.search(line) else ():
            if code == "deux_documents" and not seen_content:
                continue  # a « --- » before any key starts the one document
            if flow and code != "tabulation":
                break  # the flow collection is read below
            found = pattern.search(line)
            if found:
                return code, number, found.start() + 1, {}
        seen_content = True
        if flow and not flow[2] and "-" not in flow[1] and 0 <= len(flow[1]) <= previous:
            return "flow_indentation", number, None, {}  # a value not indented under its key
        if flow:
            owner = _flow_owner(flow, previous)
            found, last = _flow_mistake(lines, number - 1, flow.end(), owner)
            if found:
                return found
            index, previous = last + 1, _indent(line)
            continue
        previous = _indent(line)
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
            key = key_node.value if key_node.style is None else _whole_characters(key_node)
            key_path = (*path, key)
            if key in value:
                duplicates.append((key_path, key, key_node.start_mark.line + 1))
            lines[key_path] = key_node.start_mark.line + 1
            value[key] = _build(value_node, key_path, lines, duplicates)
        return value
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*path, i), lines, duplicates) for i, item in enumerate(node.value)]
    return plain_value(node.value) if node.style is None else _whole_characters(node)


# A character escaped as two halves (`"\\ud83d\\ude00"`), which PyYAML keeps apart; a half
# alone is no character: no file, page or browser can hold it.
_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_HALF = re.compile("[\ud800-\udfff]")


def _whole_characters(node) -> str:
    if not _HALF.search(node.value):
        return node.value
    text = _PAIR.sub(
        lambda pair: pair[0].encode("utf-16", "surrogatepass").decode("utf-16"), node.value
    )
    if _HALF.search(text):
        raise _Refused("demi_caractere", node.start_mark)
    return text


def _syntax_error(name: str, code: str, line: int | None, **fields) -> GuideError:
    problem = MESSAGES["yaml_" + code].format(**{"max": LIMITS["profondeur"], **fields})
    message = MESSAGES["yaml_syntaxe"].format(probleme=problem)
    where = LINE_FORMAT.format(ligne=line) if line else ""
    return problem_error(name, [(line, (), f"{name}{where} : {message}")])


def read_yaml(text: str, name: str = FILE_NAME) -> tuple[Any, dict[tuple, int]]:
    """Parse YAML text; return (data, lines: key path -> line from 1) or raise GuideError."""
    # A file saved on Windows: its line ends and the byte-order mark some editors put first.
    # A carriage return alone ends a line too (old Mac files), as in YAML.
    text = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > LIMITS["fichier_octets"]:
        message = MESSAGES["fichier_trop_gros"].format(nombre=size, max=LIMITS["fichier_octets"])
        raise problem_error(name, [(None, (), f"{name} : {message}")])
    if not text.endswith("\n"):
        text += "\n"  # a last block text reads the same in every YAML parser
    if _UTF16.match(text):
        raise _syntax_error(name, "utf16", None)
    found = line_mistake(text)
    if found:
        code, line, column, fields = found
        raise _syntax_error(name, code, line, colonne=column, **fields)
    try:
        node = _single_node(text)
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
