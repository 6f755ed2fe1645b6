"""Programs CPython runs that the frontend once rejected (issue #10): every
path returns, integer literals meeting fixed-width values, folded constant
expressions, tuples through control flow."""
import math

from pyir import f64, i8, i32, u8, u32, u64

# Constant expressions fold with Python's semantics.
K = 2.0 ** 53
P = 2 ** 62
Q = -7 // 2
R = -7 % 3
FQ = -7.5 // 2.0
FR = -7.5 % 2.0
NEGZERO = 7.5 % -2.5
SH = (1 << 40) >> 3
BITS = 0xFF & ~0x0F | 0x100 ^ 3
HALF = 2 ** -1
WIDE = ((1 << 64) - 1) >> 2
CMP = 1 < 2.5 <= 3
NOT_CMP = not CMP
EXACT = 2 ** 53 + 1 != 2.0 ** 53
ABS = abs(-3)
MAX = max(1, 7, 3)
TRUNC = int(-2.5)
FLT = float(3) / 2
POW = pow(3, 4) + 10 ** 18
COND = 5 if P > 0 else 6
ANY = 0 or 7
GOLDEN: u64 = 0x9E3779B97F4A7C15
SMALL: u8 = 200


def sign(x: int) -> int:
    if x > 0:
        return 1
    elif x < 0:
        return -1
    else:
        return 0


def magnitude(x: float) -> float:
    if x >= 0.0:
        return x
    else:
        return -x


def next_multiple(n: int, k: int) -> int:
    i = n
    while True:
        if i % k == 0:
            return i
        i += 1


def spin(n: int) -> int:
    while 1:
        n += 3
        if n > 10:
            return n


def find(n: int, k: int) -> int:
    for i in range(n):
        if i == k:
            return i
    else:
        return -1


def positive(n: int) -> int:
    if n > 0:
        return n
    assert False, "not positive"


def nonnegative(n: int) -> int:
    if n >= 0:
        return n
    raise ValueError("negative")


def mix(x: u64) -> u64:
    x = u64(x ^ (x >> 33))
    x = u64(x * 0xFF51AFD7ED558CCD)
    x ^= 0x9E3779B97F4A7C15
    return x ^ GOLDEN


def wide_ops(x: u64) -> u64:
    a = x & 0xFFFFFFFF00000000
    b = x | 0x8000000000000000
    c = u64(x + 9223372036854775808)
    d = x // 0x8000000000000000
    e = x % 0x8000000000000001
    return u64(a ^ b ^ c ^ d ^ e)


def at_most(p: u64) -> bool:
    return p <= 18446744073709551615 and p != 0xFFFFFFFFFFFFFFFF


def wide_compare(p: u64) -> int:
    if 0x8000000000000000 < p:
        return 1
    return 0


def is_min(x: i8) -> bool:
    return x == -128 or -128 == x


def above(x: i8) -> bool:
    return x > -128 and x != 127


def aug(y: u32) -> u32:
    y = u32(y + 4294967295)
    y ^= 0xFFFFFFFF
    return y


def seed(x: u64 = 0x9E3779B97F4A7C15) -> u64:
    return x


def tuple_flow(c: bool, n: int) -> tuple[int, int]:
    t = (1, 2)
    if c:
        t = (n, 4)
    for i in range(n):
        a, b = t
        t = (a + i, b) if c else (b, a)
    return t


def _halve(n: int) -> tuple[int, bool]:
    return n // 2, n % 2 == 1


def ones(n: int) -> int:
    count = 0
    p = _halve(n)
    while n > 0:
        q, odd = p
        if odd:
            count += 1
        n = q
        p = _halve(n)
    return count


def unary_bool(b: bool) -> int:
    return -b * 10 + ~b + +b


def pair(x: u8) -> tuple[u8, u8]:
    return x, 0


def wide_pair(x: u64) -> tuple[u64, u64]:
    return x, 0xFFFFFFFFFFFFFFFF


def unpack(x: u8) -> u8:
    a: u8 = 1
    a, b = 200, x
    return u8(a + b)


def choose(x: u8, c: bool) -> u8:
    return x if c else 0


def constants() -> float:
    return (K + P + Q + R + FQ + FR + NEGZERO + SH + BITS + HALF + WIDE + CMP
            + NOT_CMP + EXACT + ABS + MAX + TRUNC + FLT + POW + COND + ANY
            + SMALL)


def tuple_after_loop(depth: int) -> tuple[bool, i32, u8]:
    # Lifting to scf joined the tuple returned by both branches at an
    # scf.if, lowered back to a tuple block argument the C backend does not
    # take: "failed to legalize operation 'cf.br'" at -O2 (fuzz seed
    # 1000004, reduced).
    if depth <= 0:
        return True, i32(1), u8(1)
    a, b, c = tuple_after_loop(depth - 1)
    k = 0
    while True:
        k += 1
        if k > 9:
            break
    return a, (i32(1) ^ b) + i32(k), c


def u64_over_one(p: u64) -> int:
    # int(p) of a u64 above 2**63 - 1 raises (language.md §2) also where
    # the branch says p > 1: that comparison is unsigned (fuzz seed
    # 200000604, reduced).
    if p > 1:
        return int(p)
    return 0


def store_joined_i8(a: i8[:], c: int) -> int:
    # An i8 joined at a branch, 1 or 0: arith's select-to-extui pattern
    # made an arith.extui to si8 at -O2 (fuzz seed 200000611, reduced).
    a[0] = i8(1) if c > 1 else i8(False)
    return int(a[0])


def early_returns_in_loop(a: i32[:], x: float = 0.0) -> tuple[int, int, bool]:
    # Two returns inside the loop, the second reading x > 0.5 that CSE
    # takes from the first: MLIR's CFG-to-SCF lifting crashed on it at
    # -O2 and in the JIT export (fuzz seed 208000635, reduced).
    for j in range(len(a)):
        if x > 0.5:
            return 0, j, True
        if j > 1:
            return 1, j, x > 0.5
    return 2, 0, True


def return_expr_in_loop(p: u8) -> u8:
    # An early return whose value is a conditional expression over loop
    # values (several blocks on the loop's exit path): MLIR's CFG-to-SCF
    # lifting crashed on it at -O2/-O3 and in the JIT export (campaign seed
    # 715002152 fn82, reduced with utils/fuzz/reduce.py).
    for j in range(0, 4, 1):
        if p > 1:
            return ((u8(1) if p > 1 else u8(255)) if j > 1 else u8(2))
    return u8(3)


def view_after_return(a: f64[:]) -> float:
    # Dead code after a return reads a view: the frontend put an int
    # placeholder where the view was (an assertion in IRGen; frontend
    # fuzzer finding, issue #10).
    return a[0] * 2.0
    return a[0]


def floor_of_bool(b: bool) -> int:
    # math.floor/ceil/trunc of a bool is its int in CPython; the frontend
    # refused it ("cannot convert bool to int implicitly"; found while
    # moving the builtins to Builtins.def, issue #11).
    return math.floor(b) + 2 * math.ceil(not b) + 4 * math.trunc(b)
