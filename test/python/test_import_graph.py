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
    """The modules `name` (dotted, relative to pyir) imports."""
    package = name.split(".")[:-1]
    if os.path.basename(path) == "__init__.py":
        package = name.split(".")
    with open(path) as f:
        tree = ast.parse(f.read(), path)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - (node.level - 1)]
                if node.module:
                    yield ".".join(base + node.module.split("."))
                else:
                    for alias in node.names:
                        yield ".".join(base + [alias.name])
            elif node.module and node.module.startswith("pyir."):
                yield node.module[len("pyir."):]
                for alias in node.names:
                    yield node.module[len("pyir."):] + "." + alias.name
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("pyir."):
                    yield alias.name[len("pyir."):]


def main():
    modules = {}
    for directory, _, files in os.walk(PACKAGE):
        for f in files:
            if not f.endswith(".py"):
                continue
            rel = os.path.relpath(os.path.join(directory, f), PACKAGE)[:-3]
            name = rel.replace(os.sep, ".")
            if name.endswith("__init__"):
                name = name[:-len("__init__")].rstrip(".")
            modules[name or "__init__"] = os.path.join(directory, f)
    # The package itself imports its submodules; a submodule importing the
    # package (`import pyir`) is not followed.
    graph = {m: sorted({e for e in edges(m, p) if e in modules and e != m})
             for m, p in modules.items() if m != "__init__"}
    assert graph["jit.numba"], "the test reads no edges"
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
