"""Which functions tier 1 can emit (checked before typing: the adapter
falls to the next tier otherwise) and the Numba typer that emits them.
"""

from llvmlite import binding as llvm
from numba import types

from .._numba_common import SCALARS, bitcode_library, check_arg_types
from .checks import view_checks
from .common import (_SUPPORTED, _arith_pred, _callee, _flat, _scalar,
                     _unavailable, _value_types, _view)
from .emitter import Emitter
from .results import result_types


# --------------------------------------------------------------------------
# Coverage check (before typing: the adapter falls to the next tier)
# --------------------------------------------------------------------------

def _function(export, name):
    for fn in export.json_ir()["functions"]:
        if fn["name"] == name:
            return fn
    raise _unavailable("%s is not in the JSON IR" % name)





def _may_call_runtime(name, operands, results):
    """Whether the C backend may compute op ``name`` with a runtime
    function (a cast to an integer, round(), a comparison of two types):
    which function, only the op's "runtime" (1.2) says."""
    if name == "pyir.cast":
        return not _scalar(results[0]).is_float
    if name == "pyir.cmp":
        return operands[0] != operands[1] and not all(
            _scalar(t).is_float for t in operands)
    return name == "pyir.round"


def _op_reason(op, vtypes, names_conversions):
    """Why tier 1 cannot emit ``op`` (None if it can); before format 1.2
    (``names_conversions`` false) casts, round() and comparisons name no
    runtime function."""
    name = op["name"]
    attrs = op["attributes"]
    if name not in _SUPPORTED:
        return "op %s" % name
    operands = [vtypes.get(v) for v in op["operands"]]
    results = [r["type"] for r in op["results"]]
    if name == "builtin.unrealized_conversion_cast":
        if len(operands) != 1 or len(results) != 1 or \
                not (_view(operands[0]) and _view(results[0])):
            return "unrealized_conversion_cast other than view to view"
        return None
    if name == "pyir.tuple":
        return None if all(_flat(t) for t in operands) else "tuple element"
    if name == "pyir.tuple_get":
        return None if _flat(results[0]) else "tuple element"
    if name in ("pyir.dim", "pyir.stride", "pyir.load", "pyir.store",
                "pyir.alloc", "pyir.subview", "pyir.view_ref"):
        view = operands[1] if name == "pyir.store" else \
            results[0] if name == "pyir.alloc" else operands[0]
        if not _view(view):
            return "view type %s" % view
        return None
    if name in ("func.return", "func.call", "cf.br", "cf.cond_br"):
        return None
    for t in operands + results:
        if _flat(t) is None and not (name == "arith.select" and _view(t)):
            return "type %s in %s" % (t, name)
    if name == "arith.cmpi" and _arith_pred(attrs.get("predicate")) is None:
        return "arith.cmpi predicate %r" % attrs.get("predicate")
    if name == "arith.select" and not (_scalar(results[0]) or
                                       _view(results[0])):
        return "arith.select of %s" % results[0]
    if not names_conversions and _may_call_runtime(name, operands, results):
        return ("%s in export format 1.1 (names no runtime function: 1.2)"
                % name)
    if name in ("pyir.floordiv", "pyir.mod") and attrs.get("cdivision") \
            and _scalar(results[0]).is_float:
        return "cdivision on floats"
    if name == "pyir.cast" and _scalar(results[0]).is_bool:
        return "cast to bool"
    if name in ("pyir.math_unary", "pyir.math_binary",
                "pyir.math_isclose") and \
            "runtime" not in op:
        return "%s %s without a runtime function" % (name, attrs.get("fn"))
    if name in ("pyir.truediv", "pyir.floordiv", "pyir.mod", "pyir.pow",
                "pyir.add", "pyir.sub", "pyir.mul") and \
            any(_scalar(t).is_bool for t in operands):
        return "%s on bool" % name
    return None


def _check(jfn, functions, names_conversions, stack=()):
    """Raises TierUnavailable unless every op and type of ``jfn`` (and of
    the functions it calls) is covered."""
    if jfn["name"] in stack:
        raise _unavailable("recursion (%s)" % " -> ".join(
            list(stack) + [jfn["name"]]))
    if not jfn.get("blocks"):
        raise _unavailable("%s has no body" % jfn["name"])
    for p in jfn["params"]:
        if not (_scalar(p["type"]) or _view(p["type"])):
            raise _unavailable("parameter type %s" % p["type"])
    for r in jfn["results"]:
        if _flat(r) is None and not _view(r):
            raise _unavailable("result type %s" % r)
    vtypes = _value_types(jfn)
    for k, block in enumerate(jfn["blocks"]):
        if k:
            for a in block["arguments"]:
                if not (_scalar(a["type"]) or _view(a["type"])):
                    raise _unavailable("block argument of type %s"
                                       % a["type"])
        for op in block["ops"]:
            reason = _op_reason(op, vtypes, names_conversions)
            if reason:
                raise _unavailable(reason)
            if op["name"] == "func.call":
                callee = functions.get(_callee(op))
                if callee is None:
                    raise _unavailable("call of unknown %s" % _callee(op))
                _check(callee, functions, names_conversions,
                       tuple(stack) + (jfn["name"],))


def _runtime_bitcode(export, ir_module):
    """The runtime's bitcode the module's ops call (None if none calls it).
    Before format 1.1 the ops do not name their runtime function: tier 1
    would have to re-derive the rules, so it is unavailable."""
    if tuple(export.format_version) < (1, 1):
        raise _unavailable("export format %d.%d: ops do not name the C "
                           "runtime's functions (1.1)"
                           % tuple(export.format_version))
    if not any("runtime" in op for f in ir_module["functions"]
               for b in f.get("blocks", ()) for op in b["ops"]):
        return None
    path = export.bitcode_path(llvm.llvm_version_info[0], "runtime_bitcode")
    if path is None:
        raise _unavailable("no runtime bitcode for LLVM <= %d (pyirc built "
                           "without clang-14)" % llvm.llvm_version_info[0])
    return path


def make_typer(export, fn):
    """The typer of the tier-1 intrinsic of manifest function ``fn``: it
    takes the Python-level arguments (views as Numba arrays) and returns
    None, the result, or a tuple of the flattened results."""
    jfn = _function(export, fn["name"])
    ir_module = export.json_ir()
    functions = {f["name"]: f for f in ir_module["functions"]}
    _check(jfn, functions, tuple(export.format_version) >= (1, 2))
    runtime_path = _runtime_bitcode(export, ir_module)
    checks = view_checks(fn)

    def typer(typingctx, *argtys):
        if not check_arg_types(fn, argtys):
            return None
        sig_args = [t if _view(p["type"]) else SCALARS[p["type"]]
                    for p, t in zip(jfn["params"], argtys)]
        outs = result_types(jfn, functions, sig_args)
        ret = types.Tuple(outs) if outs else types.none
        sig = ret(*sig_args)

        def codegen(context, builder, signature, args):
            if runtime_path:
                context.active_code_library.add_linking_library(
                    bitcode_library(context, runtime_path))
            em = Emitter(context, builder, functions)
            values = em.enter(jfn, signature.args, args, checks)
            results = em.emit_function(jfn, values)
            em.finish()
            flat = []
            for v in results:
                flat.extend(v if isinstance(v, list) else [v])
            flat = [em.array_value(t, v) if isinstance(t, types.Array)
                    else v for t, v in zip(outs, flat)]
            if not outs:
                return context.get_dummy_value()
            return context.make_tuple(builder, signature.return_type, flat)

        return sig, codegen

    return typer
