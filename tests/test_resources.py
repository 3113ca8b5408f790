"""Resource lookup stays inside the allowed folders; bundles follow Java's locale chain."""

from __future__ import annotations

from pathlib import Path

from jrxmlpy.resources import Resources


def test_lookup_order_and_jasper_to_jrxml(tmp_path: Path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    (second / "sub.jrxml").write_text("<x/>")
    (first / "logo.png").write_bytes(b"1")
    (second / "logo.png").write_bytes(b"2")
    resources = Resources.of([first, second])
    assert resources.find("logo.png") == (first / "logo.png").resolve()
    assert resources.find("sub.jasper") == (second / "sub.jrxml").resolve()


def test_nothing_outside_the_allowed_folders(tmp_path: Path):
    allowed = tmp_path / "allowed"
    allowed.mkdir()
    (tmp_path / "secret.txt").write_text("no")
    resources = Resources.of([allowed])
    assert resources.find("../secret.txt") is None
    assert resources.find(str(tmp_path / "secret.txt")) is None
    assert resources.find("/etc/passwd") is None


def test_paths_from_another_machine_are_tried_by_their_tails(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "orders.jrxml").write_text("<x/>")
    resources = Resources.of([tmp_path])
    assert resources.find("C:\\reports\\sub\\orders.jasper") == (tmp_path / "sub" / "orders.jrxml").resolve()


def test_names_written_on_windows_match_ignoring_case(tmp_path: Path):
    (tmp_path / "Images").mkdir()
    (tmp_path / "Images" / "Logo.PNG").write_bytes(b"x")
    assert Resources.of([tmp_path]).find("images/logo.png") == (tmp_path / "Images" / "Logo.PNG").resolve()


def test_the_template_folder_is_searched_last(tmp_path: Path):
    (tmp_path / "styles.jrtx").write_text("<x/>")
    resources = Resources.of([], template=tmp_path / "report.jrxml")
    assert resources.find("styles.jrtx") == (tmp_path / "styles.jrtx").resolve()


def test_bundles_fall_back_like_java(tmp_path: Path):
    (tmp_path / "i18n.properties").write_text("title=Title\nonly.base=base\n")
    (tmp_path / "i18n_fr.properties").write_text("title=Titre\nfr.only=oui\n")
    (tmp_path / "i18n_fr_CA.properties").write_text("title=Titre canadien\n")
    bundle = Resources.of([tmp_path]).bundle("i18n", "fr_CA")
    assert bundle is not None
    assert bundle.get("title") == "Titre canadien"
    assert bundle.get("fr.only") == "oui"
    assert bundle.get("only.base") == "base"
    assert bundle.get("missing") is None
    assert Resources.of([tmp_path]).bundle("nothing", "fr") is None


def test_bundle_escapes_are_java_properties(tmp_path: Path):
    (tmp_path / "b.properties").write_text("greeting=Gr\\u00fc\\u00dfe \\\n  Welt\nkey\\ with\\ spaces:value\n")
    bundle = Resources.of([tmp_path]).bundle("b", "en_US")
    assert bundle.get("greeting") == "Grüße Welt"
    assert bundle.get("key with spaces") == "value"


def test_class_path_names_are_relative_to_the_folders(tmp_path: Path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "x.json").write_text("{}")
    assert Resources.of([tmp_path]).find("/data/x.json") == (tmp_path / "data" / "x.json").resolve()
