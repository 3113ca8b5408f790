"""Paper options: parsing, and the geometry of placing a page on paper."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jrxmlpy.errors import ExportError, OutputOptionError
from jrxmlpy.export.paper import (
    PAPER_SIZES,
    REPORT_PAPER,
    PaperOptions,
    Placement,
    paper_size,
    parse_length_pair,
    place,
)

CM = 72 / 2.54


# --- parsing ---------------------------------------------------------------------------------


def test_defaults_are_the_identity():
    assert place(595, 842) == Placement(595, 842)
    assert place(300, 200, PaperOptions()) == Placement(300, 200)
    assert REPORT_PAPER.is_report_paper


@pytest.mark.parametrize("text, expected", [
    ("a4", "A4"), ("LETTER", "Letter"), (" legal ", "Legal"), ("tabloid", "Tabloid"), ("A1", "A1"), ("a6", "A6"),
])
def test_size_names(text, expected):
    assert PaperOptions(size=text).size == expected


def test_sizes_in_whole_points_as_jasperreports():
    assert PAPER_SIZES["A4"] == (595, 842)
    assert PAPER_SIZES["A3"] == (842, 1191)
    assert PAPER_SIZES["Letter"] == (612, 792)
    assert PAPER_SIZES["Tabloid"] == (792, 1224)


@pytest.mark.parametrize("text, expected", [("l", "L"), ("Landscape", "L"), ("p", "P"), ("auto", "A"), ("A", "A")])
def test_orientation_words(text, expected):
    assert PaperOptions(orientation=text).orientation == expected


@pytest.mark.parametrize("text, expected", [
    ("27.7cmx19cm", (27.7 * CM, 19 * CM)),
    ("297mmx210mm", (297 * CM / 10, 210 * CM / 10)),
    ("11x8.5in", (792, 612)),
    ("800x600", (800, 600)),
    ("800pt × 600pt", (800, 600)),
    ("10cm x 100mm", (10 * CM, 10 * CM)),
])
def test_fit_area_units(text, expected):
    width, height = parse_length_pair(text)
    assert width == pytest.approx(expected[0]) and height == pytest.approx(expected[1])


def test_fit_area_implies_fit():
    options = PaperOptions(fit_area="297mmx210mm")
    assert options.resize == "fit"
    assert options.fit_area == pytest.approx((297 * CM / 10, 210 * CM / 10))
    assert PaperOptions(fit_area=(100, 50)).fit_area == (100.0, 50.0)


@pytest.mark.parametrize("text, expected", [
    ("left top", ("left", "top")), ("top-right", ("right", "top")), ("center", ("center", "middle")),
    ("bottom", ("center", "bottom")), ("RIGHT", ("right", "middle")), (("left", "bottom"), ("left", "bottom")),
    ("center center", ("center", "middle")), ("middle", ("center", "middle")),
])
def test_alignment_texts(text, expected):
    assert PaperOptions(align=text).align == expected


@pytest.mark.parametrize("kwargs, option, shown", [
    (dict(size="A7"), "size", "'A7'"),
    (dict(size="B5"), "size", "'B5'"),
    (dict(orientation="sideways"), "orientation", "'sideways'"),
    (dict(resize="shrink"), "resize", "'shrink'"),
    (dict(resize="fit"), "resize", "fit_area"),
    (dict(fit_area="27.7cm"), "fit_area", "'27.7cm'"),
    (dict(fit_area="0x10cm"), "fit_area", "zero"),
    (dict(fit_area="10furlongx3cm"), "fit_area", "'10furlongx3cm'"),
    (dict(fit_area=(10, -1)), "fit_area", "(10, -1)"),
    (dict(resize="autofit", fit_area="10x10"), "fit_area", "autofit"),
    (dict(align="left right"), "align", "'left right'"),
    (dict(align="up"), "align", "'up'"),
    (dict(align=""), "align", "''"),
])
def test_bad_values_name_option_and_value(kwargs, option, shown):
    with pytest.raises(OutputOptionError) as info:
        PaperOptions(**kwargs)
    assert info.value.option == option
    assert shown in str(info.value)
    assert isinstance(info.value, ExportError)


def test_from_mapping():
    options = PaperOptions.from_mapping({"size": "a5", "orientation": "L", "fit": "18cmx12cm", "align": "left"})
    assert options == PaperOptions(size="A5", orientation="L", resize="fit", fit_area="18cmx12cm", align="left")
    assert PaperOptions.from_mapping(None) is REPORT_PAPER
    with pytest.raises(OutputOptionError, match="unknown paper option 'colour'"):
        PaperOptions.from_mapping({"colour": "red"})
    with pytest.raises(OutputOptionError, match="expected an object"):
        PaperOptions.from_mapping(["A4"])


def test_options_are_frozen_and_hashable():
    options = PaperOptions(size="A4")
    with pytest.raises(AttributeError):
        options.size = "A3"  # type: ignore[misc]
    assert hash(options) == hash(PaperOptions(size="a4"))


# --- paper size and orientation -------------------------------------------------------------------


def test_orientation_turns_the_paper():
    assert paper_size(595, 842, PaperOptions(size="A4")) == (595, 842)
    assert paper_size(595, 842, PaperOptions(size="A4", orientation="L")) == (842, 595)
    assert paper_size(842, 595, PaperOptions(size="A4", orientation="P")) == (595, 842)
    assert paper_size(842, 595, PaperOptions(size="A4", orientation="A")) == (842, 595)
    assert paper_size(595, 842, PaperOptions(size="Letter", orientation="A")) == (612, 792)
    assert paper_size(400, 400, PaperOptions(size="A5", orientation="A")) == (420, 595)
    # the report's own size, turned
    assert paper_size(300, 500, PaperOptions(orientation="L")) == (500, 300)
    assert paper_size(300, 500, PaperOptions(orientation="P")) == (300, 500)
    assert paper_size(300, 500, PaperOptions(orientation="A")) == (300, 500)


def test_none_keeps_the_size_and_crops():
    # A4 landscape page on A5 portrait, left/top: the page's top-left corner stays
    p = place(842, 595, PaperOptions(size="A5", align="left top"))
    assert (p.paper_width, p.paper_height, p.x, p.y, p.scale, p.clip) == (420, 595, 0, 0, 1.0, True)
    # a small page centred on A4: no clipping
    p = place(200, 100, PaperOptions(size="A4"))
    assert (p.x, p.y, p.scale, p.clip) == (197.5, 371, 1.0, False)
    # right/bottom: the page's bottom-right corner on the paper's
    p = place(842, 595, PaperOptions(size="A5", align="right bottom"))
    assert (p.x + 842, p.y + 595) == (420, 595)


def test_autofit_a4_landscape_on_a4_portrait():
    p = place(842, 595, PaperOptions(size="A4", resize="autofit", align="center top"))
    assert p.scale == pytest.approx(595 / 842)
    assert (p.x, p.y) == (0, 0)
    assert not p.clip
    p = place(842, 595, PaperOptions(size="A4", orientation="A", resize="autofit"))
    assert (p.paper_width, p.paper_height, p.x, p.y, p.scale) == (842, 595, 0, 0, 1.0)


def test_autofit_scales_up():
    p = place(298, 420, PaperOptions(size="A4", resize="autofit"))
    assert p.scale == pytest.approx(595 / 298)  # the width limits: 298 * 842/420 > 595


def test_fit_area_is_centred_and_turned_with_the_paper():
    margin = 1 * CM
    for orientation, page in (("L", (842, 595)), ("P", (595, 842))):
        p = place(*page, PaperOptions(size="A4", orientation=orientation, fit_area="27.7cmx19cm",
                                      align="left top"))
        assert p.x == pytest.approx(margin, abs=0.3) and p.y == pytest.approx(margin, abs=0.3)


def test_fit_area_never_larger_than_the_paper():
    p = place(1000, 1000, PaperOptions(size="A6", fit_area="1000x1000"))
    assert p.scale == pytest.approx(298 / 1000)
    assert not p.clip


# --- properties of the geometry -------------------------------------------------------------------

sides = st.floats(min_value=10, max_value=5000, allow_nan=False, allow_infinity=False)
sizes = st.sampled_from([None, *PAPER_SIZES])
orientations = st.sampled_from([None, "P", "L", "A"])
aligns = st.tuples(st.sampled_from(["left", "center", "right"]), st.sampled_from(["top", "middle", "bottom"]))
areas = st.tuples(st.floats(min_value=20, max_value=3000), st.floats(min_value=20, max_value=3000))
TOL = 1e-6


def _inside(p: Placement, width: float, height: float) -> bool:
    return (p.x >= -TOL and p.y >= -TOL and p.x + width * p.scale <= p.paper_width + TOL
            and p.y + height * p.scale <= p.paper_height + TOL)


@given(sides, sides, sizes, orientations, aligns)
def test_autofit_page_inside_paper_touching_two_sides(width, height, size, orientation, align):
    p = place(width, height, PaperOptions(size=size, orientation=orientation, resize="autofit", align=align))
    assert _inside(p, width, height)
    assert not p.clip
    # the largest scale: one dimension fills the paper
    fills_width = math.isclose(width * p.scale, p.paper_width, rel_tol=1e-9)
    fills_height = math.isclose(height * p.scale, p.paper_height, rel_tol=1e-9)
    assert fills_width or fills_height


@given(sides, sides, sizes, orientations, aligns, areas)
def test_fit_page_inside_the_area_inside_the_paper(width, height, size, orientation, align, area):
    options = PaperOptions(size=size, orientation=orientation, fit_area=area, align=align)
    p = place(width, height, options)
    assert _inside(p, width, height)
    assert not p.clip
    long_side, short_side = max(area), min(area)
    assert max(width, height) * p.scale <= long_side + TOL
    assert min(width, height) * p.scale <= max(short_side, long_side) + TOL
    # the scaled page is no larger than the paper-bounded area, and fills one of its sides
    area_w, area_h = (long_side, short_side) if p.paper_width > p.paper_height else (short_side, long_side)
    area_w, area_h = min(area_w, p.paper_width), min(area_h, p.paper_height)
    assert width * p.scale <= area_w + TOL and height * p.scale <= area_h + TOL
    assert (math.isclose(width * p.scale, area_w, rel_tol=1e-9)
            or math.isclose(height * p.scale, area_h, rel_tol=1e-9))


@given(sides, sides, sizes, orientations, aligns, st.sampled_from(["none", "autofit"]))
def test_alignment_edges(width, height, size, orientation, align, resize):
    p = place(width, height, PaperOptions(size=size, orientation=orientation, resize=resize, align=align))
    w, h = width * p.scale, height * p.scale
    horizontal, vertical = align
    expected_x = {"left": 0.0, "center": (p.paper_width - w) / 2, "right": p.paper_width - w}[horizontal]
    expected_y = {"top": 0.0, "middle": (p.paper_height - h) / 2, "bottom": p.paper_height - h}[vertical]
    assert p.x == pytest.approx(expected_x, abs=1e-6)
    assert p.y == pytest.approx(expected_y, abs=1e-6)


@given(sides, sides, sizes, orientations, aligns)
def test_none_keeps_scale_and_clips_only_overflow(width, height, size, orientation, align):
    p = place(width, height, PaperOptions(size=size, orientation=orientation, align=align))
    assert p.scale == 1.0
    assert p.clip == (not _inside(p, width, height))


@given(sides, sides, sizes, st.sampled_from(["P", "L", "A"]))
def test_orientation_of_the_paper(width, height, size, orientation):
    paper_width, paper_height = paper_size(width, height, PaperOptions(size=size, orientation=orientation))
    if orientation == "A":
        want_landscape = width > height
    else:
        want_landscape = orientation == "L"
    if paper_width != paper_height and width != height:
        assert (paper_width > paper_height) == want_landscape
