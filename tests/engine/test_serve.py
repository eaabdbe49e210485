"""`mkdocs serve` (make serve) on a copy of the fixture project: a mistake in mission.yml shows
in the page itself, in French, and the site comes back on its own once the file is fixed."""

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from fixture_site import make_fixture_project


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(url: str, check, seconds: float = 120) -> str:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        text = fetch(url)
        if check(text):
            return text
        time.sleep(0.5)
    pytest.fail(f"{url} : état attendu jamais atteint ; dernière page :\n{text[:2000]}")


def serve(project):
    """`mkdocs serve` on `project`: (the process, its address)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    return server, f"http://127.0.0.1:{port}/"


def test_serve_shows_mission_errors_in_the_page_until_fixed(tmp_path):
    project = make_fixture_project(tmp_path / "project")
    server, url = serve(project)
    mission = project / "mission.yml"
    good = mission.read_text("utf-8")
    try:
        first = wait_for(url, lambda page: "<title>" in page)
        assert "guide-build-error" not in first
        # No kept copy while serving: it would show the pages as they were, not as just saved.
        assert 'rel="manifest"' not in first
        mission.write_text(good.replace("type: departement", "type: departemnt", 1), "utf-8")
        broken = wait_for(url, lambda page: "guide-build-error" in page)
        assert "ligne" in broken and "« departemnt » n&#39;est pas une valeur possible" in broken
        assert "make check" in broken
        mission.write_text(good, "utf-8")
        back = wait_for(url, lambda page: "<title>" in page and "guide-build-error" not in page)
        assert "Essai" in back
    finally:
        server.terminate()
        _, errors = server.communicate(timeout=30)
    assert "ERREUR - mission.yml contient des erreurs" in errors
    assert "Traceback" not in errors


ERROR = "guide-build-error"
FAR = "« 9999&#45;12&#45;31 » est en dehors des années 2000 à 2100"


def test_serve_shows_a_missing_or_far_dated_mission_yml_in_the_page(tmp_path):
    """Issue 28: mission.yml deleted stopped the server with an English error; a date in
    9999 stopped it with a traceback (the calendar overflowed). Both are French messages in
    the page, and the site comes back once the file is there and right."""
    project = make_fixture_project(tmp_path / "project")
    mission = project / "mission.yml"
    good = mission.read_text("utf-8")
    mission.unlink()
    server, url = serve(project)
    try:
        missing = wait_for(url, lambda page: ERROR in page)
        assert "mission&#46;yml &#58; fichier introuvable" in missing
        mission.write_text(good.replace("echeance: 2027-06-30", "echeance: 9999-12-31"), "utf-8")
        far = wait_for(url, lambda page: FAR in page)
        assert "taches&#46;troisieme&#45;tache&#46;echeance" in far
        mission.write_text(good, "utf-8")
        wait_for(url, lambda page: "<title>" in page and ERROR not in page)
        mission.unlink()
        wait_for(url, lambda page: "fichier introuvable" in page)
    finally:
        server.terminate()
        _, errors = server.communicate(timeout=30)
    assert "Traceback" not in errors and "Config value" not in errors


def test_an_unexpected_error_is_told_in_french_by_serve_and_build(tmp_path):
    """A defect of the guide's own code (here the calendar writer raising) shows in the page
    while serving, and stops a build, in French and without a traceback."""
    project = make_fixture_project(tmp_path / "project")
    with (project / "guide" / "documents" / "ics.py").open("a", encoding="utf-8") as module:
        module.write(
            "\n\ndef deadlines_to_ics(*args):\n    raise OverflowError('date value out of range')\n"
        )
    server, url = serve(project)
    try:
        page = wait_for(url, lambda page: ERROR in page)
    finally:
        server.terminate()
        _, errors = server.communicate(timeout=30)
    told = "erreur inattendue OverflowError &#40;« date value out of range »&#41; dans ics&#46;py"
    assert told in page
    assert "Traceback" not in errors
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(tmp_path / "site")],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
    )
    assert built.returncode == 1 and "Traceback" not in built.stderr
    assert (
        "erreur inattendue OverflowError (« date value out of range ») dans ics.py" in built.stderr
    )
