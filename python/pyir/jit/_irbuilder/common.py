"""What the tier-1 emitter files share: LLVM types, the scalar/view/tuple
type descriptions of the JSON IR, the op tables and small IR helpers.
"""

from llvmlite import ir

from ... import _tables
from .. import export as _jit
from .._numba_common import TierUnavailable


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
             "cmp", "cast", "round", "math_unary", "math_binary",
             "math_isclose", "dim", "stride",
             "load", "store", "tuple", "tuple_get", "raise", "assert",
             "alloc", "subview", "view_ref"}
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
    intrinsics are called on <1 x T> vectors: see EmitterBase._fcall.)
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
    if not 1 <= rank <= _tables.MAX_RANK:
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
    """A view in the emitted code: the element pointer (i8*), extents and
    byte strides (i64 values), the Numba array's NRT meminfo and parent
    (i8*: the owner a view made here shares; the parent is the NumPy
    object the array came from, null for a slice or a new array), whether
    the data is aligned and whether the view is borrowed (static: the
    function's parameters own it for the whole call, owners.py)."""
    __slots__ = ("data", "shape", "strides", "aligned", "meminfo", "parent",
                 "borrowed")

    def __init__(self, data, shape, strides, aligned, meminfo, parent,
                 borrowed=False):
        self.data, self.shape = data, list(shape)
        self.strides, self.aligned = list(strides), aligned
        self.meminfo, self.parent = meminfo, parent
        self.borrowed = borrowed

    def parts(self):
        """The LLVM values of the view, in the order of part_types."""
        return [self.data, self.meminfo, self.parent] + self.shape + \
            self.strides

    @staticmethod
    def part_types(rank):
        return [I8P, I8P, I8P] + [I64] * (2 * rank)

    @staticmethod
    def from_parts(parts, aligned):
        rank = (len(parts) - 3) // 2
        return _View(parts[0], parts[3:3 + rank], parts[3 + rank:], aligned,
                     parts[1], parts[2])


def _leaves(value):
    """The LLVM values of a scalar or a view (what a phi carries)."""
    return value.parts() if isinstance(value, _View) else [value]


def _leaf_types(name):
    """The LLVM types of _leaves of a value of scalar or view type
    ``name``."""
    view = _view(name)
    return _View.part_types(view[1]) if view else [_scalar(name).ll]


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

def _value_types(jfn):
    vtypes = {}
    for block in jfn["blocks"]:
        for a in block["arguments"]:
            vtypes[a["id"]] = a["type"]
        for op in block["ops"]:
            for r in op["results"]:
                vtypes[r["id"]] = r["type"]
    return vtypes
