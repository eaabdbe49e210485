"""A build is all or nothing: `make build` writes the whole site (pages, downloads, offline
zip) into a new folder beside `site/`, and this module moves it into place only when every
step succeeded. On failure the previous `site/` is left exactly as it was, and the message
says so.

    python -m guide.publish --site-dir site COMMAND [ARGUMENT…]

runs COMMAND with every « {dossier} » in its arguments replaced by the new folder (the
Makefile passes its own build steps). Nothing here knows MkDocs: any command that builds a
site into a folder will do.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

PLACEHOLDER = "{dossier}"
FAILED = (
    "La construction a échoué : {site}/ n'a pas été modifié (le site précédent reste en place, "
    "rien n'a été publié à moitié). Corrigez le problème indiqué ci-dessus, puis relancez."
)
DONE = "Site construit : {site}/ (pages, téléchargements et édition hors ligne)."


class BuildFailed(Exception):
    """A step of the build failed; `site_dir` was not touched."""


def publish(site_dir: Path, build: Callable[[Path], None]) -> None:
    """Run `build(folder)` on a new folder beside `site_dir`; on success, put it in its place.

    The folder is on the same file system as `site_dir`, so that the final move is a rename.
    Whatever `build` raises, the new folder is removed and `site_dir` stays as it was."""
    site_dir = Path(site_dir).absolute()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-", dir=site_dir.parent))
    new = work / "site"
    old = work / "ancien"
    try:
        build(new)
        if not new.is_dir():
            raise BuildFailed(f"la construction n'a rien écrit dans {new}")
        if site_dir.exists():
            site_dir.rename(old)
        try:
            new.rename(site_dir)
        except OSError:
            if old.exists():
                old.rename(site_dir)  # the previous site back in its place
            raise
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_command(command: list[str]) -> Callable[[Path], None]:
    """A `build` for publish(): the command, its « {dossier} » replaced by the folder."""

    def build(folder: Path) -> None:
        arguments = [part.replace(PLACEHOLDER, str(folder)) for part in command]
        if subprocess.run(arguments).returncode != 0:
            raise BuildFailed(" ".join(command))

    return build


def main(arguments: list[str]) -> int:
    if len(arguments) < 3 or arguments[0] != "--site-dir":
        print("Usage : python -m guide.publish --site-dir DOSSIER_DU_SITE COMMANDE [ARGUMENT…]")
        return 2
    site, command = Path(arguments[1]), arguments[2:]
    try:
        publish(site, run_command(command))
    except (BuildFailed, OSError):
        print(FAILED.format(site=site), file=sys.stderr)
        return 1
    print(DONE.format(site=site))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
