"""`make compte-rendu NOTES=notes-mission.json`: the compte rendu de mission as a Word file,
with the delegation's meeting notes, on a private copy of the guide.

Reads mission.yml (the same checks as the build) and the exported notes files (guide/notes.py:
checked with the browser's rules, merged in the order given), builds the compte rendu through
the one document model (guide/documents/report.py) and its Word writer, and writes it into
`compte-rendu/` (git-ignored), never into docs/ or site/: the notes are not published.

`python -m guide.compte_rendu [--projet DOSSIER] [--sortie FICHIER] FICHIER…` exits 0 when the
file is written, 1 with French messages otherwise (a bad file: its name and what is expected).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import notes as meeting_notes
from .documents.catalogue import document
from .documents.docx import to_docx
from .errors import GuideError
from .french import plural
from .project import load_project
from .typography import french_text

OUTPUT = Path("compte-rendu") / "compte-rendu-de-mission.docx"
REPORT = "compte-rendu-de-mission"


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse's own words are English
        raise GuideError(
            [
                "Indiquez le ou les fichiers de notes exportés depuis la page « Notes de "
                "réunion », par exemple : make compte-rendu NOTES=notes-mission.json"
            ],
            title="La commande est incomplète :",
        )


def read_notes(paths: list[Path]) -> tuple[dict, list[str], dict]:
    """The merged activites of the files, their problems, and a summary of the merge."""
    problems: list[str] = []
    loaded = []
    for path in paths:
        name = path.name
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            problems.append(f"« {path} » est introuvable : vérifiez le nom et le dossier.")
            continue
        except OSError as error:
            problems.append(f"« {path} » ne peut pas être lu ({error.strerror}).")
            continue
        data, found = meeting_notes.read(raw, name)
        problems += found
        if data is not None:
            loaded.append((data, meeting_notes.author(data, name)))
    summary = {"fichiers": len(loaded), "doubles": 0}
    if problems or not loaded:
        return {}, problems, summary
    merged, first_author = dict(loaded[0][0]["activites"]), loaded[0][1]
    for data, author in loaded[1:]:
        merged, done = meeting_notes.merge(merged, data["activites"], first_author, author)
        summary["doubles"] += done["doubles"]
    return merged, problems, summary


def write_report(project: Path, paths: list[Path], output: Path) -> str:
    """Write the compte rendu with the notes of `paths`; the sentence to print."""
    notes, problems, summary = read_notes(paths)
    if problems:
        raise GuideError(problems, title="Les fichiers de notes ne peuvent pas être lus :")
    loaded = load_project(project)
    mission = loaded.mission
    entry = document(REPORT)
    report = entry.build(mission, notes)
    site = mission.site
    model = project / "docs" / site.modele_word if site is not None and site.modele_word else None
    data = to_docx(report, model)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(data)
    doubles = summary["doubles"]
    kept = f" ; {plural(doubles, 'texte')} gardé{'s' if doubles > 1 else ''} en deux versions"
    return (
        f"Compte rendu écrit : {output} (notes de {plural(summary['fichiers'], 'fichier')}, "
        f"{plural(len(notes), 'activité')}{kept if doubles else ''})."
    )


def main(argv: list[str]) -> int:
    parser = _Parser(prog="make compte-rendu")
    parser.add_argument("--projet", type=Path, default=Path.cwd())
    parser.add_argument("--sortie", type=Path)
    parser.add_argument("fichiers", nargs="+", type=Path)
    try:
        args = parser.parse_args(argv)
        output = args.sortie or args.projet / OUTPUT
        print(french_text(write_report(args.projet, args.fichiers, output)))
    except GuideError as error:
        print(french_text(error.report()), file=sys.stderr)
        return 1
    except OSError as error:
        print(
            f"Le compte rendu n'a pas pu être écrit : {error.strerror} ({error.filename}).",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
