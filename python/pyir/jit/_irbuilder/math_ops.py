"""The math module: libm for the transcendental functions, CPython's own
algorithms for hypot, atan2, pow, fmod and log's special cases.
"""

import math

from .common import F64, I1, I64, _LIBM_UNARY, _LLVM_UNARY, _c, _scalar


class MathOps:
    """Mixed into emitter.Emitter: `self` is the emitter."""

    def _is_odd_integer(self, x):
        b = self.b
        return b.fcmp_ordered("==", b.frem(self.fabs(x), _c(F64, 2.0)),
                              _c(F64, 1.0))

    def _math1(self, x, r, can_overflow):
        """math_1's checks of r = f(x)."""
        b = self.b
        self.raise_msg(b.and_(self.isnan(r), b.not_(self.isnan(x))),
                       "MATH_DOMAIN")
        self.raise_msg(b.and_(self.isinf(r), self.isfinite(x)),
                       "MATH_RANGE" if can_overflow else "MATH_DOMAIN")
        return r

    def _m_log(self, fn, x):
        """CPython's m_log/m_log2/m_log10 then math_1's checks."""
        b = self.b
        zero = _c(F64, 0.0)
        finite = self.isfinite(x)
        positive = b.fcmp_ordered(">", x, zero)
        ok = b.and_(finite, positive)
        lr = self._log(fn, b.select(ok, x, _c(F64, 1.0)))
        nan = _c(F64, math.nan)
        in_finite = b.select(positive, lr, b.select(
            b.fcmp_ordered("==", x, zero), _c(F64, -math.inf), nan))
        in_special = b.select(b.or_(self.isnan(x), positive), x, nan)
        r = b.select(finite, in_finite, in_special)
        return self._math1(x, r, False)

    def _log(self, fn, x):
        return self._fcall("llvm." + fn, [x])

    def op_pyir_math_unary(self, op, vals, ts, rts, attrs):
        fn = attrs["fn"]
        rt = _scalar(rts[0])
        x = self.to_f64(vals[0])
        if fn == "fabs":
            r = self.fabs(x)
        elif fn == "isnan":
            return self.isnan(x)
        elif fn == "isinf":
            return self.isinf(x)
        elif fn == "isfinite":
            return self.isfinite(x)
        elif fn in ("floor", "ceil"):
            return self._float_to_int(self._fcall("llvm." + fn, [x]))
        elif fn == "trunc":
            return self._float_to_int(x)
        elif fn == "sqrt":
            r = self._math1(x, self._fcall("llvm.sqrt", [x]), False)
        elif fn in ("log", "log2", "log10"):
            r = self._m_log(fn, x)
        else:
            if fn in _LLVM_UNARY:
                value = self._fcall("llvm." + fn, [x])
            else:
                value = self._libm(fn, [x])
            r = self._math1(x, value, _LIBM_UNARY[fn])
        return self.from_f64(r, rt)

    def op_pyir_math_binary(self, op, vals, ts, rts, attrs):
        b = self.b
        fn = attrs["fn"]
        rt = _scalar(rts[0])
        x, y = self.to_f64(vals[0]), self.to_f64(vals[1])
        if fn == "copysign":
            r = self.copysign(x, y)
        elif fn == "hypot":
            r = self._hypot(x, y)
        elif fn == "atan2":
            r = self._atan2(x, y)
        elif fn == "fmod":
            special = b.and_(self.isinf(y), self.isfinite(x))
            m = b.frem(x, y)
            self.raise_msg(b.and_(b.not_(special), b.and_(
                self.isnan(m), b.not_(b.or_(self.isnan(x), self.isnan(y))))),
                "MATH_DOMAIN")
            r = b.select(special, x, m)
        elif fn == "pow":
            r = self._math_pow(x, y)
        else:  # log(x, base)
            num = self._m_log("log", x)
            den = self._m_log("log", y)
            self.raise_msg(b.fcmp_ordered("==", den, _c(F64, 0.0)),
                           "FLOAT_DIV_ZERO")
            r = b.fdiv(num, den)
        return self.from_f64(r, rt)

    def _math_pow(self, x, y):
        """pyir_math_pow (math.pow)."""
        b = self.b
        one, zero = _c(F64, 1.0), _c(F64, 0.0)
        special = b.not_(b.and_(self.isfinite(x), self.isfinite(y)))
        # The special values (no libm), as nested selects.
        ax = self.fabs(x)
        odd_y = b.and_(self.isfinite(y), self._is_odd_integer(y))
        inf_x = b.select(
            b.fcmp_ordered(">", y, zero), b.select(odd_y, x, ax),
            b.select(b.fcmp_ordered("==", y, zero), one,
                     b.select(odd_y, self.copysign(zero, x), zero)))
        inf_y = b.select(
            b.fcmp_ordered("==", ax, one), one,
            b.select(b.and_(b.fcmp_ordered(">", y, zero),
                            b.fcmp_ordered(">", ax, one)), y,
                     b.select(b.and_(b.fcmp_ordered("<", y, zero),
                                     b.fcmp_ordered("<", ax, one)),
                              b.fneg(y), zero)))
        sv = b.select(self.isinf(x), inf_x, inf_y)
        sv = b.select(self.isnan(y), b.select(b.fcmp_ordered("==", x, one),
                                              one, y), sv)
        sv = b.select(self.isnan(x), b.select(b.fcmp_ordered("==", y, zero),
                                              one, x), sv)

        def normal():
            r = self._libm("pow", [x, y])
            bad = b.not_(self.isfinite(r))
            self.raise_msg(b.and_(bad, b.or_(self.isnan(r), b.fcmp_ordered(
                "==", x, zero))), "MATH_DOMAIN")
            self.raise_msg(bad, "MATH_RANGE")
            return r
        return self.if_value(special, lambda: sv, normal)

    def _atan2(self, y, x):
        """CPython's m_atan2 and math_2's checks (math.atan2(y, x))."""
        b = self.b
        pi = math.pi
        one, zero = _c(F64, 1.0), _c(F64, 0.0)
        x_pos = b.fcmp_ordered("==", self.copysign(one, x), one)
        both_inf = b.select(x_pos, self.copysign(_c(F64, 0.25 * pi), y),
                            self.copysign(_c(F64, 0.75 * pi), y))
        inf_y = b.select(self.isinf(x), both_inf,
                         self.copysign(_c(F64, 0.5 * pi), y))
        axis = b.select(x_pos, self.copysign(zero, y),
                        self.copysign(_c(F64, pi), y))
        use_libm = b.not_(b.or_(b.or_(self.isnan(x), self.isnan(y)),
                                b.or_(self.isinf(y), b.or_(
                                    self.isinf(x),
                                    b.fcmp_ordered("==", y, zero)))))
        lib = self.if_value(use_libm, lambda: self._libm("atan2", [y, x]),
                            lambda: zero)
        r = b.select(b.or_(self.isinf(x), b.fcmp_ordered("==", y, zero)),
                     axis, lib)
        r = b.select(self.isinf(y), inf_y, r)
        r = b.select(b.or_(self.isnan(x), self.isnan(y)),
                     _c(F64, math.nan), r)
        # math_2
        self.raise_msg(b.and_(self.isnan(r), b.not_(b.or_(
            self.isnan(y), self.isnan(x)))), "MATH_DOMAIN")
        self.raise_msg(b.and_(self.isinf(r), b.and_(self.isfinite(y),
                                                    self.isfinite(x))),
                       "MATH_RANGE")
        return r

    def _pow2(self, k):
        """2.0**k for an i64 k in [-1074, 1023] (exact)."""
        b = self.b
        normal = b.bitcast(b.shl(b.add(k, _c(I64, 1023)), _c(I64, 52)), F64)
        sub_shift = b.add(k, _c(I64, 1074))
        sub_shift = b.select(b.icmp_signed("<", sub_shift, _c(I64, 0)),
                             _c(I64, 0), sub_shift)
        sub_shift = b.select(b.icmp_signed(">", sub_shift, _c(I64, 63)),
                             _c(I64, 63), sub_shift)
        subnormal = b.bitcast(b.shl(_c(I64, 1), sub_shift), F64)
        return b.select(b.icmp_signed(">=", k, _c(I64, -1022)), normal,
                        subnormal)

    def _frexp_exp(self, x):
        """The exponent frexp gives for a finite x > 0."""
        b = self.b
        bits = b.bitcast(x, I64)
        e = b.and_(b.lshr(bits, _c(I64, 52)), _c(I64, 0x7FF))
        mant = b.and_(bits, _c(I64, (1 << 52) - 1))
        sub = b.sub(_c(I64, -1010), b.ctlz(mant, _c(I1, 0)))
        return b.select(b.icmp_unsigned("==", e, _c(I64, 0)), sub,
                        b.sub(e, _c(I64, 1022)))

    def _hypot(self, x, y):
        """pyir_math_hypot: CPython 3.11's vector_norm for two values."""
        b = self.b
        f = lambda v: _c(F64, v)  # noqa: E731
        v = [self.fabs(x), self.fabs(y)]
        found_nan = b.or_(self.isnan(v[0]), self.isnan(v[1]))
        mx = f(0.0)
        for vi in v:
            mx = b.select(b.fcmp_ordered(">", vi, mx), vi, mx)
        early = b.or_(b.or_(self.isinf(mx), found_nan),
                      b.fcmp_ordered("==", mx, f(0.0)))
        early_value = b.select(self.isinf(mx), mx,
                               b.select(found_nan, f(math.nan), mx))

        def compute():
            max_e = self._frexp_exp(mx)
            tiny = b.icmp_signed("<", max_e, _c(I64, -1023))
            return self.if_value(tiny, lambda: self._hypot_tiny(v, mx),
                                 lambda: self._hypot_scaled(v, max_e))
        return self.if_value(early, lambda: early_value, compute)

    def _hypot_tiny(self, v, mx):
        b = self.b
        csum, frac1 = _c(F64, 1.0), _c(F64, 0.0)
        for vi in v:
            x = b.fdiv(vi, mx)
            x = b.fmul(x, x)
            old = csum
            csum = b.fadd(csum, x)
            frac1 = b.fadd(frac1, b.fadd(b.fsub(old, csum), x))
        inner = b.fadd(b.fsub(csum, _c(F64, 1.0)), frac1)
        return b.fmul(mx, self._fcall("llvm.sqrt", [inner]))

    def _hypot_scaled(self, v, max_e):
        b = self.b
        f = lambda value: _c(F64, value)  # noqa: E731
        t27 = f(134217729.0)
        scale = self._pow2(b.sub(_c(I64, 0), max_e))
        csum, frac1, frac2, frac3 = f(1.0), f(0.0), f(0.0), f(0.0)

        def split(x):
            t = b.fmul(x, t27)
            hi = b.fsub(t, b.fsub(t, x))
            return hi, b.fsub(x, hi)

        def acc(csum, frac, x):
            old = csum
            csum = b.fadd(csum, x)
            return csum, b.fadd(frac, b.fadd(b.fsub(old, csum), x))
        for vi in v:
            x = b.fmul(vi, scale)
            hi, lo = split(x)
            csum, frac1 = acc(csum, frac1, b.fmul(hi, hi))
            csum, frac2 = acc(csum, frac2, b.fmul(b.fmul(f(2.0), hi), lo))
            frac3 = b.fadd(frac3, b.fmul(lo, lo))

        def total():
            return b.fadd(b.fsub(csum, f(1.0)),
                          b.fadd(b.fadd(frac1, frac2), frac3))
        h = self._fcall("llvm.sqrt", [total()])
        hi, lo = split(h)
        csum, frac1 = acc(csum, frac1, b.fmul(b.fneg(hi), hi))
        csum, frac2 = acc(csum, frac2, b.fmul(b.fmul(f(-2.0), hi), lo))
        csum, frac3 = acc(csum, frac3, b.fmul(b.fneg(lo), lo))
        x = total()
        return b.fdiv(b.fadd(h, b.fdiv(x, b.fmul(f(2.0), h))), scale)
