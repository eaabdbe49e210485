"""The document writers on documents built by hand: a new document is just data.

Each writer renders blocks, whatever the document: a two-block délibération, a letter with a
line to fill, a register with a page break between its parts. None of them is the terms of
reference (tests/content/test_terms.py covers those).
"""

import io

from docx import Document as read_docx
from docx.oxml.ns import qn
from docx.shared import Pt

from guide.documents import docx as writer
from guide.documents.docx import to_docx
from guide.documents.form import to_form_html
from guide.documents.html import to_html
from guide.documents.model import (
    Blank,
    Column,
    Document,
    Field,
    FieldGroup,
    Fields,
    Form,
    FormList,
    FormSection,
    Heading,
    Items,
    PageBreak,
    Paragraph,
    Sentence,
    Signature,
    Signatures,
    Table,
)
from guide.mission import label

# A délibération: free text and a numbered list of articles, nothing else.
DELIBERATION = Document(
    "Délibération du conseil municipal",
    "Séance du 12 janvier 2027",
    [
        Paragraph("Le conseil municipal, après en avoir délibéré, décide :"),
        Items(["d'approuver la mission", "d'en financer les frais"], "articles", numbered=True),
    ],
)


def docx_paragraphs(document):
    word = read_docx(io.BytesIO(to_docx(document)))
    return word, [(p.style.name, p.text) for p in word.paragraphs]


def test_a_two_block_document_as_html():
    page = to_html(DELIBERATION)
    assert page.startswith('<article class="terms terms-filled" markdown>\n')
    assert '<p class="terms-title">Délibération du conseil municipal</p>' in page
    assert '<p class="terms-subtitle">Séance du 12 janvier 2027</p>' in page
    assert "<p>Le conseil municipal, après en avoir délibéré, décide\u00a0&#58;</p>" in page
    assert (
        '<ol class="terms-list" data-liste="articles">'
        "<li>d&#39;approuver la mission</li><li>d&#39;en financer les frais</li></ol>"
    ) in page
    assert page.endswith("</article>\n")


def test_a_two_block_document_as_docx():
    word, paragraphs = docx_paragraphs(DELIBERATION)
    assert paragraphs == [
        ("Title", "Délibération du conseil municipal"),
        ("Normal", "Séance du 12 janvier 2027"),
        ("Normal", "Le conseil municipal, après en avoir délibéré, décide\xa0:"),
        ("List Number", "d'approuver la mission"),
        ("List Number", "d'en financer les frais"),
    ]
    assert word.core_properties.title == "Délibération du conseil municipal"
    assert not word.tables


def test_the_house_style_is_the_reference_documents(tmp_path, monkeypatch):
    """Every .docx takes its styles and page from guide/documents/reference.docx (a file Word
    opens): a style changed there shows in every document, which gets its own language."""
    reference = read_docx(str(writer.REFERENCE))
    section = reference.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    word = read_docx(io.BytesIO(to_docx(DELIBERATION)))
    assert word.styles["Title"].font.size == reference.styles["Title"].font.size
    fonts = word.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:rFonts"))
    assert fonts.get(qn("w:ascii")) == "Arial"
    languages = {lang.get(qn("w:val")) for lang in word.styles.element.iter(qn("w:lang"))}
    assert languages == {"fr-FR"}
    # A letterhead of one's own: the reference changed, every document follows.
    reference.styles["Title"].font.size = Pt(30)
    own = tmp_path / "maison.docx"
    reference.save(str(own))
    monkeypatch.setattr(writer, "REFERENCE", own)
    assert read_docx(io.BytesIO(to_docx(DELIBERATION))).styles["Title"].font.size == Pt(30)
    spanish = Document("Acta", "Sesión", [], language="es")
    word = read_docx(io.BytesIO(to_docx(spanish)))
    languages = {lang.get(qn("w:val")) for lang in word.styles.element.iter(qn("w:lang"))}
    assert languages == {writer.Language("es").tag}


def test_headings_are_markdown_in_html_and_word_headings_in_docx():
    document = Document("Compte rendu", "Mission à Kéra-Sobo", [Heading("1. Décisions", 2, "d")])
    assert "\n## 1&#46; Décisions { #d }\n" in to_html(document)  # the text escaped
    assert ("Heading 1", "1. Décisions") in docx_paragraphs(document)[1]


def test_a_blank_letter_has_lines_to_fill():
    """A sentence with blanks: inline lines on the page, labelled dotted lines in the .docx."""
    to_whom = Sentence(("À l'attention de ", Blank("partenaire.nom")), lines=("À l'attention de",))
    letter = Document(
        "Lettre d'invitation",
        to_whom,
        [
            Paragraph(Sentence(("Fait à ", Blank(), ", le ", Blank("", "… / … / …")))),
            Items(None, "objets", intro="Objet :", blank_lines=2),
        ],
        blank=True,
    )
    page = to_html(letter)
    assert '<article class="terms terms-blank" markdown>' in page
    assert (
        '<p class="terms-subtitle">À l&#39;attention de '
        '<span class="terms-line" data-champ="partenaire&#46;nom"></span></p>'
    ) in page
    assert (
        '<p>Fait à <span class="terms-line"></span>, le <span class="terms-line">'
        '<span class="terms-blank-hint">… / … / …</span></span></p>'
    ) in page
    assert page.count("<li><span") == 2
    _, paragraphs = docx_paragraphs(letter)
    assert ("Normal", "À l'attention de \t") in paragraphs
    assert [text for style, text in paragraphs if style == "List Bullet"] == ["\t", "\t"]


def test_a_register_with_a_page_break_between_its_parts():
    gifts = Table(
        [Column("Date", "date", 30), Column("Cadeau", "objet", 70)],
        [["2 mars", "Un livre"]],
        "cadeaux",
    )
    blank = Table(gifts.columns, [], "cadeaux", blank_rows=2)
    register = Document("Registre des cadeaux", "2027", [gifts, PageBreak(), blank])
    page = to_html(register)
    assert '<div class="terms-page-break" style="break-after: page"></div>' in page
    assert '<th scope="col" data-cle="objet">Cadeau</th>' in page
    # Each cell names its column: a phone shows a row as a block (« Date : 2 mars »).
    assert '<tr><td data-titre="Date">2 mars</td><td data-titre="Cadeau">Un livre</td></tr>' in page
    assert (
        page.count('<tr><td data-titre="Date">&#160;</td><td data-titre="Cadeau">&#160;</td>') == 2
    )
    word = read_docx(io.BytesIO(to_docx(register)))
    assert [[c.text for c in row.cells] for row in word.tables[0].rows] == [
        ["Date", "Cadeau"],
        ["2 mars", "Un livre"],
    ]
    assert len(word.tables[1].rows) == 1 + 2
    breaks = word.element.body.xpath('.//w:br[@w:type="page"]')
    assert len(breaks) == 1


def test_signatures_and_fields_take_their_words_from_the_document():
    signed = Document(
        "Ordre de mission",
        "Mission à Kéra-Sobo",
        [
            Fields([FieldGroup("La personne", [Field("Nom", "Claire Dumas", "nom")])]),
            Signatures(
                [Signature("Le maire", None, "maire")], lines=("Date :",), sign="Cachet et visa :"
            ),
        ],
    )
    page = to_html(signed)
    assert '<dt>Nom</dt><dd data-champ="nom">Claire Dumas</dd>' in page
    assert (
        '<p class="terms-signature-line">Date\u00a0: <span class="terms-line"></span></p>' in page
    )
    assert '<p class="terms-signature-line">Cachet et visa\u00a0:</p>' in page
    word = read_docx(io.BytesIO(to_docx(signed)))
    assert [c.text for c in word.tables[0].rows[1].cells] == ["Nom", "Claire Dumas"]
    signature = [p.text for p in word.tables[1].rows[0].cells[0].paragraphs]
    assert signature[0] == "Le maire" and "Date\xa0: " in signature
    assert "Cachet et visa\xa0:" in signature


# --- The form writer ------------------------------------------------------------------------

FORM = Form(
    lists={"objectifs": FormList("Objectif", "Ajouter un objectif", sort="Trier")},
    export_label="Exporter",
    import_label="Importer",
    print_label="Imprimer",
    clear_label="Effacer",
    no_script="Sans JavaScript.",
    sections=[FormSection("En plus", "en-plus", "Facultatif :", [])],
)


def test_the_form_writer_marks_controls_with_the_models_labels():
    document = Document(
        "Fiche",
        Sentence(("Pour ", Blank("collectivite.nom", typed=False))),
        [
            Fields(
                [
                    FieldGroup(
                        "Dates",
                        [
                            Field("Du … au", None, "mission.debut mission.fin", hint="du … au …"),
                            Field("Total", None, "delegation", hint="… personnes", typed=False),
                        ],
                    )
                ]
            ),
            Items(None, "objectifs"),
        ],
        blank=True,
    )
    page = to_form_html(document, FORM, {"cle": "valeur"})
    toolbar, no_script, contract, article = page.split("\n\n", 3)
    assert 'data-action="exporter">Exporter</button>' in toolbar
    assert "data-sans-script>Sans JavaScript.</p>" in no_script
    assert no_script.startswith("<noscript>") and no_script.endswith("</noscript>")
    assert 'data-contrat="{&quot;cle&quot;:&quot;valeur&quot;}"' in contract
    assert article.startswith('<article class="terms terms-blank terms-form" data-terms-form=""')
    # The subtitle repeats a value typed elsewhere: a line without a control.
    assert 'Pour <span class="terms-line" data-champ="collectivite&#46;nom"></span>' in article
    # Each « … » of a shape: one control, named by the model of mission.yml.
    debut = label("mission.debut")
    assert debut == "Dates : premier jour de la mission"
    assert (
        'du <span class="terms-form-keep"><span class="terms-line terms-line-short" '
        'data-champ="mission&#46;debut" '
        f'data-saisie="" data-libelle="{debut.replace(":", "&#58;")}"></span> au</span> '
    ) in article
    assert (
        '<span class="terms-line terms-line-short" data-champ="delegation"></span> personnes'
    ) in article
    # A list: empty, with its row template, its message and its buttons.
    assert (
        '<ul class="terms-list terms-list-form" data-liste="objectifs" data-element="Objectif">'
        '</ul><template data-modele="objectifs"><li><span class="terms-line" data-saisie="">'
        "</span></li></template>"
    ) in article
    assert 'data-ajouter="objectifs" hidden>Ajouter un objectif</button>' in article
    assert 'data-classer="objectifs" hidden>Trier</button>' in article
    # After the document, the screen-only section.
    assert page.endswith(
        "</article>\n\n\n"
        '<section class="terms-form-extra terms-screen" aria-labelledby="en-plus">'
        '<h2 id="en-plus">En plus</h2><p class="terms-note">Facultatif\u00a0:</p></section>\n\n'
    )


def test_the_form_writer_gives_each_table_row_a_template():
    people = Table([Column("Nom", "nom", 40), Column("Horaire", "debut fin", 60)], [], "programme")
    lists = {"programme": FormList("activité", "Ajouter", extra_cells=(("Identifiant", "id"),))}
    form = Form(lists, "E", "I", "P", "C", "N")
    page = to_form_html(Document("T", "S", [people], blank=True), form, {})
    assert '<table class="terms-table terms-table-blank terms-table-form"' in page
    assert '<tbody></tbody></table><template data-modele="programme"><tr>' in page
    start, end = label("programme.debut"), label("programme.fin")
    assert f'data-champ="debut" data-saisie="" data-libelle="{start.replace(":", "&#58;")}"' in page
    assert f'data-libelle="{end.replace(":", "&#58;")}"></span></td>' in page
    assert (
        '<td class="terms-form-only"><span class="terms-form-cell-title" aria-hidden="true">'
        'Identifiant</span><span class="terms-line" data-champ="id" data-saisie=""'
    ) in page
