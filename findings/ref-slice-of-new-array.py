# Finding (fuzz campaign seed 26003, program 26003078009 fn39; reduced by
# utils/fuzz/reduce.py): in the JIT export's Python reference a new array
# is a memoryview (_pyir_alloc, documented in language.md section 11 for
# the returned object), so slicing it follows memoryview's rules, where
# the extension (NumPy importable) and CPython slice a NumPy array: an
# empty slice keeps step * stride in the reference, NumPy's 0:0:1
# strides in the extension.
#   fn39(p2=-100): the returned (0, 2, 1, 1) u8 slice has buffer strides
#   (2, 1, 1, 1) interpreted and O0..O3, (6, 1, 1, 1) in the ref.
#   empty_slice(): interpreted and extension 8, ref 24.
# Verdict: compiler (JIT export reference) or a deviation language.md does
# not state (section 11 documents only that the reference returns
# memoryviews); not the generator.
from pyir import u8, f64, empty, zeros


def fn39(p2: int = -3) -> u8[:, :, :, :]:
    arr594 = empty((3, 2, 1, p2 % 4 + 1), u8)
    w599: u8[:, :, :, :] = arr594[0::3]
    return w599


def empty_slice() -> int:
    a = zeros(4, f64)
    w: f64[:] = a[3:1:3]
    return w.strides[0]
