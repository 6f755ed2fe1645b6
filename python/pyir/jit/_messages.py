"""The exception messages of the C core, as the CPython extension shows them.

A compiled function raises through its C core: ``pyir_error`` carries the
exception kind (``PYIR_EXC_*``) and a static message, and the extension's
glue raises ``<kind>(message)`` (``<kind>()`` for an empty message). The
messages are the ``PYIR_MSG_*`` entries of the C runtime (defined once in
``include/pyir/Runtime/pyir_errors.h``, generated into ``pyir._tables``),
plus the messages of ``raise`` and ``assert`` statements, which the JSON IR
lists (``pyir.raise`` / ``pyir.assert`` ``message`` attributes), plus the argument checks the glue
makes on views that Numba's typing cannot make (contiguity, writability).

Pure Python: used by ``pyir.jit.numba`` (tier 1 raises the message of each
raising site; tiers 2 and 4 map the ``const char *`` of ``pyir_error`` back
to one of these strings, because Numba's nopython mode can only raise
exceptions with constant arguments).
"""

from .. import _tables

#: name -> (exception kind, text): the PYIR_MSG_* entries of the C runtime.
CORE = _tables.MESSAGES


def text(name):
    """The text of PYIR_MSG_<name>."""
    return CORE[name][1]


def contiguity(fname, pname, tname):
    """pyir_arg_view's message for a `::1` view that is not C-contiguous."""
    return "%s() argument '%s' must be C-contiguous (%s)" % (fname, pname,
                                                            tname)


def read_only(fname, pname):
    """pyir_arg_view's message for a read-only buffer the function writes."""
    return ("%s() argument '%s' is a read-only buffer, but %s() writes to it"
            % (fname, pname, fname))


def module_messages(json_ir):
    """(kind, text) of every ``pyir.raise`` / ``pyir.assert`` in the JSON
    IR, in order of appearance, without duplicates."""
    seen, out = set(), []
    for fn in json_ir.get("functions", []):
        for block in fn.get("blocks", []):
            for op in block.get("ops", []):
                if op.get("name") not in ("pyir.raise", "pyir.assert"):
                    continue
                attrs = op.get("attributes", {})
                entry = (attrs.get("kind", "AssertionError"),
                         attrs.get("message", "") or "")
                if entry not in seen:
                    seen.add(entry)
                    out.append(entry)
    return out


def export_table(export):
    """Every (kind, text) a function of ``export`` (a pyir.jit.Export) can
    raise through its C core: the core's messages, then the module's."""
    table = list(dict.fromkeys(CORE.values()))
    try:
        extra = module_messages(export.json_ir())
    except Exception:  # noqa: BLE001 - an export without JSON IR
        extra = []
    for entry in extra:
        if entry not in table:
            table.append(entry)
    return table
