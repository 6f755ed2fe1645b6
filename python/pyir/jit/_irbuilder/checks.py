"""The argument checks of views that Numba's typing does not make
(contiguity, writability), shared with tiers 2 and 4, and raising.
"""

from llvmlite import ir
from numba.core import cgutils

from .. import _messages as _msg
from .. import export as _jit
from .common import I1, I64, _view


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


def raise_exc(context, builder, kind, text):
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
                raise_exc(context, builder, "ValueError", contiguous)
        if read_only and not aryty.mutable:
            raise_exc(context, builder, "ValueError", read_only)
            # The rest is unreachable; keep emitting into a fresh block.
            builder.position_at_end(
                builder.function.append_basic_block("pyir.unreachable"))
