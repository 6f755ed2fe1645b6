"""Tier 1 of pyir.jit.numba: a function body emitted from the JSON IR with
llvmlite's IRBuilder, directly into the caller (inlined by construction).

Every op is emitted with the semantics of the C core
(``include/pyir/Runtime/pyir_core.h``, ``pyir_core_support.h`` and the
lowering in ``lib/Conversion/PyIRToEmitC``), bit for bit:

* scalars: ``int`` (i64; ``checked`` arithmetic raises OverflowError,
  ``wrap`` wraps), ``i8``..``i64`` / ``u8``..``u64`` (two's complement,
  always wrapping), ``float``, ``f32`` (every op rounds to binary32),
  ``bool``; tuples of scalars;
* views (``T[:]``, ``T[:, ::1]``, rank 1-4, fixed-width and float
  elements) are Numba arrays: ``pyir.dim``, ``pyir.load``/``pyir.store``
  with ``boundscheck`` (IndexError) and ``wraparound``, byte strides from
  the array, the element size for the last axis of a ``::1`` view (whose
  contiguity is checked on entry, as the extension's argument check does);
* arithmetic: + - * / // % ** (int, fixed, float, f32; ``cdivision``),
  unary - and abs, bitwise ops, << and >>, comparisons (exact int/float and
  signed/unsigned), every ``pyir.cast``, ``round(x)``, the ``math``
  functions of ``pyir.math_unary`` and ``pyir.math_binary`` (libm for the
  transcendental ones, CPython's own algorithms for hypot, atan2, pow,
  fmod and log's special cases);
* control flow: ``cf.br``/``cf.cond_br`` (loops included; block arguments
  become phis), ``func.call`` of module functions (inlined; recursion is
  not supported), ``pyir.raise``/``pyir.assert``.

Exceptions are raised where they occur, with the extension's message
(``context.call_conv.return_user_exc``: constant arguments, as nopython
mode requires). Anything else raises TierUnavailable with the reason and
the adapter tries the next tier: ``round(x, ndigits)`` (needs the C
library's correctly rounded printf/strtod), views as block arguments,
recursion, unknown ops.
"""

import math

from llvmlite import ir
from numba import types
from numba.core import cgutils

from . import _messages as _msg
from . import export as _jit
from ._numba_common import SCALARS, TierUnavailable, check_arg_types

I1, I8, I32, I64 = ir.IntType(1), ir.IntType(8), ir.IntType(32), ir.IntType(64)
F32, F64 = ir.FloatType(), ir.DoubleType()
I8P = I8.as_pointer()

#: arith.cmpi predicates: the JSON IR has them as keywords or (MLIR 22
#: stores the enum as an integer attribute) as their enum values.
_ARITH_PRED = ["eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt",
               "uge"]
_ARITH_ICMP = {"eq": ("s", "=="), "ne": ("s", "!="), "slt": ("s", "<"),
               "sle": ("s", "<="), "sgt": ("s", ">"), "sge": ("s", ">="),
               "ult": ("u", "<"), "ule": ("u", "<="), "ugt": ("u", ">"),
               "uge": ("u", ">=")}
_CMP = {"lt": "<", "le": "<=", "eq": "==", "ne": "!=", "gt": ">", "ge": ">="}

_PYIR_OPS = {"constant", "add", "sub", "mul", "truediv", "floordiv", "mod",
             "pow", "neg", "abs", "and", "or", "xor", "invert", "shl", "shr",
             "cmp", "cast", "round", "math_unary", "math_binary", "dim",
             "load", "store", "tuple", "tuple_get", "raise", "assert"}
_ARITH_OPS = {"constant", "addi", "subi", "muli", "divui", "divsi", "remui",
              "remsi", "andi", "ori", "xori", "shli", "shrsi", "shrui",
              "maxsi", "minsi", "maxui", "minui", "extui", "extsi", "trunci",
              "cmpi", "select"}
#: The ops tier 1 implements (some forms still raise TierUnavailable: see
#: _op_reason).
_SUPPORTED = ({"pyir." + n for n in _PYIR_OPS}
              | {"arith." + n for n in _ARITH_OPS}
              | {"cf.br", "cf.cond_br", "func.return", "func.call",
                 "builtin.unrealized_conversion_cast", "ub.poison"})

#: math_unary functions computed by a libm call of the same name, and
#: whether an infinite result from a finite argument is a range error
#: (OverflowError) rather than a domain error (CPython's math_1).
_LIBM_UNARY = {"exp": True, "expm1": True, "sin": False, "cos": False,
               "tan": False, "asin": False, "acos": False, "atan": False,
               "sinh": True, "cosh": True, "tanh": False, "log1p": False}
#: ... of which LLVM has an intrinsic (called on <1 x double>, see _fcall).
_LLVM_UNARY = {"exp", "sin", "cos"}
_MATH_UNARY = set(_LIBM_UNARY) | {"sqrt", "log", "log2", "log10", "fabs",
                                  "floor", "ceil", "trunc", "isnan", "isinf",
                                  "isfinite"}
_MATH_BINARY = {"pow", "atan2", "hypot", "copysign", "fmod", "log"}

_FP_OPS = frozenset(["fadd", "fsub", "fmul", "fdiv", "frem", "fcmp"])


def _keep_strict(block):
    """Marks the floating-point instructions of ``block`` so that Numba's
    ``fastmath=True`` pass leaves them alone.

    The pass (numba.core.fastmathpass.FastFloatBinOpVisitor) adds the
    caller's fast-math flags to every fadd/fsub/fmul/fdiv/frem/fcmp "if
    they don't have any flags"; the inlined kernel must keep the module's
    semantics (``fp_contract: off``, ``fastmath_ok: false``), as the linked
    bitcode of tier 2 does. An empty flag is non-empty for the pass and
    prints as nothing (``fadd  double``). The caller's own operations (a
    reduction around the kernel) still get the caller's flags. (Calls
    returning a float get the flags unconditionally, so the LLVM
    intrinsics are called on <1 x T> vectors: see _Emitter._fcall.)
    """
    for instr in block.instructions:
        if getattr(instr, "opname", None) in _FP_OPS and not instr.flags:
            instr.flags.append("")


def _unavailable(message):
    return TierUnavailable(message)


# --------------------------------------------------------------------------
# Types
# --------------------------------------------------------------------------

class _Scalar:
    __slots__ = ("name", "ll", "bits", "signed", "is_float")

    def __init__(self, name, ll, bits, signed, is_float):
        self.name, self.ll, self.bits = name, ll, bits
        self.signed, self.is_float = signed, is_float

    @property
    def is_int(self):
        return not self.is_float and self.bits > 1

    @property
    def is_bool(self):
        return self.bits == 1


def _scalar(name):
    """The _Scalar of a type name, or None."""
    if name == "int":
        return _Scalar("int", I64, 64, True, False)
    if name == "bool":
        return _Scalar("bool", I1, 1, False, False)
    if name in ("float", "f64"):
        return _Scalar("float", F64, 64, True, True)
    if name == "f32":
        return _Scalar("f32", F32, 32, True, True)
    if name and name[0] in "iu" and name[1:] in ("8", "16", "32", "64"):
        bits = int(name[1:])
        return _Scalar(name, ir.IntType(bits), bits, name[0] == "i", False)
    return None


def _view(name):
    """(element _Scalar, rank, contiguous) of a view type name, or None."""
    if not _jit.is_view_type(name or ""):
        return None
    elem = _scalar(name.split("[")[0])
    if elem is None or elem.is_bool:
        return None
    inner = name[name.index("[") + 1:-1]
    rank = len(inner.split(","))
    if not 1 <= rank <= 4:
        return None
    return elem, rank, inner.replace(" ", "").endswith("::1")


def _tuple(name):
    """The element type names of ``tuple[...]``, or None."""
    if not (name.startswith("tuple[") and name.endswith("]")):
        return None
    inner, parts, depth, cur = name[6:-1], [], 0, ""
    for ch in inner:
        if ch == "," and depth == 0:
            parts.append(cur.strip())
            cur = ""
            continue
        depth += ch == "["
        depth -= ch == "]"
        cur += ch
    if cur.strip():
        parts.append(cur.strip())
    return parts


def _flat(name):
    """The scalar type names a value of type ``name`` flattens to, or None
    if it contains something other than scalars."""
    if _scalar(name):
        return [name]
    elems = _tuple(name)
    if elems is None:
        return None
    out = []
    for e in elems:
        f = _flat(e)
        if f is None:
            return None
        out.extend(f)
    return out


def _callee(op):
    callee = op["attributes"].get("callee")
    if isinstance(callee, dict):
        callee = callee.get("mlir", "")
    callee = str(callee or "").lstrip("@")
    if len(callee) >= 2 and callee[0] == callee[-1] == '"':
        callee = callee[1:-1]
    return callee


def _arith_pred(value):
    if isinstance(value, int) and 0 <= value < len(_ARITH_PRED):
        return _ARITH_PRED[value]
    return value if value in _ARITH_ICMP else None


# --------------------------------------------------------------------------
# Coverage check (before typing: the adapter falls to the next tier)
# --------------------------------------------------------------------------

def _function(export, name):
    for fn in export.json_ir()["functions"]:
        if fn["name"] == name:
            return fn
    raise _unavailable("%s is not in the JSON IR" % name)


def _value_types(jfn):
    vtypes = {}
    for block in jfn["blocks"]:
        for a in block["arguments"]:
            vtypes[a["id"]] = a["type"]
        for op in block["ops"]:
            for r in op["results"]:
                vtypes[r["id"]] = r["type"]
    return vtypes


def _op_reason(op, vtypes):
    """Why tier 1 cannot emit ``op`` (None if it can)."""
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
    if name in ("pyir.dim", "pyir.load", "pyir.store"):
        view = operands[0] if name != "pyir.store" else operands[1]
        if not _view(view):
            return "view type %s" % view
        return None
    if name in ("func.return", "func.call", "cf.br", "cf.cond_br"):
        return None
    for t in operands + results:
        if _flat(t) is None:
            return "type %s in %s" % (t, name)
    if name == "arith.cmpi" and _arith_pred(attrs.get("predicate")) is None:
        return "arith.cmpi predicate %r" % attrs.get("predicate")
    if name == "arith.select" and _scalar(results[0]) is None:
        return "arith.select of %s" % results[0]
    if name == "pyir.round" and len(operands) != 1:
        return "round(x, ndigits) (needs printf/strtod)"
    if name in ("pyir.floordiv", "pyir.mod") and attrs.get("cdivision") \
            and _scalar(results[0]).is_float:
        return "cdivision on floats"
    if name == "pyir.cast" and _scalar(results[0]).is_bool:
        return "cast to bool"
    if name == "pyir.math_unary" and attrs.get("fn") not in _MATH_UNARY:
        return "math_unary %s" % attrs.get("fn")
    if name == "pyir.math_binary" and attrs.get("fn") not in _MATH_BINARY:
        return "math_binary %s" % attrs.get("fn")
    if name in ("pyir.truediv", "pyir.floordiv", "pyir.mod", "pyir.pow",
                "pyir.add", "pyir.sub", "pyir.mul") and \
            any(_scalar(t).is_bool for t in operands):
        return "%s on bool" % name
    return None


def _check(jfn, functions, stack=()):
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
        if _flat(r) is None:
            raise _unavailable("result type %s" % r)
    vtypes = _value_types(jfn)
    for k, block in enumerate(jfn["blocks"]):
        if k:
            for a in block["arguments"]:
                if not _scalar(a["type"]):
                    raise _unavailable("block argument of type %s"
                                       % a["type"])
        for op in block["ops"]:
            reason = _op_reason(op, vtypes)
            if reason:
                raise _unavailable(reason)
            if op["name"] == "func.call":
                callee = functions.get(_callee(op))
                if callee is None:
                    raise _unavailable("call of unknown %s" % _callee(op))
                _check(callee, functions, tuple(stack) + (jfn["name"],))


def make_typer(export, fn):
    """The typer of the tier-1 intrinsic of manifest function ``fn``: it
    takes the Python-level arguments (views as Numba arrays) and returns
    None, the result, or a tuple of the flattened results."""
    jfn = _function(export, fn["name"])
    functions = {f["name"]: f for f in export.json_ir()["functions"]}
    _check(jfn, functions)
    outs = [t for r in jfn["results"] for t in _flat(r)]
    if not outs:
        ret = types.none
    else:
        ret = types.Tuple([SCALARS[t] for t in outs])
    checks = view_checks(fn)

    def typer(typingctx, *argtys):
        if not check_arg_types(fn, argtys):
            return None
        sig_args = [t if _view(p["type"]) else SCALARS[p["type"]]
                    for p, t in zip(jfn["params"], argtys)]
        sig = ret(*sig_args)

        def codegen(context, builder, signature, args):
            em = _Emitter(context, builder, functions)
            values = em.enter(jfn, signature.args, args, checks)
            results = em.emit_function(jfn, values)
            em.finish()
            flat = []
            for v in results:
                flat.extend(v if isinstance(v, list) else [v])
            if not outs:
                return context.get_dummy_value()
            return context.make_tuple(builder, signature.return_type, flat)

        return sig, codegen

    return typer


# --------------------------------------------------------------------------
# View arguments: what the extension's argument conversion checks and
# Numba's typing does not (shared with tiers 2 and 4)
# --------------------------------------------------------------------------

def view_checks(fn):
    """[(param index, contiguity message or None, read-only message or
    None)] for the view parameters of manifest function ``fn``."""
    writes = set(fn.get("effects", {}).get("writes", []))
    out = []
    for k, p in enumerate(fn["signature"]["params"]):
        info = _view(p["type"])
        if info is None:
            continue
        contiguous = _msg.contiguity(fn["name"], p["name"], p["type"]) \
            if info[2] else None
        read_only = _msg.read_only(fn["name"], p["name"]) \
            if p["name"] in writes else None
        out.append((k, contiguous, read_only))
    return out


def _raise_exc(context, builder, kind, text):
    """Raises ``kind(text)`` (``kind()`` for an empty text) from the code
    being generated: the current block ends."""
    exc = _jit._builtin(kind)
    context.call_conv.return_user_exc(builder, exc, (text,) if text else None)


def emit_view_checks(context, builder, checks, argtys, args):
    """The extension's checks of view arguments, in parameter order:
    ValueError if a ``::1`` view is not C-contiguous (PyBuffer_IsContiguous
    'C': a stride only matters where the extent exceeds 1, an empty view is
    contiguous) or if a view the function writes is read-only."""
    for k, contiguous, read_only in checks:
        aryty, value = argtys[k], args[k]
        if contiguous and not (aryty.layout == "C" or
                               (aryty.ndim == 1 and aryty.layout == "F")):
            array = context.make_array(aryty)(context, builder, value)
            shape = cgutils.unpack_tuple(builder, array.shape, aryty.ndim)
            strides = cgutils.unpack_tuple(builder, array.strides,
                                           aryty.ndim)
            itemsize = context.get_abi_sizeof(
                context.get_data_type(aryty.dtype))
            sd = ir.Constant(I64, itemsize)
            bad = ir.Constant(I1, 0)
            empty = ir.Constant(I1, 0)
            for axis in reversed(range(aryty.ndim)):
                n = shape[axis]
                bad = builder.or_(bad, builder.and_(
                    builder.icmp_signed(">", n, ir.Constant(I64, 1)),
                    builder.icmp_signed("!=", strides[axis], sd)))
                empty = builder.or_(empty, builder.icmp_signed(
                    "==", n, ir.Constant(I64, 0)))
                sd = builder.mul(sd, n)
            bad = builder.and_(bad, builder.not_(empty))
            with cgutils.if_unlikely(builder, bad):
                _raise_exc(context, builder, "ValueError", contiguous)
        if read_only and not aryty.mutable:
            _raise_exc(context, builder, "ValueError", read_only)
            # The rest is unreachable; keep emitting into a fresh block.
            builder.position_at_end(
                builder.function.append_basic_block("pyir.unreachable"))


# --------------------------------------------------------------------------
# libm calls outside the caller's fast-math reach
# --------------------------------------------------------------------------

_LIBM_PREFIX = "pyir_libm_v1_"
_LIBM_LIBRARIES = {}


def _libm_library(context):
    """A code library (one per Numba codegen) of ``i64 pyir_libm_v1_<f>(i64
    ...)``: the libm function of doubles, arguments and result as bits.
    It is compiled without fast-math flags (Numba's fastmath rewrite only
    touches the modules of the functions it lowers) and linked into the
    caller's library; LLVM inlines the wrappers, leaving the plain libm
    call. Internal Numba API (create_library, add_linking_library), as
    tier 2."""
    codegen = context.codegen()
    if codegen not in _LIBM_LIBRARIES:
        module = ir.Module(name="pyir_libm")
        for name in sorted(list(_LIBM_UNARY) + ["atan2", "pow"]):
            nargs = 2 if name in ("atan2", "pow") else 1
            wrapper = ir.Function(module, ir.FunctionType(I64, [I64] * nargs),
                                  _LIBM_PREFIX + name)
            wrapper.attributes.add("alwaysinline")
            libm = ir.Function(module, ir.FunctionType(F64, [F64] * nargs),
                               name)
            builder = ir.IRBuilder(wrapper.append_basic_block())
            # nobuiltin: LLVM must not rewrite the call (pow(x, 0.5) to
            # sqrt(x), which differs from libm's pow in the last bit).
            libm.attributes.add("nobuiltin")
            result = builder.call(libm, [builder.bitcast(a, F64)
                                         for a in wrapper.args])
            builder.ret(builder.bitcast(result, I64))
        library = codegen.create_library("pyir_libm")
        library.add_ir_module(module)
        _LIBM_LIBRARIES[codegen] = library
    return _LIBM_LIBRARIES[codegen]


# --------------------------------------------------------------------------
# The emitter
# --------------------------------------------------------------------------

class _Unlikely:
    def __init__(self, emitter, cond):
        self.b = emitter.b
        self.slow = emitter.new_block("pyir.slow")
        self.cont = emitter.new_block("pyir.cont")
        br = self.b.cbranch(cond, self.slow, self.cont)
        br.set_weights([1, 1 << 20])

    def __enter__(self):
        self.b.position_at_end(self.slow)

    def __exit__(self, *exc):
        if not self.b.block.is_terminated:
            self.b.branch(self.cont)
        self.b.position_at_end(self.cont)
        return False


class _View:
    __slots__ = ("data", "shape", "strides", "aligned")

    def __init__(self, data, shape, strides, aligned):
        self.data, self.shape = data, shape
        self.strides, self.aligned = strides, aligned


def _c(ll, value):
    return ir.Constant(ll, value)


def _int_const(scalar, value):
    """An integer constant of ``scalar``'s width from a Python int (JSON
    writes unsigned values zero-extended)."""
    bits = scalar.bits
    value &= (1 << bits) - 1
    if bits > 1 and value >= 1 << (bits - 1):
        value -= 1 << bits
    return ir.Constant(scalar.ll, value)


def _float_value(value):
    if isinstance(value, dict):
        text = value["float"]
        v = float.fromhex(text)
        if v != v and text.lstrip().startswith("-"):
            v = -v  # float.fromhex('-nan') drops the sign
        return v
    return float(value)


class _Emitter:
    def __init__(self, context, builder, functions):
        self.ctx, self.b, self.functions = context, builder, functions
        self.raise_blocks = {}
        self.start_blocks = set(id(bb) for bb in builder.function.blocks)
        self.values = {}
        self.vtypes = {}

    # Entry and exit -------------------------------------------------------

    def enter(self, jfn, argtys, args, checks):
        """The top-level parameter values (views from Numba arrays) after
        the view argument checks; continues in a new block."""
        b = self.b
        emit_view_checks(self.ctx, b, checks, argtys, args)
        values = []
        for p, t, v in zip(jfn["params"], argtys, args):
            if _view(p["type"]):
                array = self.ctx.make_array(t)(self.ctx, b, v)
                values.append(_View(
                    b.bitcast(array.data, I8P),
                    cgutils.unpack_tuple(b, array.shape, t.ndim),
                    cgutils.unpack_tuple(b, array.strides, t.ndim),
                    t.aligned))
            else:
                values.append(v)
        body = self.new_block("pyir.%s" % jfn["name"])
        b.branch(body)
        b.position_at_end(body)
        return values

    def finish(self):
        for bb in self.b.function.blocks:
            if id(bb) not in self.start_blocks:
                _keep_strict(bb)

    def new_block(self, name):
        return self.b.function.append_basic_block(name)

    # Control flow of one function (inlined) --------------------------------

    def emit_function(self, jfn, args):
        """Emits the body of ``jfn`` with parameter values ``args`` at the
        current position; returns its results (tuples as lists) with the
        builder at the end of the join block."""
        b = self.b
        saved = self.values, self.vtypes
        self.values, self.vtypes = {}, _value_types(jfn)
        blocks = {blk["id"]: blk for blk in jfn["blocks"]}
        order = self._rpo(jfn)
        self.llblocks, self.phis = {}, {}
        here = b.block
        for bid in order:
            self.llblocks[bid] = self.new_block("pyir.%s.bb%d"
                                                % (jfn["name"], bid))
        entry = jfn["blocks"][0]
        for a, v in zip(entry["arguments"], args):
            self.values[a["id"]] = v
        for bid in order[1:]:
            b.position_at_end(self.llblocks[bid])
            self.phis[bid] = []
            for a in blocks[bid]["arguments"]:
                phi = b.phi(_scalar(a["type"]).ll)
                self.phis[bid].append(phi)
                self.values[a["id"]] = phi
        exit_block = self.new_block("pyir.%s.exit" % jfn["name"])
        returns = []
        b.position_at_end(here)
        b.branch(self.llblocks[entry["id"]])
        llblocks, phis = self.llblocks, self.phis
        for bid in order:
            b.position_at_end(llblocks[bid])
            for op in blocks[bid]["ops"]:
                self.llblocks, self.phis = llblocks, phis
                if op["name"] == "func.return":
                    flat = []
                    for v in op["operands"]:
                        value = self.values[v]
                        flat.extend(value if isinstance(value, list)
                                    else [value])
                    returns.append((flat, b.block))
                    b.branch(exit_block)
                    break
                if self.op(op):
                    break
        b.position_at_end(exit_block)
        flat_types = [t for r in jfn["results"] for t in _flat(r)]
        flat = []
        for k, t in enumerate(flat_types):
            ll = _scalar(t).ll
            if not returns:
                flat.append(ir.Constant(ll, None))
                continue
            phi = b.phi(ll)
            for values, block in returns:
                phi.add_incoming(values[k], block)
            flat.append(phi)
        results, pos = [], 0
        for r in jfn["results"]:
            n = len(_flat(r))
            results.append(flat[pos] if _scalar(r) else flat[pos:pos + n])
            pos += n
        self.values, self.vtypes = saved
        return results

    @staticmethod
    def _rpo(jfn):
        succ = {}
        for blk in jfn["blocks"]:
            targets = []
            for op in blk["ops"]:
                for s in op.get("successors", []):
                    targets.append(s["block"])
            succ[blk["id"]] = targets
        seen, post = set(), []
        stack = [(jfn["blocks"][0]["id"], iter(succ[jfn["blocks"][0]["id"]]))]
        seen.add(jfn["blocks"][0]["id"])
        while stack:
            node, it = stack[-1]
            for nxt in it:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, iter(succ[nxt])))
                    break
            else:
                post.append(node)
                stack.pop()
        return post[::-1]

    def _jump(self, succ):
        """Adds the successor's phi inputs from the current block; returns
        the target LLVM block."""
        b = self.b
        for phi, v in zip(self.phis.get(succ["block"], []), succ["operands"]):
            phi.add_incoming(self.values[v], b.block)
        return self.llblocks[succ["block"]]

    # Raising --------------------------------------------------------------

    def raise_block(self, kind, text):
        key = (kind, text)
        if key not in self.raise_blocks:
            b = self.b
            here = b.block
            block = self.new_block("pyir.raise")
            b.position_at_end(block)
            _raise_exc(self.ctx, b, kind, text)
            b.position_at_end(here)
            self.raise_blocks[key] = block
        return self.raise_blocks[key]

    def raise_if(self, cond, kind, text):
        """Raises kind(text) when cond; continues in a new block."""
        b = self.b
        cont = self.new_block("pyir.cont")
        br = b.cbranch(cond, self.raise_block(kind, text), cont)
        br.set_weights([1, 1 << 20])
        b.position_at_end(cont)

    def raise_msg(self, cond, name):
        kind, text = _msg.CORE[name]
        self.raise_if(cond, kind, text)

    def unlikely(self, cond):
        """``with self.unlikely(cond):`` the code emitted in the block runs
        only when cond (it ends by raising); the builder continues after."""
        return _Unlikely(self, cond)

    def if_value(self, cond, then_fn, else_fn):
        """cond ? then_fn() : else_fn(), each emitted in its own block."""
        b = self.b
        t, e, join = (self.new_block("pyir.then"), self.new_block("pyir.else"),
                      self.new_block("pyir.join"))
        b.cbranch(cond, t, e)
        b.position_at_end(t)
        tv = then_fn()
        t_end = b.block
        b.branch(join)
        b.position_at_end(e)
        ev = else_fn()
        e_end = b.block
        b.branch(join)
        b.position_at_end(join)
        phi = b.phi(tv.type)
        phi.add_incoming(tv, t_end)
        phi.add_incoming(ev, e_end)
        return phi

    # Small IR helpers ------------------------------------------------------

    def _fcall(self, name, args):
        """An LLVM floating-point intrinsic (llvm.floor, llvm.sqrt, ...)
        called on <1 x T>: Numba's fastmath pass adds the caller's flags to
        every call returning a float, which would let LLVM assume no NaN or
        infinity; a vector-typed call is left alone, and LLVM scalarises it
        to the same instruction or libm call."""
        b = self.b
        ty = args[0].type
        vty = ir.VectorType(ty, 1)
        suffix = "v1f64" if isinstance(ty, ir.DoubleType) else "v1f32"
        fn = cgutils.get_or_insert_function(
            b.module, ir.FunctionType(vty, [vty] * len(args)),
            "%s.%s" % (name, suffix))
        zero = _c(I32, 0)
        vargs = [b.insert_element(ir.Constant(vty, None), a, zero)
                 for a in args]
        return b.extract_element(b.call(fn, vargs), zero)

    def _libm(self, name, args):
        """A libm function of doubles (resolved by Numba's JIT like the
        ones Numba's own math lowering declares), called through a wrapper
        taking and returning the bits as i64 (see _libm_library): a call
        returning a float would get the caller's fast-math flags, and with
        them LLVM may assume the result is not NaN (``math.asin(2.0)``
        would not raise)."""
        b = self.b
        self.ctx.active_code_library.add_linking_library(
            _libm_library(self.ctx))
        fnty = ir.FunctionType(I64, [I64] * len(args))
        fn = cgutils.get_or_insert_function(b.module, fnty,
                                            _LIBM_PREFIX + name)
        bits = b.call(fn, [b.bitcast(a, I64) for a in args])
        return b.bitcast(bits, F64)

    def fabs(self, x):
        b = self.b
        it = I64 if isinstance(x.type, ir.DoubleType) else I32
        mask = (1 << (it.width - 1)) - 1
        return b.bitcast(b.and_(b.bitcast(x, it), _c(it, mask)), x.type)

    def copysign(self, x, y):
        b = self.b
        it = I64 if isinstance(x.type, ir.DoubleType) else I32
        sign = 1 << (it.width - 1)
        mag = b.and_(b.bitcast(x, it), _c(it, sign - 1))
        sgn = b.and_(b.bitcast(y, it), _c(it, -sign))
        return b.bitcast(b.or_(mag, sgn), x.type)

    def isnan(self, x):
        return self.b.fcmp_unordered("uno", x, x)

    def isinf(self, x):
        return self.b.fcmp_ordered("==", self.fabs(x), _c(x.type, math.inf))

    def isfinite(self, x):
        return self.b.fcmp_ordered("<", self.fabs(x), _c(x.type, math.inf))

    def to_f64(self, x):
        return self.b.fpext(x, F64) if isinstance(x.type, ir.FloatType) \
            else x

    def from_f64(self, x, scalar):
        if isinstance(scalar.ll, ir.FloatType):
            return self.b.fptrunc(x, F32)
        return x

    def widen(self, v, scalar):
        """An integer or bool widened to 64 bits (sign-extended if signed)."""
        if scalar.bits == 64:
            return v
        return self.b.sext(v, I64) if scalar.signed and scalar.bits > 1 \
            else self.b.zext(v, I64)

    def narrow(self, v, scalar):
        return v if scalar.bits == 64 else self.b.trunc(v, scalar.ll)

    # Ops -------------------------------------------------------------------

    def op(self, op):
        """Emits one op; True if it ended the block."""
        name = op["name"]
        method = getattr(self, "op_" + name.replace(".", "_"))
        vals = [self.values[v] for v in op["operands"]]
        types_ = [_scalar(self.vtypes[v]) for v in op["operands"]]
        rtypes = [r["type"] for r in op["results"]]
        result = method(op, vals, types_, rtypes, op["attributes"])
        if result is True:
            return True
        if op["results"] and result is not None:
            self.values[op["results"][0]["id"]] = result
        return False

    # constants, tuples, casts of views

    def op_pyir_constant(self, op, vals, ts, rts, attrs):
        scalar = _scalar(rts[0])
        value = attrs["value"]
        if scalar.is_float:
            return _c(scalar.ll, _float_value(value))
        if scalar.is_bool:
            return _c(I1, 1 if value else 0)
        return _int_const(scalar, int(value))

    op_arith_constant = op_pyir_constant

    def op_ub_poison(self, op, vals, ts, rts, attrs):
        return ir.Constant(_scalar(rts[0]).ll, None)

    def op_pyir_tuple(self, op, vals, ts, rts, attrs):
        flat = []
        for v in vals:
            flat.extend(v if isinstance(v, list) else [v])
        return flat

    def op_pyir_tuple_get(self, op, vals, ts, rts, attrs):
        elems = _tuple(self.vtypes[op["operands"][0]])
        index = attrs["index"]
        pos = sum(len(_flat(e)) for e in elems[:index])
        n = len(_flat(elems[index]))
        return vals[0][pos] if _scalar(elems[index]) \
            else vals[0][pos:pos + n]

    def op_builtin_unrealized_conversion_cast(self, op, vals, ts, rts, attrs):
        return vals[0]

    # control flow

    def op_cf_br(self, op, vals, ts, rts, attrs):
        self.b.branch(self._jump(op["successors"][0]))
        return True

    def op_cf_cond_br(self, op, vals, ts, rts, attrs):
        b = self.b
        s_true, s_false = op["successors"]
        if s_true["block"] == s_false["block"] and (s_true["operands"] or
                                                    s_false["operands"]):
            # One phi cannot take two values from one block: edge blocks.
            here, edges = b.block, []
            for succ in (s_true, s_false):
                edge = self.new_block("pyir.edge")
                b.position_at_end(edge)
                b.branch(self._jump(succ))
                edges.append(edge)
            b.position_at_end(here)
            b.cbranch(vals[0], *edges)
            return True
        t = self._jump(s_true)
        f = self._jump(s_false)
        b.cbranch(vals[0], t, f)
        return True

    def op_func_call(self, op, vals, ts, rts, attrs):
        b = self.b
        callee = self.functions[_callee(op)]
        saved = self.llblocks, self.phis
        results = self.emit_function(callee, vals)
        self.llblocks, self.phis = saved
        for r, v in zip(op["results"], results):
            self.values[r["id"]] = v
        cont = self.new_block("pyir.ret")
        b.branch(cont)
        b.position_at_end(cont)
        return None

    def op_pyir_raise(self, op, vals, ts, rts, attrs):
        self.b.branch(self.raise_block(attrs["kind"],
                                       attrs.get("message", "") or ""))
        return True

    def op_pyir_assert(self, op, vals, ts, rts, attrs):
        self.raise_if(self.b.not_(vals[0]), attrs["kind"],
                      attrs.get("message", "") or "")

    # arith (the frontend's 64-bit loop arithmetic: two's complement)

    def op_arith_addi(self, op, vals, ts, rts, attrs):
        return self.b.add(*vals)

    def op_arith_subi(self, op, vals, ts, rts, attrs):
        return self.b.sub(*vals)

    def op_arith_muli(self, op, vals, ts, rts, attrs):
        return self.b.mul(*vals)

    def op_arith_divui(self, op, vals, ts, rts, attrs):
        return self.b.udiv(*vals)

    def op_arith_divsi(self, op, vals, ts, rts, attrs):
        return self.b.sdiv(*vals)

    def op_arith_remui(self, op, vals, ts, rts, attrs):
        return self.b.urem(*vals)

    def op_arith_remsi(self, op, vals, ts, rts, attrs):
        return self.b.srem(*vals)

    def op_arith_andi(self, op, vals, ts, rts, attrs):
        return self.b.and_(*vals)

    def op_arith_ori(self, op, vals, ts, rts, attrs):
        return self.b.or_(*vals)

    def op_arith_xori(self, op, vals, ts, rts, attrs):
        return self.b.xor(*vals)

    def op_arith_shli(self, op, vals, ts, rts, attrs):
        return self.b.shl(*vals)

    def op_arith_shrsi(self, op, vals, ts, rts, attrs):
        return self.b.ashr(*vals)

    def op_arith_shrui(self, op, vals, ts, rts, attrs):
        return self.b.lshr(*vals)

    def _minmax(self, vals, pred, signed):
        cmp = self.b.icmp_signed if signed else self.b.icmp_unsigned
        return self.b.select(cmp(pred, vals[0], vals[1]), vals[0], vals[1])

    def op_arith_maxsi(self, op, vals, ts, rts, attrs):
        return self._minmax(vals, ">", True)

    def op_arith_minsi(self, op, vals, ts, rts, attrs):
        return self._minmax(vals, "<", True)

    def op_arith_maxui(self, op, vals, ts, rts, attrs):
        return self._minmax(vals, ">", False)

    def op_arith_minui(self, op, vals, ts, rts, attrs):
        return self._minmax(vals, "<", False)

    def op_arith_extui(self, op, vals, ts, rts, attrs):
        return self.b.zext(vals[0], _scalar(rts[0]).ll)

    def op_arith_extsi(self, op, vals, ts, rts, attrs):
        return self.b.sext(vals[0], _scalar(rts[0]).ll)

    def op_arith_trunci(self, op, vals, ts, rts, attrs):
        return self.b.trunc(vals[0], _scalar(rts[0]).ll)

    def op_arith_select(self, op, vals, ts, rts, attrs):
        return self.b.select(*vals)

    def op_arith_cmpi(self, op, vals, ts, rts, attrs):
        kind, pred = _ARITH_ICMP[_arith_pred(attrs["predicate"])]
        cmp = self.b.icmp_signed if kind == "s" else self.b.icmp_unsigned
        return cmp(pred, *vals)

    # views

    def op_pyir_dim(self, op, vals, ts, rts, attrs):
        return vals[0].shape[attrs["axis"]]

    def _element(self, view, vtype, indices, attrs, elem):
        b = self.b
        _, _, contiguous = _view(vtype)
        boundscheck = bool(attrs.get("boundscheck"))
        wraparound = bool(attrs.get("wraparound"))
        offset = None
        for axis, i in enumerate(indices):
            n = view.shape[axis]
            if wraparound:
                i = b.select(b.icmp_signed("<", i, _c(I64, 0)), b.add(i, n), i)
            if boundscheck:
                # i < 0 || i >= n with n >= 0: one unsigned comparison.
                self.raise_msg(b.icmp_unsigned(">=", i, n), "VIEW_INDEX")
            if contiguous and axis == len(indices) - 1:
                stride = _c(I64, elem.bits // 8)
            else:
                stride = view.strides[axis]
            term = b.mul(i, stride)
            offset = term if offset is None else b.add(offset, term)
        ptr = b.gep(view.data, [offset], inbounds=True)
        return b.bitcast(ptr, elem.ll.as_pointer())

    def op_pyir_load(self, op, vals, ts, rts, attrs):
        elem = _scalar(rts[0])
        vtype = self.vtypes[op["operands"][0]]
        ptr = self._element(vals[0], vtype, vals[1:], attrs, elem)
        return self.b.load(ptr, align=None if vals[0].aligned else 1)

    def op_pyir_store(self, op, vals, ts, rts, attrs):
        vtype = self.vtypes[op["operands"][1]]
        elem = _view(vtype)[0]
        ptr = self._element(vals[1], vtype, vals[2:], attrs, elem)
        self.b.store(vals[0], ptr, align=None if vals[1].aligned else 1)

    # arithmetic

    @staticmethod
    def _checked(t, attrs):
        """Python's int (OverflowError) rather than wrapping arithmetic."""
        return t.name == "int" and attrs.get("overflow") != "wrap"

    def op_pyir_add(self, op, vals, ts, rts, attrs):
        return self._arith("add", vals, ts[0], attrs)

    def op_pyir_sub(self, op, vals, ts, rts, attrs):
        return self._arith("sub", vals, ts[0], attrs)

    def op_pyir_mul(self, op, vals, ts, rts, attrs):
        return self._arith("mul", vals, ts[0], attrs)

    def _arith(self, what, vals, t, attrs):
        b = self.b
        if t.is_float:
            return getattr(b, "f" + what)(*vals)
        if self._checked(t, attrs):
            pair = getattr(b, "s%s_with_overflow" % what)(*vals)
            self.raise_msg(b.extract_value(pair, 1), "INT_OVERFLOW")
            return b.extract_value(pair, 0)
        return getattr(b, what)(*vals)

    def op_pyir_neg(self, op, vals, ts, rts, attrs):
        b, t, a = self.b, ts[0], vals[0]
        if t.is_float:
            return b.fneg(a)
        if self._checked(t, attrs):
            self.raise_msg(b.icmp_signed("==", a, _c(I64, -2**63)),
                           "INT_OVERFLOW")
        return b.sub(_c(t.ll, 0), a)

    def op_pyir_abs(self, op, vals, ts, rts, attrs):
        b, t, a = self.b, ts[0], vals[0]
        if t.is_float:
            return self.fabs(a)
        if not t.signed:
            return a
        if self._checked(t, attrs):
            self.raise_msg(b.icmp_signed("==", a, _c(I64, -2**63)),
                           "INT_OVERFLOW")
        return b.select(b.icmp_signed("<", a, _c(t.ll, 0)),
                        b.sub(_c(t.ll, 0), a), a)

    def op_pyir_and(self, op, vals, ts, rts, attrs):
        return self.b.and_(*vals)

    def op_pyir_or(self, op, vals, ts, rts, attrs):
        return self.b.or_(*vals)

    def op_pyir_xor(self, op, vals, ts, rts, attrs):
        return self.b.xor(*vals)

    def op_pyir_invert(self, op, vals, ts, rts, attrs):
        return self.b.xor(vals[0], _c(vals[0].type, -1))

    def op_pyir_truediv(self, op, vals, ts, rts, attrs):
        b, t = self.b, ts[0]
        x, y = vals
        if t.is_float:
            self.raise_msg(b.fcmp_ordered("==", y, _c(y.type, 0.0)),
                           "FLOAT_DIV_ZERO")
            return b.fdiv(x, y)
        # pyir_int_truediv / pyir_uN_truediv (cdivision is not honoured by
        # the C lowering either: the divisor is always checked).
        self.raise_msg(b.icmp_unsigned("==", y, _c(y.type, 0)), "DIV_ZERO")
        if not t.signed:
            return self._udiv_to_double(b.zext(x, I64) if t.bits < 64 else x,
                                        b.zext(y, I64) if t.bits < 64 else y)
        a, d = self.widen(x, t), self.widen(y, t)
        zero = _c(I64, 0)
        a_neg = b.icmp_signed("<", a, zero)
        d_neg = b.icmp_signed("<", d, zero)
        ua = b.select(a_neg, b.sub(zero, a), a)
        ud = b.select(d_neg, b.sub(zero, d), d)
        q = self._udiv_to_double(ua, ud)
        return b.select(b.xor(a_neg, d_neg), b.fneg(q), q)

    def _udiv_to_double(self, ua, ub):
        """pyir__udiv_to_double: the correctly rounded ua / ub (ub != 0)."""
        b = self.b
        two53 = _c(I64, 1 << 53)
        fast = b.and_(b.icmp_unsigned("<=", ua, two53),
                      b.icmp_unsigned("<=", ub, two53))

        def quick():
            return b.fdiv(b.uitofp(ua, F64), b.uitofp(ub, F64))

        def slow():
            return self._udiv_slow(ua, ub)

        result = self.if_value(fast, quick, slow)
        return b.select(b.icmp_unsigned("==", ua, _c(I64, 0)),
                        _c(F64, 0.0), result)

    def _udiv_slow(self, ua, ub):
        """q = floor(ua * 2**s / ub) with a sticky bit, by restoring long
        division (the C core's portable path; its 128-bit path computes the
        same q and remainder), then (double)q * 2**-s."""
        b = self.b
        la = b.sub(_c(I64, 64), b.ctlz(ua, _c(I1, 0)))
        lb = b.sub(_c(I64, 64), b.ctlz(ub, _c(I1, 0)))
        s = b.add(_c(I64, 55), b.sub(lb, la))
        s = b.select(b.icmp_signed("<", s, _c(I64, 0)), _c(I64, 0), s)
        start = b.add(s, _c(I64, 63))
        pre = b.block
        head, body, done = (self.new_block("pyir.udiv.head"),
                            self.new_block("pyir.udiv.body"),
                            self.new_block("pyir.udiv.done"))
        b.branch(head)
        b.position_at_end(head)
        i = b.phi(I64)
        rem = b.phi(I64)
        q = b.phi(I64)
        i.add_incoming(start, pre)
        rem.add_incoming(_c(I64, 0), pre)
        q.add_incoming(_c(I64, 0), pre)
        b.cbranch(b.icmp_signed(">=", i, _c(I64, 0)), body, done)
        b.position_at_end(body)
        shift = b.sub(i, s)
        in_a = b.icmp_signed(">=", i, s)
        safe = b.select(in_a, shift, _c(I64, 0))
        bit = b.select(in_a, b.and_(b.lshr(ua, safe), _c(I64, 1)),
                       _c(I64, 0))
        carry = b.icmp_unsigned("!=", b.lshr(rem, _c(I64, 63)), _c(I64, 0))
        rem2 = b.or_(b.shl(rem, _c(I64, 1)), bit)
        q2 = b.shl(q, _c(I64, 1))
        take = b.or_(carry, b.icmp_unsigned(">=", rem2, ub))
        rem3 = b.select(take, b.sub(rem2, ub), rem2)
        q3 = b.select(take, b.or_(q2, _c(I64, 1)), q2)
        i.add_incoming(b.sub(i, _c(I64, 1)), body)
        rem.add_incoming(rem3, body)
        q.add_incoming(q3, body)
        b.branch(head)
        b.position_at_end(done)
        qs = b.select(b.icmp_unsigned("!=", rem, _c(I64, 0)),
                      b.or_(q, _c(I64, 1)), q)
        # 2**-s is a normal double (s <= 118); the product is exact.
        scale = b.bitcast(b.shl(b.sub(_c(I64, 1023), s), _c(I64, 52)), F64)
        return b.fmul(b.uitofp(qs, F64), scale)

    def op_pyir_floordiv(self, op, vals, ts, rts, attrs):
        return self._division("floordiv", vals, ts[0], attrs)

    def op_pyir_mod(self, op, vals, ts, rts, attrs):
        return self._division("mod", vals, ts[0], attrs)

    def _division(self, what, vals, t, attrs):
        b = self.b
        a, d = vals
        if t.is_float:
            return self._float_divmod(what, a, d)
        zero, one, m1 = _c(t.ll, 0), _c(t.ll, 1), _c(t.ll, -1)
        if attrs.get("cdivision"):
            # pyir_*_cdiv / _cmod: C truncation; a zero divisor is
            # undefined (here: no trap, an unspecified value).
            if not t.signed:
                safe = b.select(b.icmp_unsigned("==", d, zero), one, d)
                return (b.udiv if what == "floordiv" else b.urem)(a, safe)
            is_m1 = b.icmp_signed("==", d, m1)
            safe = b.select(b.or_(is_m1, b.icmp_signed("==", d, zero)),
                            one, d)
            if what == "mod":
                return b.srem(a, safe)
            return b.select(is_m1, b.sub(zero, a), b.sdiv(a, safe))
        self.raise_msg(b.icmp_signed("==", d, zero),
                       "INT_DIV_ZERO" if what == "floordiv"
                       else "INT_MOD_ZERO")
        if not t.signed:
            return (b.udiv if what == "floordiv" else b.urem)(a, d)
        is_m1 = b.icmp_signed("==", d, m1)
        if what == "floordiv" and self._checked(t, attrs):
            # pyir_int_floordiv: b == -1 is pyir_int_neg.
            self.raise_msg(b.and_(is_m1, b.icmp_signed(
                "==", a, _c(I64, -2**63))), "INT_OVERFLOW")
        safe = b.select(is_m1, one, d)
        r = b.srem(a, safe)
        r_nz = b.icmp_signed("!=", r, zero)
        if what == "floordiv":
            q = b.sdiv(a, safe)
            adjust = b.and_(r_nz, b.icmp_signed("<", b.xor(a, safe), zero))
            q = b.sub(q, b.zext(adjust, t.ll))
            return b.select(is_m1, b.sub(zero, a), q)
        adjust = b.and_(r_nz, b.icmp_signed("<", b.xor(r, safe), zero))
        return b.select(adjust, b.add(r, safe), r)

    def _float_divmod(self, what, vx, wx):
        """CPython's _float_div_mod / float_rem in the operands' precision
        (pyir_float_* and pyir_f32_*)."""
        b = self.b
        ty = vx.type
        zero = _c(ty, 0.0)
        self.raise_msg(b.fcmp_ordered("==", wx, zero),
                       "FLOAT_FLOORDIV_ZERO" if what == "floordiv"
                       else "FLOAT_MOD_ZERO")
        m = b.frem(vx, wx)
        m_nz = b.fcmp_unordered("!=", m, zero)  # m != 0.0 || isnan(m)
        sign_diff = b.xor(b.fcmp_ordered("<", wx, zero),
                          b.fcmp_ordered("<", m, zero))
        adjust = b.and_(m_nz, sign_diff)
        m_adj = b.select(adjust, b.fadd(m, wx), m)
        m_final = b.select(m_nz, m_adj, self.copysign(zero, wx))
        if what == "mod":
            return m_final
        div = b.fdiv(b.fsub(vx, m), wx)
        div = b.select(adjust, b.fsub(div, _c(ty, 1.0)), div)
        fd = self._fcall("llvm.floor", [div])
        fd = b.select(b.fcmp_ordered(">", b.fsub(div, fd), _c(ty, 0.5)),
                      b.fadd(fd, _c(ty, 1.0)), fd)
        d_nz = b.fcmp_unordered("!=", div, zero)
        return b.select(d_nz, fd, self.copysign(zero, b.fdiv(vx, wx)))

    def op_pyir_pow(self, op, vals, ts, rts, attrs):
        b, t = self.b, ts[0]
        x, y = vals
        if t.name == "float":
            return self._float_pow(x, y)
        if t.name == "f32":
            r = self._float_pow(b.fpext(x, F64), b.fpext(y, F64))
            f = b.fptrunc(r, F32)
            self.raise_msg(b.and_(self.isinf(f), b.not_(self.isinf(r))),
                           "POW_RANGE")
            return f
        checked = self._checked(t, attrs)
        if t.signed:
            with self.unlikely(b.icmp_signed("<", y, _c(t.ll, 0))):
                self.raise_msg(b.icmp_signed("==", x, _c(t.ll, 0)),
                               "ZERO_NEG_POW")
                kind, text = _msg.CORE["INT_NEG_POW"]
                b.branch(self.raise_block(kind, text))
        base = self.widen(x, t)
        exp = self.widen(y, t)
        pre = b.block
        head, body, done = (self.new_block("pyir.pow.head"),
                            self.new_block("pyir.pow.body"),
                            self.new_block("pyir.pow.done"))
        b.branch(head)
        b.position_at_end(head)
        result, bb, e = b.phi(I64), b.phi(I64), b.phi(I64)
        result.add_incoming(_c(I64, 1), pre)
        bb.add_incoming(base, pre)
        e.add_incoming(exp, pre)
        b.cbranch(b.icmp_unsigned("!=", e, _c(I64, 0)), body, done)
        b.position_at_end(body)
        odd = b.icmp_unsigned("!=", b.and_(e, _c(I64, 1)), _c(I64, 0))
        e2 = b.lshr(e, _c(I64, 1))
        more = b.icmp_unsigned("!=", e2, _c(I64, 0))
        if checked:
            # pyir_int_pow: result * b when the bit is set, b * b only
            # while bits remain (no spurious overflow).
            p1 = b.smul_with_overflow(result, bb)
            self.raise_msg(b.and_(odd, b.extract_value(p1, 1)),
                           "INT_OVERFLOW")
            r2 = b.select(odd, b.extract_value(p1, 0), result)
            p2 = b.smul_with_overflow(bb, bb)
            self.raise_msg(b.and_(more, b.extract_value(p2, 1)),
                           "INT_OVERFLOW")
            b2 = b.extract_value(p2, 0)
        else:
            r2 = b.select(odd, b.mul(result, bb), result)
            b2 = b.mul(bb, bb)
        latch = b.block
        result.add_incoming(r2, latch)
        bb.add_incoming(b2, latch)
        e.add_incoming(e2, latch)
        b.branch(head)
        b.position_at_end(done)
        return self.narrow(result, t)

    def _is_odd_integer(self, x):
        b = self.b
        return b.fcmp_ordered("==", b.frem(self.fabs(x), _c(F64, 2.0)),
                              _c(F64, 1.0))

    def _float_pow(self, iv, iw):
        """pyir_float_pow (CPython's float_pow; PyIR raises ValueError for a
        negative base with a non-integral exponent)."""
        b = self.b
        one, zero = _c(F64, 1.0), _c(F64, 0.0)
        join = self.new_block("pyir.fpow.join")
        incoming = []

        def ret(value):
            incoming.append((value, b.block))
            b.branch(join)

        def case(cond, value_fn):
            then, other = self.new_block("pyir.then"), \
                self.new_block("pyir.else")
            b.cbranch(cond, then, other)
            b.position_at_end(then)
            ret(value_fn())
            b.position_at_end(other)

        case(b.fcmp_ordered("==", iw, zero), lambda: one)
        case(self.isnan(iv), lambda: iv)
        case(self.isnan(iw), lambda: b.select(
            b.fcmp_ordered("==", iv, one), one, iw))

        def inf_w():
            v = self.fabs(iv)
            big = b.xor(b.fcmp_ordered(">", iw, zero),
                        b.fcmp_ordered(">", v, one))
            r = b.select(big, zero, self.fabs(iw))
            return b.select(b.fcmp_ordered("==", v, one), one, r)
        case(self.isinf(iw), inf_w)

        def inf_v():
            odd = self._is_odd_integer(iw)
            pos = b.select(odd, iv, self.fabs(iv))
            neg = b.select(odd, self.copysign(zero, iv), zero)
            return b.select(b.fcmp_ordered(">", iw, zero), pos, neg)
        case(self.isinf(iv), inf_v)

        def zero_v():
            self.raise_msg(b.fcmp_ordered("<", iw, zero), "ZERO_NEG_POW")
            return b.select(self._is_odd_integer(iw), iv, zero)
        case(b.fcmp_ordered("==", iv, zero), zero_v)
        # iv finite, non-zero; iw finite, non-zero.
        negative = b.fcmp_ordered("<", iv, zero)
        frac = b.fcmp_unordered("!=", iw, self._fcall("llvm.floor", [iw]))
        with self.unlikely(b.and_(negative, frac)):
            big = self.isinf(self._libm("pow", [b.fneg(iv), iw]))
            self.raise_msg(big, "COMPLEX_POW_RANGE")
            kind, text = _msg.CORE["FLOAT_NEG_FRAC_POW"]
            b.branch(self.raise_block(kind, text))
        negate = b.and_(negative, self._is_odd_integer(iw))
        v = b.select(negative, b.fneg(iv), iv)
        case(b.fcmp_ordered("==", v, one),
             lambda: b.select(negate, _c(F64, -1.0), one))
        ix = self._libm("pow", [v, iw])
        self.raise_msg(self.isinf(ix), "POW_RANGE")
        ret(b.select(negate, b.fneg(ix), ix))
        b.position_at_end(join)
        phi = b.phi(F64)
        for value, block in incoming:
            phi.add_incoming(value, block)
        return phi

    # shifts

    def op_pyir_shl(self, op, vals, ts, rts, attrs):
        b, t = self.b, ts[0]
        a, n = vals
        zero = _c(t.ll, 0)
        if t.signed:
            self.raise_msg(b.icmp_signed("<", n, zero), "NEG_SHIFT")
        if self._checked(t, attrs):
            # pyir_int_lshift
            big = b.icmp_signed(">=", n, _c(I64, 63))
            sh = b.select(big, _c(I64, 0), n)
            over = b.or_(big, b.or_(
                b.icmp_signed(">", a, b.ashr(_c(I64, 2**63 - 1), sh)),
                b.icmp_signed("<", a, b.sub(_c(I64, 0), b.shl(
                    _c(I64, 1), b.sub(_c(I64, 63), sh))))))
            over = b.and_(over, b.icmp_signed("!=", a, zero))
            ok_min = b.and_(b.icmp_signed("==", n, _c(I64, 63)),
                            b.icmp_signed("==", a, _c(I64, -1)))
            self.raise_msg(b.and_(over, b.not_(ok_min)), "INT_OVERFLOW")
            return b.select(ok_min, _c(I64, -2**63), b.shl(a, sh))
        big = b.icmp_unsigned(">=", n, _c(t.ll, t.bits))
        sh = b.select(big, zero, n)
        return b.select(big, zero, b.shl(a, sh))

    def op_pyir_shr(self, op, vals, ts, rts, attrs):
        b, t = self.b, ts[0]
        a, n = vals
        zero = _c(t.ll, 0)
        if t.signed:
            self.raise_msg(b.icmp_signed("<", n, zero), "NEG_SHIFT")
            top = _c(t.ll, t.bits - 1)
            return b.ashr(a, b.select(b.icmp_signed(">", n, top), top, n))
        big = b.icmp_unsigned(">=", n, _c(t.ll, t.bits))
        return b.select(big, zero, b.lshr(a, b.select(big, zero, n)))

    # comparisons

    def op_pyir_cmp(self, op, vals, ts, rts, attrs):
        b = self.b
        pred = attrs["predicate"]
        (x, y), (tx, ty) = vals, ts
        if tx.is_float and ty.is_float:
            x, y = self.to_f64(x), self.to_f64(y)
            if pred == "ne":
                return b.fcmp_unordered("!=", x, y)
            return b.fcmp_ordered(_CMP[pred], x, y)
        if tx.is_float != ty.is_float:
            i, d, ti = (y, x, ty) if tx.is_float else (x, y, tx)
            u = ti.name == "u64"
            c = self._cmp3_int_float(self.widen(i, ti), self.to_f64(d), u)
            if tx.is_float:
                c = b.select(b.icmp_signed("==", c, _c(I32, 2)), c,
                             b.sub(_c(I32, 0), c))
            return self._apply(c, pred)
        if tx.name == ty.name or (tx.bits == ty.bits and
                                  tx.signed == ty.signed):
            cmp = b.icmp_signed if tx.signed else b.icmp_unsigned
            return cmp(_CMP[pred], x, y)
        u64x, u64y = tx.name == "u64", ty.name == "u64"
        if u64x or u64y:
            other = ty if u64x else tx
            wx, wy = self.widen(x, tx), self.widen(y, ty)
            if u64x and u64y or not other.signed or other.is_bool:
                return b.icmp_unsigned(_CMP[pred], wx, wy)
            zero = _c(I64, 0)
            if u64y:  # int <pred> u64
                c = b.select(b.icmp_unsigned(">", wx, wy), _c(I32, 1),
                             _c(I32, 0))
                c = b.select(b.icmp_unsigned("<", wx, wy), _c(I32, -1), c)
                c = b.select(b.icmp_signed("<", wx, zero), _c(I32, -1), c)
            else:  # u64 <pred> int
                c = b.select(b.icmp_unsigned(">", wx, wy), _c(I32, 1),
                             _c(I32, 0))
                c = b.select(b.icmp_unsigned("<", wx, wy), _c(I32, -1), c)
                c = b.select(b.icmp_signed("<", wy, zero), _c(I32, 1), c)
            return self._apply(c, pred)
        return b.icmp_signed(_CMP[pred], self.widen(x, tx),
                             self.widen(y, ty))

    def _cmp3_int_float(self, i, d, unsigned):
        """pyir__cmp3_int_float / _u64_float: -1, 0, 1, or 2 (NaN)."""
        b = self.b
        lo = 0.0 if unsigned else -2.0**63
        hi = 2.0**64 if unsigned else 2.0**63
        nan = self.isnan(d)
        ge_hi = b.fcmp_ordered(">=", d, _c(F64, hi))
        lt_lo = b.fcmp_ordered("<", d, _c(F64, lo))
        inrange = b.and_(b.fcmp_ordered(">=", d, _c(F64, lo)),
                         b.fcmp_ordered("<", d, _c(F64, hi)))
        t = self._fcall("llvm.trunc", [d])
        tsafe = b.select(inrange, t, _c(F64, 0.0))
        ti = b.fptoui(tsafe, I64) if unsigned else b.fptosi(tsafe, I64)
        cmp = b.icmp_unsigned if unsigned else b.icmp_signed
        frac = b.fsub(d, t)
        c = b.select(b.fcmp_ordered("<", frac, _c(F64, 0.0)), _c(I32, 1),
                     _c(I32, 0))
        c = b.select(b.fcmp_ordered(">", frac, _c(F64, 0.0)), _c(I32, -1), c)
        c = b.select(cmp(">", i, ti), _c(I32, 1), c)
        c = b.select(cmp("<", i, ti), _c(I32, -1), c)
        c = b.select(lt_lo, _c(I32, 1), c)
        c = b.select(ge_hi, _c(I32, -1), c)
        return b.select(nan, _c(I32, 2), c)

    def _apply(self, c, pred):
        """pyir__cmp_apply."""
        b = self.b

        def eq(k):
            return b.icmp_signed("==", c, _c(I32, k))
        if pred == "lt":
            return eq(-1)
        if pred == "le":
            return b.or_(eq(-1), eq(0))
        if pred == "eq":
            return eq(0)
        if pred == "ne":
            return b.not_(eq(0))
        if pred == "gt":
            return eq(1)
        return b.or_(eq(1), eq(0))

    # conversions

    def op_pyir_cast(self, op, vals, ts, rts, attrs):
        b = self.b
        src, dst = ts[0], _scalar(rts[0])
        x = vals[0]
        if src.name == dst.name:
            return x
        if dst.is_float:
            if src.is_float:
                return b.fptrunc(x, F32) if dst.name == "f32" \
                    else b.fpext(x, F64)
            if src.signed and not src.is_bool:
                return b.sitofp(x, dst.ll)
            return b.uitofp(x, dst.ll)
        wrap = attrs.get("overflow") == "wrap"
        if src.is_float:
            x = self.to_f64(x)
            if wrap:
                return self.narrow(self._float_to_u64_mod(x), dst)
            v = self._float_to_int(x)
            if dst.name == "int":
                return v
            return self._narrow_checked(v, dst, from_u64=False)
        wide = self.widen(x, src)
        if wrap:
            return self.narrow(wide, dst)
        return self._narrow_checked(wide, dst, from_u64=src.name == "u64")

    def _narrow_checked(self, v, dst, from_u64):
        """pyir_narrow_<dst>_from_i64 / _from_u64."""
        b = self.b
        if dst.signed:
            lo, hi = -(1 << (dst.bits - 1)), (1 << (dst.bits - 1)) - 1
        else:
            lo, hi = 0, (1 << dst.bits) - 1
        hi_c = _int_const(_scalar("u64"), hi)
        if from_u64:
            bad = b.icmp_unsigned(">", v, hi_c)
        else:
            bad = b.or_(b.icmp_signed("<", v, _int_const(_scalar("int"), lo)),
                        b.and_(b.icmp_signed(">", v, _c(I64, 0)),
                               b.icmp_unsigned(">", v, hi_c)))
        self.raise_msg(bad, "INT_OVERFLOW")
        return self.narrow(v, dst)

    def _float_to_int(self, x):
        """pyir_float_to_int: truncation; ValueError for NaN, OverflowError
        for infinities and values outside int64."""
        b = self.b
        inrange = b.and_(b.fcmp_ordered(">=", x, _c(F64, -2.0**63)),
                         b.fcmp_ordered("<", x, _c(F64, 2.0**63)))
        with self.unlikely(b.not_(inrange)):
            self.raise_msg(self.isnan(x), "FLOAT_NAN_TO_INT")
            self.raise_msg(self.isinf(x), "FLOAT_INF_TO_INT")
            kind, text = _msg.CORE["INT_OVERFLOW"]
            b.branch(self.raise_block(kind, text))
        return b.fptosi(x, I64)

    def _float_to_u64_mod(self, x):
        """pyir__float_to_u64_mod: int(x) mod 2**64, exact."""
        b = self.b
        inrange = b.and_(b.fcmp_ordered(">=", x, _c(F64, -2.0**63)),
                         b.fcmp_ordered("<", x, _c(F64, 2.0**63)))

        def fast():
            return b.fptosi(x, I64)

        def slow():
            self.raise_msg(self.isnan(x), "FLOAT_NAN_TO_INT")
            self.raise_msg(self.isinf(x), "FLOAT_INF_TO_INT")
            r = b.frem(x, _c(F64, 2.0**64))
            m = b.fptoui(self.fabs(r), I64)
            return b.select(b.fcmp_ordered("<", r, _c(F64, 0.0)),
                            b.sub(_c(I64, 0), m), m)
        return self.if_value(inrange, fast, slow)

    def op_pyir_round(self, op, vals, ts, rts, attrs):
        # pyir_float_round_int: half to even, then int()'s errors.
        b = self.b
        x = self.to_f64(vals[0])
        r = self._fcall("llvm.round", [x])
        half = b.fcmp_ordered("==", self.fabs(b.fsub(x, r)), _c(F64, 0.5))
        even = b.fmul(_c(F64, 2.0), self._fcall(
            "llvm.round", [b.fdiv(x, _c(F64, 2.0))]))
        return self._float_to_int(b.select(half, even, r))

    # math

    def _math1(self, x, r, can_overflow):
        """math_1's checks of r = f(x)."""
        b = self.b
        self.raise_msg(b.and_(self.isnan(r), b.not_(self.isnan(x))),
                       "MATH_DOMAIN")
        self.raise_msg(b.and_(self.isinf(r), self.isfinite(x)),
                       "MATH_RANGE" if can_overflow else "MATH_DOMAIN")
        return r

    def _m_log(self, fn, x):
        """CPython's m_log/m_log2/m_log10 then math_1's checks."""
        b = self.b
        zero = _c(F64, 0.0)
        finite = self.isfinite(x)
        positive = b.fcmp_ordered(">", x, zero)
        ok = b.and_(finite, positive)
        lr = self._log(fn, b.select(ok, x, _c(F64, 1.0)))
        nan = _c(F64, math.nan)
        in_finite = b.select(positive, lr, b.select(
            b.fcmp_ordered("==", x, zero), _c(F64, -math.inf), nan))
        in_special = b.select(b.or_(self.isnan(x), positive), x, nan)
        r = b.select(finite, in_finite, in_special)
        return self._math1(x, r, False)

    def _log(self, fn, x):
        return self._fcall("llvm." + fn, [x])

    def op_pyir_math_unary(self, op, vals, ts, rts, attrs):
        fn = attrs["fn"]
        rt = _scalar(rts[0])
        x = self.to_f64(vals[0])
        if fn == "fabs":
            r = self.fabs(x)
        elif fn == "isnan":
            return self.isnan(x)
        elif fn == "isinf":
            return self.isinf(x)
        elif fn == "isfinite":
            return self.isfinite(x)
        elif fn in ("floor", "ceil"):
            return self._float_to_int(self._fcall("llvm." + fn, [x]))
        elif fn == "trunc":
            return self._float_to_int(x)
        elif fn == "sqrt":
            r = self._math1(x, self._fcall("llvm.sqrt", [x]), False)
        elif fn in ("log", "log2", "log10"):
            r = self._m_log(fn, x)
        else:
            if fn in _LLVM_UNARY:
                value = self._fcall("llvm." + fn, [x])
            else:
                value = self._libm(fn, [x])
            r = self._math1(x, value, _LIBM_UNARY[fn])
        return self.from_f64(r, rt)

    def op_pyir_math_binary(self, op, vals, ts, rts, attrs):
        b = self.b
        fn = attrs["fn"]
        rt = _scalar(rts[0])
        x, y = self.to_f64(vals[0]), self.to_f64(vals[1])
        if fn == "copysign":
            r = self.copysign(x, y)
        elif fn == "hypot":
            r = self._hypot(x, y)
        elif fn == "atan2":
            r = self._atan2(x, y)
        elif fn == "fmod":
            special = b.and_(self.isinf(y), self.isfinite(x))
            m = b.frem(x, y)
            self.raise_msg(b.and_(b.not_(special), b.and_(
                self.isnan(m), b.not_(b.or_(self.isnan(x), self.isnan(y))))),
                "MATH_DOMAIN")
            r = b.select(special, x, m)
        elif fn == "pow":
            r = self._math_pow(x, y)
        else:  # log(x, base)
            num = self._m_log("log", x)
            den = self._m_log("log", y)
            self.raise_msg(b.fcmp_ordered("==", den, _c(F64, 0.0)),
                           "FLOAT_DIV_ZERO")
            r = b.fdiv(num, den)
        return self.from_f64(r, rt)

    def _math_pow(self, x, y):
        """pyir_math_pow (math.pow)."""
        b = self.b
        one, zero = _c(F64, 1.0), _c(F64, 0.0)
        special = b.not_(b.and_(self.isfinite(x), self.isfinite(y)))
        # The special values (no libm), as nested selects.
        ax = self.fabs(x)
        odd_y = b.and_(self.isfinite(y), self._is_odd_integer(y))
        inf_x = b.select(
            b.fcmp_ordered(">", y, zero), b.select(odd_y, x, ax),
            b.select(b.fcmp_ordered("==", y, zero), one,
                     b.select(odd_y, self.copysign(zero, x), zero)))
        inf_y = b.select(
            b.fcmp_ordered("==", ax, one), one,
            b.select(b.and_(b.fcmp_ordered(">", y, zero),
                            b.fcmp_ordered(">", ax, one)), y,
                     b.select(b.and_(b.fcmp_ordered("<", y, zero),
                                     b.fcmp_ordered("<", ax, one)),
                              b.fneg(y), zero)))
        sv = b.select(self.isinf(x), inf_x, inf_y)
        sv = b.select(self.isnan(y), b.select(b.fcmp_ordered("==", x, one),
                                              one, y), sv)
        sv = b.select(self.isnan(x), b.select(b.fcmp_ordered("==", y, zero),
                                              one, x), sv)

        def normal():
            r = self._libm("pow", [x, y])
            bad = b.not_(self.isfinite(r))
            self.raise_msg(b.and_(bad, b.or_(self.isnan(r), b.fcmp_ordered(
                "==", x, zero))), "MATH_DOMAIN")
            self.raise_msg(bad, "MATH_RANGE")
            return r
        return self.if_value(special, lambda: sv, normal)

    def _atan2(self, y, x):
        """CPython's m_atan2 and math_2's checks (math.atan2(y, x))."""
        b = self.b
        pi = math.pi
        one, zero = _c(F64, 1.0), _c(F64, 0.0)
        x_pos = b.fcmp_ordered("==", self.copysign(one, x), one)
        both_inf = b.select(x_pos, self.copysign(_c(F64, 0.25 * pi), y),
                            self.copysign(_c(F64, 0.75 * pi), y))
        inf_y = b.select(self.isinf(x), both_inf,
                         self.copysign(_c(F64, 0.5 * pi), y))
        axis = b.select(x_pos, self.copysign(zero, y),
                        self.copysign(_c(F64, pi), y))
        use_libm = b.not_(b.or_(b.or_(self.isnan(x), self.isnan(y)),
                                b.or_(self.isinf(y), b.or_(
                                    self.isinf(x),
                                    b.fcmp_ordered("==", y, zero)))))
        lib = self.if_value(use_libm, lambda: self._libm("atan2", [y, x]),
                            lambda: zero)
        r = b.select(b.or_(self.isinf(x), b.fcmp_ordered("==", y, zero)),
                     axis, lib)
        r = b.select(self.isinf(y), inf_y, r)
        r = b.select(b.or_(self.isnan(x), self.isnan(y)),
                     _c(F64, math.nan), r)
        # math_2
        self.raise_msg(b.and_(self.isnan(r), b.not_(b.or_(
            self.isnan(y), self.isnan(x)))), "MATH_DOMAIN")
        self.raise_msg(b.and_(self.isinf(r), b.and_(self.isfinite(y),
                                                    self.isfinite(x))),
                       "MATH_RANGE")
        return r

    def _pow2(self, k):
        """2.0**k for an i64 k in [-1074, 1023] (exact)."""
        b = self.b
        normal = b.bitcast(b.shl(b.add(k, _c(I64, 1023)), _c(I64, 52)), F64)
        sub_shift = b.add(k, _c(I64, 1074))
        sub_shift = b.select(b.icmp_signed("<", sub_shift, _c(I64, 0)),
                             _c(I64, 0), sub_shift)
        sub_shift = b.select(b.icmp_signed(">", sub_shift, _c(I64, 63)),
                             _c(I64, 63), sub_shift)
        subnormal = b.bitcast(b.shl(_c(I64, 1), sub_shift), F64)
        return b.select(b.icmp_signed(">=", k, _c(I64, -1022)), normal,
                        subnormal)

    def _frexp_exp(self, x):
        """The exponent frexp gives for a finite x > 0."""
        b = self.b
        bits = b.bitcast(x, I64)
        e = b.and_(b.lshr(bits, _c(I64, 52)), _c(I64, 0x7FF))
        mant = b.and_(bits, _c(I64, (1 << 52) - 1))
        sub = b.sub(_c(I64, -1010), b.ctlz(mant, _c(I1, 0)))
        return b.select(b.icmp_unsigned("==", e, _c(I64, 0)), sub,
                        b.sub(e, _c(I64, 1022)))

    def _hypot(self, x, y):
        """pyir_math_hypot: CPython 3.11's vector_norm for two values."""
        b = self.b
        f = lambda v: _c(F64, v)  # noqa: E731
        v = [self.fabs(x), self.fabs(y)]
        found_nan = b.or_(self.isnan(v[0]), self.isnan(v[1]))
        mx = f(0.0)
        for vi in v:
            mx = b.select(b.fcmp_ordered(">", vi, mx), vi, mx)
        early = b.or_(b.or_(self.isinf(mx), found_nan),
                      b.fcmp_ordered("==", mx, f(0.0)))
        early_value = b.select(self.isinf(mx), mx,
                               b.select(found_nan, f(math.nan), mx))

        def compute():
            max_e = self._frexp_exp(mx)
            tiny = b.icmp_signed("<", max_e, _c(I64, -1023))
            return self.if_value(tiny, lambda: self._hypot_tiny(v, mx),
                                 lambda: self._hypot_scaled(v, max_e))
        return self.if_value(early, lambda: early_value, compute)

    def _hypot_tiny(self, v, mx):
        b = self.b
        csum, frac1 = _c(F64, 1.0), _c(F64, 0.0)
        for vi in v:
            x = b.fdiv(vi, mx)
            x = b.fmul(x, x)
            old = csum
            csum = b.fadd(csum, x)
            frac1 = b.fadd(frac1, b.fadd(b.fsub(old, csum), x))
        inner = b.fadd(b.fsub(csum, _c(F64, 1.0)), frac1)
        return b.fmul(mx, self._fcall("llvm.sqrt", [inner]))

    def _hypot_scaled(self, v, max_e):
        b = self.b
        f = lambda value: _c(F64, value)  # noqa: E731
        t27 = f(134217729.0)
        scale = self._pow2(b.sub(_c(I64, 0), max_e))
        csum, frac1, frac2, frac3 = f(1.0), f(0.0), f(0.0), f(0.0)

        def split(x):
            t = b.fmul(x, t27)
            hi = b.fsub(t, b.fsub(t, x))
            return hi, b.fsub(x, hi)

        def acc(csum, frac, x):
            old = csum
            csum = b.fadd(csum, x)
            return csum, b.fadd(frac, b.fadd(b.fsub(old, csum), x))
        for vi in v:
            x = b.fmul(vi, scale)
            hi, lo = split(x)
            csum, frac1 = acc(csum, frac1, b.fmul(hi, hi))
            csum, frac2 = acc(csum, frac2, b.fmul(b.fmul(f(2.0), hi), lo))
            frac3 = b.fadd(frac3, b.fmul(lo, lo))

        def total():
            return b.fadd(b.fsub(csum, f(1.0)),
                          b.fadd(b.fadd(frac1, frac2), frac3))
        h = self._fcall("llvm.sqrt", [total()])
        hi, lo = split(h)
        csum, frac1 = acc(csum, frac1, b.fmul(b.fneg(hi), hi))
        csum, frac2 = acc(csum, frac2, b.fmul(b.fmul(f(-2.0), hi), lo))
        csum, frac3 = acc(csum, frac3, b.fmul(b.fneg(lo), lo))
        x = total()
        return b.fdiv(b.fadd(h, b.fdiv(x, b.fmul(f(2.0), h))), scale)
