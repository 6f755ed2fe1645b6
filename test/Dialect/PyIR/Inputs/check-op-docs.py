"""Checks that every pyir op has a section in each given markdown file.

Reads `mlir-tblgen -print-records` of PyIROps.td on stdin, collects the
`opName` of every record derived from `PyIR_Op`, and fails unless each
markdown file has a "### `pyir.<name>`" heading for it.
"""
import re
import sys

ops = []
current = None
for line in sys.stdin:
    m = re.match(r"def (\w+) \{\s*//(.*)$", line)
    if m:
        current = m.group(1) if "PyIR_Op" in m.group(2).split() else None
        continue
    m = re.match(r'\s*string opName = "([^"]+)";', line)
    if current and m:
        ops.append(m.group(1))
        current = None

if not ops:
    sys.exit("error: no pyir ops found in the records")

status = 0
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    for op in ops:
        if "### `pyir.%s`" % op not in text:
            print("error: %s has no section for pyir.%s" % (path, op))
            status = 1
print("checked %d ops" % len(ops))
sys.exit(status)
