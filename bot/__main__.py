"""`python -m bot`: hyosan's command line (bot.cli.run)."""

import os
import sys

try:
    from bot.cli import run
except KeyboardInterrupt:  # Ctrl-C while hyosan still loads: the line bot.cli.INTERRUPTED says (not importable now)
    sys.stderr.write("hyosan: interrupted; nothing more was done\n")
    sys.stderr.flush()
    os._exit(130)  # as bot.cli.run ends an interrupted command: Python's own exit may die by the signal instead

run()
