"""A mission document is one catalogue entry and its content module: its printable pages,
their plan entries, its line in the list and its .docx come from the entry, no page to write."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from fixture_site import make_fixture_project
from support import build_site, read_html

from guide.documents.pages import _existing_links, document_pages
from guide.pages import nav_with_documents

NEW_MODULE = '''
from .model import Document, Paragraph


def build_note(mission=None, language=None):
    """A one-paragraph note, filled or blank."""
    blank = mission is None
    return Document("Note de cadrage", "Pour la mission", [Paragraph("Une note.")], blank=blank)
'''

NEW_ENTRY = """
DOCUMENTS = (
    *DOCUMENTS,
    MissionDocument(
        "note-de-cadrage",
        "Note de cadrage",
        "Une note d'une page.",
        __import__("guide.documents.note", fromlist=["build_note"]).build_note,
        page=DocumentPage(
            "Note de cadrage",
            "Note de cadrage",
            "La note de cadrage de la mission",
            "La note. Voir aussi [Sur place](../../sur-place.md).",
        ),
    ),
)
"""


def test_a_new_document_is_one_catalogue_entry_and_its_module(tmp_path):
    project = make_fixture_project(tmp_path / "projet")
    documents = project / "guide" / "documents"
    (documents / "note.py").write_text(NEW_MODULE, "utf-8")
    with (documents / "catalogue.py").open("a", encoding="utf-8") as catalogue:
        catalogue.write(NEW_ENTRY)
    site = tmp_path / "site"
    result = build_site(project, site)
    assert result.returncode == 0, result.stderr[-3000:]
    page = unescape(read_html(site, "outils/documents/note-de-cadrage/"))
    assert "<h1" in page and "Note de cadrage" in page and "Une note." in page
    # The fixture has no « Sur place » page: the sentence stays, without a broken link.
    assert "Voir aussi Sur place." in page
    blank = unescape(read_html(site, "outils/documents/note-de-cadrage-vierge/"))
    assert re.search(r"<h1[^>]*>Note de cadrage\s: modèle vierge", blank)
    # In the plan, beside the other documents, and its two .docx written.
    assert 'href="../note-de-cadrage-vierge/"' in page
    folder = site / "outils" / "documents-de-la-mission"
    assert (folder / "note-de-cadrage.docx").is_file()
    assert (folder / "note-de-cadrage-vierge.docx").is_file()


def test_links_to_pages_the_site_has_are_kept():
    exists = {"sur-place.md", "outils/documents-de-la-mission.md"}.__contains__
    text = (
        "[Sur place](../../sur-place.md#x), [liste](../documents-de-la-mission.md), [A](../../a.md)"
    )
    assert _existing_links(text, "outils/documents/d.md", exists) == (
        "[Sur place](../../sur-place.md#x), [liste](../documents-de-la-mission.md), A"
    )


def test_document_pages_go_after_the_list_of_documents_in_the_plan():
    entries = [{"Lettre": "outils/documents/lettre.md"}]
    nav = [{"Outils": [{"Tous les documents": "outils/documents-de-la-mission.md"}]}, "x.md"]
    assert nav_with_documents(nav, entries) == [
        {"Outils": [{"Tous les documents": "outils/documents-de-la-mission.md"}, *entries]},
        "x.md",
    ]
    # Already in the plan: left where it is; no list of documents: a section of their own.
    assert nav_with_documents([*entries], entries) == entries
    assert nav_with_documents(["x.md"], entries) == ["x.md", {"Documents de la mission": entries}]


def test_a_page_written_by_hand_wins(tmp_path):
    docs = tmp_path / "docs"
    path = next(iter(document_pages()))
    (docs / Path(path)).parent.mkdir(parents=True)
    (docs / path).write_text("# La mienne\n", "utf-8")
    assert (
        path not in document_pages(docs) and len(document_pages(docs)) == len(document_pages()) - 1
    )
