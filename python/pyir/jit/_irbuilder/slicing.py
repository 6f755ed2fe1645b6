"""pyir.subview: Python's basic slicing of a view, as the C runtime's
``pyir_view_subview`` / ``pyir__slice_axis`` compute it
(include/pyir/Runtime/pyir_core_support.h) with NumPy's rule for an empty
slice (``0:0:1``): in Numba every view is a NumPy array.

The key's codes (``keys``, PYIR_KEY_*: ``pyir._tables.SLICE_KEYS``) are
constants of the op: only the parts a slice has are read; the defaults of
the others are constants LLVM folds.
"""

from llvmlite import ir

from ... import _tables
from .common import I64, _c, _View

_KEY = _tables.SLICE_KEYS
_I64_MAX, _I64_MIN = (1 << 63) - 1, -(1 << 63)


def _keys(attrs):
    """The op's key codes: a list of ints (the JSON IR writes a
    DenseI64ArrayAttr as {"mlir": "array<i64: -1, 5>"})."""
    keys = attrs["keys"]
    if isinstance(keys, dict):
        text = keys["mlir"]
        inner = text[text.index(":") + 1:text.rindex(">")] \
            if ":" in text else ""
        return [int(k) for k in inner.split(",") if k.strip()]
    return [int(k) for k in keys]


class SliceOps:
    """Mixed into emitter.Emitter: `self` is the emitter."""

    def _bound(self, x, n, negative_step):
        """PySlice_AdjustIndices of one bound ``x`` on an axis of extent
        ``n``: negative counts from the end, clamped to [0, n] ([-1, n-1]
        with a negative step)."""
        b = self.b
        zero = _c(I64, 0)
        low = b.select(negative_step, _c(I64, -1), zero)
        high = b.select(negative_step, b.sub(n, _c(I64, 1)), n)
        shifted = b.add(x, n)
        below = b.select(b.icmp_signed("<", shifted, zero), low, shifted)
        above = b.select(b.icmp_signed(">=", x, n), high, x)
        return b.select(b.icmp_signed("<", x, zero), below, above)

    def _slice_axis(self, code, values, n, stride):
        """(offset in bytes, extent, stride) of slice ``code`` (its present
        parts from the iterator ``values``) of an axis of extent ``n``."""
        b = self.b
        zero, one = _c(I64, 0), _c(I64, 1)
        start = next(values) if code & _KEY["START"] else None
        stop = next(values) if code & _KEY["STOP"] else None
        step = one
        if code & _KEY["STEP"]:
            step = next(values)
            self.raise_msg(b.icmp_signed("==", step, zero), "SLICE_STEP_ZERO")
            # -2**63 is -(2**63 - 1): PySlice_Unpack.
            step = b.select(b.icmp_signed("<", step, _c(I64, -_I64_MAX)),
                            _c(I64, -_I64_MAX), step)
        negative = b.icmp_signed("<", step, zero)
        if start is None:
            start = b.select(negative, _c(I64, _I64_MAX), zero)
        if stop is None:
            stop = b.select(negative, _c(I64, _I64_MIN), _c(I64, _I64_MAX))
        start = self._bound(start, n, negative)
        stop = self._bound(stop, n, negative)
        # The length: (hi - lo - 1) / |step| + 1 when lo < hi, with (lo, hi)
        # = (stop, start) for a negative step; no operation overflows (both
        # bounds are in [-1, n]).
        lo = b.select(negative, stop, start)
        hi = b.select(negative, start, stop)
        size = b.select(negative, b.neg(step), step)
        some = b.icmp_signed("<", lo, hi)
        length = b.select(some, b.add(b.sdiv(b.sub(b.sub(hi, lo), one),
                                             size), one), zero)
        # NumPy makes an empty slice 0:0:1.
        empty = b.icmp_signed("==", length, zero)
        start = b.select(empty, zero, start)
        step = b.select(empty, one, step)
        return b.mul(start, stride), length, b.mul(stride, step)

    def op_pyir_subview(self, op, vals, ts, rts, attrs):
        b = self.b
        base = vals[0]
        values = iter(vals[1:])
        keys = _keys(attrs)
        offset = _c(I64, 0)
        shape, strides = [], []
        for axis, code in enumerate(keys):
            n, stride = base.shape[axis], base.strides[axis]
            if code == _KEY["INDEX"]:
                i = next(values)
                i = b.select(b.icmp_signed("<", i, _c(I64, 0)), b.add(i, n), i)
                # i < 0 || i >= n with n >= 0: one unsigned comparison.
                self.raise_msg(b.icmp_unsigned(">=", i, n), "VIEW_INDEX")
                offset = b.add(offset, b.mul(i, stride))
                continue
            start, length, step = self._slice_axis(code, values, n, stride)
            offset = b.add(offset, start)
            shape.append(length)
            strides.append(step)
        shape += base.shape[len(keys):]
        strides += base.strides[len(keys):]
        # A new view object: no parent (Numba boxes it as a new array on
        # the base's memory).
        view = _View(b.gep(base.data, [offset]), shape, strides,
                     base.aligned, base.meminfo, ir.Constant(base.parent.type,
                                                             None),
                     base.borrowed)
        if view.borrowed:
            return view
        self.incref(view.meminfo)
        return self.own(view)
