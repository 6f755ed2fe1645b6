"""Tier 1 of pyir.jit.numba: a function body emitted from the JSON IR with
llvmlite's IRBuilder, directly into the caller (inlined by construction).

Every op is emitted with the semantics of the C core
(``include/pyir/Runtime/pyir_core.h``, ``pyir_core_support.h`` and the
lowering in ``lib/Conversion/PyIRToEmitC``), bit for bit:

* arithmetic (+ - * / // % ** on int, fixed widths, float, f32, with
  ``cdivision``; unary - and abs; << and >>) and the ``math`` functions
  of ``pyir.math_unary`` and ``pyir.math_binary``: a call of the C runtime
  function the op names in the JSON IR (format 1.1), linked from the
  runtime's bitcode and inlined by LLVM (``runtime``); float + - * and
  unary - are the LLVM instructions, as in C;
* scalars: ``int`` (i64), ``i8``..``i64`` / ``u8``..``u64``, ``float``,
  ``f32`` (every op rounds to binary32), ``bool``; tuples of scalars;
* views (``T[:]``, ``T[:, ::1]``, rank 1-4, fixed-width and float
  elements) are Numba arrays: ``pyir.dim``, ``pyir.load``/``pyir.store``
  with ``boundscheck`` (IndexError) and ``wraparound``, byte strides from
  the array, the element size for the last axis of a ``::1`` view (whose
  contiguity is checked on entry, as the extension's argument check does);
* bitwise ops; comparisons; ``pyir.cast``; ``round(x)`` and
  ``round(x, ndigits)``: the exact mixed comparisons, casts to an integer
  and both rounds call the runtime function the op names (format 1.2), the
  others are LLVM's compares and conversions, as C;
* control flow: ``cf.br``/``cf.cond_br`` (loops included; block arguments
  become phis, a view one phi per part), ``func.call`` of module functions
  (inlined; recursion is not supported), ``pyir.raise``/``pyir.assert``;
* arrays (language.md sections 11 and 12): ``pyir.alloc`` through Numba's
  NRT, ``pyir.subview`` (Python's slicing, NumPy's rule for an empty
  slice), ``pyir.view_ref``, ``pyir.stride``, views returned as Numba
  arrays; references counted as the C backend's slots count them.

Exceptions are raised where they occur, with the extension's message
(``context.call_conv.return_user_exc``: constant arguments, as nopython
mode requires). Anything else raises TierUnavailable with the reason and
the adapter tries the next tier: tuples as block arguments, recursion,
unknown ops, exports of format 1.0 (their ops do not name the runtime's
functions).

The files, by op family: ``emitter`` (entry, blocks, raising, dispatch,
control flow, constants, tuples, calls), ``runtime`` (the C runtime's
functions), ``arith``, ``casts``, ``views``, ``slicing`` (pyir.subview),
``owners`` (allocation, view_ref, the NRT references and slots);
``coverage`` (what tier 1 takes, and the typer), ``results`` (the Numba
types of the results), ``checks`` (view argument checks, shared with tiers
2 and 4), ``common``.
"""

from .checks import emit_view_checks, raise_exc, view_checks
from .coverage import make_typer

__all__ = ["emit_view_checks", "make_typer", "raise_exc", "view_checks"]
