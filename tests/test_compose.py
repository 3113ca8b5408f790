"""Composition (several reports into one PDF) and the command line's paper, PNG and compose
options."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

import jrxmlpy
from jrxmlpy import Part, compose
from jrxmlpy.cli import main
from jrxmlpy.compose import load_parts
from jrxmlpy.errors import ExportError, OutputOptionError
from jrxmlpy.export.paper import PaperOptions
from jrxmlpy.render import DataOptions, prepare

NS = 'xmlns="http://jasperreports.sourceforge.net/jasperreports"'


def _template(name: str, width: int, height: int, label: str) -> str:
    """A report listing its records, one bookmarked line each (several per page)."""
    return f"""<jasperReport {NS} name="{name}" pageWidth="{width}" pageHeight="{height}"
    columnWidth="{width - 40}" leftMargin="20" rightMargin="20" topMargin="20" bottomMargin="20">
  <field name="name" class="java.lang.String"/>
  <title><band height="30"><staticText><reportElement x="0" y="0" width="200" height="20"/>
    <text><![CDATA[{label}]]></text></staticText></band></title>
  <detail><band height="40">
    <textField bookmarkLevel="1"><reportElement x="0" y="0" width="200" height="20"/>
      <textFieldExpression><![CDATA["{label} " + $F{{name}}]]></textFieldExpression>
      <anchorNameExpression><![CDATA["{label} " + $F{{name}}]]></anchorNameExpression></textField>
  </band></detail>
</jasperReport>"""


@pytest.fixture
def reports(tmp_path: Path) -> dict[str, Path]:
    files = {
        "portrait": _template("portrait", 595, 842, "Orders"),
        "landscape": _template("landscape", 842, 595, "Stock"),
        "label": _template("label", 300, 200, "Label"),
    }
    out = {}
    for name, text in files.items():
        path = tmp_path / f"{name}.jrxml"
        path.write_text(text, encoding="utf-8")
        out[name] = path
    records = [{"name": f"n{i}"} for i in range(12)]
    (tmp_path / "records.json").write_text(json.dumps(records), encoding="utf-8")
    return out


def _records(n: int) -> list[dict[str, str]]:
    return [{"name": f"n{i}"} for i in range(n)]


def _sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(io.BytesIO(pdf)).pages]


def _outline_titles(pdf: bytes) -> list[object]:
    def walk(items):
        out = []
        for item in items:
            out.append(walk(item) if isinstance(item, list) else item.title)
        return out

    return walk(PdfReader(io.BytesIO(pdf)).outline)


def _bookmarked(path: Path, records: int):
    """The filled report with an outline entry per detail line (as anchors with
    bookmarkLevel 1 give; the filler does not carry text anchors to the print yet)."""
    from jrxmlpy.document import PrintText

    document = prepare(path, data=_records(records)).fill()
    for page in document.pages:
        for element, _, _ in page.walk():
            if isinstance(element, PrintText) and element.origin is not None and element.origin.band == "detail":
                element.anchor_name, element.bookmark_level = element.text, 1
    return document


def test_three_reports_with_different_paper(reports):
    orders = _bookmarked(reports["portrait"], 30)
    data = compose([
        Part(document=orders, title="Orders"),
        Part(document=_bookmarked(reports["landscape"], 5),
             paper=PaperOptions(size="A4", orientation="P", resize="autofit", align="center top"), title="Stock"),
        Part(document=_bookmarked(reports["label"], 3), paper={"size": "A6", "orientation": "L", "fit": "12cmx8cm"},
             title="Labels", pages="1"),
    ])
    portrait_pages = len(orders.pages)
    assert portrait_pages > 1
    sizes = _sizes(data)
    assert sizes == [(595, 842)] * portrait_pages + [(595, 842), (420, 298)]
    titles = _outline_titles(data)
    top = [t for t in titles if isinstance(t, str)]
    assert top == ["Orders", "Stock", "Labels"]
    # each part's own bookmarks are kept, under its title
    nested = [t for t in titles if isinstance(t, list)]
    assert len(nested) == 3
    assert nested[0][:2] == ["Orders n0", "Orders n1"]
    assert nested[1][0] == "Stock n0"
    assert nested[2][0] == "Label n0"


def test_compose_to_a_path_and_stream(reports, tmp_path):
    target = tmp_path / "book.pdf"
    parts = [Part(template=reports["label"], data=_records(2)), Part(template=reports["label"], data=_records(2))]
    assert compose(parts, target, reproducible=True) is None
    assert len(PdfReader(target).pages) == 2
    stream = io.BytesIO()
    compose(parts, stream, reproducible=True)
    assert stream.getvalue() == target.read_bytes()  # reproducible


def test_part_errors_name_the_part(reports):
    with pytest.raises(ExportError, match="part 2: .*out of range"):
        compose([Part(template=reports["label"], data=_records(1)),
                 Part(template=reports["label"], data=_records(1), pages=[5])])
    with pytest.raises(OutputOptionError, match="document or a template"):
        Part()
    with pytest.raises(OutputOptionError, match="'B7'"):
        Part(template=reports["label"], paper={"size": "B7"})
    with pytest.raises(OutputOptionError, match="at least one part"):
        compose([])


# --- part files ----------------------------------------------------------------------------------


def _write(path: Path, value: object) -> Path:
    path.write_text(json.dumps(value), encoding="utf-8")
    return path


def test_part_file_paths_are_relative_to_it(reports, tmp_path):
    part = _write(tmp_path / "part.json", {
        "template": "landscape.jrxml",
        "data": {"type": "json", "file": "records.json"},
        "paper": {"size": "letter", "orientation": "l", "resize": "autofit", "align": "left"},
        "pages": "1",
        "title": "Stock",
    })
    [loaded] = load_parts(part)
    assert loaded.template == tmp_path / "landscape.jrxml"
    assert isinstance(loaded.data, DataOptions) and loaded.data.file == str(tmp_path / "records.json")
    assert loaded.paper == PaperOptions(size="Letter", orientation="L", resize="autofit", align="left")
    assert len(loaded.fill().pages) >= 1


def test_part_file_list_and_print(reports, tmp_path):
    document = prepare(reports["label"], data=_records(2)).fill()
    document.export(tmp_path / "label.jrpxml")
    part = _write(tmp_path / "parts.json", [
        {"print": "label.jrpxml", "title": "A"},
        {"template": "label.jrxml", "data": [{"name": "x"}], "title": "B"},
    ])
    parts = load_parts(part)
    assert [p.title for p in parts] == ["A", "B"]
    assert parts[0].document is not None


@pytest.mark.parametrize("value, message", [
    ({"template": "a.jrxml", "colour": 1}, "unknown key 'colour'"),
    ({"title": "x"}, "give 'template'"),
    ({"template": "a.jrxml", "print": "b.jrpxml"}, "give 'template'"),
    ({"template": "a.jrxml", "data": {"kind": "json"}}, "unknown data option 'kind'"),
    ({"template": "a.jrxml", "paper": {"size": "A9"}}, "'A9'"),
    ({"template": "a.jrxml", "params": [1]}, "params is a JSON object"),
    ([], "empty"),
    ("text", "a part is a JSON object"),
])
def test_bad_part_files(tmp_path, value, message):
    path = _write(tmp_path / "bad.json", value)
    with pytest.raises(OutputOptionError, match=message):
        load_parts(path)


# --- command line ----------------------------------------------------------------------------------


def test_cli_compose(reports, tmp_path, capsys):
    one = _write(tmp_path / "one.json", {"template": "portrait.jrxml", "data": {"type": "json", "file": "records.json"},
                                         "title": "Orders"})
    two = _write(tmp_path / "two.json", {"template": "label.jrxml", "data": [{"name": "a"}],
                                         "paper": {"size": "A5", "resize": "autofit"}, "title": "Label"})
    out = tmp_path / "book.pdf"
    assert main(["compose", str(out), str(one), str(two)]) == 0
    sizes = _sizes(out.read_bytes())
    assert sizes[-1] == (420, 595)
    assert [t for t in _outline_titles(out.read_bytes()) if isinstance(t, str)] == ["Orders", "Label"]


def test_cli_compose_errors(reports, tmp_path, capsys):
    out = tmp_path / "book.pdf"
    assert main(["compose", str(out), str(tmp_path / "missing.json")]) == 1
    assert "part file not found" in capsys.readouterr().err
    bad = _write(tmp_path / "bad.json", {"template": "label.jrxml", "paper": {"align": "up"}})
    assert main(["compose", str(out), str(bad)]) == 2
    assert "'up'" in capsys.readouterr().err
    missing_template = _write(tmp_path / "nt.json", {"template": "nope.jrxml"})
    assert main(["compose", str(out), str(missing_template)]) == 1
    assert "nope.jrxml" in capsys.readouterr().err
    assert not out.exists()


def test_cli_render_paper_flags(reports, tmp_path):
    out = tmp_path / "r.pdf"
    assert main(["render", str(reports["label"]), "-o", str(out), "--data-type", "empty", "--empty-count", "2",
                 "--pdf-size", "a4", "--pdf-orientation", "A", "--pdf-fit", "20cmx10cm", "--pdf-align", "left top"]) == 0
    assert _sizes(out.read_bytes()) == [(842, 595)]


def test_cli_render_png(reports, tmp_path):
    from PIL import Image

    out = tmp_path / "r.png"
    assert main(["render", str(reports["label"]), "-o", str(out), "--data-type", "empty", "--dpi", "96",
                 "--zoom", "2"]) == 0
    assert Image.open(out).size == (800, 534)
    out = tmp_path / "many.png"
    assert main(["render", str(reports["label"]), "-o", str(out), "--data-type", "empty", "--empty-count", "9",
                 "--png-layout", "tall"]) == 0
    image = Image.open(out)
    assert image.width == 300 and image.height % 200 == 0 and image.height > 200


@pytest.mark.parametrize("flags, message", [
    (["--pdf-size", "A7"], "--pdf-size: unknown paper 'A7'"),
    (["--pdf-orientation", "sideways"], "--pdf-orientation: 'sideways'"),
    (["--pdf-resize", "fit"], "--pdf-resize: 'fit' needs"),
    (["--pdf-fit", "3furlongs"], "--pdf-fit: '3furlongs'"),
    (["--pdf-align", "up"], "--pdf-align: 'up'"),
    (["-f", "png", "--dpi", "0"], "--dpi: '0'"),
    (["-f", "png", "--zoom", "x"], "--zoom: 'x'"),
    (["-f", "png", "--png-layout", "grid"], "--png-layout: 'grid'"),
    (["--dpi", "96"], "--dpi is for -f png, not pdf"),
    (["-f", "jrpxml", "--pdf-size", "A4"], "--pdf-size is for -f pdf or png, not jrpxml"),
])
def test_cli_render_bad_flags(reports, tmp_path, capsys, flags, message):
    out = tmp_path / ("r.pdf" if "-f" not in flags else "r.out")
    assert main(["render", str(reports["label"]), "-o", str(out), *flags]) == 2
    assert message in capsys.readouterr().err


def test_library_names():
    assert jrxmlpy.compose is compose and jrxmlpy.Part is Part


def test_cli_png_zip_named_png_warns(reports, tmp_path, caplog):
    import zipfile

    out = tmp_path / "many.png"
    assert main(["render", str(reports["label"]), "-o", str(out), "--data-type", "empty", "--empty-count", "9"]) == 0
    assert zipfile.is_zipfile(out)
    assert "make a ZIP of page PNGs" in caplog.text
    out = tmp_path / "many.zip"
    caplog.clear()
    assert main(["render", str(reports["label"]), "-o", str(out), "-f", "png", "--data-type", "empty",
                 "--empty-count", "9"]) == 0
    with zipfile.ZipFile(out) as archive:
        assert archive.namelist()[:2] == ["page-0001.png", "page-0002.png"]
    assert "ZIP" not in caplog.text
