"""ARCHITECTURE.md stays true: every path it names exists, every module of the core is on its
map, and every path a comment or docstring names exists (a moved file leaves no stale pointer).
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

from support import PROJECT_ROOT

MAP = PROJECT_ROOT / "ARCHITECTURE.md"
# A path as the map and the comments write it: folders and a file name with its extension.
PATH = re.compile(
    r"(?<![\w./-])((?:\.ci|bench|docs|guide|hooks|macros|overrides|tests)/[\w./<>*-]*[\w>*/])"
)
NAME = re.compile(r"`([\w-]+\.(?:py|js|css|html|cjs|yml|md))`")
SOURCES = ["guide", "macros", "hooks", "tests", "bench", "overrides", "docs/assets", ".ci"]
SUFFIXES = {".py", ".js", ".css", ".html", ".cjs", ".yml"}


# Folders the tools make and git ignores (a fresh clone has none): named, never checked.
MADE_BY_TOOLS = {"node_modules", "results", "site", "dist", ".venv", ".bench"}


def exists(path: str) -> bool:
    """`path` (a folder, a file, or a pattern with `*` or `<code>`) matches something, or lies
    in a folder a tool makes."""
    if MADE_BY_TOOLS & set(path.split("/")):
        return True
    pattern = re.sub(r"<[^>]+>", "*", path.rstrip("/"))
    if "*" in pattern:
        return any(PROJECT_ROOT.glob(pattern))
    return (PROJECT_ROOT / pattern).exists()


def test_every_path_the_map_names_exists():
    text = MAP.read_text("utf-8")
    missing = [path for path in PATH.findall(text) if not exists(path)]
    # A bare file name (`letter.py`) is in the folder of the path before it on its line.
    for line in text.splitlines():
        folders = [Path(p).parent.as_posix() for p in PATH.findall(line) if "." in Path(p).name]
        for name in NAME.findall(line):
            if "/" + name in line:
                continue
            beside = any((PROJECT_ROOT / folder / name).exists() for folder in folders or ["."])
            if not beside and not any(PROJECT_ROOT.glob(f"**/{name}")):
                missing.append(name)
    assert missing == [], f"ARCHITECTURE.md nomme des chemins absents : {missing}"


def test_every_module_of_the_core_is_on_the_map():
    text = MAP.read_text("utf-8")
    absent = []
    for module in sorted((PROJECT_ROOT / "guide").rglob("*.py")):
        relative = module.relative_to(PROJECT_ROOT).as_posix()
        if module.name == "__init__.py" or relative in text:
            continue
        lines = [line for line in text.splitlines() if f"`{module.name}`" in line]
        if not any(module.parent.relative_to(PROJECT_ROOT).as_posix() in line for line in lines):
            absent.append(relative)
    assert absent == [], f"modules absents de ARCHITECTURE.md : {absent}"


# Comments of JavaScript, CSS and templates: /* … */, // … (after a space or at a line's
# start: not in « https:// »), <!-- … -->, {# … #}.
OTHER_COMMENTS = re.compile(r"/\*.*?\*/|(?:^|\s)//[^\n]*|<!--.*?-->|\{#.*?#\}", re.S)


def comments(source: Path) -> list[tuple[int, str]]:
    """(line, text) of each comment and docstring of a source file."""
    text = source.read_text("utf-8")
    if source.suffix != ".py":
        return [
            (text.count("\n", 0, found.start()) + 1, found[0])
            for found in OTHER_COMMENTS.finditer(text)
        ]
    found = [
        (token.start[0], token.string)
        for token in tokenize.generate_tokens(io.StringIO(text).readline)
        if token.type == tokenize.COMMENT
    ]
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            docstring = ast.get_docstring(node, clean=False)
            if docstring:
                found.append((node.body[0].lineno, docstring))
    return found


def test_every_path_a_comment_names_exists():
    stale = []
    for folder in SOURCES:
        for source in sorted((PROJECT_ROOT / folder).rglob("*")):
            if source.suffix not in SUFFIXES or not source.is_file():
                continue
            if {"vendor", "node_modules"} & set(source.parts):
                continue
            for number, comment in comments(source):
                for path in PATH.findall(comment):
                    if not exists(path):
                        relative = source.relative_to(PROJECT_ROOT).as_posix()
                        stale.append(f"{relative}:{number}: {path}")
    assert stale == [], "chemins absents :\n" + "\n".join(stale)
