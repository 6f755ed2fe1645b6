"""The API reference of the pyir package, generated from its docstrings by
pdoc: every public module (no name part starting with '_'), each showing
its ``__all__``. Run by utils/api-docs.sh with BUILD/tools-venv's Python:

    python utils/api_docs.py OUT_DIR
"""
import pathlib
import pkgutil
import sys


def public_modules():
    """The names of the pyir package's public modules, ``pyir`` first."""
    import pyir

    names = ["pyir"]
    for info in pkgutil.walk_packages(pyir.__path__, "pyir."):
        parts = info.name.split(".")
        # Private modules, and files that are no module (pyir/lit/lit.cfg.py).
        if all(p.isidentifier() and not p.startswith("_") for p in parts):
            names.append(info.name)
    return names


def main(out_dir):
    import pdoc
    import pdoc.render

    modules = public_modules()
    pdoc.render.configure(docformat="restructuredtext", show_source=False)
    pdoc.pdoc(*modules, output_directory=pathlib.Path(out_dir))
    print("api-docs: %s (%d modules)"
          % (pathlib.Path(out_dir, "index.html"), len(modules)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
