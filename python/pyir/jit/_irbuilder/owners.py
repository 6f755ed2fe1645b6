"""Arrays the emitted code makes: pyir.alloc, pyir.view_ref, and who owns
each view (Numba's NRT references).

The rule is the C backend's (docs/CBackend.md, "Arrays"): each op that
makes a view (``pyir.alloc``, ``pyir.subview``, ``pyir.view_ref``, a call
returning a view) has a slot in its (inlined) function holding one
reference to the view's NRT meminfo; running the op again (a loop)
replaces the slot's reference and releases the old one, and every exit of
the function releases its slots, raising exits included. A view the
function's parameters own for the whole call is *borrowed* (``_View``
with ``borrowed``: a parameter, a slice or view_ref of a borrowed view):
it counts no reference and needs no slot, as the C backend's slices of
parameters. A returned view is counted once more: the caller's reference
(its call's slot, or the Numba array the intrinsic returns).

Slots are allocas of the Numba function, nulled when the emitted body is
entered (NRT_decref of null does nothing), so that a raise can release
every slot of every inlined function whatever it holds.
"""

import numpy as np
from llvmlite import ir
from numba import types
from numba.core import cgutils
from numba.np.arrayobj import populate_array

from .._numba_common import SCALARS
from .common import I1, I64, I8P, _c, _View, _view

_MEMINFO = types.MemInfoPointer(types.voidptr)

#: The MemoryError of a failed allocation (the CPython glue's text).
_ALLOC_FAILED = ("MemoryError", "cannot allocate the array")

#: The strides of a new array are NumPy's (the extension allocates with
#: numpy.empty/zeros, the interpreted pyir.empty too): C order, an axis of
#: extent 0 not multiplying the strides before it (_array_fill_strides),
#: and all 0 for an array of no element in NumPy versions that make them
#: so (1.24 does); asked of the NumPy in the process, as the extension's
#: arrays come from it.
_EMPTY_STRIDES_ZERO = np.empty((2, 0, 3), np.int8).strides == (0, 0, 0)


class OwnerOps:
    """Mixed into emitter.Emitter: `self` is the emitter."""

    # References ------------------------------------------------------------

    def incref(self, meminfo):
        self.ctx.nrt.incref(self.b, _MEMINFO, meminfo)

    def decref(self, meminfo):
        self.ctx.nrt.decref(self.b, _MEMINFO, meminfo)

    def own(self, view):
        """Stores the reference ``view`` holds (a new one) into a new slot
        of the op being emitted, releasing what the slot held before;
        returns ``view``, which is not borrowed."""
        b = self.b
        slot = cgutils.alloca_once(b, I8P, name="pyir.slot")
        with b.goto_block(self.slots_block):
            b.store(ir.Constant(I8P, None), slot)
        self.fn_slots.append(slot)
        self.all_slots.append(slot)
        old = b.load(slot)
        b.store(view.meminfo, slot)
        self.decref(old)
        view.borrowed = False
        return view

    def release(self, slots, reset=True):
        """Releases what ``slots`` hold (nulled again with ``reset``)."""
        b = self.b
        for slot in slots:
            self.decref(b.load(slot))
            if reset:
                b.store(ir.Constant(I8P, None), slot)

    def release_on_raise(self):
        """Every raise block of the emission releases every slot first."""
        b = self.b
        here = b.block
        for block in self.raise_blocks.values():
            b.position_at_start(block)
            self.release(self.all_slots, reset=False)
        b.position_at_end(here)

    # Ops ---------------------------------------------------------------------

    def op_pyir_view_ref(self, op, vals, ts, rts, attrs):
        v = vals[0]
        ref = _View(v.data, v.shape, v.strides, v.aligned, v.meminfo,
                    v.parent, v.borrowed)
        if ref.borrowed:
            return ref
        self.incref(ref.meminfo)
        return self.own(ref)

    def op_pyir_alloc(self, op, vals, ts, rts, attrs):
        """pyir_view_alloc: a negative extent raises ValueError, more than
        2**63 - 1 bytes MemoryError (in that order, before allocating); a
        new C-contiguous array with NumPy's strides, zero-filled
        with ``zero``, allocated by Numba's NRT (its array alignment), as
        ``numba.np.arrayobj._empty_nd_impl`` allocates; a failed
        allocation raises MemoryError."""
        b, ctx = self.b, self.ctx
        elem = _view(rts[0])[0]
        itemsize = _c(I64, elem.bits // 8)
        for n in vals:
            self.raise_msg(b.icmp_signed("<", n, _c(I64, 0)),
                           "NEGATIVE_DIMENSIONS")
        size, overflow = itemsize, _c(I1, 0)
        for n in vals:
            product = b.smul_with_overflow(size, n)
            size = b.extract_value(product, 0)
            overflow = b.or_(overflow, b.extract_value(product, 1))
        self.raise_msg(overflow, "ARRAY_TOO_BIG")
        align = ctx.get_preferred_array_alignment(SCALARS[elem.name])
        meminfo = ctx.nrt.meminfo_alloc_aligned(b, size, align)
        self.raise_if(cgutils.is_null(b, meminfo), *_ALLOC_FAILED)
        data = b.bitcast(ctx.nrt.meminfo_data(b, meminfo), I8P)
        if attrs.get("zero"):
            cgutils.memset(b, data, size, 0)
        strides, step = [], itemsize
        for n in reversed(vals):
            strides.insert(0, step)
            step = b.select(b.icmp_signed("==", n, _c(I64, 0)), step,
                            b.mul(step, n))
        if _EMPTY_STRIDES_ZERO:
            empty = b.icmp_signed("==", size, _c(I64, 0))
            strides = [b.select(empty, _c(I64, 0), s) for s in strides]
        view = _View(data, vals, strides, True, meminfo,
                     ir.Constant(I8P, None), False)
        return self.own(view)

    # Results -----------------------------------------------------------------

    def array_value(self, aryty, view):
        """The Numba array of type ``aryty`` for ``view`` (its reference
        moves into the array)."""
        ctx, b = self.ctx, self.b
        array = ctx.make_array(aryty)(ctx, b)
        datatype = ctx.get_data_type(aryty.dtype)
        itemsize = ctx.get_abi_sizeof(datatype)
        populate_array(array, data=b.bitcast(view.data,
                                             datatype.as_pointer()),
                       shape=view.shape, strides=view.strides,
                       itemsize=_c(I64, itemsize), meminfo=view.meminfo,
                       parent=view.parent)
        return array._getvalue()
