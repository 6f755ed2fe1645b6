"""Integer and bitwise arithmetic, shifts and comparisons (pyir and arith ops).
"""

from .common import F64, I32, I64, _ARITH_ICMP, _CMP, _arith_pred, _c, _scalar


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
        b = self.b
        pred = attrs["predicate"]
        (x, y), (tx, ty) = vals, ts
        if tx.is_float and ty.is_float:
            x, y = self.to_f64(x), self.to_f64(y)
            if pred == "ne":
                return b.fcmp_unordered("!=", x, y)
            return b.fcmp_ordered(_CMP[pred], x, y)
        if tx.is_float != ty.is_float:
            i, d, ti = (y, x, ty) if tx.is_float else (x, y, tx)
            u = ti.name == "u64"
            c = self._cmp3_int_float(self.widen(i, ti), self.to_f64(d), u)
            if tx.is_float:
                c = b.select(b.icmp_signed("==", c, _c(I32, 2)), c,
                             b.sub(_c(I32, 0), c))
            return self._apply(c, pred)
        if tx.name == ty.name or (tx.bits == ty.bits and
                                  tx.signed == ty.signed):
            cmp = b.icmp_signed if tx.signed else b.icmp_unsigned
            return cmp(_CMP[pred], x, y)
        u64x, u64y = tx.name == "u64", ty.name == "u64"
        if u64x or u64y:
            other = ty if u64x else tx
            wx, wy = self.widen(x, tx), self.widen(y, ty)
            if u64x and u64y or not other.signed or other.is_bool:
                return b.icmp_unsigned(_CMP[pred], wx, wy)
            zero = _c(I64, 0)
            if u64y:  # int <pred> u64
                c = b.select(b.icmp_unsigned(">", wx, wy), _c(I32, 1),
                             _c(I32, 0))
                c = b.select(b.icmp_unsigned("<", wx, wy), _c(I32, -1), c)
                c = b.select(b.icmp_signed("<", wx, zero), _c(I32, -1), c)
            else:  # u64 <pred> int
                c = b.select(b.icmp_unsigned(">", wx, wy), _c(I32, 1),
                             _c(I32, 0))
                c = b.select(b.icmp_unsigned("<", wx, wy), _c(I32, -1), c)
                c = b.select(b.icmp_signed("<", wy, zero), _c(I32, 1), c)
            return self._apply(c, pred)
        return b.icmp_signed(_CMP[pred], self.widen(x, tx),
                             self.widen(y, ty))

    def _cmp3_int_float(self, i, d, unsigned):
        """pyir__cmp3_int_float / _u64_float: -1, 0, 1, or 2 (NaN)."""
        b = self.b
        lo = 0.0 if unsigned else -2.0**63
        hi = 2.0**64 if unsigned else 2.0**63
        nan = self.isnan(d)
        ge_hi = b.fcmp_ordered(">=", d, _c(F64, hi))
        lt_lo = b.fcmp_ordered("<", d, _c(F64, lo))
        inrange = b.and_(b.fcmp_ordered(">=", d, _c(F64, lo)),
                         b.fcmp_ordered("<", d, _c(F64, hi)))
        t = self._fcall("llvm.trunc", [d])
        tsafe = b.select(inrange, t, _c(F64, 0.0))
        ti = b.fptoui(tsafe, I64) if unsigned else b.fptosi(tsafe, I64)
        cmp = b.icmp_unsigned if unsigned else b.icmp_signed
        frac = b.fsub(d, t)
        c = b.select(b.fcmp_ordered("<", frac, _c(F64, 0.0)), _c(I32, 1),
                     _c(I32, 0))
        c = b.select(b.fcmp_ordered(">", frac, _c(F64, 0.0)), _c(I32, -1), c)
        c = b.select(cmp(">", i, ti), _c(I32, 1), c)
        c = b.select(cmp("<", i, ti), _c(I32, -1), c)
        c = b.select(lt_lo, _c(I32, 1), c)
        c = b.select(ge_hi, _c(I32, -1), c)
        return b.select(nan, _c(I32, 2), c)

    def _apply(self, c, pred):
        """pyir__cmp_apply."""
        b = self.b

        def eq(k):
            return b.icmp_signed("==", c, _c(I32, k))
        if pred == "lt":
            return eq(-1)
        if pred == "le":
            return b.or_(eq(-1), eq(0))
        if pred == "eq":
            return eq(0)
        if pred == "ne":
            return b.not_(eq(0))
        if pred == "gt":
            return eq(1)
        return b.or_(eq(1), eq(0))

    # conversions
