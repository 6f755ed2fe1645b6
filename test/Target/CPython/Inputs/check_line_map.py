"""Checks the line mapping of a generated C file, as the preprocessor
counts lines: after `#line N "f"` the next line is line N of f, the one
after it N + 1, and so on.

    check_line_map.py FILE.c FILE.py

Every line must map either to a line of FILE.py that a `#line` names
directly (no line inherits N + 1, N + 2, ... from an earlier directive:
that is the drift that put perf samples on lines 19-21 of an 18-line file),
within the .py's lines, or to itself in the C file (named after the
module, `<module>.c`, as pyirc writes it). Prints a summary; exit status 1 with the
offending lines otherwise.
"""

import os
import re
import sys

DIRECTIVE = re.compile(r'\s*#\s*line\s+(\d+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*$')


def strip_comments(line, in_comment):
    """The line's code outside comments, with literals emptied, and whether
    a block comment is still open at its end (a `#line` inside a comment is
    no directive)."""
    code, i = [], 0
    while i < len(line):
        if in_comment:
            end = line.find("*/", i)
            if end < 0:
                return "".join(code), True
            i, in_comment = end + 2, False
            code.append(" ")
        elif line.startswith("/*", i):
            in_comment, i = True, i + 2
        elif line.startswith("//", i):
            break
        elif line[i] in "\"'":
            quote, j = line[i], i + 1
            while j < len(line) and line[j] != quote:
                j += 2 if line[j] == "\\" else 1
            code.append(quote + quote)
            i = j + 1
        else:
            code.append(line[i])
            i += 1
    return "".join(code), in_comment


def main():
    c_path, py_path = sys.argv[1], sys.argv[2]
    with open(py_path) as f:
        py_lines = len(f.read().splitlines())
    py_name = os.path.basename(py_path)
    # pyirc names the C file after the module, whatever -o says.
    c_name = os.path.splitext(py_name)[0] + ".c"
    with open(c_path) as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    errors = []
    current_file, current_line, offset = c_name, 1, 0
    in_comment = False
    counts = {"py": 0, "c": 0}
    max_py = 0
    for number, line in enumerate(lines, start=1):
        starts_in_comment = in_comment
        _, in_comment = strip_comments(line, in_comment)
        match = None if starts_in_comment else DIRECTIVE.match(line)
        if match:
            current_line = int(match.group(1))
            if match.group(2) is not None:
                current_file = match.group(2)
            offset = 0
            continue
        mapped = current_line + offset
        offset += 1
        where = "%s:%d (%s)" % (c_name, number, line.strip()[:60])
        if current_file == c_name:
            counts["c"] += 1
            if mapped != number:
                errors.append("%s maps to %s:%d" % (where, c_name, mapped))
        elif os.path.basename(current_file) == py_name:
            counts["py"] += 1
            max_py = max(max_py, mapped)
            if mapped > py_lines or mapped < 1:
                errors.append("%s maps to %s:%d, past its %d lines"
                              % (where, current_file, mapped, py_lines))
            elif offset != 1:
                errors.append("%s maps to %s:%d, %d lines after its #line %d"
                              % (where, current_file, mapped, offset - 1,
                                 current_line))
        else:
            errors.append("%s maps to another file, %s" % (where, current_file))
    for error in errors[:20]:
        print("error: " + error)
    if errors:
        print("%d lines mapped wrongly" % len(errors))
        return 1
    print("OK: %d lines map to %s (up to line %d of %d), %d to %s itself"
          % (counts["py"], py_name, max_py, py_lines, counts["c"], c_name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
