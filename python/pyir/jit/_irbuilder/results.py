"""The Numba types of a function's results: scalars, and views as Numba
arrays of the declared layout (``::1``: 'C', else 'A') whose mutability
and alignment are those of the array arguments the view may be part of.

A returned view is a new array (``pyir.alloc``: writable, aligned) or a
part of a parameter (a slice, ``b = a``, a parameter itself): which
parameters, ``origins`` follows through slices, view locals, block
arguments, selects and calls. A part of a read-only argument is a
read-only array (NumPy's slices of a read-only array are read-only too),
so the caller cannot write through it; a new array never is.
"""

from numba import types

from .._numba_common import SCALARS
from .common import _callee, _flat, _view

#: Ops whose view result is a part of their first operand's view.
_PART_OF_OPERAND = ("pyir.subview", "pyir.view_ref",
                    "builtin.unrealized_conversion_cast")


def origins(jfn, functions):
    """For each result of ``jfn`` that is a view, the indices of the
    parameters it may be a part of ({} for a new array); None for
    the other results."""
    entry = jfn["blocks"][0]
    of = {a["id"]: {k} for k, a in enumerate(entry["arguments"])}
    changed = True
    while changed:  # block arguments: to a fixed point
        changed = False
        returned = []
        for block in jfn["blocks"]:
            for op in block["ops"]:
                found = _op_origins(op, of, functions)
                for r, o in zip(op["results"], found):
                    changed |= _merge(of, r["id"], o)
                for succ in op.get("successors", []):
                    target = next(blk for blk in jfn["blocks"]
                                  if blk["id"] == succ["block"])
                    for a, v in zip(target["arguments"], succ["operands"]):
                        changed |= _merge(of, a["id"], of.get(v, set()))
                if op["name"] == "func.return":
                    returned.append(op["operands"])
    out = []
    for k, r in enumerate(jfn["results"]):
        if not _view(r):
            out.append(None)
            continue
        found = set()
        for operands in returned:
            found |= of.get(operands[k], set())
        out.append(found)
    return out


def _merge(of, key, found):
    before = of.setdefault(key, set())
    if found <= before:
        return False
    before |= found
    return True


def _op_origins(op, of, functions):
    name = op["name"]
    operands = op["operands"]
    if name in _PART_OF_OPERAND:
        return [of.get(operands[0], set())]
    if name == "arith.select":
        return [of.get(operands[1], set()) | of.get(operands[2], set())]
    if name == "func.call":
        callee = functions[_callee(op)]
        return [set().union(*[of.get(operands[k], set()) for k in o or ()])
                for o in origins(callee, functions)]
    return [set() for _ in op["results"]]


def result_types(jfn, functions, argtys):
    """The Numba types of the flattened results of ``jfn`` called with
    Numba argument types ``argtys``."""
    out = []
    for r, found in zip(jfn["results"], origins(jfn, functions)):
        view = _view(r)
        if view is None:
            out.extend(SCALARS[t] for t in _flat(r))
            continue
        elem, rank, contiguous = view
        parts = [argtys[k] for k in found]
        out.append(types.Array(SCALARS[elem.name], rank,
                               "C" if contiguous else "A",
                               readonly=any(not t.mutable for t in parts),
                               aligned=all(t.aligned for t in parts)))
    return out
