"""Imports `moved` from the directory given, makes it raise, and prints the
traceback's last entry as `file:line: source text`."""
import sys
import traceback

sys.path.insert(0, sys.argv[1])
import moved  # noqa: E402

try:
    moved.checked_div(1, 0)
except ZeroDivisionError as e:
    entry = traceback.extract_tb(e.__traceback__)[-1]
    print("%s:%d: %s" % (entry.filename, entry.lineno, entry.line))
