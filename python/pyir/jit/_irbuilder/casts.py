"""pyir.cast and round().
"""

from .. import _messages as _msg
from .common import F64, I64, _c, _int_const, _scalar


class CastOps:
    """Mixed into emitter.Emitter: `self` is the emitter."""

    def op_pyir_cast(self, op, vals, ts, rts, attrs):
        b = self.b
        src, dst = ts[0], _scalar(rts[0])
        x = vals[0]
        if src.name == dst.name:
            return x
        if dst.is_float:
            return self.c_cast(x, src, dst)
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
