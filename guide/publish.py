"""A build is all or nothing: `make build` writes the whole site (pages, downloads, offline
zip) into a new folder beside `site/`, and this module moves it into place only when every
step succeeded. On failure the previous `site/` is left exactly as it was, and the message
says so.

    python -m guide.publish --site-dir site COMMAND [ARGUMENT…]

runs COMMAND with every « {dossier} » in its arguments replaced by the new folder (the
Makefile passes its own build steps). Nothing here knows MkDocs: any command that builds a
site into a folder will do.

Two builds of one site wait for each other (a lock beside it: they would share the offline
zip and the folder's place); a build interrupted (Ctrl+C, SIGTERM) removes its folder and says
so in French; one killed outright (SIGKILL) leaves its folder, which the next build removes.

    python -m guide.publish --zip ARCHIVE FOLDER

writes FOLDER (its own name inside) into the zip ARCHIVE, with the same French messages.
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

PLACEHOLDER = "{dossier}"
FAILED = (
    "La construction a échoué : {site}/ n'a pas été modifié (le site précédent reste en place, "
    "rien n'a été publié à moitié). Corrigez le problème indiqué ci-dessus, puis relancez."
)
DONE = "Site construit : {site}/ (pages, téléchargements et édition hors ligne)."
INTERRUPTED = (
    "Construction interrompue : {site}/ n'a pas été modifié (le site précédent reste en place)."
)
WAITING = "Une autre construction de {site}/ est en cours : celle-ci attend qu'elle se termine."
FULL_DISK = "le disque est plein{where} : libérez de la place, puis relancez."
WRITE_ERROR = "écriture impossible{where} : {reason}."
SYSTEM_REASONS = {
    errno.EACCES: "accès refusé",
    errno.EPERM: "opération non permise",
    errno.EROFS: "disque en lecture seule",
    errno.EEXIST: "un fichier est déjà à cette place",
    errno.ENOTDIR: "un fichier est à la place d'un dossier",
}
# The folders a build works in (tempfile.mkdtemp's names): « .site-k3j_x9ab ».
WORK_FOLDER = r"\.{name}-[a-z0-9_]{{8}}"


class BuildFailed(Exception):
    """A step of the build failed; `site_dir` was not touched."""


class Interrupted(Exception):
    """The build was stopped (Ctrl+C, SIGTERM); its folder is removed."""


def system_error(error: OSError) -> str:
    """What a person reads of an error of the system (a full disk, a folder not writable)."""
    where = f" ({error.filename})" if error.filename else ""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return FULL_DISK.format(where=where)
    reason = SYSTEM_REASONS.get(error.errno, error.strerror or str(error))
    return WRITE_ERROR.format(where=where, reason=reason)


@contextmanager
def _one_build_at_a_time(site_dir: Path) -> Iterator[None]:
    """Hold the lock of the folder that holds `site_dir` (no lock file left behind; freed by
    the system even if the process is killed); a second build waits, and says so."""
    lock = os.open(site_dir.parent, os.O_RDONLY)
    try:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(WAITING.format(site=site_dir), file=sys.stderr, flush=True)
            fcntl.flock(lock, fcntl.LOCK_EX)
        yield
    finally:
        os.close(lock)


def _remove_stale_folders(site_dir: Path) -> None:
    """The work folders of builds that were killed (the lock is held: none is running)."""
    pattern = re.compile(WORK_FOLDER.format(name=re.escape(site_dir.name)))
    for folder in site_dir.parent.iterdir():
        if pattern.fullmatch(folder.name) and folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def _stopped_by_signals() -> Iterator[None]:
    """SIGTERM and SIGHUP stop the build like Ctrl+C does: through `finally` (folder removed)."""

    def stop(number, frame):
        raise Interrupted(signal.Signals(number).name)

    saved = {number: signal.signal(number, stop) for number in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for number, handler in saved.items():
            signal.signal(number, handler)


def publish(site_dir: Path, build: Callable[[Path], None]) -> None:
    """Run `build(folder)` on a new folder beside `site_dir`; on success, put it in its place.

    The folder is on the same file system as `site_dir`, so that the final move is a rename.
    Whatever `build` raises, the new folder is removed and `site_dir` stays as it was."""
    site_dir = Path(site_dir).absolute()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    with _one_build_at_a_time(site_dir):
        _remove_stale_folders(site_dir)
        _publish(site_dir, build)


def _publish(site_dir: Path, build: Callable[[Path], None]) -> None:
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
        # Its own process group: stopped with everything it started when the build is
        # interrupted, before its folder is removed (nothing writes there afterwards).
        child = subprocess.Popen(arguments, process_group=0)
        try:
            code = child.wait()
        except BaseException:
            os.killpg(child.pid, signal.SIGTERM)
            child.wait()
            raise
        if code != 0:
            raise BuildFailed(" ".join(command))

    return build


def write_zip(archive: Path, folder: Path) -> None:
    """`folder` (under its own name) into the zip `archive`, written whole or not at all."""
    archive, folder = Path(archive), Path(folder)
    archive.parent.mkdir(parents=True, exist_ok=True)
    partial = archive.with_name(f".{archive.name}-{os.getpid()}")
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as zipped:
            for path in sorted(folder.rglob("*")):
                zipped.write(path, Path(folder.name) / path.relative_to(folder))
        partial.replace(archive)
    finally:
        partial.unlink(missing_ok=True)


USAGE = (
    "Usage : python -m guide.publish --site-dir DOSSIER_DU_SITE COMMANDE [ARGUMENT…]\n"
    "        python -m guide.publish --zip ARCHIVE DOSSIER"
)


def main(arguments: list[str]) -> int:
    if len(arguments) == 3 and arguments[0] == "--zip":
        return _zip_main(Path(arguments[1]), Path(arguments[2]))
    if len(arguments) < 3 or arguments[0] != "--site-dir":
        print(USAGE)
        return 2
    site, command = Path(arguments[1]), arguments[2:]
    try:
        with _stopped_by_signals():
            publish(site, run_command(command))
    except (KeyboardInterrupt, Interrupted):
        print(f"\n{INTERRUPTED.format(site=site)}", file=sys.stderr)
        return 130
    except OSError as error:
        print(f"Erreur : {system_error(error)}\n{FAILED.format(site=site)}", file=sys.stderr)
        return 1
    except BuildFailed:
        print(FAILED.format(site=site), file=sys.stderr)
        return 1
    print(DONE.format(site=site))
    return 0


def _zip_main(archive: Path, folder: Path) -> int:
    try:
        with _stopped_by_signals():
            write_zip(archive, folder)
    except (KeyboardInterrupt, Interrupted):
        print(f"\nÉcriture de {archive} interrompue : rien n'a été écrit.", file=sys.stderr)
        return 130
    except OSError as error:
        print(f"Erreur : {system_error(error)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
