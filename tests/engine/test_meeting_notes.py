"""Meeting notes (guide/notes.py) and the compte rendu made from them (guide/compte_rendu.py):
the file's rules and French messages, the merge that never loses a text, hostile notes shown
literally by every writer, the command's messages for a bad file (no traceback)."""

from __future__ import annotations

import html
import io
import json

from docx import Document as read_docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guide import compte_rendu, notes
from guide.documents.docx import to_docx
from guide.documents.html import to_html
from guide.documents.report import build_report
from guide.project import load_project

KEY = "2027-05-10T09:00"  # the fixture's « Rencontre d'essai »
OTHER = "2027-05-11T14:00"


def notes_file(activites: dict, auteur: str = "Awa") -> dict:
    return {
        "format": notes.FORMAT,
        "version": notes.VERSION,
        "auteur": auteur,
        "activites": activites,
    }


def plain(text: str) -> str:
    """`text` with the no-break spaces of French typography as spaces."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def write(path, data) -> str:
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return str(path)


def test_a_valid_file_has_no_problem_and_bad_ones_say_what_is_expected():
    good = notes_file({KEY: {"intitule": "Rencontre", "presents": "Awa", "suites": []}})
    assert notes.check(good, "n.json") == []
    assert notes.check([], "n.json") == [
        "«\u202fn.json\u202f» n'est pas un fichier de notes exporté par ce guide\u00a0: il y "
        "manque «\u202fformat\u00a0: mission-exploratoire/notes\u202f»."
    ]
    newer = {**good, "version": 2}
    assert "version 2" in notes.check(newer, "n.json")[0]
    bad = notes_file({"demain": {}, KEY: {"presents": 3, "suites": [{"qui": None}], "x": ""}})
    problems = notes.check(bad, "n.json")
    problems = [plain(p) for p in problems]
    assert any("« demain » ne désigne pas une activité" in p for p in problems)
    assert any(
        "activites.2027-05-10T09:00.presents : un texte attendu, pas un nombre" in p
        for p in problems
    )
    assert any("suites[0].qui : un texte attendu, pas rien (null)" in p for p in problems)
    assert any("clé inconnue « x »" in p for p in problems)
    long = notes_file({KEY: {"decisions": "a" * (notes.LIMITS["text"] + 1)}})
    assert "texte trop long" in notes.check(long, "n.json")[0]
    control = notes_file({KEY: {"decisions": "a\u0007"}})
    assert "U+0007" in notes.check(control, "n.json")[0]


def test_merge_keeps_both_texts_when_they_differ_each_under_its_author():
    mine = {KEY: {"intitule": "Rencontre", "presents": "Le maire", "suites": [{"qui": "A"}]}}
    theirs = {
        KEY: {"presents": "Le maire et son adjoint", "decisions": "Revoir le budget",
              "suites": [{"qui": "A"}, {"qui": "B"}]},
        OTHER: {"partenaire": "Ils veulent de l'eau"},
    }  # fmt: skip
    merged, summary = notes.merge(mine, theirs, "Awa", "Paul")
    assert merged[KEY]["presents"] == "Le maire et son adjoint"  # it holds the other
    assert merged[KEY]["decisions"] == "Revoir le budget"
    assert merged[KEY]["suites"] == [{"qui": "A"}, {"qui": "B"}]
    assert merged[OTHER] == theirs[OTHER]
    assert summary == {"ajoutees": 1, "doubles": 0}
    differ = {KEY: {"presents": "Le sous-préfet"}}
    twice, summary = notes.merge(merged, differ, "Awa", "Paul")
    assert twice[KEY]["presents"] == (
        "— Awa\u00a0:\nLe maire et son adjoint\n\n— Paul\u00a0:\nLe sous-préfet"
    )
    assert summary["doubles"] == 1
    # Importing the same file again changes nothing.
    again, summary = notes.merge(twice, differ, "Awa", "Paul")
    assert again == twice and summary == {"ajoutees": 0, "doubles": 0}
    assert mine[KEY]["presents"] == "Le maire"  # neither input changed


def test_the_compte_rendu_carries_the_notes_in_its_sections(fixture_project):
    mission = load_project(fixture_project).mission
    step = {"qui": "Awa", "quoi": "Écrire", "pour_quand": "juin"}
    activites = {
        KEY: {"presents": "Awa Diop", "francais": "Nous proposons", "partenaire": "Nous voulons",
              "decisions": "Un comité", "suites": [step]},
    }  # fmt: skip
    text = "\n".join(
        p.text for p in read_docx(io.BytesIO(to_docx(build_report(mission, activites)))).paragraphs
    )
    for said in ("Awa Diop", "Nous proposons", "Nous voulons", "Un comité"):
        assert f"Rencontre d'essai\u00a0:\n{said}" in text
    blank = to_html(build_report(mission))
    for name in ("presents", "francais", "partenaire", "decisions"):
        assert f'data-liste="notes&#46;{name}"' in blank  # where the page shows the notes


PIECES = ["<script>", "{{ config }}", "{% if %}", "**gras**", "[lien](x)", "{: #id }", "&amp;"]
hostile = st.lists(
    st.sampled_from(list("<>&\"'`*_{}[]()#|!%$:-.\\ abcé")) | st.sampled_from(PIECES),
    min_size=1,
    max_size=12,
).map(lambda parts: "".join(parts).strip() or "x")


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(said=hostile)
def test_hostile_notes_show_literally_in_the_page_and_the_word_file(fixture_project, said):
    mission = load_project(fixture_project).mission
    report = build_report(mission, {KEY: {"decisions": said, "suites": [{"quoi": said}]}})
    page = to_html(report)
    listed = page.split('data-liste="notes&#46;decisions">', 1)[1].split("</ul>", 1)[0]
    for tag in ("<li>", "</li>", "<br>"):
        listed = listed.replace(tag, "")
    assert not set("<>{}*[]`_") & set(listed)  # nothing Markdown, HTML or Jinja could read
    assert html.unescape(listed).endswith(said)
    words = read_docx(io.BytesIO(to_docx(report)))
    assert any(said.strip() in p.text for p in words.paragraphs)
    cells = [c.text for t in words.tables for r in t.rows for c in r.cells]
    assert said in cells


def test_the_command_writes_the_word_file_with_the_notes(fixture_project, tmp_path, capsys):
    first = write(tmp_path / "awa.json", notes_file({KEY: {"presents": "Le maire"}}))
    second = write(tmp_path / "paul.json", notes_file({KEY: {"presents": "Le préfet"}}, "Paul"))
    output = tmp_path / "cr.docx"
    code = compte_rendu.main(
        ["--projet", str(fixture_project), "--sortie", str(output), first, second]
    )
    said = capsys.readouterr()
    assert code == 0, said.err
    assert "(notes de 2 fichiers, 1 activité ; 1 texte gardé en deux versions)" in plain(said.out)
    text = "\n".join(p.text for p in read_docx(str(output)).paragraphs)
    assert "— Awa\u00a0:\nLe maire\n\n— Paul\u00a0:\nLe préfet" in text


def test_the_command_names_a_bad_file_and_what_is_expected(fixture_project, tmp_path, capsys):
    broken = tmp_path / "notes.json"
    broken.write_text("{pas du json", "utf-8")
    progress = write(tmp_path / "progression.json", {"site": "x", "done": []})
    code = compte_rendu.main(
        ["--projet", str(fixture_project), str(broken), progress, str(tmp_path / "absent.json")]
    )
    err = plain(capsys.readouterr().err)
    assert code == 1
    assert "« notes.json » n'est pas un fichier de notes lisible" in err
    assert "« progression.json » n'est pas un fichier de notes exporté par ce guide" in err
    assert "absent.json » est introuvable" in err
    assert "Traceback" not in err
    assert not (fixture_project / compte_rendu.OUTPUT).exists()
    assert compte_rendu.main([]) == 1
    assert "make compte-rendu NOTES=notes-mission.json" in plain(capsys.readouterr().err)
