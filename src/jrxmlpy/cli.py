"""The ``jrxmlpy`` command line.  ``main(argv)`` returns the exit status, so tests call it.

``jrxmlpy check TEMPLATE... [--resources DIR ...]`` compiles templates and prints one line
per problem (``file:line <element>: message``): exit 0 when all compile, 1 when any has a
problem, 2 for a wrong command line.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .errors import JrxmlpyError, TemplateErrors
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
    return parser


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
        return check(args.templates, args.resources, sys.stdout, args.quiet)
    except BrokenPipeError:  # output piped into head & co.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return 1
    except Exception as exc:  # noqa: BLE001 - a bug of jrxmlpy: one line, not a traceback
        if os.environ.get("JRXMLPY_DEBUG"):
            raise
        print(f"jrxmlpy: internal error: {type(exc).__name__}: {exc} (set JRXMLPY_DEBUG=1 for details)", file=sys.stderr)
        return 3


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
