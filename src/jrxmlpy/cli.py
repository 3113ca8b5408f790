"""The ``jrxmlpy`` command line.  ``main(argv)`` returns the exit status, so tests call it.

``jrxmlpy check TEMPLATE... [--resources DIR ...]`` compiles templates and prints one line
per problem (``file:line <element>: message``): exit 0 when all compile, 1 when any has a
problem, 2 for a wrong command line.

``jrxmlpy render TEMPLATE -o OUTPUT [-f FORMAT] [data, parameter and run options]`` compiles,
fills and exports one report (``jrxmlpy render --help`` lists the options; see
:mod:`jrxmlpy.render`).  ``-o -`` writes to standard output.  Exit 0 when the output was
written; 1 when the report cannot be rendered (template, data, fill or export problem,
missing file); 2 for a wrong command line (unknown option, bad or unknown parameter, unknown
format, bad page range, bad paper/PNG option); 3 for an internal error.  Every error is one
line on stderr.

PDF and PNG take the paper options (:mod:`jrxmlpy.export.paper`): ``--pdf-size A4``,
``--pdf-orientation L|P|A``, ``--pdf-resize none|autofit|fit``, ``--pdf-fit 27.7cmx19cm``
(implies ``--pdf-resize fit``), ``--pdf-align "left top"``; PNG also ``--dpi``, ``--zoom``
and ``--png-layout zip|tall`` (several pages: a ZIP of page PNGs, the default, or one tall
image; see :mod:`jrxmlpy.export.png`).

``jrxmlpy compose OUT.pdf PART.json...`` writes several reports into one PDF, each part with
its own data, parameters, paper options, pages and outline title (the part file format is in
:mod:`jrxmlpy.compose`).  Exit codes as for ``render``.
"""

from __future__ import annotations

import argparse
import codecs
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .document import parse_page_range
from .errors import ExportError, JrxmlpyError, OutputOptionError, TemplateErrors
from .params import (
    ParameterError,
    ParameterFileNotFoundError,
    parse_assignment,
    parse_locale,
    parse_time_zone,
)
from .render import (
    DATA_TYPES,
    FILE_DATA_TYPES,
    DataOptions,
    FillInputs,
    build_data_source,
    load_params_json,
    prepare,
    python_encoding,
    unescape,
)
from .report import compile as compile_report


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jrxmlpy", description="Render JasperReports JRXML templates in pure Python.")
    parser.add_argument("--version", action="version", version=f"jrxmlpy {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser("check", help="compile templates and list their problems")
    check.add_argument("templates", nargs="+", metavar="TEMPLATE", help="JRXML files (6.x or 7.x format)")
    check.add_argument("--resources", "-r", action="append", default=[], metavar="DIR",
                       help="a folder where subreports, style templates and bundles are looked up (repeatable)")
    check.add_argument("--quiet", "-q", action="store_true", help="print problems only, no summary")
    _render_parser(commands)
    compose = commands.add_parser(
        "compose", help="write several reports into one PDF",
        description="Fill the reports the part files describe and write them, in order, into OUTPUT "
        "(a PDF). A part file is a JSON object (or a list of them): template or print, data, params, "
        "paper, pages, title (see jrxmlpy.compose).")
    compose.add_argument("output", metavar="OUTPUT", help="the PDF to write; - for standard output")
    compose.add_argument("parts", nargs="+", metavar="PART.json", help="part files, in order")
    return parser


def _render_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    render = commands.add_parser(
        "render", help="fill a report and export it",
        description="Compile TEMPLATE, fill it and export it to OUTPUT.")
    render.add_argument("template", metavar="TEMPLATE", help="the JRXML file (6.x or 7.x format)")
    render.add_argument("-o", "--output", required=True, metavar="OUTPUT", help="the file to write; - for standard output")
    render.add_argument("-f", "--format", metavar="FORMAT",
                        help="jrpxml, pdf, ... (default: the suffix of OUTPUT)")
    render.add_argument("--pages", metavar="RANGE", help="pages to export, e.g. 1,3-5 (default: all)")
    _grid_export_arguments(render)
    data = render.add_argument_group("data")
    data.add_argument("--data-type", default="none", choices=DATA_TYPES,
                      help="none: the report's own query or data adapter (default); empty: --empty-count "
                      "records without fields; json, jsonql, xml, csv, xls, xlsx: --data-file")
    data.add_argument("--data-file", metavar="FILE", help="the JSON, XML, CSV or Excel file")
    data.add_argument("--select", metavar="EXPR", help="the select expression (JSON, JSONQL, XPath); "
                      "without it a JSON/XML file runs through the report's own query when it has one")
    data.add_argument("--empty-count", type=int, default=1, metavar="N", help="records of --data-type empty (default 1)")
    data.add_argument("--csv-columns", metavar="A,B,...", help="CSV (or Excel) column names")
    data.add_argument("--csv-header", action="store_true", help="the first CSV (or Excel) row names the columns")
    data.add_argument("--csv-delimiter", metavar="X", help="CSV field delimiter (default ,; \\t for a tab)")
    data.add_argument("--csv-record-delimiter", metavar="X", help="CSV record delimiter (default \\n; e.g. \\r\\n)")
    data.add_argument("--encoding", metavar="E", help="encoding of the CSV file (default UTF-8)")
    data.add_argument("--date-pattern", metavar="P", help="date pattern of the data (e.g. yyyy-MM-dd)")
    data.add_argument("--number-pattern", metavar="P", help="number pattern of the data (e.g. #,##0.##)")
    data.add_argument("--db-url", metavar="URL",
                      help="the database the report's SQL queries run on (REPORT_CONNECTION), opened read-only: "
                      "sqlite:///file.db, postgresql://user@host:port/db, mysql://..., jdbc:... URLs too")
    data.add_argument("--db-timeout", type=float, metavar="SECONDS",
                      help="cancel a database call (running a query, fetching rows) that takes longer")
    run = render.add_argument_group("parameters and run")
    run.add_argument("-P", "--param", action="append", default=[], metavar="NAME=VALUE", dest="params",
                     help="a parameter value, read as the parameter's declared class (repeatable)")
    run.add_argument("--params-json", metavar="FILE",
                     help="parameter values as a JSON object (typed values as {\"$type\": ...}, see CASES.md)")
    run.add_argument("--property", action="append", default=[], metavar="NAME=VALUE", dest="properties",
                     help="a JasperReports property for this run (repeatable)")
    run.add_argument("--resources", "-r", action="append", default=[], metavar="DIR",
                     help="a folder where subreports, images, bundles and style templates are looked up (repeatable)")
    run.add_argument("--locale", default="en_US", help="the report locale (default en_US)")
    run.add_argument("--timezone", default="GMT", help="the report time zone (default GMT)")
    paper = render.add_argument_group("paper (pdf, png)")
    paper.add_argument("--pdf-size", metavar="SIZE",
                       help="paper size: A1-A6, Letter, Legal, Tabloid (default: the report's page size)")
    paper.add_argument("--pdf-orientation", metavar="L|P|A",
                       help="L landscape, P portrait, A by the page's proportions (default: as the size is)")
    paper.add_argument("--pdf-resize", metavar="MODE",
                       help="none: the page as it is, cropped if larger (default); autofit: scaled into the "
                       "paper; fit: scaled into --pdf-fit")
    paper.add_argument("--pdf-fit", metavar="WxH", help="the area of --pdf-resize fit, e.g. 27.7cmx19cm, "
                       "297mmx210mm, 11x8.5in, 800x600 (points); implies --pdf-resize fit")
    paper.add_argument("--pdf-align", metavar="ALIGN",
                       help="where the page goes on the paper: left|center|right and/or top|middle|bottom, "
                       "e.g. 'left top' (default: center middle)")
    image = render.add_argument_group("png")
    image.add_argument("--dpi", metavar="N", help="resolution (default 72: one pixel per point)")
    image.add_argument("--zoom", metavar="X", help="scale on top of --dpi (default 1)")
    image.add_argument("--png-layout", metavar="zip|tall",
                       help="several pages: a ZIP of page PNGs (default) or one tall image")
    html = render.add_argument_group("HTML and DOCX export")
    html.add_argument("--html-images", choices=("embed", "files"), default=None,
                      help="HTML images as data URIs (embed, default) or files beside the output (files)")
    html.add_argument("--html-images-dir", metavar="DIR", help="where --html-images files writes them "
                      "(default: OUTPUT's name + _files)")
    html.add_argument("--html-images-uri", metavar="URI", help="how the HTML refers to that folder")
    html.add_argument("--html-embed-fonts", action="store_true",
                      help="embed the packaged fonts in the HTML, so it shows them on any machine")
    html.add_argument("--html-zoom", type=float, metavar="Z", help="HTML scale factor (default 1)")
    html.add_argument("--docx-flat-frames", action="store_true",
                      help="DOCX: lay frames out in the page's table instead of nested tables")


class _UsageError(Exception):
    """A wrong command line found after parsing (exit 2)."""


def _error(message: str) -> None:
    lines = [line.strip() for line in str(message).splitlines() if line.strip()]
    print(f"jrxmlpy: {'; '.join(lines) or 'error'}", file=sys.stderr)


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, JrxmlpyError):
        return JrxmlpyError.__str__(exc)  # TemplateErrors: the summary, not every problem
    return str(exc)


def _grid_export_arguments(render: argparse.ArgumentParser) -> None:
    """Options of the CSV and XLSX exporters."""
    group = render.add_argument_group("CSV and XLSX export")
    group.add_argument("--csv-field-delimiter", metavar="X",
                       help="field delimiter of the CSV written (default ,; \\t for a tab)")
    group.add_argument("--csv-metadata", action="store_true",
                       help="CSV columns from the elements' net.sf.jasperreports.export.csv.column.name properties")
    group.add_argument("--xlsx-mode", choices=("faithful", "data"),
                       help="faithful: the pages as JasperReports lays them out (default); "
                            "data: one typed row per detail record")
    group.add_argument("--xlsx-one-sheet-per-page", action="store_true", help="one sheet per page")
    group.add_argument("--xlsx-detect-cell-type", action="store_true",
                       help="numbers and dates as typed cells in faithful mode")


_PAPER_FLAGS = (("--pdf-size", "pdf_size"), ("--pdf-orientation", "pdf_orientation"),
                ("--pdf-resize", "pdf_resize"), ("--pdf-fit", "pdf_fit"), ("--pdf-align", "pdf_align"))
_PNG_FLAGS = (("--dpi", "dpi"), ("--zoom", "zoom"), ("--png-layout", "png_layout"))


def export_options(args: argparse.Namespace, fmt: str) -> dict[str, object]:
    """The exporter options the command line gives for format ``fmt``: CSV, XLSX, HTML and
    DOCX options, and the paper and PNG flags (_UsageError when a flag does not fit the
    format)."""
    from .export.paper import PaperOptions
    from .export.png import check_options

    fmt = fmt.lower()
    given = [flag for flag, name in _PAPER_FLAGS if getattr(args, name, None) is not None]
    if given and fmt not in ("pdf", "png"):
        raise _UsageError(f"{given[0]} is for -f pdf or png, not {fmt}")
    png_given = [flag for flag, name in _PNG_FLAGS if getattr(args, name, None) is not None]
    if png_given and fmt != "png":
        raise _UsageError(f"{png_given[0]} is for -f png, not {fmt}")
    options: dict[str, object] = {}
    if fmt == "csv":
        if args.csv_field_delimiter is not None:
            options["field_delimiter"] = "\t" if args.csv_field_delimiter == "\\t" else args.csv_field_delimiter
        if args.csv_metadata:
            options["metadata"] = True
    elif fmt == "xlsx":
        if args.xlsx_mode is not None:
            options["mode"] = args.xlsx_mode
        if args.xlsx_one_sheet_per_page:
            options["one_sheet_per_page"] = True
        if args.xlsx_detect_cell_type:
            options["detect_cell_type"] = True
    elif fmt in ("html", "htm"):
        for name in ("images", "images_dir", "images_uri", "zoom"):
            value = getattr(args, "html_" + name, None)
            if value is not None:
                options[name] = value
        if getattr(args, "html_embed_fonts", False):
            options["embed_fonts"] = True
    elif fmt == "docx" and getattr(args, "docx_flat_frames", False):
        options["frames_as_nested_tables"] = False
    if given:
        kwargs: dict[str, object] = {}
        for _flag, name in _PAPER_FLAGS:
            value = getattr(args, name)
            if value is not None:
                kwargs[{"pdf_fit": "fit_area", "pdf_align": "align"}.get(name, name[4:])] = value
        try:
            options["paper"] = PaperOptions(**kwargs)  # type: ignore[arg-type]
        except OutputOptionError as exc:
            flag = {"fit_area": "--pdf-fit"}.get(exc.option, f"--pdf-{exc.option}")
            raise _UsageError(f"{flag}: {exc.message.split(': ', 1)[-1]}") from None
    if fmt == "png":
        try:
            dpi, zoom, layout = check_options(args.dpi if args.dpi is not None else 72,
                                              args.zoom if args.zoom is not None else 1.0,
                                              args.png_layout if args.png_layout is not None else "zip")
        except OutputOptionError as exc:
            flag = {"layout": "--png-layout"}.get(exc.option, f"--{exc.option}")
            raise _UsageError(f"{flag}: {exc.message.split(': ', 1)[-1]}") from None
        options.update(dpi=dpi, zoom=zoom, layout=layout)
    return options


def _render_options(args: argparse.Namespace) -> tuple[str, DataOptions, dict[str, str]]:
    """The export format, data options and properties of the command line (_UsageError)."""
    from .export import available_formats, get_exporter

    output = args.output
    fmt = args.format
    if fmt is None:
        suffix = Path(output).suffix if output != "-" else ""
        if not suffix:
            raise _UsageError(
                f"cannot tell the format of {output!r}: give -f ({', '.join(available_formats())})")
        fmt = suffix[1:]
    try:
        get_exporter(fmt)
    except ExportError as exc:
        raise _UsageError(exc.message) from None
    args.export_options = export_options(args, fmt)
    if args.pages is not None:
        try:
            parse_page_range(args.pages, 10**9)
        except ExportError as exc:
            raise _UsageError(f"--pages: {exc.message}") from None
    if args.db_timeout is not None and args.db_timeout <= 0:
        raise _UsageError(f"--db-timeout is positive: {args.db_timeout}")
    if args.db_timeout is not None and not args.db_url:
        raise _UsageError("--db-timeout needs --db-url")
    if args.empty_count < 0:
        raise _UsageError(f"--empty-count is not negative: {args.empty_count}")
    if args.data_type in FILE_DATA_TYPES and not args.data_file:
        raise _UsageError(f"--data-type {args.data_type} needs --data-file")
    if args.data_file and args.data_type not in FILE_DATA_TYPES:
        raise _UsageError(f"--data-file needs --data-type {', '.join(FILE_DATA_TYPES)} (not {args.data_type})")
    tabular = [flag for flag, given in (("--csv-columns", args.csv_columns), ("--csv-header", args.csv_header))
               if given]
    if tabular and args.data_type not in ("csv", "xls", "xlsx"):
        raise _UsageError(f"{tabular[0]} needs --data-type csv, xls or xlsx")
    csv_only = [flag for flag, given in (("--csv-delimiter", args.csv_delimiter),
                                         ("--csv-record-delimiter", args.csv_record_delimiter),
                                         ("--encoding", args.encoding)) if given]
    if csv_only and args.data_type != "csv":
        raise _UsageError(f"{csv_only[0]} needs --data-type csv")
    if args.select and args.data_type not in ("json", "jsonql", "xml"):
        raise _UsageError("--select needs --data-type json, jsonql or xml")
    for flag, value in (("--csv-delimiter", args.csv_delimiter), ("--csv-record-delimiter", args.csv_record_delimiter)):
        if value is not None and not unescape(value):
            raise _UsageError(f"{flag} is empty")
    if args.encoding:
        try:
            codecs.lookup(python_encoding(args.encoding))
        except LookupError:
            raise _UsageError(f"--encoding: unknown encoding {args.encoding!r}") from None
    try:
        args.locale = str(parse_locale(args.locale))  # the Java spelling: en-us -> en_US
    except ValueError as exc:
        raise _UsageError(f"--locale: {exc}") from None
    try:
        parse_time_zone(args.timezone, strict=True)
    except ValueError as exc:
        raise _UsageError(f"--timezone: {exc}") from None
    properties: dict[str, str] = {}
    for item in args.properties:
        try:
            name, value = parse_assignment(item)
        except ValueError as exc:
            raise _UsageError(f"--property: {exc}") from None
        properties[name] = value
    options = DataOptions(
        type=args.data_type,
        file=args.data_file,
        select=args.select,
        count=args.empty_count,
        columns=[c.strip() for c in args.csv_columns.split(",")] if args.csv_columns else None,
        header=args.csv_header,
        delimiter=args.csv_delimiter,
        record_delimiter=args.csv_record_delimiter,
        encoding=args.encoding,
        date_pattern=args.date_pattern,
        number_pattern=args.number_pattern,
    )
    return fmt, options, properties


def prepare_render(args: argparse.Namespace) -> tuple[FillInputs, str]:
    """The fill inputs and export format of a parsed ``render`` command line.  Raises
    _UsageError (exit 2), ParameterError (exit 2) and JrxmlpyError (exit 1)."""
    fmt, options, properties = _render_options(args)
    json_params = None
    base = None
    if args.params_json:
        json_params = load_params_json(args.params_json)
        base = Path(args.params_json).resolve().parent
    inputs = prepare(
        args.template,
        params=json_params,
        assignments=args.params,
        resources=args.resources,
        locale=args.locale,
        timezone=args.timezone,
        properties=properties,
        params_base=base,
    )
    inputs.data = build_data_source(inputs.report, options, inputs.params)
    if args.db_url:
        from .data.sql import connect

        inputs.connection = connect(args.db_url, query_timeout=args.db_timeout)
    return inputs, fmt


def _write_output(output: str, write: Callable[[Path | None], bytes | None]) -> None:
    """``write(None)``'s bytes to standard output for ``-``; else ``write(path)``, once the
    path's folder is known to exist."""
    if output == "-":
        data = write(None)
        sys.stdout.flush()
        sys.stdout.buffer.write(data or b"")
        sys.stdout.buffer.flush()
        return
    out = Path(output)
    if out.parent and not out.parent.is_dir():
        raise ExportError(f"cannot write {output}: folder {out.parent} does not exist")
    write(out)


def render_command(args: argparse.Namespace) -> int:
    try:
        inputs, fmt = prepare_render(args)
    except ParameterFileNotFoundError as exc:
        _error(_one_line(exc))
        return 1
    except (_UsageError, ParameterError) as exc:
        _error(_one_line(exc))
        return 2
    except JrxmlpyError as exc:
        _error(_one_line(exc))
        return 1
    try:
        document = inputs.fill()
        options = args.export_options

        def export(out: Path | None) -> bytes | None:
            if out is not None and options.get("layout") == "zip" and out.suffix.lower() == ".png":
                from .export import page_indexes

                count = len(page_indexes(args.pages, len(document.pages)))
                if count > 1:
                    logging.getLogger("jrxmlpy").warning(
                        "%s: %d pages make a ZIP of page PNGs; name it .zip, or give --png-layout tall "
                        "for one image or --pages for one page", args.output, count)
            return document.export(out, format=fmt, pages=args.pages, **options)

        _write_output(args.output, export)
    except JrxmlpyError as exc:
        _error(_one_line(exc))
        return 1
    finally:
        if inputs.connection is not None:
            inputs.connection.close()
    return 0


def compose_command(args: argparse.Namespace) -> int:
    from .compose import compose, load_parts

    missing = [p for p in args.parts if not Path(p).is_file()]
    if missing:
        _error(f"part file not found: {missing[0]}")
        return 1
    try:
        parts = [part for path in args.parts for part in load_parts(path)]
    except OutputOptionError as exc:
        _error(_one_line(exc))
        return 2
    except JrxmlpyError as exc:
        _error(_one_line(exc))
        return 1
    try:
        _write_output(args.output, lambda out: compose(parts, out))
    except JrxmlpyError as exc:
        _error(_one_line(exc))
        return 1
    return 0


def check(templates: Sequence[str], resources: Sequence[str], out: TextIO, quiet: bool = False) -> int:
    failed = 0
    problems = 0
    for template in templates:
        try:
            compile_report(Path(template), resources)
        except TemplateErrors as exc:
            failed += 1
            problems += len(exc.problems)
            for problem in exc.problems:
                print(problem, file=out)
        except JrxmlpyError as exc:
            failed += 1
            problems += 1
            print(exc, file=out)
    if not quiet:
        total = len(templates)
        print(f"{total - failed} of {total} templates compiled; {problems} problem(s) in {failed}", file=out)
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help and on usage errors
        return int(exc.code or 0)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s", stream=sys.stderr)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        if args.command == "render":
            return render_command(args)
        if args.command == "compose":
            return compose_command(args)
        return check(args.templates, args.resources, sys.stdout, args.quiet)
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:  # output piped into head & co.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return 1
    except Exception as exc:  # noqa: BLE001 - a bug of jrxmlpy: one line, not a traceback
        if os.environ.get("JRXMLPY_DEBUG"):
            raise
        text = " ".join(str(exc).split())[:500]
        print(f"jrxmlpy: internal error: {type(exc).__name__}: {text} (set JRXMLPY_DEBUG=1 for details)", file=sys.stderr)
        return 3


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
