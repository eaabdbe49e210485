"""A blank Document -> the online form page: the document made editable in the browser.

The page's script (docs/assets/javascripts/terms-form.js) reads what this writer marks:

- `data-saisie` on each line where it puts a control, with its accessible name `data-libelle`
  (the key's form label in the model of mission.yml, `guide.mission.label`); the other lines
  with a `data-champ` repeat a value typed elsewhere;
- each list or table (`data-liste`, `data-element`: the name of one entry) has a row template
  (`<template data-modele>`), an "add" button (`data-ajouter`), a message (`data-erreur-liste`)
  and possibly a "sort" button (`data-classer`);
- the toolbar (`data-terms-toolbar`, `data-action`…) and the contract of mission.yml
  (`data-contrat`: JSON Schema, rules, French messages), so that the form checks with the
  build's rules, also offline.

The wording (buttons, names of entries) comes with the document's `Form` (model.py), written by
the document's content module.
"""

from __future__ import annotations

import json
from functools import singledispatch

from markupsafe import Markup

from ..markup import attr, render
from ..mission import label
from .html import block_html as printed_block
from .html import fields, paragraph, render_article, ruled, table, text
from .model import (
    Blank,
    Block,
    Document,
    Fields,
    Form,
    FormList,
    FormSection,
    Items,
    Paragraph,
    Table,
)


def _render(name: str, **context) -> Markup:
    return Markup(render(f"form/{name}", entry_line=entry_line, **context))


def entry_line(path: str, label_path: str = "", short: bool = False) -> Markup:
    """The line where the page puts a control to type key `path` (named after `label_path`)."""
    name = label(label_path or path) if (label_path or path) else ""
    return ruled(path, extra=Markup(' data-saisie=""') + attr("data-libelle", name), short=short)


# Pairs of keys that make a period (start, end), written as one by the period formatter.
PERIODS = ("mission.debut", "mission.fin")


def _lines(path: str, hint: str, typed: bool, short: bool) -> Markup:
    """The lines of a blank: each « … » of its shape is one key of `path`."""
    keys = path.split()

    def line(key: str, short: bool) -> Markup:
        return entry_line(key, short=short) if typed else ruled(key, short=short)

    if "…" not in hint:
        return Markup(" ").join(line(key, short=False) for key in keys)
    first, *rest = hint.split("…")
    pieces = [
        {
            "line": line(keys[min(index, len(keys) - 1)], short),
            "words": piece.rstrip(" "),
            "space": piece != piece.rstrip(" "),
        }
        for index, piece in enumerate(rest)
    ]
    lines = _render("keep.html", first=first, pieces=pieces)
    if len(keys) == 2 and all(key in PERIODS for key in keys):
        return _render("period.html", path=path, lines=lines)
    return lines


def _sentence_blank(blank: Blank) -> Markup:
    return _lines(blank.path, blank.hint, blank.typed, short=False)


def _controls(path: str, spec: FormList) -> Markup:
    """The message, "add" and "sort" buttons after a list of the form."""
    return _render("list-controls.html", path=path, spec=spec)


@singledispatch
def _block(block: Block, form: Form) -> Markup:
    """One block of the form: the lists, tables and blanks made editable, the rest printed."""
    return printed_block(block)


@_block.register
def _(block: Fields, form: Form) -> Markup:
    return fields(block, lambda f: _lines(f.path, f.hint, f.typed, short=True))


@_block.register
def _(block: Items, form: Form) -> Markup:
    spec = form.lists[block.path]
    return _render("items.html", block=block, spec=spec, controls=_controls(block.path, spec))


@_block.register
def _(block: Table, form: Form) -> Markup:
    spec = form.lists[block.path]
    cells = [
        {
            "title": c.label,
            "lines": Markup(" – ").join(
                entry_line(key, f"{block.path}.{key}") for key in c.key.split()
            ),
            "only": False,
        }
        for c in block.columns
    ]
    # Keys typed in the form but not printed (a cell that only exists on screen).
    cells += [
        {"title": title, "lines": entry_line(key, f"{block.path}.{key}"), "only": True}
        for title, key in spec.extra_cells
    ]
    row = _render("row.html", path=block.path, cells=cells)
    attributes = attr("data-element", spec.entry)
    return table(
        block, " terms-table-form", attributes, body="", after=row + _controls(block.path, spec)
    )


@_block.register
def _(block: Paragraph, form: Form) -> Markup:
    return paragraph(block, _sentence_blank)


def _section(section: FormSection, form: Form) -> Markup:
    blocks = [_block(block, form) for block in section.blocks]
    return _render("section.html", section=section, blocks=blocks)


TASK_KEYS = ("responsable", "echeance", "sans_objet")


def _task_line(task_id: str, task: dict, key: str) -> Markup:
    extra = Markup(' data-saisie=""') + attr(
        "data-libelle", f"{label('taches.x.' + key)} : {task['texte']}"
    )
    if key == "echeance":
        extra += attr("data-defaut", task["echeance"])
    return ruled(f"taches.{task_id}.{key}", extra=extra, short=True)


def _tasks_section(tasks: dict | None) -> Markup | None:
    """The form's section for `taches`: one row per task of the guide (the contract's list)."""
    if not tasks:
        return None
    rows = [
        {
            "text": task["texte"],
            "part": task["partie"],
            "cells": [
                {"title": label("taches.x." + key), "line": _task_line(task_id, task, key)}
                for key in TASK_KEYS
            ],
        }
        for task_id, task in tasks.items()
    ]
    return _render(
        "tasks.html",
        headings=[label("taches.x." + key) for key in TASK_KEYS],
        tasks=rows,
        session_label=label("mission.seance_conseil"),
        session_line=entry_line("mission.seance_conseil", short=True),
    )


def to_form_html(document: Document, form: Form, contract_data: dict) -> str:
    """The form page: toolbar, message without JavaScript, contract, the editable document and
    the screen-only sections."""
    data = json.dumps(contract_data, ensure_ascii=False, separators=(",", ":"))
    article = render_article(
        document,
        lambda block: _block(block, form),
        text(document.subtitle, _sentence_blank),
        kind=" terms-form",
        attributes=' data-terms-form=""',
    )
    sections = [_section(section, form) for section in form.sections]
    sections += filter(None, [_tasks_section(contract_data.get("taches_du_guide"))])
    return str(
        _render(
            "page.html",
            toolbar=_render("toolbar.html", form=form),
            form=form,
            contract=data,
            article=Markup(article),
            sections=sections,
        )
    )
