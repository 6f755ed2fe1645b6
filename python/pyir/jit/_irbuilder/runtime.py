"""Ops the C runtime computes: a call of its entry, linked as bitcode.

Each arithmetic op of the JSON IR names the runtime function the C backend
calls for it (``"runtime": "pyir_<family>_<entry>"``, export format 1.1).
Tier 1 calls the same function, from the runtime's bitcode that every
export carries (``pyir_runtime.llvm14.bc``, built once with the compiler
from ``lib/Runtime/pyir_entries_abi.c``): ``int <symbol>_abi(W a[, W b],
R *out)`` with integer operands widened to 64 bits, returning 0 or 1 + the
id of the message raised (``pyir._tables``). LLVM inlines the call, so the
rule is written once, in ``pyir_core.h``.
"""

from llvmlite import ir
from numba.core import cgutils

from ... import _tables
from .._numba_common import bitcode_library
from .common import F64, I32

#: PYIR_MSG_* id -> its number (the C enum's order).
_MESSAGE_NUMBERS = {ident: k for k, ident in enumerate(_tables.MESSAGES)}

#: The ops that carry a runtime function when the C backend calls one.
RUNTIME_OPS = {"pyir." + n for n in ("add", "sub", "mul", "pow", "floordiv",
                                     "mod", "truediv", "neg", "abs", "shl",
                                     "shr")}


def runtime_library(context, path):
    """The runtime's bitcode (``path``) as a Numba code library, linked
    into every library that calls it (Numba internal API, as tier 2)."""
    return bitcode_library(context, path)


class RuntimeOps:
    """Mixed into emitter.Emitter: `self` is the emitter."""

    def call_runtime(self, symbol, vals, scalars):
        """The result of runtime function ``symbol`` on ``vals`` (of
        PyIR types ``scalars``); raises at the op when it does."""
        b = self.b
        _, _, _, _, double_result, raises = _tables.RUNTIME_FUNCTIONS[symbol]
        args = [self.widen(v, s) if s.is_int else v
                for v, s in zip(vals, scalars)]
        result_type = F64 if double_result else vals[0].type
        fnty = ir.FunctionType(I32, [a.type for a in args]
                               + [result_type.as_pointer()])
        callee = cgutils.get_or_insert_function(b.module, fnty,
                                                symbol + "_abi")
        out = cgutils.alloca_once(b, result_type)
        status = b.call(callee, args + [out])
        for ident in raises:
            number = ir.Constant(I32, 1 + _MESSAGE_NUMBERS[ident])
            self.raise_msg(b.icmp_unsigned("==", status, number), ident)
        return b.load(out)

