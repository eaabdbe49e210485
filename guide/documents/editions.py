"""The editions of a document for the partner: in its language, and bilingual.

`bilingual(french, partner)` makes one document of the same document built in French and in
the partner's language (the same content module, the same blocks in the same order): section
by section, both languages, for the two authorities to sign. It is data for the writers like
any document: labels and short values read « français / español », the lists and paragraphs
of the partner's language follow the French ones (marked with their language).

`untranslated(mission, language)` lists the free texts of mission.yml that have no
translation in the partner's language (they appear in French in its edition).
"""

from __future__ import annotations

from dataclasses import replace

from pydantic import BaseModel

from ..french import plural
from ..mission.messages import path_text
from ..mission.model import DOCUMENT_LANGUAGES, Translated, schema_at
from .languages import Language, partner_locale
from .model import (
    Blank,
    Document,
    FieldGroup,
    Fields,
    Heading,
    InLanguage,
    Items,
    Paragraph,
    Sentence,
    Signature,
    Signatures,
    Table,
)

SEPARATOR = " / "


def both(french: str | None, other: str | None) -> str | None:
    """« Nom / Nombre »; a text that reads the same in both languages once."""
    if french is None or other is None or french == other:
        return french
    return f"{french}{SEPARATOR}{other}"


def _pair(french, other, tag: str) -> list:
    """A block of the French document and the same block of the partner's document."""
    if isinstance(french, Heading):
        # « 2. Objectifs de la mission / Objetivos de la misión »: the number once.
        number, _, rest = other.text.partition(" ")
        same_number = number.endswith(".") and french.text.startswith(number + " ")
        return [replace(french, text=both(french.text, rest if same_number else other.text))]
    if isinstance(french, Fields):
        groups = [
            FieldGroup(
                both(g.title, h.title),
                [
                    replace(f, label=both(f.label, e.label), value=both(f.value, e.value))
                    for f, e in zip(g.fields, h.fields, strict=True)
                ],
            )
            for g, h in zip(french.groups, other.groups, strict=True)
        ]
        return [Fields(groups)]
    if isinstance(french, Table):
        columns = [
            replace(c, label=both(c.label, d.label))
            for c, d in zip(french.columns, other.columns, strict=True)
        ]
        rows = [
            [both(a, b) for a, b in zip(row, other_row, strict=True)]
            for row, other_row in zip(french.rows, other.rows, strict=True)
        ]
        caption = both(french.caption, other.caption)
        return [replace(french, columns=columns, rows=rows, caption=caption)]
    if isinstance(french, Signatures):
        parties = [
            Signature(both(p.party, q.party), both(p.name, q.name), p.path)
            for p, q in zip(french.parties, other.parties, strict=True)
        ]
        lines = tuple(both(a, b) for a, b in zip(french.lines, other.lines, strict=True))
        return [Signatures(parties, lines, both(french.sign, other.sign))]
    if isinstance(french, Items) and french.values is None and french.blank_lines:
        # Lines to fill by hand: once, under both intros (one answer for both languages).
        return [replace(french, intro=both(french.intro, other.intro))]
    label = _labelled_line(french)
    if label is not None:
        # « Prochaine rencontre : / Próximo encuentro: ____ »: one line, both labels.
        joined = both(label, _labelled_line(other))
        return [Paragraph(Sentence((joined + " ", french.text.parts[-1]), lines=(joined,)))]
    if (
        isinstance(french, Items)
        and french.values
        and other.values
        and len(french.values) == len(other.values)
    ):
        # A list: the French, then the partner's items that read otherwise (an item with no
        # translation is the same text: printed once).
        translated = [b for a, b in zip(french.values, other.values, strict=True) if a != b]
        if not translated:
            return [replace(french, intro=both(french.intro, other.intro))]
        return [french, InLanguage(tag, [replace(other, values=translated)])]
    if isinstance(french, Items | Paragraph) and french != other:
        # Sentences: the French, then the partner's (its own paragraph or list).
        return [french, InLanguage(tag, [other])]
    return [french]


def _labelled_line(block) -> str | None:
    """The label of a paragraph that is one labelled line to fill (« Nom : ____ »), or None."""
    if not isinstance(block, Paragraph) or not isinstance(block.text, Sentence):
        return None
    parts = block.text.parts
    if len(parts) == 2 and isinstance(parts[0], str) and isinstance(parts[1], Blank):
        return parts[0].strip() or None
    return None


def bilingual(french: Document, partner: Document) -> Document:
    """One document in both languages, section by section (both built from the same data)."""
    tag = Language(partner.language).tag
    blocks = [InLanguage(tag, [Paragraph(partner.subtitle)])]
    for mine, theirs in zip(french.blocks, partner.blocks, strict=True):
        blocks += _pair(mine, theirs, tag)
    # The French document's own settings (blank or filled, its header) are the edition's.
    return replace(
        french,
        title=both(french.title, partner.title),
        blocks=blocks,
        second_language=partner.language,
    )


def language_name(language: str) -> str:
    """The language's French name, without its region: « espagnol » (es-PE too)."""
    return DOCUMENT_LANGUAGES[Language(language).code]


def untranslated(mission, language: str) -> list[tuple[str, str]]:
    """(path, French text) of each free text with no translation in `language`, in the order
    of the model: ("programme[2].intitule", "Visite du marché")."""
    found: list[tuple[str, str]] = []
    code = Language(language).code  # translations are by language, not by region
    # A participant named as a member of the delegation is a person's name: no translation.
    names = {str(person.nom) for person in mission.delegation}

    def visit(value, path: tuple) -> None:
        if isinstance(value, BaseModel):
            for key in type(value).model_fields:
                visit(getattr(value, key), (*path, key))
        elif isinstance(value, list | tuple):
            for index, item in enumerate(value):
                visit(item, (*path, index))
        elif (
            isinstance(value, Translated)
            and "x-traductions" in schema_at(path)[0]
            and code not in value.translations
            and str(value) not in names
        ):
            found.append((path_text(path), str(value)))

    visit(mission, ())
    return found


def untranslated_notice(mission) -> str | None:
    """The build's notice (not an error) on the texts the partner's edition shows in French;
    None when there is no partner's language or nothing is left to translate."""
    language = partner_locale(mission.partenaire)
    paths = untranslated(mission, language) if language else []
    if not paths:
        return None
    return (
        f"mission.yml : {plural(len(paths), 'texte')} sans traduction en "
        f"{language_name(language)} (en français dans l'édition du partenaire) : "
        + ", ".join(path for path, _ in paths)
        + "."
    )
