"""`python -m llamadesk` is the same as the `llamadesk` command."""

import sys

from llamadesk.cli import main

sys.exit(main())
