"""pyir.dim, pyir.stride, pyir.load and pyir.store on Numba arrays; a
select of views.
"""

from .common import I64, _View, _c, _scalar, _view


class ViewOps:
    """Mixed into emitter.Emitter: `self` is the emitter."""

    def op_pyir_dim(self, op, vals, ts, rts, attrs):
        return vals[0].shape[attrs["axis"]]

    def op_pyir_stride(self, op, vals, ts, rts, attrs):
        return vals[0].strides[attrs["axis"]]

    def select_view(self, cond, a, c):
        """cond ? a : c of two views (arith.select), part by part."""
        parts = [self.b.select(cond, x, y) for x, y in zip(a.parts(),
                                                           c.parts())]
        view = _View.from_parts(parts, a.aligned and c.aligned)
        view.borrowed = a.borrowed and c.borrowed
        return view

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
