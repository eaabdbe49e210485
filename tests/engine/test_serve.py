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


def test_serve_shows_mission_errors_in_the_page_until_fixed(tmp_path):
    project = make_fixture_project(tmp_path / "project")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/"
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    mission = project / "mission.yml"
    good = mission.read_text("utf-8")
    try:
        first = wait_for(url, lambda page: "<title>" in page)
        assert "guide-build-error" not in first
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
