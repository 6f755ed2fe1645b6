"""Exact conversion functions behind the fixed-width type names.

Each function here is the interpreted twin of a conversion the compiler emits,
so the results must be bit-for-bit the ones compiled code produces:

* ``wrap_int`` - an integer modulo 2**bits, mapped to the signed or unsigned
  range (two's complement), as ``i32(x)``, ``u8(x)`` ... do.
* ``round_f32`` - round to the nearest IEEE 754 binary32 (ties to even),
  overflowing to +-inf and underflowing through the subnormals to +-0.0, as a
  C ``(float)`` cast does.
* ``to_f64`` - ``float(x)``.

Arguments are validated like ``int()`` / ``float()`` would, except that
strings and bytes are refused (PyIR has no string conversions): ``TypeError``.
Everything is pure Python and works the same on CPython and PyPy.
"""

import math
import operator

__all__ = ["wrap_int", "round_f32", "to_f64", "FLT_MAX", "FLT_TRUE_MIN"]

#: Largest finite binary32 value, (2 - 2**-23) * 2**127.
FLT_MAX = math.ldexp(float((1 << 24) - 1), 104)
#: Smallest positive (subnormal) binary32 value, 2**-149.
FLT_TRUE_MIN = math.ldexp(1.0, -149)

_TWO_128 = 1 << 128          # first power of two past the binary32 range
_F_TWO_128 = float(_TWO_128)  # exactly representable as a double
_MANT = 24                   # binary32 precision, hidden bit included
_MIN_EXP = -149              # exponent of the least significant subnormal bit


def _type_error(name, x):
    return TypeError(
        "%s() argument must be an int or a float, not '%s'"
        % (name, type(x).__name__))


def _as_number(name, x):
    """Classify ``x`` as an exact int or a float; refuse anything else.

    Returns a plain ``int`` or a plain ``float``. ``bool`` and other ``int``
    subclasses count as ints, ``float`` subclasses as floats; other objects
    are accepted through ``__index__`` (exact) or ``__float__``.
    """
    if isinstance(x, int):
        return int(x)
    if isinstance(x, float):
        return float(x)
    if isinstance(x, (str, bytes, bytearray, complex)):
        raise _type_error(name, x)
    tp = type(x)
    if getattr(tp, "__index__", None) is not None:
        try:
            return operator.index(x)
        except TypeError:
            pass  # e.g. NumPy's bool_, whose __index__ refuses: try __float__
    if getattr(tp, "__float__", None) is not None:
        return float(x)
    raise _type_error(name, x)


def wrap_int(name, bits, signed, x):
    """Return ``x`` reduced modulo ``2**bits`` into the type's range.

    A float is first truncated toward zero exactly like ``int(x)`` (NaN ->
    ``ValueError``, +-inf -> ``OverflowError``). ``name`` is used in error
    messages. The result is a plain ``int``.
    """
    v = _as_number(name, x)
    if isinstance(v, float):
        v = int(v)  # int()'s own errors for NaN and inf
    v &= (1 << bits) - 1
    if signed and v >> (bits - 1):
        v -= 1 << bits
    return v


def _round_int_f32(n):
    """Round the exact integer ``n`` to binary32 in a single rounding step."""
    a = -n if n < 0 else n
    bl = a.bit_length()
    if bl <= _MANT:
        r = float(a)
    else:
        shift = bl - _MANT
        q = a >> shift
        rem = a & ((1 << shift) - 1)
        half = 1 << (shift - 1)
        if rem > half or (rem == half and q & 1):
            q += 1
        a = q << shift
        r = math.inf if a >= _TWO_128 else float(a)
    return -r if n < 0 else r


def _round_float_f32(x):
    """Round the double ``x`` to binary32 (round to nearest, ties to even)."""
    if x != x or x == 0.0 or math.isinf(x):
        return x  # NaN, +-0.0 and +-inf pass unchanged
    if abs(x) >= _F_TWO_128:
        return math.copysign(math.inf, x)
    _, e = math.frexp(x)          # |x| in [2**(e-1), 2**e)
    q = max(e - _MANT, _MIN_EXP)  # weight of the last kept bit
    s = math.ldexp(x, -q)         # exact: a pure power-of-two scaling
    r = round(s)                  # exact int, half to even
    if r == 0:
        return math.copysign(0.0, x)
    v = math.ldexp(float(r), q)   # exact: |r| <= 2**24
    if abs(v) >= _F_TWO_128:
        return math.copysign(math.inf, x)
    return v


def round_f32(name, x):
    """Return ``x`` rounded to the nearest binary32 value, as a ``float``.

    Ints (including huge ones) are rounded exactly, in one step, like C's
    integer-to-float conversion; floats like C's double-to-float cast. Values
    that round beyond ``FLT_MAX`` give +-inf; NaN, +-inf and -0.0 are kept.
    """
    v = _as_number(name, x)
    if isinstance(v, int):
        return _round_int_f32(v)
    return _round_float_f32(v)


def to_f64(name, x):
    """Return ``float(x)`` for an int or float argument (plain ``float``).

    A huge int raises ``OverflowError`` as ``float()`` does.
    """
    return float(_as_number(name, x))
