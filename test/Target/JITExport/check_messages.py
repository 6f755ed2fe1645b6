"""pyir._messages.CORE is the C core's message table: every PYIR_MSG_*
macro of pyir_core.h and pyir_core_support.h with the same text, and the
exception kind each is raised with (pyir_raise(err, PYIR_EXC_<kind>,
PYIR_MSG_<name>)).

    check_messages.py INCLUDE_DIR
"""
import ast
import os
import re
import sys

import pyir._messages as messages

STRING = r'"(?:[^"\\]|\\.)*"'


def main(include):
    text = ""
    for name in ("pyir_core.h", "pyir_core_support.h"):
        with open(os.path.join(include, "pyir", "Runtime", name)) as f:
            text += f.read()
    text = text.replace("\\\n", " ")
    macros = {}
    for name, body in re.findall(
            r"#define PYIR_MSG_(\w+)\s+((?:%s\s*)+)" % STRING, text):
        macros[name] = "".join(ast.literal_eval(s)
                               for s in re.findall(STRING, body))
    kinds = {}
    flat = re.sub(r"\s+", " ", text)
    for kind, name in re.findall(
            r"PYIR_EXC_(\w+), PYIR_MSG_(\w+)\)", flat):
        kinds.setdefault(name, set()).add(kind)
    bad = 0
    for name in sorted(set(macros) | set(messages.CORE)):
        if name not in macros:
            print("MISMATCH %s: in pyir._messages, not in the headers" % name)
            bad += 1
        elif name not in messages.CORE:
            print("MISMATCH %s: in the headers, not in pyir._messages" % name)
            bad += 1
        elif macros[name] != messages.CORE[name][1]:
            print("MISMATCH %s: %r != header %r" % (
                name, messages.CORE[name][1], macros[name]))
            bad += 1
        elif name in kinds and kinds[name] != {messages.CORE[name][0]}:
            print("MISMATCH %s: raised as %s, table says %s" % (
                name, sorted(kinds[name]), messages.CORE[name][0]))
            bad += 1
    print("messages: %d macros, %d with their kind checked, %d mismatches"
          % (len(macros), len(kinds), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
