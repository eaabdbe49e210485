"""The authority's letterhead (site.modele_word): every .docx takes its styles, header and
footer; a file that is not a Word document, or too big, is refused with a French message."""

from __future__ import annotations

import io
import zipfile

import pytest
from docx import Document as WordDocument
from docx.oxml.ns import qn
from docx.shared import Pt
from fixture_site import make_fixture_project
from pypdf import PdfReader
from support import build_in_process, libreoffice_pdfs

from guide.errors import GuideError
from guide.mission import load_mission
from guide.mission.model import LIMITS

HEADER = "Département d'essai — papier à en-tête"


def letterhead(path) -> None:
    """A Word model as an authority saves one: its own header, a big title, and none of the
    styles it does not use (no « Table Grid », no « List Number »)."""
    word = WordDocument()
    word.sections[0].header.paragraphs[0].text = HEADER
    word.styles["Title"].font.size = Pt(28)
    for name in ("Table Grid", "List Number"):
        element = word.styles[name].element
        element.getparent().remove(element)
    word.add_paragraph("Un exemple de lettre, qui n'est pas le document.")
    word.save(str(path))


def with_model(project, value: str) -> None:
    mission = project / "mission.yml"
    text = mission.read_text("utf-8")
    if "\nsite:\n" in text:
        text = text.replace("\nsite:\n", f"\nsite:\n  modele_word: {value}\n", 1)
    else:
        text += f"\nsite:\n  modele_word: {value}\n"
    mission.write_text(text, "utf-8")


def test_every_docx_takes_the_letterhead(tmp_path):
    project = make_fixture_project(tmp_path / "projet")
    (project / "docs" / "assets").mkdir(exist_ok=True)
    letterhead(project / "docs" / "assets" / "en-tete.docx")
    with_model(project, "assets/en-tete.docx")
    site = tmp_path / "site"
    result = build_in_process(project, site)
    assert result.returncode == 0, result.stdout[-3000:]
    written = sorted(p for p in site.rglob("*.docx") if p.name != "en-tete.docx")
    assert len(written) > 10
    for path in written:
        word = WordDocument(str(path))
        header = "".join(p.text for p in word.sections[0].header.paragraphs)
        assert header == HEADER, path.name
        assert word.styles["Title"].font.size == Pt(28)
        assert "Un exemple de lettre" not in "".join(p.text for p in word.paragraphs)
    # The tables and numbered lists the model lacked the styles of: lent by the reference.
    terms = WordDocument(str(next(p for p in written if p.name == "termes-de-reference.docx")))
    assert terms.tables and terms.tables[0].style.name == "Table Grid"
    out = libreoffice_pdfs([written[0]], tmp_path)
    pdf = PdfReader(str(next(out.glob("*.pdf"))))
    assert len(pdf.pages) >= 1 and HEADER in pdf.pages[0].extract_text()


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"pas un zip", "n'est pas un document Word .docx"),
        (b"PK\x05\x06" + b"\0" * 18, "n'est pas un document Word .docx"),  # an empty zip
        (None, "octets ; attendu : un document Word de"),
    ],
)
def test_a_model_that_is_no_word_document_is_refused(tmp_path, content, expected):
    project = make_fixture_project(tmp_path / "projet")
    model = project / "docs" / "modele.docx"
    if content is None:  # a real .docx, too big
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as package:
            for name in ("word/document.xml", "word/styles.xml", "[Content_Types].xml"):
                package.writestr(name, "<x/>")
            package.writestr("word/media/image.bin", b"\0" * (LIMITS["modele_word_octets"] + 1))
        content = buffer.getvalue()
    model.write_bytes(content)
    with_model(project, "modele.docx")
    with pytest.raises(GuideError) as raised:
        load_mission(project / "mission.yml", docs_dir=project / "docs")
    report = raised.value.report()
    assert expected in report and "site.modele_word" in report or "Modèle Word" in report


def test_a_missing_model_is_named(tmp_path):
    project = make_fixture_project(tmp_path / "projet")
    with_model(project, "assets/absent.docx")
    with pytest.raises(GuideError) as raised:
        load_mission(project / "mission.yml", docs_dir=project / "docs")
    assert "« assets/absent.docx » : ce fichier n'existe pas dans docs/" in raised.value.report()
    assert qn("w:t")  # the namespace helper is importable (python-docx present)
