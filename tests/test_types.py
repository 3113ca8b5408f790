"""The package type-checks: jrxmlpy ships ``py.typed``, so the annotations users' type
checkers read must hold (mypy, configured in ``pyproject.toml``; installed with the test
extras)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_the_package_type_checks() -> None:
    api = pytest.importorskip("mypy.api")
    stdout, stderr, status = api.run([
        "--config-file", str(ROOT / "pyproject.toml"),
        "--cache-dir", str(ROOT / ".mypy_cache"),
        str(ROOT / "src" / "jrxmlpy"),
    ])
    assert status == 0, stdout + stderr
