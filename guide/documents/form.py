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

import html
import json

from ..mission import label
from ..text import escape
from .html import attr, fields, intro, list_tag, own, paragraph, render_article, ruled, table, text
from .html import block_html as printed_block
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


def entry_line(path: str, label_path: str = "", short: bool = False) -> str:
    """The line where the page puts a control to type key `path` (named after `label_path`)."""
    name = label(label_path or path) if (label_path or path) else ""
    return ruled(path, extra=' data-saisie=""' + attr("data-libelle", name), short=short)


# Pairs of keys that make a period (start, end), written as one by the period formatter.
PERIODS = ("mission.debut", "mission.fin")


def _lines(path: str, hint: str, typed: bool, short: bool) -> str:
    """The lines of a blank: each « … » of its shape is one key of `path`."""
    keys = path.split()

    def line(key: str, short: bool) -> str:
        return entry_line(key, short=short) if typed else ruled(key, short=short)

    if "…" not in hint:
        return " ".join(line(key, short=False) for key in keys)
    pieces = hint.split("…")
    result = escape(pieces[0])
    for index, piece in enumerate(pieces[1:]):
        # The field and the words after it stay on one line: « (fuseau : [____]) », never
        # the closing parenthesis alone on the next one.
        # A space after the words stays outside: the line may break there (« au | [____] »).
        words = piece.rstrip(" ")
        result += (
            f'<span class="terms-form-keep">{line(keys[min(index, len(keys) - 1)], short)}'
            f"{escape(words)}</span>{' ' if words != piece else ''}"
        )
    if len(keys) == 2 and all(key in PERIODS for key in keys):
        # Dates of one period: on paper, written as the documents write them (« du 1er au
        # 3 avril 2027 »), by the page's French formatter (french.js, guide/french.py's twin).
        return (
            f'<span class="terms-period" data-periode="{escape(path)}">'
            f'<span class="terms-period-lines">{result}</span>'
            '<span class="terms-period-text"></span></span>'
        )
    return result


def _sentence_blank(blank: Blank) -> str:
    return _lines(blank.path, blank.hint, blank.typed, short=False)


def _list_parts(path: str, spec: FormList) -> tuple[str, str]:
    """Attributes of a list of the form, and its "add" button and message (after the list)."""
    attributes = attr("data-element", spec.entry)
    after = (
        f'<p class="terms-form-list-error" data-erreur-liste="{escape(path)}" hidden></p>'
        f'<button type="button" class="md-button terms-form-add terms-form-only"'
        f' data-ajouter="{escape(path)}" hidden>{escape(spec.add)}</button>'
    )
    if spec.sort:
        after += (
            '<button type="button" class="md-button terms-form-add terms-form-only"'
            f' data-classer="{escape(path)}" hidden>{own(spec.sort)}</button>'
        )
    return attributes, after


def _items(block: Items, spec: FormList) -> str:
    tag, listing = list_tag(block), attr("data-liste", block.path)
    attributes, after = _list_parts(block.path, spec)
    row = f"<li>{entry_line('')}</li>"
    return (
        f'{intro(block)}<{tag} class="terms-list terms-list-form"{listing}{attributes}></{tag}>'
        f'<template data-modele="{escape(block.path)}">{row}</template>{after}'
    )


def _cell(title: str, lines: str, kind: str = "") -> str:
    # On screen each row is a card: each cell shows its column's name (hidden on paper).
    return (
        f'<td{kind}><span class="terms-form-cell-title" aria-hidden="true">{escape(title)}</span>'
        f"{lines}</td>"
    )


def _table(block: Table, spec: FormList) -> str:
    attributes, after = _list_parts(block.path, spec)
    cells = "".join(
        _cell(
            c.label,
            " – ".join(entry_line(key, f"{block.path}.{key}") for key in c.key.split()),
        )
        for c in block.columns
    )
    # Keys typed in the form but not printed (a cell that only exists on screen).
    cells += "".join(
        _cell(title, entry_line(key, f"{block.path}.{key}"), ' class="terms-form-only"')
        for title, key in spec.extra_cells
    )
    template = f'<template data-modele="{escape(block.path)}"><tr>{cells}</tr></template>'
    return table(block, " terms-table-form", attributes, body="") + template + after


def _block(block: Block, form: Form) -> str:
    if isinstance(block, Fields):
        return fields(block, lambda f: _lines(f.path, f.hint, f.typed, short=True))
    if isinstance(block, Items):
        return _items(block, form.lists[block.path])
    if isinstance(block, Table):
        return f'<div class="terms-table-wrap">{_table(block, form.lists[block.path])}</div>'
    if isinstance(block, Paragraph):
        return paragraph(block, _sentence_blank)
    return printed_block(block)


def _toolbar(form: Form) -> str:
    return "\n".join(
        [
            # Shown from the start, its status line written: nothing moves when the script
            # takes it over (without JavaScript, the <noscript> below hides it).
            '<div class="terms-form-bar terms-screen" data-terms-toolbar>',
            f'<p class="terms-form-status" data-etat role="status">{own(form.saved_status)}</p>',
            '<div class="terms-form-buttons">',
            '<button type="button" class="md-button md-button--primary" data-action="exporter">'
            f"{own(form.export_label)}</button>",
            '<button type="button" class="md-button" data-action="importer">'
            f"{own(form.import_label)}</button>",
            '<input type="file" accept=".yml,.yaml,text/yaml" data-fichier hidden>',
            '<button type="button" class="md-button" data-print-button>'
            f"{own(form.print_label)}</button>",
            '<button type="button" class="md-button terms-form-clear" data-action="effacer">'
            f"{own(form.clear_label)}</button>",
            "</div>",
            '<div class="terms-form-messages" data-messages tabindex="-1" hidden></div>',
            "</div>",
        ]
    )


def _section(section: FormSection, form: Form) -> str:
    anchor = html.escape(section.anchor)
    return (
        f'<section class="terms-form-extra terms-screen" aria-labelledby="{anchor}">'
        f'<h2 id="{anchor}">{own(section.title)}</h2>'
        f'<p class="terms-note">{own(section.note)}</p>'
        + "".join(_block(block, form) for block in section.blocks)
        + "</section>"
    )


TASK_KEYS = ("responsable", "echeance", "sans_objet")


def _tasks_section(tasks: dict | None) -> str:
    """The form's section for `taches`: one row per task of the guide (the contract's list),
    with who, the deadline (the guide's default as a hint) and « sans objet »."""
    if not tasks:
        return ""
    headings = "".join(f'<th scope="col">{escape(label("taches.x." + k))}</th>' for k in TASK_KEYS)
    rows = []
    for task_id, task in tasks.items():
        cells = "".join(
            f'<td><span class="terms-form-cell-title" aria-hidden="true">'
            f"{escape(label('taches.x.' + key))}</span>"
            + ruled(
                f"taches.{task_id}.{key}",
                extra=' data-saisie=""'
                + attr("data-libelle", f"{label('taches.x.' + key)} : {task['texte']}")
                + (attr("data-defaut", task["echeance"]) if key == "echeance" else ""),
                short=True,
            )
            + "</td>"
            for key in TASK_KEYS
        )
        rows.append(
            f'<tr><th scope="row">{escape(task["texte"])} '
            f'<span class="terms-form-task-part">({escape(task["partie"])})</span></th>{cells}</tr>'
        )
    return (
        '<section class="terms-form-extra terms-screen" aria-labelledby="taches-de-la-mission">'
        '<h2 id="taches-de-la-mission">Tâches : qui s’en charge, échéances, sans objet</h2>'
        '<p class="terms-note">Pour chaque tâche du guide, facultatif : qui s’en charge, une '
        "autre échéance que celle du guide (J-45 : 45 jours avant le début de la mission, R+30 : "
        "30 jours après sa fin, S-7 : 7 jours avant la séance du conseil, ou une date "
        "AAAA-MM-JJ) et « sans objet » si elle ne s’applique pas à cette mission.</p>"
        f'<p class="terms-form-session">{escape(label("mission.seance_conseil"))} (facultatif) : '
        f"{entry_line('mission.seance_conseil', short=True)}</p>"
        '<div class="terms-table-wrap"><table class="terms-table terms-table-form '
        'terms-form-tasks"><thead><tr><th scope="col">Tâche</th>'
        f"{headings}</tr></thead><tbody>{''.join(rows)}</tbody></table></div></section>"
    )


def to_form_html(document: Document, form: Form, contract_data: dict) -> str:
    """The form page: toolbar, message without JavaScript, contract, the editable document and
    the screen-only sections.

    The contract is an attribute, not a <script type="application/json">: Material's instant
    navigation re-creates inline scripts without their type and would run the JSON as
    JavaScript.
    """
    data = json.dumps(contract_data, ensure_ascii=False, separators=(",", ":"))
    article = render_article(
        document,
        lambda block: _block(block, form),
        text(document.subtitle, _sentence_blank),
        kind=" terms-form",
        attributes=' data-terms-form=""',
    )
    return "\n\n".join(
        [
            _toolbar(form),
            '<noscript><p class="terms-form-noscript terms-screen" data-sans-script>'
            f"{own(form.no_script)}</p><style>.terms-form-bar{{display:none}}</style></noscript>",
            f'<div id="contrat-mission-yml" data-contrat="{html.escape(data)}" hidden></div>',
            article,
            *(_section(section, form) for section in form.sections),
            *filter(None, [_tasks_section(contract_data.get("taches_du_guide"))]),
            "",
        ]
    )
