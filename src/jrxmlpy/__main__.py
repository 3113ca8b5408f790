"""``python -m jrxmlpy``: the command line (see :mod:`jrxmlpy.cli`)."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
