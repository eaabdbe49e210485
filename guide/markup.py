"""The HTML the core writes comes from Jinja templates (guide/templates/), one Environment.

A fork overrides a template as it overrides Material's partials: a file of the same name (and
the same sub-folder) in a folder guide/ of the theme's `custom_dir` (the repository's
overrides/ folder; the glue passes it: `use_overrides`) is read first.

Two rules hold in every template, the core's and a fork's:

- every value a template prints is text: `guide/text.py` `escape` (HTML-safe, inert for
  Markdown and Jinja: the output is often part of a Markdown page that mkdocs-macros reads);
  only what the code made markup (`Markup`, the `own`, `lines`, `html` and `trusted` filters,
  `attr`) is printed as it is;
- a line break of the template, with the indentation after it, is not written, so a template
  can be laid out on lines (an HTML block inside Markdown must not hold a blank line, an
  indented line inside `markdown="1"` would be code); a blank line writes one line break.
"""

from __future__ import annotations

import hashlib
import html
import re
import traceback
from functools import lru_cache
from pathlib import Path
from types import CodeType

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateSyntaxError,
    UndefinedError,
)
from jinja2.bccache import Bucket
from jinja2.ext import Extension
from markupsafe import Markup

from .errors import GuideError
from .text import escape, escape_lines
from .typography import french_text

CORE = Path(__file__).with_name("templates")
_VERSION = hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:12]

# The templates in use: the core's, or a fork's first (set by the glue).
_current: dict[str, Environment] = {}

# A tag, a comment or a run of text: line breaks are only joined in the text.
_TAG = re.compile(r"(\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\})", re.S)
_BREAK = re.compile(r"\n[ \t]*(?=(\n?))")


def _join(text: str) -> str:
    # A break before a blank line stays; the others become a comment, so that Jinja's line
    # numbers (in a fork's error message) stay those of the file.
    return _BREAK.sub(lambda m: "\n" if m.group(1) else "{#\n#}", text)


class JoinedLines(Extension):
    """The layout rule above, applied to the source of every template."""

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        pieces = _TAG.split(source)
        return "".join(p if i % 2 else _join(p) for i, p in enumerate(pieces))


def as_text(value: object) -> Markup:
    """What `{{ value }}` prints: `value` escaped as text, unless it is already markup."""
    if hasattr(value, "__html__"):
        return value
    return Markup(escape(value))


def own(words: str) -> Markup:
    """The guide's own words (never data): kept as prose, so that the site's French spacing
    applies (« Fait à, le : »); data is printed as text instead."""
    return Markup(html.escape(french_text(words), quote=False))


def attr(name: str, value: object) -> Markup:
    """` name="value"` (value as text), or nothing when `value` is empty."""
    return Markup(f' {name}="{escape(value)}"') if value else Markup("")


def _located(code: CodeType, filename: str) -> CodeType:
    """`code` (a compiled template and the functions in it) as if compiled from `filename`."""
    consts = tuple(
        _located(const, filename) if isinstance(const, CodeType) else const
        for const in code.co_consts
    )
    return code.replace(co_filename=filename, co_consts=consts)


class _Compiled(FileSystemBytecodeCache):
    """Compiled templates kept between builds beside the core's, as Python keeps its modules
    (checked against each template's text): a build compiles only what changed. Where the
    folder cannot be written, templates are compiled at each build.

    Each is kept under its name and text, not its place (Jinja's own key): a copy of the
    project elsewhere (a fork's folder, each test's) uses the same file instead of adding one
    per copy, and the code is told where its template now is (for the lines of an error). A
    new text of a template replaces the file of its earlier one: one file per template."""

    def get_bucket(self, environment, name, filename, source) -> Bucket:
        checksum = self.get_source_checksum(source)
        key = f"{hashlib.sha1(name.encode()).hexdigest()[:20]}.{checksum[:20]}"
        bucket = Bucket(environment, key, checksum)
        self.load_bytecode(bucket)
        if bucket.code is not None and filename and bucket.code.co_filename != filename:
            bucket.code = _located(bucket.code, filename)
        return bucket

    def dump_bytecode(self, bucket) -> None:
        try:
            Path(self.directory).mkdir(exist_ok=True)
            super().dump_bytecode(bucket)
            kept = Path(self._get_cache_filename(bucket))
            named = self.pattern % (bucket.key.split(".")[0] + ".*",)
            for earlier in Path(self.directory).glob(named):
                if earlier != kept:
                    earlier.unlink(missing_ok=True)
        except OSError:
            pass


def compiled_templates(kind: str) -> FileSystemBytecodeCache:
    """The cache of compiled templates for an environment of `kind`: the core's, or a site
    engine's (its theme's templates, compiled at each build otherwise). `kind` names what
    the compiled code depends on besides each template's text (an engine's and its theme's
    versions): another kind, another file."""
    return _Compiled(str(CORE / "__pycache__"), f"%s-{kind}.jinja")


class _Environment(Environment):
    def make_globals(self, d):
        # A plain dict, not Jinja's ChainMap: each render copies the globals, and a ChainMap
        # is copied ten times slower (the globals are all set before a template is loaded).
        return {**self.globals, **(d or {})}


@lru_cache(maxsize=4)
def _environment(folder: Path | None, versions: tuple) -> Environment:
    # `versions`: every template's name and time of change, the fork's and the core's: a
    # template edited or added while serving makes a new Environment at the next build; the
    # same ones keep theirs, each template compiled once (no check of the file at each use).
    loaders = [FileSystemLoader(str(folder))] if folder is not None else []
    environment = _Environment(
        loader=ChoiceLoader([*loaders, FileSystemLoader(str(CORE))]),
        autoescape=True,
        finalize=as_text,
        undefined=StrictUndefined,
        extensions=[JoinedLines],
        cache_size=-1,
        auto_reload=False,
        # Named after this file too: a change of the layout rule compiles every template again.
        bytecode_cache=compiled_templates(_VERSION),
    )
    environment.filters.update(
        own=own,
        french=french_text,
        lines=lambda value: Markup(escape_lines(value)),
        # html.escape'd: a JSON or an anchor in an attribute, read back by a script as typed.
        html=lambda value: Markup(html.escape(str(value))),
        # A value the code guarantees holds nothing to escape (a task ID, an ISO date).
        trusted=lambda value: Markup(str(value)),
    )
    environment.globals.update(attr=attr)
    return environment


def _versions(folder: Path) -> tuple:
    return tuple((str(p), p.stat().st_mtime_ns) for p in sorted(folder.rglob("*.html")))


def use_overrides(folder: Path | None) -> None:
    """Read a fork's templates from `folder` first (the glue: guide/ in the theme's folder)."""
    if folder is not None and not folder.is_dir():
        folder = None
    versions = _versions(CORE) + (_versions(folder) if folder is not None else ())
    _current["environment"] = _environment(folder, versions)


def environment() -> Environment:
    if "environment" not in _current:
        use_overrides(None)
    return _current["environment"]


def _where(error: TemplateError) -> str:
    """The template and line an error of Jinja points at (the innermost template's frame)."""
    if isinstance(error, TemplateSyntaxError) and error.filename:
        return f"{error.filename}, ligne {error.lineno}"
    frames = traceback.extract_tb(error.__traceback__)
    inside = [f for f in frames if f.filename.endswith(".html") and Path(f.filename).is_file()]
    return f"{inside[-1].filename}, ligne {inside[-1].lineno}" if inside else "un modèle"


def render(name: str, **context) -> str:
    """Template `name` (a path under guide/templates/) filled with `context`. A template that
    cannot be used (a fork's, most likely) is told in French: its file, its line, what Jinja
    says."""
    try:
        return environment().get_template(name).render(context)
    except TemplateError as error:
        hint = (
            " ; un modèle remplacé dans overrides/guide/ n'a que les variables du modèle du même"
            " nom dans guide/templates/"
            if isinstance(error, UndefinedError)
            else ""
        )
        raise GuideError(
            [f"{_where(error)} : {error.message or error}{hint}."],
            title="Un modèle de page ne peut pas être utilisé :",
        ) from None
