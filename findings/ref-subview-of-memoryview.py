# Finding (fuzz campaign seed 26000, program 26000078000 fn23 and fn14;
# reduced by utils/fuzz/reduce.py, then by hand): the JIT export's Python
# reference (pyirc --emit=jit, <mod>_ref.py) slices a memoryview argument
# with a key of several items or an index (pyir.subview) through NumPy and
# succeeds, where CPython and the compiled extension (O0..O3) raise
# NotImplementedError (docs/language.md section 12: "for a memoryview ...
# only one slice of the first axis ... at the slice, compiled as
# interpreted"). Cause: _pyir_view turns every view argument into a
# memoryview, so _pyir_subview cannot tell a NumPy owner from a memoryview
# one and always goes through numpy.asarray(view)[key].
#
# Verdict: compiler (JIT export reference), not the generator.
# Reproduce (p2 = memoryview(numpy.arange(6, dtype=numpy.int32).reshape(3, 2))):
#   interpreted: NotImplementedError  extension: NotImplementedError  ref: 1
# The campaign's reduced program (memoryview p2 of shape (3, 1)):
#   w408: i32[:, :] = p2[0:, 0::0]; return 0
#   interpreted, extension: NotImplementedError; ref: ValueError (NumPy's
#   zero step) or, in the unreduced module, 0.
from pyir import i32


def used(p2: i32[:, :]) -> int:
    w: i32[:, :] = p2[0:, ::2]
    return w.shape[1]


def row(p2: i32[:, :]) -> int:
    r: i32[:] = p2[1]
    return r[0]
