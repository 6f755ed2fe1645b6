"""Ops the C runtime computes: a call of its entry, linked as bitcode.

Each arithmetic op of the JSON IR names the runtime function the C backend
calls for it (``"runtime": "pyir_<family>_<entry>"``, export format 1.1),
and so do casts, round() and the exact mixed comparisons (format 1.2).
Tier 1 calls the same function, from the runtime's bitcode that every
export carries (``pyir_runtime.llvm14.bc``, built once with the compiler
from ``lib/Runtime/pyir_entries_abi.c``): ``int <symbol>_abi(W a[, W b[,
W c]], R *out)`` with integer operands widened to 64 bits, returning 0 or
1 + the id of the message raised (``pyir._tables``). LLVM inlines the call, so the
rule is written once, in ``pyir_core.h``.

The bitcode's own calls are the C library's, which LLVM's JIT finds in the
process (Python's libc and libm, the ones the extension calls): libm's
functions, ``frexp``/``ldexp``, and for ``round(x, ndigits)``
(``pyir_float_round``) the correctly rounded ``snprintf`` and ``strtod``
with ``strspn``.
"""

from llvmlite import ir
from numba.core import cgutils

from ... import _tables
from .. import _messages as _msg
from .common import F32, F64, I8, I32, I64, _c, _scalar

#: PYIR_MSG_* id -> its number (the C enum's order).
_MESSAGE_NUMBERS = {ident: k for k, ident in enumerate(_tables.MESSAGES)}

#: The C types of the table's operands and families -> their LLVM types
#: (``int``: a comparison predicate).
_C_TYPES = {"double": F64, "float": F32, "int": I32, "bool": I8}
for _bits in (8, 16, 32, 64):
    _C_TYPES["int%d_t" % _bits] = _C_TYPES["uint%d_t" % _bits] = \
        ir.IntType(_bits)


class RuntimeOps:
    """Mixed into emitter.Emitter: `self` is the emitter."""

    def call_runtime(self, symbol, vals, scalars, result, attrs):
        """The result (of PyIR type ``result``) of runtime function
        ``symbol`` on ``vals`` (of PyIR types ``scalars``), converted as
        the C backend converts (C casts), and for an ``int`` operand the
        op's predicate (``attrs``); raises at the op when the function
        does."""
        b = self.b
        (_, ctype, _, _, _, result_kind, raises,
         operand_ctypes) = _tables.RUNTIME_FUNCTIONS[symbol]
        args = []
        vals = iter(zip(vals, scalars))
        for operand_ctype in operand_ctypes:
            if operand_ctype == "int":
                args.append(_c(I32, _tables.CMP_PREDICATES.index(
                    attrs["predicate"])))
                continue
            v, s = next(vals)
            ll = _C_TYPES[operand_ctype]
            if isinstance(ll, ir.IntType):
                args.append(self.widen(v, s))  # the wrappers take 64 bits
            else:
                args.append(self.c_cast(v, s, _scalar_of(ll)))
        family_type = _C_TYPES[ctype]
        out_type = {"SAME": family_type, "F64": F64, "I64": I64,
                    "BOOL": I8}[result_kind]
        fnty = ir.FunctionType(I32, [a.type for a in args]
                               + [out_type.as_pointer()])
        callee = cgutils.get_or_insert_function(b.module, fnty,
                                                symbol + "_abi")
        out = cgutils.alloca_once(b, out_type)
        status = b.call(callee, args + [out])
        if raises:
            # One test on the fast path; which message, on the slow one.
            with self.unlikely(b.icmp_unsigned("!=", status, _c(I32, 0))):
                for ident in raises[:-1]:
                    number = _c(I32, 1 + _MESSAGE_NUMBERS[ident])
                    self.raise_msg(b.icmp_unsigned("==", status, number),
                                   ident)
                kind, text = _msg.CORE[raises[-1]]
                b.branch(self.raise_block(kind, text))
        value = b.load(out)
        if result_kind == "BOOL":
            return b.icmp_unsigned("!=", value, ir.Constant(I8, 0))
        if result_kind == "SAME" and isinstance(family_type, ir.IntType):
            return value  # the family's own type: the op's result type
        return self.c_cast(value, _scalar_of(out_type), _scalar(result))


def _scalar_of(ll):
    """The _Scalar of a float or 64-bit integer LLVM type."""
    return _scalar({F64: "float", F32: "f32", I64: "int"}[ll])
