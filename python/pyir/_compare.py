"""What "the same result" means for the differential rule
(docs/language.md): floats bit for bit, except the sign and payload of a
NaN, which IEEE 754 leaves unspecified for arithmetic results (the C
compiler may turn ``(-a) + b`` into ``b - a``). The test harnesses compare
through these keys, so the rule is written once."""
import math
import struct

_NAN_KEY = "nan"
# memoryview formats whose items are IEEE floats, and their struct codes.
_FLOAT_FORMATS = {"d": "d", "f": "f", "e": "e"}


def float_key(value: float) -> str:
    """The bits of `value` as hex, every NaN alike."""
    if math.isnan(value):
        return _NAN_KEY
    return struct.pack("<d", value).hex()


def buffer_key(obj):
    """The bytes of a buffer in C order, float NaNs alike; None when `obj`
    exports no buffer."""
    try:
        view = memoryview(obj)
    except TypeError:
        return None
    data = view.tobytes()
    code = _FLOAT_FORMATS.get(view.format.lstrip("@=<"))
    if code is None:
        return data
    size = struct.calcsize(code)
    canonical = struct.pack(code, math.nan)
    items = [data[k:k + size] for k in range(0, len(data), size)]
    return b"".join(canonical if math.isnan(struct.unpack(code, item)[0])
                    else item for item in items)


def array_key(obj):
    """A returned array (language.md §11): its type (NumPy array or
    memoryview), item format, shape, strides and contents (buffer_key);
    None when `obj` exports no buffer. Reading an element of `pyir.empty`
    before writing it is unspecified: tests compare arrays whose elements
    were all written."""
    try:
        view = memoryview(obj)
    except TypeError:
        return None
    return (type(obj).__name__, view.format, view.shape, view.strides,
            buffer_key(view))
