"""`python -m journeymap` runs the command line (and, with no subcommand, the editor)."""

import sys

from journeymap.cli import main

sys.exit(main())
