"""CSV field-to-column mapping by field properties."""

from __future__ import annotations

from jrxmlpy.data import CsvDataSource, DataContext
from jrxmlpy.design.report import Field


def test_field_column_properties_name_the_column():
    # JasperReports 6.20 reads net.sf.jasperreports.csv.field.column.index / .name
    # (BandEvaluationReport's SimpleCsvDataAdapter has no column names at all).
    fields = [
        Field("simple", "java.lang.String", properties={"net.sf.jasperreports.csv.field.column.index": "1"}),
        Field("other", "java.lang.String", properties={"net.sf.jasperreports.csv.field.column.name": "a"}),
    ]
    source = CsvDataSource(b"x,y\nz,w\n", columns=["a", "b"])
    assert list(source.bind(fields, DataContext())) == [{"simple": "y", "other": "x"}, {"simple": "w", "other": "z"}]
