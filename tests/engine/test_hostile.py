"""Hostile files and unlucky users (issue « Nothing lost, nothing run »), on the engine.

Each case of the issue that the build side answers: a French message naming the line (and the
key), never a traceback, a hang, a script or a silently changed value; a failed `make build`
leaves the previous site/ byte for byte; the reader never raises on 2,000 generated documents.
The browser's checker says the same: tests/engine/test_contract_parity.py.
"""

from __future__ import annotations

import errno
import hashlib
import html
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from fixture_site import FIXTURE, make_fixture_project
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from icalendar import Calendar
from support import PROJECT_ROOT

from guide.documents.ics import event_uid, to_ics
from guide.errors import GuideError
from guide.mission import check_text, load_mission, read_yaml, validate
from guide.mission.model import LIMITS
from guide.publish import FAILED, main, publish, run_command, system_error
from guide.site import markdown_items

EXAMPLE = (FIXTURE / "mission.yml").read_text("utf-8")


def messages(text: str, docs_dir: Path | None = None) -> list[str]:
    return [problem.message for problem in check_text(text, docs_dir=docs_dir)]


def with_value(key_line: str, value: str) -> str:
    """The fixture's mission.yml with the line `key_line` (« nom: … » of collectivite) set."""
    lines = EXAMPLE.split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith(key_line))
    lines[index] = f"{key_line.split(':')[0]}: {value}"
    return "\n".join(lines)


# --- The YAML reader: each mistake at its line, with what to do -----------------------------

# A « billion laughs »: each level nine aliases of the one above (9⁷ texts once expanded).
BOMB_LEVELS = "".join(
    f"{key}: &{key} [{', '.join(['*' + above] * 9)}]\n"
    for above, key in zip("abcdef", "bcdefg", strict=True)
)
READER_CASES = {
    # An unclosed quote: the line where it opens, not 70 lines later.
    "guillemet": (
        "collectivite:\n  nom: 'Commune\n  type: commune\n" + "a: 1\n" * 70,
        r"^mission\.yml, ligne 2 : .*guillemet ouvert n'est pas refermé",
    ),
    "cle_en_double": (
        "collectivite:\n  nom: a\n  nom: b\n",
        r"^mission\.yml, ligne 3, collectivite\.nom : la clé « nom » est écrite deux fois",
    ),
    "second_document": ("a: 1\n---\nb: 2\n", r"^mission\.yml, ligne 2 : .*second document"),
    "etiquette_python": (
        "a: !!python/object/apply:os.system [ls]\n",
        r"^mission\.yml, ligne 1 : .*étiquette YAML, refusée ici",
    ),
    "etiquette": ("a:\n  b: !foo x\n", r"^mission\.yml, ligne 2 : .*étiquette YAML"),
    "alias_bomb": (
        'a: &a ["x","x","x","x","x","x","x","x","x"]\n' + BOMB_LEVELS,
        r"^mission\.yml, ligne 1 : .*ancre ou alias YAML, refusés ici",
    ),
    "nul": ("a:\n  b: x\x00y\n", r"^mission\.yml, ligne 2 : .*contrôle, colonne 7"),
    "octet": ("a:\n  b: éx\ufffd\n", r"^mission\.yml, ligne 2 : .*pas de l'UTF-8, colonne 8"),
    "crochets": ("a: " + "[" * 5000 + "\n", r"^mission\.yml, ligne 1 : .*plus de 20 niveaux"),
    "niveaux": (
        "".join(" " * i + "k:\n" for i in range(40)),
        r"^mission\.yml, ligne 20 : .*plus de 20 niveaux",
    ),
    "fichier_trop_gros": (
        "# " + "x" * LIMITS["fichier_octets"] + "\n",
        r"^mission\.yml : le fichier fait 200003 octets ; attendu : 200000 octets au plus",
    ),
}


@pytest.mark.parametrize("case", READER_CASES)
def test_reader_points_at_the_mistake(case):
    text, expected = READER_CASES[case]
    found = messages(text)
    assert len(found) == 1, found
    assert re.search(expected, found[0]), found[0]


def test_a_bad_byte_in_the_file_is_told_with_line_and_column(tmp_path):
    path = tmp_path / "mission.yml"
    path.write_bytes(b"collectivite:\n  nom: Commune de Val\xe9e\n")
    with pytest.raises(GuideError) as error:
        load_mission(path)
    assert re.search(r"mission\.yml, ligne 2 : .*UTF-8, colonne 22", error.value.messages[0])


def test_numbers_stay_as_typed():
    for typed in ["1.10", "10.", "3.14159265358979323846264338327950288419716939937510",
                  "1e999", "0x10", "9" * 250]:  # fmt: skip
        mission = validate(*read_yaml(with_value("  region:", typed)))
        assert mission.collectivite.region == typed


# --- The model: limits and characters of texts ----------------------------------------------

TEXT_CASES = {
    "nom_sur_deux_lignes": (
        '"Commune de\\nVal-Fleuri"',
        r"collectivite\.nom : « Commune de Val-Fleuri » tient sur plusieurs lignes ; attendu : "
        r"une seule ligne",
    ),
    "bloc_dans_un_nom": ("|\n    Commune de\n    Val", r"tient sur plusieurs lignes"),
    "espaces_invisibles": ('"\\u200b\\u200b"', r"ne contient que des espaces ou des caractères"),
    "inversion": ('"Val\\u202eirueF"', r"« Val\[U\+202E\]irueF » contient .*\(U\+202E\)"),
    "controle_echappe": ('"Val\\aFleuri"', r"\(U\+0007\)"),
    "retour_chariot": ('"Val\\rFleuri"', r"\(U\+000D\)"),
    "trop_long": ("x" * 301, r"le texte a 301 caractères ; attendu : 300 caractères au plus"),
    "nombre_de_5000_chiffres": ("9" * 5000, r"le texte a 5000 caractères"),
}


@pytest.mark.parametrize("case", TEXT_CASES)
def test_texts_are_checked(case):
    value, expected = TEXT_CASES[case]
    found = messages(with_value("  nom: Département", value))
    assert len(found) == 1, found
    assert found[0].startswith("mission.yml, ligne 3, collectivite.nom : "), found[0]
    assert re.search(expected, found[0]), found[0]


def test_lists_have_a_size_limit():
    many = "".join(f"  - Objectif {n}\n" for n in range(31))
    text = re.sub(r"(?m)^objectifs:\n(  - .*\n)+", "objectifs:\n" + many, EXAMPLE)
    found = messages(text)
    assert found == [
        f"mission.yml, ligne {text.split(chr(10)).index('objectifs:') + 1}, objectifs : "
        "la liste a 31 éléments ; attendu : 30 au plus."
    ]


def test_several_lines_where_a_text_may_have_them():
    """A responsibility written as a `|` block is valid and keeps its lines; on the pages it
    shows as lines (line breaks, no code block, no broken HTML)."""
    mission = load_mission(FIXTURE / "mission.yml", docs_dir=FIXTURE / "docs")
    assert mission.responsabilites.partenaire[1] == (
        "Le transport sur place :\nun véhicule et son chauffeur."
    )
    items = markdown_items(["Première ligne\n  deuxième   ligne\n\n", "Autre"])
    assert items == ["- Première ligne<br>deuxième ligne ;", "- Autre."]


def test_several_line_texts_on_the_built_site(fixture_site):
    page = (fixture_site / "outils" / "termes-de-reference" / "index.html").read_text("utf-8")
    assert "<pre" not in page
    shown = html.unescape(page)
    # (the site's French typography puts a no-break space before « : »)
    assert "<li>Le transport sur place\xa0:<br>un véhicule et son chauffeur.</li>" in shown
    docx = fixture_site / "outils" / "termes-de-reference" / "termes-de-reference.docx"
    with zipfile.ZipFile(docx) as archive:
        document = archive.read("word/document.xml").decode("utf-8")
    assert re.search(r"Le transport sur place[ \xa0]:</w:t>\s*<w:br/>\s*<w:t>un véhicule", document)


# --- The logo ---------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + struct.pack(">II", 1, 1) + b"\x08\x06"
SVG_OK = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><circle r="1"/></svg>'


@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "docs"
    (folder / "assets").mkdir(parents=True)
    (folder / "assets" / "logo.png").write_bytes(PNG)
    (folder / "assets" / "logo.svg").write_text(SVG_OK, "utf-8")
    return folder


def test_logo_accepted_when_an_image_inside_docs(docs):
    base = EXAMPLE + "site:\n  logo: {}\n"
    for logo in ("assets/logo.png", "assets/logo.svg"):
        assert messages(base.format(logo), docs) == []


LOGO_CASES = {
    "guillemets": ('"x\\"onerror=\\"alert(1)\\"y.png"', "écrit avec des lettres sans accent"),
    "chemin_absolu": ("/etc/logo.png", "écrit avec des lettres sans accent"),
    "remonte": ("assets/../../logo.png", "ne convient pas"),
    "lien_hors_docs": ("assets/lien.png", "mène hors du dossier docs/"),
    "pas_une_image": ("assets/texte.png", "n'est pas une image PNG, JPEG, WebP ou SVG"),
    "trop_gros": (
        "assets/gros.png",
        f"fait {len(PNG) + 600_000} octets ; attendu : une image de 500000",
    ),
    "svg_script": ("assets/script.svg", "« <script »"),
    "svg_evenement": ("assets/onload.svg", "« onload= »"),
    "svg_lien": ("assets/lien-externe.svg", "contient du code ou des liens"),
    "svg_pas_svg": ("assets/faux.svg", "n'est pas une image PNG"),
    # Namespaced scripts, which a text search for « <script » misses (issue 28).
    "svg_script_xhtml": ("assets/h-script.svg", "« <{http://www.w3.org/1999/xhtml}script> »"),
    "svg_script_svg_prefixe": ("assets/s-script.svg", "« <{http://www.w3.org/2000/svg}script> »"),
    "svg_prefixe_non_declare": ("assets/prefixe.svg", "n'est pas un document SVG lisible"),
    "svg_foreign_object": ("assets/foreign.svg", "foreignObject"),
    "svg_evenement_espace": ("assets/x-onload.svg", "« onload= »"),
    "svg_xlink": ("assets/xlink.svg", "contient du code ou des liens"),
    "svg_url_style": ("assets/style.svg", "contient du code ou des liens"),
}


@pytest.mark.parametrize("case", LOGO_CASES)
def test_logo_refused(case, docs, tmp_path):
    outside = tmp_path / "ailleurs.png"
    outside.write_bytes(PNG)
    (docs / "assets" / "lien.png").symlink_to(outside)
    (docs / "assets" / "texte.png").write_text("pas une image", "utf-8")
    (docs / "assets" / "gros.png").write_bytes(PNG + b"\x00" * 600_000)
    svgs = {
        "script.svg": SVG_OK.replace("<circle", "<script>alert(1)</script><circle"),
        "onload.svg": SVG_OK.replace("<svg ", '<svg onload="alert(1)" '),
        "lien-externe.svg": SVG_OK.replace("<circle", '<image href="https://x.example/a.png"/><c'),
        "faux.svg": "<html><body>rien</body></html>",
        "h-script.svg": SVG_OK.replace(
            "<svg ", '<svg xmlns:h="http://www.w3.org/1999/xhtml" '
        ).replace("<circle", "<h:script>alert(document.domain)</h:script><circle"),
        "s-script.svg": SVG_OK.replace(
            "<svg ", '<svg xmlns:s="http://www.w3.org/2000/svg" '
        ).replace("<circle", "<s:script>alert(document.domain)</s:script><circle"),
        "prefixe.svg": SVG_OK.replace("<circle", "<q:script>alert(1)</q:script><circle"),
        "foreign.svg": SVG_OK.replace(
            "<circle", "<s:foreignObject xmlns:s='http://www.w3.org/2000/svg'/><circle"
        ),
        "x-onload.svg": SVG_OK.replace(
            "<svg ", '<svg xmlns:x="http://www.w3.org/2000/svg" x:onload="alert(1)" '
        ),
        "xlink.svg": SVG_OK.replace(
            "<svg ", '<svg xmlns:l="http://www.w3.org/1999/xlink" '
        ).replace("<circle", '<use l:href = "https://x.example/a.svg#b"/><circle'),
        "style.svg": SVG_OK.replace("<circle", "<circle style='fill:URL( https://x.example/p)'"),
    }
    for name, content in svgs.items():
        (docs / "assets" / name).write_text(content, "utf-8")
    logo, expected = LOGO_CASES[case]
    found = messages(EXAMPLE + f"site:\n  logo: {logo}\n", docs)
    assert len(found) == 1 and "site.logo : " in found[0], found
    assert expected in found[0], found[0]


# --- The calendar -------------------------------------------------------------------------


def unfolded(ics: bytes) -> list[str]:
    text = ics.decode("utf-8")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    assert "\r" not in text.replace("\r\n", "")
    return text.replace("\r\n ", "").split("\r\n")


def test_ics_escapes_and_folds_every_text():
    hostile = "Val, Fleuri; a\\b " + "é" * 60
    text = with_value("  nom: Département", f'"{hostile.replace(chr(92), chr(92) * 2)}"')
    text = text.replace("intitule: Rencontre d'essai", 'intitule: "Rencontre; a, b\\\\c"')
    mission = validate(*read_yaml(text))
    ics = to_ics(mission)
    lines = unfolded(ics)
    name = next(line for line in lines if line.startswith("X-WR-CALNAME:"))
    assert name == (
        "X-WR-CALNAME:Mission exploratoire : Val\\, Fleuri\\; a\\\\b " + "é" * 60
        + " – District de Nord-Test"
    )  # fmt: skip
    calendar = Calendar.from_ical(ics)
    summaries = [str(event["summary"]) for event in calendar.walk("VEVENT")]
    assert "Rencontre; a, b\\c" in summaries


def test_uids_differ_between_missions_even_without_latin_letters():
    def mission(authority: str, partner: str, start: str = "2027-05-10"):
        text = with_value("  nom: Département", authority).replace(
            "  nom: District de Nord-Test", f"  nom: {partner}"
        )
        return validate(*read_yaml(text.replace("debut: 2027-05-10", f"debut: {start}")))

    greek = mission("Δήμος Αθηναίων", "Δήμος Πειραιά")
    other_greek = mission("Δήμος Πατρέων", "Δήμος Πειραιά")
    later = mission("Δήμος Αθηναίων", "Δήμος Πειραιά", "2027-05-09")
    arabic = mission("بلدية تونس", "بلدية صفاقس")
    uids = [
        {event_uid(m, entry) for entry in m.programme} for m in (greek, other_greek, later, arabic)
    ]
    assert all(len(found) == 2 for found in uids)
    assert len(set().union(*uids)) == 8
    assert uids[0] == {event_uid(greek, entry) for entry in greek.programme}  # stable


def test_times_that_do_not_exist_or_happen_twice_are_refused():
    def on(day: str, start: str) -> list[str]:
        """The first activity on `day` at `start`, the mission in Europe/Paris around it."""
        when = date.fromisoformat(day)
        text = EXAMPLE.replace("Indian/Antananarivo", "Europe/Paris")
        text = re.sub(r"(?m)^  seance_conseil: .*\n", "", text)  # the session is in April
        text = text.replace("debut: 2027-05-10", f"debut: {when - timedelta(days=1)}")
        text = text.replace("fin: 2027-05-12", f"fin: {when + timedelta(days=1)}")
        text = re.sub(r"date: 2027-05-1[01]", f"date: {day}", text)
        return messages(text.replace('debut: "09:00"', f'debut: "{start}"', 1))

    assert on("2027-03-28", "02:15") == [
        "mission.yml, ligne 28, programme[1].debut : « 02:15 » n'existe pas le 28 mars 2027 à "
        "Europe/Paris (passage à l'heure d'été : les horloges sautent cette heure) ; attendu : "
        "une heure qui existe ce jour-là, par exemple 03:00."
    ]
    assert on("2027-10-31", "02:30") == [
        "mission.yml, ligne 28, programme[1].debut : « 02:30 » a lieu deux fois le 31 octobre "
        "2027 à Europe/Paris (passage à l'heure d'hiver) ; attendu : une heure qui n'a lieu "
        "qu'une fois ce jour-là, par exemple 03:00."
    ]
    assert on("2027-10-31", "09:00") == [] == on("2027-03-28", "03:00")


def test_an_offset_is_not_answered_with_another_zone():
    found = messages(EXAMPLE.replace("Indian/Antananarivo", "UTC+1"))
    assert len(found) == 1 and "« UTC+1 » n'est pas un fuseau horaire connu ;" in found[0]
    assert "vouliez-vous" not in found[0]


# --- The reader on generated documents: a French message or a valid mission, never a crash --

PIECES = [
    "[" * 60, "{" * 40, "]", "}", "9" * 400, "&a [x]", "*a", "!!python/object:os.system x",
    "!foo", "---", "...", "'ouvert", '"ouvert', "\u202e", "\u200b", "\x00", "\x07", "\ufffd",
    "\t", "|", ">", "- ", ": ", "#", "%YAML 1.1", "? clé", "<<: *a", "\r", "\u2028", "\\",
    '"\\x07"', '"\\u202e"', '"a\\nb"', "1.10", "10.", "1e999", "~", "null", "true", "'a''b'",
    "collectivite", "nom", "programme", "toString", "__proto__", "constructor", "é", "😀",
]  # fmt: skip
LINE = st.builds(
    lambda indent, dash, key, value: f"{' ' * indent}{dash}{key}{value}",
    st.sampled_from([0, 0, 2, 4, 1]),
    st.sampled_from(["", "", "- "]),
    st.sampled_from(["", "nom: ", "a: ", "collectivite:", "programme:", "? "]),
    st.lists(st.sampled_from(PIECES) | st.text(max_size=4), max_size=3).map("".join),
)
DOCUMENTS = st.lists(LINE, min_size=1, max_size=6).map("\n".join)
SHAPE = re.compile(r"^mission\.yml(, ligne \d+)?(, .+)? : \S.*[.)]$", re.S)


@settings(
    max_examples=2000,
    deadline=None,
    derandomize=True,  # the same documents on every run: CI never fails by chance
    phases=[Phase.explicit, Phase.generate],  # no shrinking: a failure is shown as generated
    suppress_health_check=list(HealthCheck),
)
@given(DOCUMENTS)
def test_reader_answers_every_document_in_french(text):
    for problem in check_text(text):
        assert SHAPE.search(problem.message), problem.message
        assert not re.search(
            r"Input should|Value error|Field required|String should", problem.message
        )


# --- A build is all or nothing --------------------------------------------------------------


def tree(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def previous_site(folder: Path) -> dict[str, str]:
    (folder / "outils").mkdir(parents=True)
    (folder / "index.html").write_text("<p>Le site de la veille</p>", "utf-8")
    (folder / "outils" / "programme-de-la-mission.ics").write_bytes(b"BEGIN:VCALENDAR\r\n")
    return tree(folder)


def test_publish_replaces_the_site_only_after_a_whole_build(tmp_path):
    site = tmp_path / "site"
    before = previous_site(site)
    write = "import pathlib, sys; p = pathlib.Path(sys.argv[1]); p.mkdir(); "
    half = write + "(p / 'index.html').write_text('moitié'); sys.exit(1)"
    assert main(["--site-dir", str(site), sys.executable, "-c", half, "{dossier}"]) == 1
    assert tree(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # nothing left behind

    def raises(folder: Path) -> None:
        folder.mkdir()
        (folder / "index.html").write_text("moitié")
        raise OSError("disque plein")

    with pytest.raises(OSError):
        publish(site, raises)
    assert tree(site) == before

    whole = write + "(p / 'index.html').write_text('nouveau')"
    publish(site, run_command([sys.executable, "-c", whole, "{dossier}"]))
    assert tree(site) == {"index.html": hashlib.sha256(b"nouveau").hexdigest()}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


@pytest.fixture(scope="module")
def make_project(tmp_path_factory):
    """The fixture project with the Makefile, made for `make build` with this Python."""
    project = make_fixture_project(tmp_path_factory.mktemp("make-build"))
    for name in ("Makefile", "requirements.txt", "requirements-dev.txt"):
        shutil.copy2(PROJECT_ROOT / name, project / name)
    (project / "stamp").touch()  # newer than the requirements: nothing to install
    return project


def make_build(project: Path, site: Path, **variables) -> subprocess.CompletedProcess:
    bin_dir = Path(sys.executable).parent
    settings_ = {"BIN": str(bin_dir), "STAMP": "stamp", "SITE_DIR": str(site), **variables}
    return subprocess.run(
        ["make", "--no-print-directory", "build", *(f"{k}={v}" for k, v in settings_.items())],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
    )


FAILURES = {
    # Refused by the contract before MkDocs writes anything.
    "mission": lambda project: (project / "mission.yml").write_text(
        EXAMPLE.replace("  nom: Département de l'Essai", '  nom: "Département\\nde l\'Essai"'),
        "utf-8",
    ),
    # A warning (a broken link) stops the strict build once every page was written.
    "page": lambda project: (project / "docs" / "guide.md").write_text(
        "# Une page\n\n[Une page absente](absente.md)\n", "utf-8"
    ),
}


@pytest.mark.parametrize("case", FAILURES)
def test_a_failed_build_leaves_the_previous_site_as_it_was(case, make_project, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(make_project, project, symlinks=True)
    FAILURES[case](project)
    site = tmp_path / "publie" / "site"
    before = previous_site(site)
    result = make_build(project, site)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Traceback" not in output
    assert FAILED.format(site=site) in output
    assert tree(site) == before
    assert [p.name for p in site.parent.iterdir()] == ["site"]
    if case == "mission":
        assert "collectivite.nom" in output and "une seule ligne" in output


# --- Builds killed, interrupted, side by side, on a full disk (issue 28) --------------------

WRITE_THEN_WAIT = (
    "import pathlib, sys, time\n"
    "folder = pathlib.Path(sys.argv[1]); folder.mkdir()\n"
    "(folder / 'index.html').write_text(sys.argv[2])\n"
    "print('commencé', flush=True)\n"
    "go = pathlib.Path(sys.argv[3])\n"
    "while not go.exists():\n"
    "    time.sleep(0.05)\n"
)


def publishing(site: Path, text: str, go: Path) -> subprocess.Popen:
    """`python -m guide.publish` whose build writes `text`, then waits for the file `go`."""
    command = [sys.executable, "-c", WRITE_THEN_WAIT, "{dossier}", text, str(go)]
    return subprocess.Popen(
        [sys.executable, "-m", "guide.publish", "--site-dir", str(site), *command],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_the_folders_of_killed_builds_are_removed_by_the_next_one(tmp_path):
    site = tmp_path / "site"
    before = previous_site(site)
    for name in (".site-k3j_x9ab", ".site-00000000"):  # left by builds killed (SIGKILL)
        (tmp_path / name / "site").mkdir(parents=True)
        (tmp_path / name / "site" / "index.html").write_text("moitié")
    (tmp_path / ".site-a-moi").mkdir()  # not a build's folder: kept
    go = tmp_path / "fin"
    killed = publishing(site, "jamais", go)
    assert killed.stdout.readline() == "commencé\n"
    killed.kill()  # its build goes on alone: it is let to end, its folder stays
    go.touch()
    killed.communicate()
    go.unlink()
    assert tree(site) == before
    write = "import pathlib, sys; p = pathlib.Path(sys.argv[1]); p.mkdir(); "
    whole = write + "(p / 'index.html').write_text('nouveau')"
    assert main(["--site-dir", str(site), sys.executable, "-c", whole, "{dossier}"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site-a-moi", "site"]


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_an_interrupted_build_removes_its_folder_and_says_so(tmp_path, stop):
    site = tmp_path / "site"
    before = previous_site(site)
    build = publishing(site, "moitié", tmp_path / "jamais")
    assert build.stdout.readline() == "commencé\n"
    build.send_signal(stop)  # Ctrl+C (SIGINT), a CI job cancelled (SIGTERM), a closed terminal
    _, errors = build.communicate()
    assert build.returncode == 130
    assert errors.strip() == f"Construction interrompue : {site}/ n'a pas été modifié (le site " \
        "précédent reste en place)."  # fmt: skip
    assert tree(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_two_builds_of_one_site_wait_for_each_other(tmp_path):
    site, go = tmp_path / "site", tmp_path / "go"
    first = publishing(site, "premier", go)
    assert first.stdout.readline() == "commencé\n"
    second = publishing(site, "second", go)
    assert second.stderr.readline() == (
        f"Une autre construction de {site}/ est en cours : celle-ci attend qu'elle se termine.\n"
    )
    go.touch()
    for build in (first, second):
        build.communicate()
        assert build.returncode == 0
    assert (site / "index.html").read_text() == "second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["go", "site"]


def test_a_full_disk_is_told_in_french(tmp_path):
    """In the build's steps (guide/publish.py) and in MkDocs (hooks/system_errors.py)."""
    assert system_error(OSError(errno.ENOSPC, "No space left on device", "site/a.html")) == (
        "le disque est plein (site/a.html) : libérez de la place, puis relancez."
    )
    raising = (
        "import errno, sys; sys.path.insert(0, 'hooks'); import system_errors; "
        "system_errors.on_startup(command='build', dirty=False); "
        "raise OSError(errno.ENOSPC, 'No space left on device', 'site/index.html')"
    )
    result = subprocess.run(
        [sys.executable, "-c", raising], cwd=PROJECT_ROOT, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert result.stderr == (
        "Erreur : le disque est plein (site/index.html) : libérez de la place, puis relancez.\n"
    )
    (tmp_path / "fichier").write_text("pas un dossier")
    zipped = subprocess.run(
        [sys.executable, "-m", "guide.publish", "--zip", str(tmp_path / "fichier" / "a.zip"),
         str(tmp_path)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert zipped.returncode == 1
    assert zipped.stderr == (
        f"Erreur : écriture impossible ({tmp_path / 'fichier'}) : un fichier est déjà à cette "
        "place.\n"
    )


def test_a_failed_offline_step_leaves_no_temporary_folder(make_project, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(make_project, project, symlinks=True)
    FAILURES["mission"](project)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    bin_dir = Path(sys.executable).parent
    result = subprocess.run(
        ["make", "--no-print-directory", "offline", f"BIN={bin_dir}", "STAMP=stamp"],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "TMPDIR": str(temporary)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode != 0 and "collectivite.nom" in result.stderr
    assert list(temporary.iterdir()) == []
