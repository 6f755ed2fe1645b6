"""Imports pkg.sub.deep with the directories given first on sys.path,
makes it raise, and prints the traceback's last entry as `file:line:
source text` (the text as linecache finds it), and the module's names."""
import os
import sys
import traceback

sys.path[:0] = sys.argv[1:]
sys.path.remove(os.path.dirname(os.path.abspath(__file__)))
from pkg.sub import deep  # noqa: E402

print("name", deep.__name__, deep.ratio.__module__)
try:
    deep.ratio(1, 0)
except ZeroDivisionError as e:
    entry = traceback.extract_tb(e.__traceback__)[-1]
    print("%s:%d: %s" % (entry.filename, entry.lineno, entry.line))
