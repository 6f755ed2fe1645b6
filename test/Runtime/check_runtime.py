#!/usr/bin/python3
"""Differential test of include/pyir/Runtime/pyir_core.h against CPython.

Usage: check_runtime.py <runtime_shim.so> [-v] [--seed N] [--random N]

The shim (Inputs/runtime_shim.c) exports every runtime operation with a
uniform ABI.  For each operation this driver evaluates the same Python
expression on CPython (the oracle), maps it through PyIR's documented
deviations (docs/language.md), and compares:
  * results: ints exactly, floats bit for bit (any NaN equals any NaN);
  * exception types exactly;
  * messages, wherever the runtime claims CPython's wording (i.e. whenever
    CPython itself raised; deviations only check the type).
Prints "N checks, M failures" and exits 1 on any failure.
"""

import ctypes
import math
import random
import struct
import sys

EXC = ["ValueError", "TypeError", "IndexError", "KeyError",
       "ZeroDivisionError", "OverflowError", "ArithmeticError",
       "RuntimeError", "AssertionError", "NotImplementedError"]

I64_MIN, I64_MAX = -2**63, 2**63 - 1
INF, NAN = math.inf, math.nan

CTYPE = {"i": ctypes.c_int64, "u": ctypes.c_uint64, "d": ctypes.c_double,
         "f": ctypes.c_float, "n": ctypes.c_int}

# ---------------------------------------------------------------------------
# Results: ("ok", value) or ("raise", exc_name, message-or-None)


def ok(v):
    return ("ok", v)


def raises(name, msg=None):
    return ("raise", name, msg)


def py(fn, *args):
    """Run fn on CPython; capture its result or exception."""
    try:
        return ok(fn(*args))
    except Exception as e:  # noqa: BLE001 - the oracle may raise anything
        return raises(type(e).__name__, str(e))


def check_i64(r):
    """Apply the `int` deviation: a result outside int64 is OverflowError."""
    if r[0] != "ok":
        return r
    vals = r[1] if isinstance(r[1], tuple) else (r[1],)
    for v in vals:
        if isinstance(v, int) and not (I64_MIN <= v <= I64_MAX):
            return raises("OverflowError")
    return r


def bits(x):
    return struct.pack("<d", x)


def f32(x):
    """Round a double to binary32 (a C cast: overflow gives inf)."""
    try:
        return struct.unpack("<f", struct.pack("<f", x))[0]
    except OverflowError:
        return math.copysign(INF, x)


def same_value(a, b, kind):
    if isinstance(a, tuple):
        return isinstance(b, tuple) and len(a) == len(b) and all(
            same_value(x, y, kind) for x, y in zip(a, b))
    if isinstance(a, float) or isinstance(b, float) or kind in "df":
        try:
            a, b = float(a), float(b)
        except (TypeError, ValueError, OverflowError):
            return False
        if math.isnan(a) and math.isnan(b):
            return True
        if kind == "f":
            return struct.pack("<f", a) == struct.pack("<f", b)
        return bits(a) == bits(b)
    return a == b


def fmt(v):
    if isinstance(v, float):
        return repr(v) if not math.isnan(v) else "nan"
    if isinstance(v, tuple):
        return "(" + ", ".join(fmt(x) for x in v) + ")"
    return repr(v)


# ---------------------------------------------------------------------------
# The shim


class Shim:
    def __init__(self, path):
        self.lib = ctypes.CDLL(path)
        self.cache = {}

    def fn(self, name, ins, outs):
        key = name
        if key not in self.cache:
            f = getattr(self.lib, "s_" + name)
            f.restype = ctypes.c_int
            f.argtypes = ([CTYPE[c] for c in ins] +
                          [ctypes.POINTER(CTYPE[c]) for c in outs] +
                          [ctypes.POINTER(ctypes.c_int),
                           ctypes.POINTER(ctypes.c_char_p)])
            self.cache[key] = (f, ins, outs)
        return self.cache[key]

    def call(self, name, ins, outs, args):
        f, ins, outs = self.fn(name, ins, outs)
        o = [CTYPE[c]() for c in outs]
        kind = ctypes.c_int(-1)
        msg = ctypes.c_char_p()
        st = f(*args, *[ctypes.byref(x) for x in o], ctypes.byref(kind),
               ctypes.byref(msg))
        if st == 0:
            vals = tuple(x.value for x in o)
            return ok(vals[0] if len(vals) == 1 else vals)
        if st != -1:
            return raises("<bad status %d>" % st)
        k = kind.value
        name = EXC[k] if 0 <= k < len(EXC) else "<bad kind %d>" % k
        return raises(name, msg.value.decode() if msg.value else None)


class Checker:
    def __init__(self, shim, verbose=False):
        self.shim = shim
        self.verbose = verbose
        self.checks = 0
        self.failures = 0
        self.per_op_fail = {}
        self.msg_mismatch = {}

    def check(self, op, ins, outs, args, expect):
        got = self.shim.call(op, ins, outs, args)
        self.checks += 1
        kind = outs[0]
        good = True
        why = ""
        if expect[0] == "ok":
            if got[0] != "ok" or not same_value(expect[1], got[1], kind):
                good, why = False, "value"
        else:
            if got[0] != "raise" or got[1] != expect[1]:
                good, why = False, "exception type"
            elif expect[2] is not None and got[2] != expect[2]:
                good, why = False, "message"
        if not good:
            self.failures += 1
            n = self.per_op_fail.get(op, 0) + 1
            self.per_op_fail[op] = n
            if n <= 8 or self.verbose:
                print("FAIL %s%s: %s mismatch: expected %s, got %s" % (
                    op, fmt(tuple(args)), why, fmt_res(expect), fmt_res(got)))


def fmt_res(r):
    if r[0] == "ok":
        return fmt(r[1])
    return "%s(%r)" % (r[1], r[2]) if r[2] is not None else r[1]


# ---------------------------------------------------------------------------
# Corpora

def int_edges():
    v = {0, 1, -1, 2, -2, 3, -3, 5, -5, 7, -7, 10, -10, 100, -100, 127, -128,
         -129, 255, 256, 65535, 2**31 - 1, -2**31, 2**32, 2**32 + 1,
         3037000499, 3037000500, -3037000499, -3037000500, 2**53 - 1, 2**53,
         2**53 + 1, -(2**53 + 1), -(2**53), 2**62, 2**62 + 1, -2**62,
         I64_MAX, I64_MIN, I64_MIN + 1, I64_MAX - 1, 6, 9, 1000003}
    return sorted(v)


def int_all_edges():
    v = set(int_edges())
    for k in range(64):
        for d in (-1, 0, 1):
            for s in (1, -1):
                x = s * (2**k + d)
                if I64_MIN <= x <= I64_MAX:
                    v.add(x)
    return sorted(v)


def rand_i64(rng):
    c = rng.random()
    if c < 0.3:
        return rng.randint(I64_MIN, I64_MAX)
    if c < 0.5:
        return rng.randint(-1000, 1000)
    if c < 0.8:
        v = rng.getrandbits(rng.randint(0, 63))
        return -v if rng.random() < 0.5 else v
    k = rng.randint(0, 62)
    v = 2**k + rng.randint(-3, 3)
    v = -v if rng.random() < 0.5 else v
    return max(I64_MIN, min(I64_MAX, v))


def float_edges():
    return [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 0.5, -0.5, 1.5, -1.5,
            2.5, -2.5, 0.1, -0.1, 2.675, 1e16, -1e16, 2.0**53, 2.0**53 + 2,
            2.0**63, -2.0**63, 2.0**64, 1e300, -1e300, 1e308, 1.7976931348623157e308,
            -1.7976931348623157e308, 5e-324, -5e-324, 2.2250738585072014e-308,
            1e-310, 1e-5, 7.0, -7.0, 0.3, 1e22, 123.456, -123.456, 3.5, 1e-300,
            INF, -INF, NAN, math.pi, math.e, 710.0, -745.5, 1e30, -1e30,
            # the neighbours of int64's limits
            math.nextafter(2.0**63, 0), math.nextafter(-2.0**63, 0),
            math.nextafter(-2.0**63, -INF)]


def rand_f64(rng):
    c = rng.random()
    if c < 0.2:
        x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        return x
    if c < 0.4:
        return rng.uniform(-1e3, 1e3)
    if c < 0.55:
        v = float(rng.randint(-10**6, 10**6))
        return v + 0.5 if rng.random() < 0.3 else v
    if c < 0.75:
        return rng.uniform(-1, 1) * 10.0**rng.randint(-30, 30)
    if c < 0.85:
        return float(rand_i64(rng))
    if c < 0.95:
        return rng.randint(-2**20, 2**20) / 2.0**rng.randint(0, 12)
    return rng.uniform(-2, 2)


# ---------------------------------------------------------------------------
# Oracles

def o_int_pow(a, b):
    if b < 0:
        if a == 0:
            return py(lambda: a ** b)  # ZeroDivisionError
        return raises("ValueError")  # deviation: CPython returns a float
    if abs(a) >= 2 and b > 63:
        return raises("OverflowError")
    return check_i64(py(lambda: a ** b))


def o_int_lshift(a, n):
    if n >= 0 and a != 0 and n > 64:
        return raises("OverflowError")
    return check_i64(py(lambda: a << n))


def wrap(v, bits, signed):
    v &= (1 << bits) - 1
    if signed and v >= 1 << (bits - 1):
        v -= 1 << bits
    return v


def o_wrap(r, bits, signed):
    if r[0] != "ok":
        return r
    if isinstance(r[1], tuple):
        return ok(tuple(wrap(v, bits, signed) for v in r[1]))
    return ok(wrap(r[1], bits, signed))


def o_fixed_pow(a, b, bits, signed):
    if b < 0:
        if a == 0:
            return py(lambda: a ** b)
        return raises("ValueError")
    return o_wrap(ok(pow(a, b, 1 << bits)), bits, signed)


def o_fixed_lshift(a, n, bits, signed):
    if n < 0:
        return py(lambda: a << n)
    if n >= bits:
        return ok(0)
    return o_wrap(ok(a << n), bits, signed)


def c_trunc_div(a, b):
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def c_trunc_mod(a, b):
    return a - b * c_trunc_div(a, b)


def o_float_pow(a, b):
    r = py(lambda: a ** b)
    if r[0] == "ok" and isinstance(r[1], complex):
        return raises("ValueError")  # deviation: CPython returns a complex
    return r


def c_fmod(x, y):
    if math.isnan(x) or math.isnan(y) or math.isinf(x) or y == 0:
        return NAN
    if math.isinf(y):
        return x
    return math.fmod(x, y)


def f32_div_mod(vx, wx):
    """CPython's _float_div_mod evaluated in binary32."""
    mod = c_fmod(vx, wx)
    div = f32(f32(vx - mod) / wx) if not math.isnan(f32(vx - mod)) else NAN
    if mod != 0 or math.isnan(mod):
        if (wx < 0) != (mod < 0):
            mod = f32(mod + wx)
            div = f32(div - 1.0)
    else:
        mod = math.copysign(0.0, wx)
    if div != 0 or math.isnan(div):
        fd = math.floor(div) if math.isfinite(div) else div
        fd = float(fd)
        if f32(div - fd) > 0.5:
            fd = f32(fd + 1.0)
        floordiv = fd
    else:
        floordiv = math.copysign(0.0, f32(vx / wx) if math.isfinite(vx / wx)
                                 else vx / wx)
    return floordiv, mod


def o_f32(op, a, b):
    if op == "truediv":
        if b == 0:
            return raises("ZeroDivisionError", "float division by zero")
        try:
            return ok(f32(a / b))
        except (ZeroDivisionError, OverflowError):
            return raises("<oracle>")
    if b == 0:
        return raises("ZeroDivisionError", {"floordiv": "float floor division by zero",
                                            "mod": "float modulo",
                                            "divmod": "float divmod()"}[op])
    q, m = f32_div_mod(a, b)
    if op == "floordiv":
        return ok(q)
    if op == "divmod":
        return ok((q, m))
    # float_rem: its own sign fix-up, without the quotient
    mod = c_fmod(a, b)
    if mod != 0 or math.isnan(mod):
        if (b < 0) != (mod < 0):
            mod = f32(mod + b)
    else:
        mod = math.copysign(0.0, b)
    return ok(mod)


def o_f32_pow(a, b):
    r = o_float_pow(a, b)
    if r[0] != "ok":
        return r
    v = f32(r[1])
    if math.isinf(v) and not math.isinf(r[1]):
        return raises("OverflowError", "(34, 'Numerical result out of range')")
    return ok(v)


def o_to_int(fn, x):
    return check_i64(py(fn, x))


PREDS = [lambda a, b: a < b, lambda a, b: a <= b, lambda a, b: a == b,
         lambda a, b: a != b, lambda a, b: a > b, lambda a, b: a >= b]

MATH1 = ["sqrt", "exp", "expm1", "log", "log1p", "log2", "log10", "sin", "cos",
         "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh"]

FIXED = [("i8", 8, True), ("i16", 16, True), ("i32", 32, True), ("i64", 64, True),
         ("u8", 8, False), ("u16", 16, False), ("u32", 32, False), ("u64", 64, False)]


# ---------------------------------------------------------------------------

def run(shim_path, seed=20240611, nrand=3000, verbose=False):
    rng = random.Random(seed)
    C = Checker(Shim(shim_path), verbose)
    chk = C.check

    ie = int_edges()
    iall = int_all_edges()
    ipairs = [(a, b) for a in ie for b in ie]
    ipairs += [(rand_i64(rng), rand_i64(rng)) for _ in range(nrand)]
    # pairs whose product / sum is near the int64 boundary
    for _ in range(nrand // 3):
        a = rng.choice([1, -1]) * rng.randint(1, 2**32)
        b = rng.choice([1, -1]) * (2**63 // abs(a) + rng.randint(-2, 2))
        b = max(I64_MIN, min(I64_MAX, b))
        ipairs.append((a, b))
    iunary = iall + [rand_i64(rng) for _ in range(nrand)]

    # -- int (checked int64) ------------------------------------------------
    for a, b in ipairs:
        chk("int_add", "ii", "i", (a, b), check_i64(py(lambda: a + b)))
        chk("int_sub", "ii", "i", (a, b), check_i64(py(lambda: a - b)))
        chk("int_mul", "ii", "i", (a, b), check_i64(py(lambda: a * b)))
        chk("int_floordiv", "ii", "i", (a, b), check_i64(py(lambda: a // b)))
        chk("int_mod", "ii", "i", (a, b), check_i64(py(lambda: a % b)))
        chk("int_divmod", "ii", "ii", (a, b), check_i64(py(divmod, a, b)))
        chk("int_truediv", "ii", "d", (a, b), py(lambda: a / b))
        chk("int_max", "ii", "i", (a, b), ok(max(a, b)))
        chk("int_min", "ii", "i", (a, b), ok(min(a, b)))
        if b != 0:
            chk("int_cdiv", "ii", "i", (a, b), ok(wrap(c_trunc_div(a, b), 64, True)))
            chk("int_cmod", "ii", "i", (a, b), ok(c_trunc_mod(a, b)))
    for a in iunary:
        chk("int_neg", "i", "i", (a,), check_i64(py(lambda: -a)))
        chk("int_abs", "i", "i", (a,), check_i64(py(abs, a)))
        chk("int_to_float", "i", "d", (a,), ok(float(a)))
        u = a & (2**64 - 1)
        chk("u64_to_float", "u", "d", (u,), ok(float(u)))
        chk("u64_to_int", "u", "i", (u,), check_i64(ok(u)))
        for fx in ("i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64"):
            bitsn, signed = int(fx[1:]), fx[0] == "i"
            chk(fx + "_from_int", "i", "u" if not signed else "i", (a,),
                ok(wrap(a, bitsn, signed)))
    # hard true divisions (large operands: correct rounding matters)
    hard = [(2**63 - 1, 3), (2**62 + 1, 2**53 + 1), (2**63 - 1, 2**63 - 2),
            (I64_MIN, 3), (I64_MIN, I64_MAX), (I64_MAX, I64_MIN), (2**53 + 1, 1),
            (2**54 + 1, 2), (2**54 + 3, 2), (2**55 + 5, 4), (2**63 - 1, 1),
            (I64_MIN + 1, 1), (2**63 - 1, 2**10), (1, 2**62 + 1), (3, 2**62 + 3)]
    for _ in range(nrand):
        # operands near 2**53..2**63, halves and ties after scaling
        a = rng.randint(2**53, I64_MAX) * rng.choice([1, -1])
        b = rng.choice([rng.randint(1, 2**12), rng.randint(2**53, I64_MAX),
                        2**rng.randint(0, 62), 2**rng.randint(0, 62) + 1])
        hard.append((a, b))
        q = rng.randint(2**52, 2**53)  # build a/b == q + 1/2 exactly-ish
        m = rng.randint(1, 2**9)
        hard.append(((2 * q + 1) * m, 2 * m) if (2 * q + 1) * m <= I64_MAX else (q, 1))
    for a, b in hard:
        chk("int_truediv", "ii", "d", (a, b), py(lambda: a / b))
        chk("int_truediv", "ii", "d", (b, a), py(lambda: b / a))
    # pow / shifts
    ppairs = [(a, b) for a in ie for b in range(-3, 70)]
    ppairs += [(rand_i64(rng), rng.randint(-5, 70)) for _ in range(nrand)]
    ppairs += [(rng.randint(-50, 50), rng.randint(0, 70)) for _ in range(nrand)]
    ppairs += [(a, b) for a in (0, 1, -1, 2, -2) for b in (I64_MAX, 2**62, 2**62 + 1, I64_MIN)]
    for a, b in ppairs:
        chk("int_pow", "ii", "i", (a, b), o_int_pow(a, b))
        chk("int_lshift", "ii", "i", (a, b), o_int_lshift(a, b))
        chk("int_rshift", "ii", "i", (a, b), py(lambda: a >> b))
    for a in iunary[:200]:
        for n in (I64_MAX, I64_MIN, 2**40, 100, 64, 63, 62):
            chk("int_lshift", "ii", "i", (a, n), o_int_lshift(a, n))
            chk("int_rshift", "ii", "i", (a, n), py(lambda: a >> n))

    # -- fixed widths -------------------------------------------------------
    for name, nb, signed in FIXED:
        lo, hi = (-(1 << (nb - 1)), (1 << (nb - 1)) - 1) if signed else (0, (1 << nb) - 1)
        X = "i" if signed else "u"
        edge = sorted({v for v in ie + [lo, hi, lo + 1, hi - 1] if lo <= v <= hi})
        vals = edge + [rng.randint(lo, hi) for _ in range(60)]
        pairs = [(a, b) for a in vals for b in vals]
        pairs += [(rng.randint(lo, hi), rng.randint(lo, hi)) for _ in range(nrand // 2)]
        for a, b in pairs:
            W = lambda r: o_wrap(r, nb, signed)  # noqa: E731
            chk(name + "_add", X * 2, X, (a, b), W(ok(a + b)))
            chk(name + "_sub", X * 2, X, (a, b), W(ok(a - b)))
            chk(name + "_mul", X * 2, X, (a, b), W(ok(a * b)))
            chk(name + "_floordiv", X * 2, X, (a, b), W(py(lambda: a // b)))
            chk(name + "_mod", X * 2, X, (a, b), W(py(lambda: a % b)))
            chk(name + "_divmod", X * 2, X * 2, (a, b), W(py(divmod, a, b)))
            chk(name + "_truediv", X * 2, "d", (a, b), py(lambda: a / b))
            if b != 0:
                chk(name + "_cdiv", X * 2, X, (a, b), W(ok(c_trunc_div(a, b))))
                chk(name + "_cmod", X * 2, X, (a, b), W(ok(c_trunc_mod(a, b))))
        spairs = [(a, n) for a in vals for n in range(max(lo, -3), min(hi, nb + 3) + 1)]
        spairs += [(a, n) for a in vals[:20] for n in (lo, hi)]
        for a, n in spairs:
            chk(name + "_pow", X * 2, X, (a, n), o_fixed_pow(a, n, nb, signed))
            chk(name + "_lshift", X * 2, X, (a, n), o_fixed_lshift(a, n, nb, signed))
            chk(name + "_rshift", X * 2, X, (a, n), py(lambda: a >> n))
        for a in vals:
            chk(name + "_neg", X, X, (a,), o_wrap(ok(-a), nb, signed))
            chk(name + "_abs", X, X, (a,), o_wrap(ok(abs(a)), nb, signed))

    # -- floats -------------------------------------------------------------
    fe = float_edges()
    fpairs = [(a, b) for a in fe for b in fe]
    fpairs += [(rand_f64(rng), rand_f64(rng)) for _ in range(nrand)]
    # floor division / modulo hard cases: quotients near integers
    for _ in range(nrand // 3):
        b = rand_f64(rng)
        k = float(rng.randint(-10**6, 10**6))
        fpairs.append((k * b + rng.choice([0.0, b * 1e-17, -b * 1e-17]), b))
    funary = fe + [rand_f64(rng) for _ in range(nrand)]
    funary += [rng.uniform(-1.1, 1.1) for _ in range(300)]
    funary += [rng.uniform(-800, 800) for _ in range(300)]
    funary += [float(k) + 0.5 for k in range(-20, 20)] + [k / 4 for k in range(-40, 40)]

    for a, b in fpairs:
        chk("float_truediv", "dd", "d", (a, b), py(lambda: a / b))
        chk("float_floordiv", "dd", "d", (a, b), py(lambda: a // b))
        chk("float_mod", "dd", "d", (a, b), py(lambda: a % b))
        chk("float_divmod", "dd", "dd", (a, b), py(divmod, a, b))
        chk("float_pow", "dd", "d", (a, b), o_float_pow(a, b))
        chk("float_max", "dd", "d", (a, b), ok(max(a, b)))
        chk("float_min", "dd", "d", (a, b), ok(min(a, b)))
        chk("math_atan2", "dd", "d", (a, b), py(math.atan2, a, b))
        chk("math_fmod", "dd", "d", (a, b), py(math.fmod, a, b))
        chk("math_pow", "dd", "d", (a, b), py(math.pow, a, b))
        chk("math_hypot", "dd", "d", (a, b), py(math.hypot, a, b))
        chk("math_copysign", "dd", "d", (a, b), py(math.copysign, a, b))
        chk("math_log_base", "dd", "d", (a, b), py(math.log, a, b))
        a32, b32 = f32(a), f32(b)
        for op in ("truediv", "floordiv", "mod", "divmod"):
            chk("f32_" + op, "ff", "ff" if op == "divmod" else "f", (a32, b32),
                o_f32(op, a32, b32))
        chk("f32_pow", "ff", "f", (a32, b32), o_f32_pow(a32, b32))
        chk("f32_max", "ff", "f", (a32, b32), ok(max(a32, b32)))
        chk("f32_min", "ff", "f", (a32, b32), ok(min(a32, b32)))
    # float pow: integral exponents, bases near 1, overflow/underflow edges
    for _ in range(nrand):
        a = rng.choice([rng.uniform(-10, 10), rng.uniform(0.5, 1.5), -rng.uniform(0, 3),
                        rand_f64(rng)])
        b = rng.choice([float(rng.randint(-400, 400)), rng.uniform(-400, 400),
                        rng.uniform(-3, 3), float(rng.randint(-3, 3)) + 0.5])
        chk("float_pow", "dd", "d", (a, b), o_float_pow(a, b))
        chk("math_pow", "dd", "d", (a, b), py(math.pow, a, b))
    # results near the overflow / subnormal thresholds (errno-free checks)
    for b in (0.1, 0.3, 0.5, 0.7, 1.5, 2.0, 10.0, -0.1, -2.0, -10.0):
        e0 = math.log(2.0**-1074) / math.log(abs(b))
        e1 = math.log(1.7976931348623157e308) / math.log(abs(b))
        for e in list(range(int(e0) - 3, int(e0) + 60)) + list(range(int(e1) - 3, int(e1) + 4)):
            for ee in (float(e), e + 0.5):
                chk("float_pow", "dd", "d", (b, ee), o_float_pow(b, ee))
                chk("math_pow", "dd", "d", (b, ee), py(math.pow, b, ee))
    # hypot: subnormal / huge / mixed scales
    for _ in range(nrand):
        s1, s2 = rng.randint(-1074, 1023), rng.randint(-1074, 1023)
        a = math.ldexp(rng.random(), s1) * rng.choice([1, -1])
        b = math.ldexp(rng.random(), min(1023, rng.choice([s1, s2, s1 - 30, s1 + 5])))
        chk("math_hypot", "dd", "d", (a, b), py(math.hypot, a, b))
        a, b = rng.uniform(-100, 100), rng.uniform(-100, 100)
        chk("math_hypot", "dd", "d", (a, b), py(math.hypot, a, b))

    for x in funary:
        chk("float_to_int", "d", "i", (x,), o_to_int(int, x))
        chk("float_round_int", "d", "i", (x,), o_to_int(round, x))
        chk("math_floor", "d", "i", (x,), o_to_int(math.floor, x))
        chk("math_ceil", "d", "i", (x,), o_to_int(math.ceil, x))
        chk("math_trunc", "d", "i", (x,), o_to_int(math.trunc, x))
        chk("float_abs", "d", "d", (x,), ok(abs(x)))
        chk("float_to_f32", "d", "f", (x,), ok(f32(x)))
        chk("math_fabs", "d", "d", (x,), py(math.fabs, x))
        for fn in ("isnan", "isinf", "isfinite"):
            chk("math_" + fn, "d", "n", (x,), ok(int(getattr(math, fn)(x))))
        for fn in MATH1:
            chk("math_" + fn, "d", "d", (x,), py(getattr(math, fn), x))
        for name, nb, signed in FIXED:
            r = py(int, x)
            chk(name + "_from_float", "d", "i" if signed else "u", (x,),
                o_wrap(r, nb, signed))
        for ib in (0, 1, -1, 2**53 + 1, 2**53, 2**63 - 1, I64_MIN, 3):
            fb = float(ib)
            for k, p in enumerate(PREDS):
                chk("cmp_int_float", "idn", "n", (ib, x, k), ok(int(p(ib, x))))
                chk("cmp_float_int", "din", "n", (x, ib, k), ok(int(p(x, ib))))
            del fb
    # comparisons around 2**53 / 2**63 / 2**64
    cmp_ints = iall + [rand_i64(rng) for _ in range(nrand // 3)]
    for i in cmp_ints:
        cands = [float(i), math.nextafter(float(i), INF), math.nextafter(float(i), -INF),
                 float(i) + 0.5, NAN, INF, -INF, rand_f64(rng)]
        u = i & (2**64 - 1)
        for d in cands:
            for k, p in enumerate(PREDS):
                chk("cmp_int_float", "idn", "n", (i, d, k), ok(int(p(i, d))))
                chk("cmp_float_int", "din", "n", (d, i, k), ok(int(p(d, i))))
                chk("cmp_u64_float", "udn", "n", (u, d, k), ok(int(p(u, d))))
                chk("cmp_float_u64", "dun", "n", (d, u, k), ok(int(p(d, u))))
        for j in (0, 1, I64_MAX, 2**63, 2**64 - 1, u):
            for k, p in enumerate(PREDS):
                chk("cmp_int_u64", "iun", "n", (i, j, k), ok(int(p(i, j))))
                chk("cmp_u64_int", "uin", "n", (j, i, k), ok(int(p(j, i))))

    # -- round(x, n) --------------------------------------------------------
    nds = list(range(-25, 25)) + [-400, -309, -308, -307, -300, 300, 308, 320, 322,
                                  323, 324, 325, 400, I64_MAX, I64_MIN]
    for x in fe:
        for n in nds:
            chk("float_round", "di", "d", (x, n), py(round, x, n))
    for _ in range(nrand * 2):
        x = rand_f64(rng)
        n = rng.choice([rng.randint(-20, 20), rng.randint(-320, 330), rng.randint(0, 4)])
        chk("float_round", "di", "d", (x, n), py(round, x, n))
        # decimal ties and near-ties: k * 10**-d + 5 * 10**-(d+1)
        d = rng.randint(0, 6)
        x = (rng.randint(-10**6, 10**6) * 10 + 5) / 10**(d + 1)
        chk("float_round", "di", "d", (x, d), py(round, x, d))
        x = float((rng.randint(-10**6, 10**6) * 10 + 5) * 10**d)
        chk("float_round", "di", "d", (x, -d - 1), py(round, x, -d - 1))
    for x, n in [(2.675, 2), (0.5, 0), (1.5, 0), (-0.5, 0), (123.456, -1),
                 (5e-324, 400), (5e-324, 323), (1.7976931348623157e308, -308),
                 (-1.7976931348623157e308, -308), (0.125, 2), (0.375, 2), (25.0, -1),
                 (15.0, -1), (5.0, -1), (-4.0, -1), (1e22, -22), (5e22, -23),
                 (4.5e22, -23), (9.5, 0), (-9.5, 0), (1e300, -300), (1.5e300, -300)]:
        chk("float_round", "di", "d", (x, n), py(round, x, n))

    # -- named special cases (docs/language.md and the runtime's brief) -----
    named1 = [("math_sin", INF), ("math_cos", -INF), ("math_tan", INF),
              ("math_exp", 1000.0), ("math_exp", -1000.0), ("math_exp", 709.78),
              ("math_exp", 709.79), ("math_expm1", 710.0), ("math_log", 0.0),
              ("math_log", -0.0), ("math_log", -1.0), ("math_log", INF),
              ("math_log", -INF), ("math_log", NAN), ("math_log2", 0.0),
              ("math_log10", -5.0), ("math_log1p", -1.0), ("math_log1p", -2.0),
              ("math_sqrt", -0.0), ("math_sqrt", -1.0), ("math_sqrt", -INF),
              ("math_sqrt", INF), ("math_asin", 1.0000000000000002),
              ("math_acos", -1.0000000000000002), ("math_cosh", 711.0),
              ("math_sinh", -711.0), ("math_tanh", INF), ("math_atan", -INF)]
    for op, x in named1:
        chk(op, "d", "d", (x,), py(getattr(math, op[5:]), x))
    named2 = [("math_pow", 0.0, -1.0), ("math_pow", -0.0, -1.0), ("math_pow", 1.0, NAN),
              ("math_pow", NAN, 0.0), ("math_pow", -8.0, 1 / 3), ("math_pow", -1.0, INF),
              ("math_pow", 10.0, 400.0), ("math_pow", -INF, 3.0), ("math_pow", -INF, -3.0),
              ("math_pow", 0.5, -INF), ("math_fmod", 5.0, INF), ("math_fmod", -5.0, -INF),
              ("math_fmod", INF, 2.0), ("math_fmod", 1.0, 0.0), ("math_fmod", -0.0, 3.0),
              ("math_atan2", 0.0, -0.0), ("math_atan2", -0.0, -0.0), ("math_atan2", INF, -INF),
              ("math_atan2", -INF, INF), ("math_atan2", NAN, 1.0), ("math_hypot", INF, NAN),
              ("math_hypot", NAN, -INF), ("math_hypot", 3.0, 4.0), ("math_hypot", 5e-324, 5e-324),
              ("math_hypot", 1.7976931348623157e308, 1.7976931348623157e308),
              ("math_log_base", 8.0, 2.0), ("math_log_base", 1.0, 1.0),
              ("math_log_base", 2.0, 1.0), ("math_log_base", 0.0, 1.0),
              ("math_log_base", 2.0, 0.0), ("math_log_base", 2.0, -1.0)]
    for op, x, y in named2:
        fn = math.log if op == "math_log_base" else getattr(math, op[5:])
        chk(op, "dd", "d", (x, y), py(fn, x, y))
    for op, x, y in [("float_pow", -8.0, 1 / 3), ("float_pow", 0.0, -1.0),
                     ("float_pow", -0.0, -3.0), ("float_pow", 10.0, 400.0),
                     ("float_pow", -10.0, 401.0), ("float_pow", -0.1, -745.5),
                     ("float_pow", NAN, 0.0), ("float_pow", 1.0, NAN),
                     ("float_pow", -1.0, INF), ("float_pow", -1.0, 0.5),
                     ("float_max", NAN, 1.0), ("float_max", 1.0, NAN),
                     ("float_max", 0.0, -0.0), ("float_max", -0.0, 0.0),
                     ("float_min", NAN, 1.0), ("float_min", 1.0, NAN),
                     ("float_min", 0.0, -0.0), ("float_min", -0.0, 0.0),
                     ("float_floordiv", 1.0, 0.0), ("float_mod", 1.0, -0.0),
                     ("float_mod", -0.0, 5.0), ("float_mod", 0.0, -5.0),
                     ("float_floordiv", -0.0, 5.0), ("float_floordiv", 1e-320, -1e308),
                     ("float_truediv", 1.0, -0.0)]:
        fn = {"float_pow": o_float_pow, "float_max": lambda a, b: ok(max(a, b)),
              "float_min": lambda a, b: ok(min(a, b)),
              "float_floordiv": lambda a, b: py(lambda: a // b),
              "float_mod": lambda a, b: py(lambda: a % b),
              "float_truediv": lambda a, b: py(lambda: a / b)}[op]
        chk(op, "dd", "d", (x, y), fn(x, y))
    for x in (0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4503599627370497.0,
              9.223372036854775e18, -9.223372036854776e18, 9.223372036854776e18, 1e300):
        chk("float_round_int", "d", "i", (x,), o_to_int(round, x))
    for name, nb, signed in FIXED:
        for x in (1e30, -1e30, 2.0**64, -(2.0**64), 2.0**63, 2.0**64 + 4096.0,
                  1.7976931348623157e308, -1.7976931348623157e308, 3.99, -3.99,
                  2.0**nb - 0.5, -(2.0**(nb - 1)) - 0.5, INF, -INF, NAN):
            chk(name + "_from_float", "d", "i" if signed else "u", (x,),
                o_wrap(py(int, x), nb, signed))

    # -- f32 cross-check with NumPy's float32 ufuncs, when available --------
    try:
        import numpy as np
    except ImportError:
        np = None
    if np is not None:
        with np.errstate(all="ignore"):
            for a, b in fpairs:
                a32, b32 = np.float32(a), np.float32(b)
                if b32 == 0:
                    continue
                for op, ufn in (("truediv", np.true_divide), ("floordiv", np.floor_divide),
                                ("mod", np.remainder)):
                    chk("f32_" + op, "ff", "f", (float(a32), float(b32)),
                        ok(float(ufn(a32, b32))))

    # -- summary ------------------------------------------------------------
    print("%d checks, %d failures" % (C.checks, C.failures))
    if C.per_op_fail:
        for op, n in sorted(C.per_op_fail.items()):
            print("  %-20s %d failures" % (op, n))
    return C.failures == 0


def main(argv):
    args = argv[1:]
    verbose = "-v" in args
    seed, nrand = 20240611, 3000
    if "--seed" in args:
        seed = int(args[args.index("--seed") + 1])
    if "--random" in args:
        nrand = int(args[args.index("--random") + 1])
    paths = [a for a in args if a.endswith(".so")]
    if len(paths) != 1:
        print(__doc__)
        return 2
    return 0 if run(paths[0], seed, nrand, verbose) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
