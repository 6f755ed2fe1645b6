"""Division (/, //, %, cdivision) and powers, with CPython's float rules.
"""

from .. import _messages as _msg
from .common import F32, F64, I1, I64, _c


class DivisionOps:
    """Mixed into emitter.Emitter: `self` is the emitter."""

    def op_pyir_truediv(self, op, vals, ts, rts, attrs):
        b, t = self.b, ts[0]
        x, y = vals
        if t.is_float:
            self.raise_msg(b.fcmp_ordered("==", y, _c(y.type, 0.0)),
                           "FLOAT_DIV_ZERO")
            return b.fdiv(x, y)
        # pyir_int_truediv / pyir_uN_truediv (cdivision is not honoured by
        # the C lowering either: the divisor is always checked).
        self.raise_msg(b.icmp_unsigned("==", y, _c(y.type, 0)), "DIV_ZERO")
        if not t.signed:
            return self._udiv_to_double(b.zext(x, I64) if t.bits < 64 else x,
                                        b.zext(y, I64) if t.bits < 64 else y)
        a, d = self.widen(x, t), self.widen(y, t)
        zero = _c(I64, 0)
        a_neg = b.icmp_signed("<", a, zero)
        d_neg = b.icmp_signed("<", d, zero)
        ua = b.select(a_neg, b.sub(zero, a), a)
        ud = b.select(d_neg, b.sub(zero, d), d)
        q = self._udiv_to_double(ua, ud)
        return b.select(b.xor(a_neg, d_neg), b.fneg(q), q)

    def _udiv_to_double(self, ua, ub):
        """pyir__udiv_to_double: the correctly rounded ua / ub (ub != 0)."""
        b = self.b
        two53 = _c(I64, 1 << 53)
        fast = b.and_(b.icmp_unsigned("<=", ua, two53),
                      b.icmp_unsigned("<=", ub, two53))

        def quick():
            return b.fdiv(b.uitofp(ua, F64), b.uitofp(ub, F64))

        def slow():
            return self._udiv_slow(ua, ub)

        result = self.if_value(fast, quick, slow)
        return b.select(b.icmp_unsigned("==", ua, _c(I64, 0)),
                        _c(F64, 0.0), result)

    def _udiv_slow(self, ua, ub):
        """q = floor(ua * 2**s / ub) with a sticky bit, by restoring long
        division (the C core's portable path; its 128-bit path computes the
        same q and remainder), then (double)q * 2**-s."""
        b = self.b
        la = b.sub(_c(I64, 64), b.ctlz(ua, _c(I1, 0)))
        lb = b.sub(_c(I64, 64), b.ctlz(ub, _c(I1, 0)))
        s = b.add(_c(I64, 55), b.sub(lb, la))
        s = b.select(b.icmp_signed("<", s, _c(I64, 0)), _c(I64, 0), s)
        start = b.add(s, _c(I64, 63))
        pre = b.block
        head, body, done = (self.new_block("pyir.udiv.head"),
                            self.new_block("pyir.udiv.body"),
                            self.new_block("pyir.udiv.done"))
        b.branch(head)
        b.position_at_end(head)
        i = b.phi(I64)
        rem = b.phi(I64)
        q = b.phi(I64)
        i.add_incoming(start, pre)
        rem.add_incoming(_c(I64, 0), pre)
        q.add_incoming(_c(I64, 0), pre)
        b.cbranch(b.icmp_signed(">=", i, _c(I64, 0)), body, done)
        b.position_at_end(body)
        shift = b.sub(i, s)
        in_a = b.icmp_signed(">=", i, s)
        safe = b.select(in_a, shift, _c(I64, 0))
        bit = b.select(in_a, b.and_(b.lshr(ua, safe), _c(I64, 1)),
                       _c(I64, 0))
        carry = b.icmp_unsigned("!=", b.lshr(rem, _c(I64, 63)), _c(I64, 0))
        rem2 = b.or_(b.shl(rem, _c(I64, 1)), bit)
        q2 = b.shl(q, _c(I64, 1))
        take = b.or_(carry, b.icmp_unsigned(">=", rem2, ub))
        rem3 = b.select(take, b.sub(rem2, ub), rem2)
        q3 = b.select(take, b.or_(q2, _c(I64, 1)), q2)
        i.add_incoming(b.sub(i, _c(I64, 1)), body)
        rem.add_incoming(rem3, body)
        q.add_incoming(q3, body)
        b.branch(head)
        b.position_at_end(done)
        qs = b.select(b.icmp_unsigned("!=", rem, _c(I64, 0)),
                      b.or_(q, _c(I64, 1)), q)
        # 2**-s is a normal double (s <= 118); the product is exact.
        scale = b.bitcast(b.shl(b.sub(_c(I64, 1023), s), _c(I64, 52)), F64)
        return b.fmul(b.uitofp(qs, F64), scale)

    def op_pyir_floordiv(self, op, vals, ts, rts, attrs):
        return self._division("floordiv", vals, ts[0], attrs)

    def op_pyir_mod(self, op, vals, ts, rts, attrs):
        return self._division("mod", vals, ts[0], attrs)

    def _division(self, what, vals, t, attrs):
        b = self.b
        a, d = vals
        if t.is_float:
            return self._float_divmod(what, a, d)
        zero, one, m1 = _c(t.ll, 0), _c(t.ll, 1), _c(t.ll, -1)
        if attrs.get("cdivision"):
            # pyir_*_cdiv / _cmod: C truncation; a zero divisor is
            # undefined (here: no trap, an unspecified value).
            if not t.signed:
                safe = b.select(b.icmp_unsigned("==", d, zero), one, d)
                return (b.udiv if what == "floordiv" else b.urem)(a, safe)
            is_m1 = b.icmp_signed("==", d, m1)
            safe = b.select(b.or_(is_m1, b.icmp_signed("==", d, zero)),
                            one, d)
            if what == "mod":
                return b.srem(a, safe)
            return b.select(is_m1, b.sub(zero, a), b.sdiv(a, safe))
        self.raise_msg(b.icmp_signed("==", d, zero),
                       "INT_DIV_ZERO" if what == "floordiv"
                       else "INT_MOD_ZERO")
        if not t.signed:
            return (b.udiv if what == "floordiv" else b.urem)(a, d)
        is_m1 = b.icmp_signed("==", d, m1)
        if what == "floordiv" and self._checked(t, attrs):
            # pyir_int_floordiv: b == -1 is pyir_int_neg.
            self.raise_msg(b.and_(is_m1, b.icmp_signed(
                "==", a, _c(I64, -2**63))), "INT_OVERFLOW")
        safe = b.select(is_m1, one, d)
        r = b.srem(a, safe)
        r_nz = b.icmp_signed("!=", r, zero)
        if what == "floordiv":
            q = b.sdiv(a, safe)
            adjust = b.and_(r_nz, b.icmp_signed("<", b.xor(a, safe), zero))
            q = b.sub(q, b.zext(adjust, t.ll))
            return b.select(is_m1, b.sub(zero, a), q)
        adjust = b.and_(r_nz, b.icmp_signed("<", b.xor(r, safe), zero))
        return b.select(adjust, b.add(r, safe), r)

    def _float_divmod(self, what, vx, wx):
        """CPython's _float_div_mod / float_rem in the operands' precision
        (pyir_float_* and pyir_f32_*)."""
        b = self.b
        ty = vx.type
        zero = _c(ty, 0.0)
        self.raise_msg(b.fcmp_ordered("==", wx, zero),
                       "FLOAT_FLOORDIV_ZERO" if what == "floordiv"
                       else "FLOAT_MOD_ZERO")
        m = b.frem(vx, wx)
        m_nz = b.fcmp_unordered("!=", m, zero)  # m != 0.0 || isnan(m)
        sign_diff = b.xor(b.fcmp_ordered("<", wx, zero),
                          b.fcmp_ordered("<", m, zero))
        adjust = b.and_(m_nz, sign_diff)
        m_adj = b.select(adjust, b.fadd(m, wx), m)
        m_final = b.select(m_nz, m_adj, self.copysign(zero, wx))
        if what == "mod":
            return m_final
        div = b.fdiv(b.fsub(vx, m), wx)
        div = b.select(adjust, b.fsub(div, _c(ty, 1.0)), div)
        fd = self._fcall("llvm.floor", [div])
        fd = b.select(b.fcmp_ordered(">", b.fsub(div, fd), _c(ty, 0.5)),
                      b.fadd(fd, _c(ty, 1.0)), fd)
        d_nz = b.fcmp_unordered("!=", div, zero)
        return b.select(d_nz, fd, self.copysign(zero, b.fdiv(vx, wx)))

    def op_pyir_pow(self, op, vals, ts, rts, attrs):
        b, t = self.b, ts[0]
        x, y = vals
        if t.name == "float":
            return self._float_pow(x, y)
        if t.name == "f32":
            r = self._float_pow(b.fpext(x, F64), b.fpext(y, F64))
            f = b.fptrunc(r, F32)
            self.raise_msg(b.and_(self.isinf(f), b.not_(self.isinf(r))),
                           "POW_RANGE")
            return f
        checked = self._checked(t, attrs)
        if t.signed:
            with self.unlikely(b.icmp_signed("<", y, _c(t.ll, 0))):
                self.raise_msg(b.icmp_signed("==", x, _c(t.ll, 0)),
                               "ZERO_NEG_POW")
                kind, text = _msg.CORE["INT_NEG_POW"]
                b.branch(self.raise_block(kind, text))
        base = self.widen(x, t)
        exp = self.widen(y, t)
        pre = b.block
        head, body, done = (self.new_block("pyir.pow.head"),
                            self.new_block("pyir.pow.body"),
                            self.new_block("pyir.pow.done"))
        b.branch(head)
        b.position_at_end(head)
        result, bb, e = b.phi(I64), b.phi(I64), b.phi(I64)
        result.add_incoming(_c(I64, 1), pre)
        bb.add_incoming(base, pre)
        e.add_incoming(exp, pre)
        b.cbranch(b.icmp_unsigned("!=", e, _c(I64, 0)), body, done)
        b.position_at_end(body)
        odd = b.icmp_unsigned("!=", b.and_(e, _c(I64, 1)), _c(I64, 0))
        e2 = b.lshr(e, _c(I64, 1))
        more = b.icmp_unsigned("!=", e2, _c(I64, 0))
        if checked:
            # pyir_int_pow: result * b when the bit is set, b * b only
            # while bits remain (no spurious overflow).
            p1 = b.smul_with_overflow(result, bb)
            self.raise_msg(b.and_(odd, b.extract_value(p1, 1)),
                           "INT_OVERFLOW")
            r2 = b.select(odd, b.extract_value(p1, 0), result)
            p2 = b.smul_with_overflow(bb, bb)
            self.raise_msg(b.and_(more, b.extract_value(p2, 1)),
                           "INT_OVERFLOW")
            b2 = b.extract_value(p2, 0)
        else:
            r2 = b.select(odd, b.mul(result, bb), result)
            b2 = b.mul(bb, bb)
        latch = b.block
        result.add_incoming(r2, latch)
        bb.add_incoming(b2, latch)
        e.add_incoming(e2, latch)
        b.branch(head)
        b.position_at_end(done)
        return self.narrow(result, t)

    def _is_odd_integer(self, x):
        b = self.b
        return b.fcmp_ordered("==", b.frem(self.fabs(x), _c(F64, 2.0)),
                              _c(F64, 1.0))

    def _float_pow(self, iv, iw):
        """pyir_float_pow (CPython's float_pow; PyIR raises ValueError for a
        negative base with a non-integral exponent)."""
        b = self.b
        one, zero = _c(F64, 1.0), _c(F64, 0.0)
        join = self.new_block("pyir.fpow.join")
        incoming = []

        def ret(value):
            incoming.append((value, b.block))
            b.branch(join)

        def case(cond, value_fn):
            then, other = self.new_block("pyir.then"), \
                self.new_block("pyir.else")
            b.cbranch(cond, then, other)
            b.position_at_end(then)
            ret(value_fn())
            b.position_at_end(other)

        case(b.fcmp_ordered("==", iw, zero), lambda: one)
        case(self.isnan(iv), lambda: iv)
        case(self.isnan(iw), lambda: b.select(
            b.fcmp_ordered("==", iv, one), one, iw))

        def inf_w():
            v = self.fabs(iv)
            big = b.xor(b.fcmp_ordered(">", iw, zero),
                        b.fcmp_ordered(">", v, one))
            r = b.select(big, zero, self.fabs(iw))
            return b.select(b.fcmp_ordered("==", v, one), one, r)
        case(self.isinf(iw), inf_w)

        def inf_v():
            odd = self._is_odd_integer(iw)
            pos = b.select(odd, iv, self.fabs(iv))
            neg = b.select(odd, self.copysign(zero, iv), zero)
            return b.select(b.fcmp_ordered(">", iw, zero), pos, neg)
        case(self.isinf(iv), inf_v)

        def zero_v():
            self.raise_msg(b.fcmp_ordered("<", iw, zero), "ZERO_NEG_POW")
            return b.select(self._is_odd_integer(iw), iv, zero)
        case(b.fcmp_ordered("==", iv, zero), zero_v)
        # iv finite, non-zero; iw finite, non-zero.
        negative = b.fcmp_ordered("<", iv, zero)
        frac = b.fcmp_unordered("!=", iw, self._fcall("llvm.floor", [iw]))
        with self.unlikely(b.and_(negative, frac)):
            big = self.isinf(self._libm("pow", [b.fneg(iv), iw]))
            self.raise_msg(big, "COMPLEX_POW_RANGE")
            kind, text = _msg.CORE["FLOAT_NEG_FRAC_POW"]
            b.branch(self.raise_block(kind, text))
        negate = b.and_(negative, self._is_odd_integer(iw))
        v = b.select(negative, b.fneg(iv), iv)
        case(b.fcmp_ordered("==", v, one),
             lambda: b.select(negate, _c(F64, -1.0), one))
        ix = self._libm("pow", [v, iw])
        self.raise_msg(self.isinf(ix), "POW_RANGE")
        ret(b.select(negate, b.fneg(ix), ix))
        b.position_at_end(join)
        phi = b.phi(F64)
        for value, block in incoming:
            phi.add_incoming(value, block)
        return phi

    # shifts
