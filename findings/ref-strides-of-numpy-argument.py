# Finding (fuzz campaign seed 26003, program 26003078012 fn35; reduced by
# utils/fuzz/reduce.py to fn35, then by hand to `strides0`): the JIT
# export's Python reference reads `.strides[k]` of a NumPy argument from
# the memoryview it makes of it (_pyir_view), i.e. from NumPy's buffer
# export, which gives an axis of extent 1 (or 0) its C-contiguous stride;
# the extension (O0..O3, since d9b6079) and CPython read the array's own
# strides.
#   p0 = numpy.zeros(2, numpy.int64)[::2]   (shape (1,), strides (16,))
#   interpreted: 16   extension: 16   ref: 8
# fn35 (reduced, generic over T35 = i64/...): interpreted and O0..O3
# return (1, 2, 0), the ref (1, 1, 0).
# Also seed 26011 fn5 (reduced): `p0 = p2.strides[0]; p1[p0] -= 0.5` with
# p2 an empty reversed u64 array (extent 0): the ref indexes p1 with the
# export's stride and raises ValueError where CPython and O0..O3 raise
# ZeroDivisionError further on.
# Verdict: compiler (JIT export reference), not the generator. (The
# generator's oracle read memoryview strides too until this change: the
# interpreted runs now get an OracleArray with NumPy's own strides.)
from pyir import i64


def strides0(p0: i64[:]) -> int:
    return p0.strides[0]
