# RUN: %python %s
"""The modules of the pyir package import each other without a cycle
(issue #11): every `from . import x`, `from .x import y` and `import
pyir.x`, at module level or inside a function, is an edge of the graph."""
import ast
import os
import sys

PACKAGE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                       "python", "pyir")


def edges(name, path):
    with open(path) as f:
        tree = ast.parse(f.read(), path)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1 and node.module:
                yield node.module.split(".")[0]
            elif node.level == 1:
                for alias in node.names:
                    yield alias.name
            elif node.module and node.module.startswith("pyir."):
                yield node.module.split(".")[1]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("pyir."):
                    yield alias.name.split(".")[1]


def main():
    modules = {f[:-3]: os.path.join(PACKAGE, f)
               for f in os.listdir(PACKAGE) if f.endswith(".py")}
    # The package itself imports its submodules; a submodule importing the
    # package (`import pyir`) is not followed.
    graph = {m: sorted({e for e in edges(m, p) if e in modules and e != m})
             for m, p in modules.items() if m != "__init__"}
    assert graph["numba"], "the test reads no edges"
    state = {}

    def visit(m, stack):
        state[m] = "active"
        for n in graph.get(m, ()):
            if state.get(n) == "active":
                cycle = stack[stack.index(n):] + [n]
                sys.exit("import cycle: " + " -> ".join(cycle))
            if n not in state:
                visit(n, stack + [n])
        state[m] = "done"

    for m in sorted(graph):
        if m not in state:
            visit(m, [m])
    print("no import cycle among %d modules" % len(graph))


if __name__ == "__main__":
    main()
