"""The direct font table reader agrees with fontTools on every font at hand."""

from __future__ import annotations

import glob
import sysconfig
from pathlib import Path

import pytest

from jrxmlpy.fonts import metrics

FONTS = sorted({
    *glob.glob(str(Path(metrics.__file__).parent / "files" / "*.[ot]tf")),
    *glob.glob("/usr/share/fonts/**/*.[ot]tf", recursive=True),
    *glob.glob(str(Path(sysconfig.get_paths()["purelib"]) / "*" / "fonts" / "*.[ot]tf")),
})


@pytest.mark.parametrize("path", FONTS, ids=[Path(p).name for p in FONTS])
def test_direct_reader_reads_what_fonttools_reads(path):
    direct = metrics._read_sfnt(path)
    assert direct is not None  # these plain fonts need no fallback
    expected = metrics._read_with_fonttools(path)
    for attribute in metrics._Tables.__slots__:
        assert getattr(direct, attribute) == getattr(expected, attribute), attribute


def test_fonts_the_direct_reader_does_not_take_go_to_fonttools(tmp_path):
    collection = tmp_path / "x.ttc"
    collection.write_bytes(b"ttcf" + bytes(60))
    assert metrics._read_sfnt(str(collection)) is None
