# The campaign's two cases as utils/fuzz/reduce.py left them (seed
# 26000078000, a mixed module: its Python parts, which the reducer keeps,
# left out here; without them the mismatch stays):
#   fn14 calls: [('fn14', [memoryview u8 (4, 4) rows layout, memoryview u8 (0, 4)])]
#     interpreted, O0..O3: NotImplementedError; ref: ZeroDivisionError
#     (unreduced: the ref went on past the slice)
#   fn23 calls: [('fn23', [1, numpy u16 (0,) step layout, 5, memoryview i32 (3, 1)])]
#     interpreted, O0..O3: NotImplementedError; ref: ok 0 (unreduced)
from pyir import u8, u16, i32


def fn14(p0: u8[:, ::1], p1: u8[:, :]) -> int:
    w188: u8[:] = p0[0]
    return 0


def fn23(depth: int, p0: u16[:], p1: int, p2: i32[:, :]) -> int:
    w408: i32[:, :] = p2[0:, 0::0]
    return 0
