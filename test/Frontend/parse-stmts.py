# RUN: pyirc --emit=ast %s | FileCheck %s
# Every supported statement: imports, constants, decorated def with annotations and defaults, all 12 augmented assignments, tuple/chained/subscript targets, if/elif/else, loops with else, assert, raise, return.
"""Module docstring."""
import math
import pyir, os.path as osp
from math import sqrt, pi as PI
from pyir import (f64, i64,
                  boundscheck,)
N = 64
SCALE: Final = 0.5
a = b = 3

@boundscheck(False)
@pyir.wraparound(False)
@inline
def f(n: int, x: f64[:], y: u8[:, ::1], z: float = 1.5) -> tuple[int, float]:
    """Function docstring."""
    s: f32 = 0
    t: int
    s += 1; s -= 1; s *= 2; s /= 2
    s //= 2; s %= 3; s **= 2; s &= 1
    s |= 1; s ^= 1; s <<= 1; s >>= 1
    a, b = b, a
    (c, d) = 1, 2
    x[i] = x[i, j] = 0.0
    if n > 0:
        return n, 1.0
    elif n < 0:
        pass
    else:
        n = 1
    while n:
        n -= 1
        if n == 3: break
        continue
    else:
        pass
    for i in range(0, n, -1):
        pass
    else:
        pass
    for v in x: s += v
    assert n >= 0, "n must be non-negative"
    assert n
    raise ValueError("bad")
    return

def g() -> None: return

# CHECK: Module 'parse-stmts'
# CHECK-NEXT:   ExprStmt <3:1>
# CHECK-NEXT:     Str "Module docstring." <3:1>
# CHECK-NEXT:   Import <4:1>
# CHECK-NEXT:     Alias 'math' <4:8>
# CHECK-NEXT:   Import <5:1>
# CHECK-NEXT:     Alias 'pyir' <5:8>
# CHECK-NEXT:     Alias 'os.path' as 'osp' <5:14>
# CHECK-NEXT:   ImportFrom 'math' <6:1>
# CHECK-NEXT:     Alias 'sqrt' <6:18>
# CHECK-NEXT:     Alias 'pi' as 'PI' <6:24>
# CHECK-NEXT:   ImportFrom 'pyir' <7:1>
# CHECK-NEXT:     Alias 'f64' <7:19>
# CHECK-NEXT:     Alias 'i64' <7:24>
# CHECK-NEXT:     Alias 'boundscheck' <8:19>
# CHECK-NEXT:   Assign <9:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'N' <9:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       Int 64 <9:5>
# CHECK-NEXT:   AnnAssign <10:1>
# CHECK-NEXT:     Target
# CHECK-NEXT:       Name 'SCALE' <10:1>
# CHECK-NEXT:     Annotation
# CHECK-NEXT:       Name 'Final' <10:8>
# CHECK-NEXT:     Value
# CHECK-NEXT:       Float 0.5 <10:16>
# CHECK-NEXT:   Assign <11:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'a' <11:1>
# CHECK-NEXT:       Name 'b' <11:5>
# CHECK-NEXT:     Value
# CHECK-NEXT:       Int 3 <11:9>
# CHECK-NEXT:   FunctionDef 'f' <16:1>
# CHECK-NEXT:     Decorators
# CHECK-NEXT:       Call <13:2>
# CHECK-NEXT:         Name 'boundscheck' <13:2>
# CHECK-NEXT:         Bool False <13:14>
# CHECK-NEXT:       Call <14:2>
# CHECK-NEXT:         Attribute 'wraparound' <14:2>
# CHECK-NEXT:           Name 'pyir' <14:2>
# CHECK-NEXT:         Bool False <14:18>
# CHECK-NEXT:       Name 'inline' <15:2>
# CHECK-NEXT:     Param 'n' <16:7>
# CHECK-NEXT:       Annotation
# CHECK-NEXT:         Name 'int' <16:10>
# CHECK-NEXT:     Param 'x' <16:15>
# CHECK-NEXT:       Annotation
# CHECK-NEXT:         Subscript <16:18>
# CHECK-NEXT:           Name 'f64' <16:18>
# CHECK-NEXT:           Slice <16:22>
# CHECK-NEXT:     Param 'y' <16:26>
# CHECK-NEXT:       Annotation
# CHECK-NEXT:         Subscript <16:29>
# CHECK-NEXT:           Name 'u8' <16:29>
# CHECK-NEXT:           Tuple <16:32>
# CHECK-NEXT:             Slice <16:32>
# CHECK-NEXT:             Slice <16:35>
# CHECK-NEXT:               Step
# CHECK-NEXT:                 Int 1 <16:37>
# CHECK-NEXT:     Param 'z' <16:41>
# CHECK-NEXT:       Annotation
# CHECK-NEXT:         Name 'float' <16:44>
# CHECK-NEXT:       Default
# CHECK-NEXT:         Float 1.5 <16:52>
# CHECK-NEXT:     Returns
# CHECK-NEXT:       Subscript <16:60>
# CHECK-NEXT:         Name 'tuple' <16:60>
# CHECK-NEXT:         Tuple <16:66>
# CHECK-NEXT:           Name 'int' <16:66>
# CHECK-NEXT:           Name 'float' <16:71>
# CHECK-NEXT:     Body
# CHECK-NEXT:       ExprStmt <17:5>
# CHECK-NEXT:         Str "Function docstring." <17:5>
# CHECK-NEXT:       AnnAssign <18:5>
# CHECK-NEXT:         Target
# CHECK-NEXT:           Name 's' <18:5>
# CHECK-NEXT:         Annotation
# CHECK-NEXT:           Name 'f32' <18:8>
# CHECK-NEXT:         Value
# CHECK-NEXT:           Int 0 <18:14>
# CHECK-NEXT:       AnnAssign <19:5>
# CHECK-NEXT:         Target
# CHECK-NEXT:           Name 't' <19:5>
# CHECK-NEXT:         Annotation
# CHECK-NEXT:           Name 'int' <19:8>
# CHECK-NEXT:       AugAssign '+=' <20:5>
# CHECK-NEXT:         Name 's' <20:5>
# CHECK-NEXT:         Int 1 <20:10>
# CHECK-NEXT:       AugAssign '-=' <20:13>
# CHECK-NEXT:         Name 's' <20:13>
# CHECK-NEXT:         Int 1 <20:18>
# CHECK-NEXT:       AugAssign '*=' <20:21>
# CHECK-NEXT:         Name 's' <20:21>
# CHECK-NEXT:         Int 2 <20:26>
# CHECK-NEXT:       AugAssign '/=' <20:29>
# CHECK-NEXT:         Name 's' <20:29>
# CHECK-NEXT:         Int 2 <20:34>
# CHECK-NEXT:       AugAssign '//=' <21:5>
# CHECK-NEXT:         Name 's' <21:5>
# CHECK-NEXT:         Int 2 <21:11>
# CHECK-NEXT:       AugAssign '%=' <21:14>
# CHECK-NEXT:         Name 's' <21:14>
# CHECK-NEXT:         Int 3 <21:19>
# CHECK-NEXT:       AugAssign '**=' <21:22>
# CHECK-NEXT:         Name 's' <21:22>
# CHECK-NEXT:         Int 2 <21:28>
# CHECK-NEXT:       AugAssign '&=' <21:31>
# CHECK-NEXT:         Name 's' <21:31>
# CHECK-NEXT:         Int 1 <21:36>
# CHECK-NEXT:       AugAssign '|=' <22:5>
# CHECK-NEXT:         Name 's' <22:5>
# CHECK-NEXT:         Int 1 <22:10>
# CHECK-NEXT:       AugAssign '^=' <22:13>
# CHECK-NEXT:         Name 's' <22:13>
# CHECK-NEXT:         Int 1 <22:18>
# CHECK-NEXT:       AugAssign '<<=' <22:21>
# CHECK-NEXT:         Name 's' <22:21>
# CHECK-NEXT:         Int 1 <22:27>
# CHECK-NEXT:       AugAssign '>>=' <22:30>
# CHECK-NEXT:         Name 's' <22:30>
# CHECK-NEXT:         Int 1 <22:36>
# CHECK-NEXT:       Assign <23:5>
# CHECK-NEXT:         Targets
# CHECK-NEXT:           Tuple <23:5>
# CHECK-NEXT:             Name 'a' <23:5>
# CHECK-NEXT:             Name 'b' <23:8>
# CHECK-NEXT:         Value
# CHECK-NEXT:           Tuple <23:12>
# CHECK-NEXT:             Name 'b' <23:12>
# CHECK-NEXT:             Name 'a' <23:15>
# CHECK-NEXT:       Assign <24:5>
# CHECK-NEXT:         Targets
# CHECK-NEXT:           Tuple <24:5>
# CHECK-NEXT:             Name 'c' <24:6>
# CHECK-NEXT:             Name 'd' <24:9>
# CHECK-NEXT:         Value
# CHECK-NEXT:           Tuple <24:14>
# CHECK-NEXT:             Int 1 <24:14>
# CHECK-NEXT:             Int 2 <24:17>
# CHECK-NEXT:       Assign <25:5>
# CHECK-NEXT:         Targets
# CHECK-NEXT:           Subscript <25:5>
# CHECK-NEXT:             Name 'x' <25:5>
# CHECK-NEXT:             Name 'i' <25:7>
# CHECK-NEXT:           Subscript <25:12>
# CHECK-NEXT:             Name 'x' <25:12>
# CHECK-NEXT:             Tuple <25:14>
# CHECK-NEXT:               Name 'i' <25:14>
# CHECK-NEXT:               Name 'j' <25:17>
# CHECK-NEXT:         Value
# CHECK-NEXT:           Float 0.0 <25:22>
# CHECK-NEXT:       If <26:5>
# CHECK-NEXT:         Test
# CHECK-NEXT:           Compare '>' <26:8>
# CHECK-NEXT:             Name 'n' <26:8>
# CHECK-NEXT:             Int 0 <26:12>
# CHECK-NEXT:         Body
# CHECK-NEXT:           Return <27:9>
# CHECK-NEXT:             Tuple <27:16>
# CHECK-NEXT:               Name 'n' <27:16>
# CHECK-NEXT:               Float 1.0 <27:19>
# CHECK-NEXT:         OrElse
# CHECK-NEXT:           If (elif) <28:5>
# CHECK-NEXT:             Test
# CHECK-NEXT:               Compare '<' <28:10>
# CHECK-NEXT:                 Name 'n' <28:10>
# CHECK-NEXT:                 Int 0 <28:14>
# CHECK-NEXT:             Body
# CHECK-NEXT:               Pass <29:9>
# CHECK-NEXT:             OrElse
# CHECK-NEXT:               Assign <31:9>
# CHECK-NEXT:                 Targets
# CHECK-NEXT:                   Name 'n' <31:9>
# CHECK-NEXT:                 Value
# CHECK-NEXT:                   Int 1 <31:13>
# CHECK-NEXT:       While <32:5>
# CHECK-NEXT:         Test
# CHECK-NEXT:           Name 'n' <32:11>
# CHECK-NEXT:         Body
# CHECK-NEXT:           AugAssign '-=' <33:9>
# CHECK-NEXT:             Name 'n' <33:9>
# CHECK-NEXT:             Int 1 <33:14>
# CHECK-NEXT:           If <34:9>
# CHECK-NEXT:             Test
# CHECK-NEXT:               Compare '==' <34:12>
# CHECK-NEXT:                 Name 'n' <34:12>
# CHECK-NEXT:                 Int 3 <34:17>
# CHECK-NEXT:             Body
# CHECK-NEXT:               Break <34:20>
# CHECK-NEXT:           Continue <35:9>
# CHECK-NEXT:         OrElse
# CHECK-NEXT:           Pass <37:9>
# CHECK-NEXT:       For <38:5>
# CHECK-NEXT:         Target
# CHECK-NEXT:           Name 'i' <38:9>
# CHECK-NEXT:         Iter
# CHECK-NEXT:           Call <38:14>
# CHECK-NEXT:             Name 'range' <38:14>
# CHECK-NEXT:             Int 0 <38:20>
# CHECK-NEXT:             Name 'n' <38:23>
# CHECK-NEXT:             UnaryOp '-' <38:26>
# CHECK-NEXT:               Int 1 <38:27>
# CHECK-NEXT:         Body
# CHECK-NEXT:           Pass <39:9>
# CHECK-NEXT:         OrElse
# CHECK-NEXT:           Pass <41:9>
# CHECK-NEXT:       For <42:5>
# CHECK-NEXT:         Target
# CHECK-NEXT:           Name 'v' <42:9>
# CHECK-NEXT:         Iter
# CHECK-NEXT:           Name 'x' <42:14>
# CHECK-NEXT:         Body
# CHECK-NEXT:           AugAssign '+=' <42:17>
# CHECK-NEXT:             Name 's' <42:17>
# CHECK-NEXT:             Name 'v' <42:22>
# CHECK-NEXT:       Assert <43:5>
# CHECK-NEXT:         Test
# CHECK-NEXT:           Compare '>=' <43:12>
# CHECK-NEXT:             Name 'n' <43:12>
# CHECK-NEXT:             Int 0 <43:17>
# CHECK-NEXT:         Msg
# CHECK-NEXT:           Str "n must be non-negative" <43:20>
# CHECK-NEXT:       Assert <44:5>
# CHECK-NEXT:         Test
# CHECK-NEXT:           Name 'n' <44:12>
# CHECK-NEXT:       Raise <45:5>
# CHECK-NEXT:         Call <45:11>
# CHECK-NEXT:           Name 'ValueError' <45:11>
# CHECK-NEXT:           Str "bad" <45:22>
# CHECK-NEXT:       Return <46:5>
# CHECK-NEXT:   FunctionDef 'g' <48:1>
# CHECK-NEXT:     Returns
# CHECK-NEXT:       None <48:12>
# CHECK-NEXT:     Body
# CHECK-NEXT:       Return <48:18>
