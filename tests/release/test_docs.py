"""`make docs` in strict mode, every operation/model/error on its page, and one page rendered by headless Chromium."""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from PIL import Image

import puffle.errors
import puffle_client.models
from puffle_client._operations import OPERATIONS
from tests.release.conftest import ROOT

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
WINDOW = (1280, 900)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", ROOT / "mkdocs.yml", "--site-dir", out],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-5000:]
    return out


def _page(site: Path, name: str) -> str:
    return (site / "reference" / f"{name}.html").read_text(encoding="utf-8")


def test_every_nav_page_is_built(site: Path) -> None:
    nav = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["nav"]
    pages = [page for entry in nav for page in entry.values()]
    assert pages and all((site / page.replace(".md", ".html")).is_file() for page in pages)


def test_reference_pages_cover_every_operation_model_and_error(site: Path) -> None:
    endpoints, models, errors = _page(site, "endpoints"), _page(site, "models"), _page(site, "errors")
    missing = [op for op, meta in OPERATIONS.items() if f'id="{meta["module"]}.sync"' not in endpoints]
    assert not missing
    assert not [m for m in puffle_client.models.__all__ if f'id="puffle_client.models.{m}"' not in models]
    assert not [e for e in puffle.errors.__all__ if f'id="puffle.errors.{e}"' not in errors]


def test_a_broken_cross_reference_fails_the_build(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("See [the client][puffle.NoSuchClient].\n\n::: puffle.RateLimit\n", encoding="utf-8")
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config.update(docs_dir=str(docs), nav=["index.md"])
    config["plugins"][2]["mkdocstrings"]["handlers"]["python"]["paths"] = [
        str(ROOT / "overlays"),
        str(ROOT / "generated"),
    ]
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", tmp_path / "site"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode != 0
    assert "puffle.NoSuchClient" in done.stderr


@pytest.fixture
def served(site: Path) -> Iterator[str]:
    """The built site over HTTP on 127.0.0.1 (a free port), for the browser."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # silence per-request lines in test output
        pass


def test_errors_page_renders_in_headless_chromium(served: str, tmp_path: Path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.fail("Chromium is missing: `make browser` installs it (Debian package `chromium`)")
    shot = tmp_path / "errors.png"
    done = subprocess.run(
        [
            browser,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--window-size={WINDOW[0]},{WINDOW[1]}",
            f"--screenshot={shot}",
            f"{served}/reference/errors.html",
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0 and shot.is_file(), done.stderr[-3000:]
    with Image.open(shot) as image:
        assert image.format == "PNG" and image.size == WINDOW
        gray = image.convert("L")
        colors = gray.getcolors(maxcolors=256) or []
        dark = sum(count for count, value in colors if value < 128)
    # A rendered page of text: many shades (anti-aliasing) and a real share of dark pixels, not a blank canvas.
    assert len(colors) > 16, colors
    assert dark > 0.005 * WINDOW[0] * WINDOW[1], dark
