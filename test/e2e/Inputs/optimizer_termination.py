"""Programs the optimiser used to loop forever on (issue #10): every
pipeline must end, and the compiled functions agree with CPython."""


def issue6_f1(x: int, y: int) -> int:
    # -O1 (canonicalize alone) never ended: the condition folds to False,
    # the loops below become dead, and folding inside them does not stop.
    a = x % 50
    b = y % 50
    c = 0
    a = a if c > 20 and c < 9 else 4
    if a % 3 == 1:
        for i9 in range(3):
            continue
        for i11 in range(3):
            return (7 + 2) % 97
    else:
        i13 = 0
        while i13 < 4 and (b == 6 or b > 16):
            c = c if c > 32 and b < 32 else 8
    return a + 3 * b + 7 * c


def dead_counted_loop(n: int) -> int:
    # The loop's only entry folds away; its latch becomes the header's
    # sole predecessor (llvm-project PR #221037).
    k = 2
    if k > 0:
        return n
    while k != 2:
        k += 1
    return k


def dead_cycle(n: int) -> int:
    k = 0
    if k == 0:
        return n + 1
    while True:
        k += 3
        if k > 100:
            k = 0


def climb(n: int, depth: int) -> int:
    # Interprocedural range analysis widened `n + 1` one step per round
    # through the recursive call (~2**63 rounds).
    if depth <= 0:
        return n
    return climb(n + 1, depth - 1)


def climb_loop(n: int, depth: int) -> int:
    total = 0
    for i in range(3):
        total += climb(n + i, depth)
    return total


def nested_dead(x: int) -> int:
    s = 0
    for i in range(3):
        if x > 5 and x < 2:
            j = 0
            while j < 10:
                j += 1
                if j == 4:
                    continue
                s += j
        else:
            s += i
    return s


def dead_while_in_loop(n: int) -> int:
    # In structured form the range of `total` (carried by an scf.while whose
    # condition folds to false) grew one value per round of the range
    # analysis in pyir-lift-loops: ~2**63 rounds (fuzz finding, issue #10).
    total = 0
    for i in range(n):
        total += 1
        c = 0
        while c < 7 and (False or False):
            c += 1
            total += 1
    return total
