"""Integer and bitwise arithmetic, shifts and comparisons (pyir and arith ops).
"""

from .common import _ARITH_ICMP, _CMP, _View, _arith_pred, _c, _scalar


class ArithOps:
    """Mixed into emitter.Emitter: `self` is the emitter."""

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
        if isinstance(vals[1], _View):
            return self.select_view(*vals)
        return self.b.select(*vals)

    def op_arith_cmpi(self, op, vals, ts, rts, attrs):
        kind, pred = _ARITH_ICMP[_arith_pred(attrs["predicate"])]
        cmp = self.b.icmp_signed if kind == "s" else self.b.icmp_unsigned
        return cmp(pred, *vals)

    # views

    # Float +, -, * and unary -, which C computes with an operator: the
    # other arithmetic ops name the C runtime function they call
    # (runtime.py), and so do these on integers.

    def op_pyir_add(self, op, vals, ts, rts, attrs):
        return self.b.fadd(*vals)

    def op_pyir_sub(self, op, vals, ts, rts, attrs):
        return self.b.fsub(*vals)

    def op_pyir_mul(self, op, vals, ts, rts, attrs):
        return self.b.fmul(*vals)

    def op_pyir_neg(self, op, vals, ts, rts, attrs):
        return self.b.fneg(vals[0])

    def op_pyir_and(self, op, vals, ts, rts, attrs):
        return self.b.and_(*vals)

    def op_pyir_or(self, op, vals, ts, rts, attrs):
        return self.b.or_(*vals)

    def op_pyir_xor(self, op, vals, ts, rts, attrs):
        return self.b.xor(*vals)

    def op_pyir_invert(self, op, vals, ts, rts, attrs):
        return self.b.xor(vals[0], _c(vals[0].type, -1))

    # comparisons

    def op_pyir_cmp(self, op, vals, ts, rts, attrs):
        # What C compares with an operator: both floats as doubles (NaN !=
        # NaN), integers widened to 64 bits (unsigned where one is a u64).
        # The exact mixed comparisons name their runtime function.
        b = self.b
        pred = attrs["predicate"]
        (x, y), (tx, ty) = vals, ts
        if tx.is_float:
            x, y = self.to_f64(x), self.to_f64(y)
            if pred == "ne":
                return b.fcmp_unordered("!=", x, y)
            return b.fcmp_ordered(_CMP[pred], x, y)
        if tx.name == ty.name or (tx.bits == ty.bits and
                                  tx.signed == ty.signed):
            cmp = b.icmp_signed if tx.signed else b.icmp_unsigned
            return cmp(_CMP[pred], x, y)
        unsigned = tx.name == "u64" or ty.name == "u64"
        cmp = b.icmp_unsigned if unsigned else b.icmp_signed
        return cmp(_CMP[pred], self.widen(x, tx), self.widen(y, ty))
