"""Example PyIR kernels: ordinary Python with type annotations."""
import math

from pyir import f64, u8, boundscheck, wraparound


def norm(a: f64[:]) -> float:
    """Euclidean norm of a vector."""
    s = 0.0
    for i in range(len(a)):
        s += a[i] * a[i]
    return math.sqrt(s)


@boundscheck(False)
@wraparound(False)
def count_primes(n: int, sieve: u8[::1]) -> int:
    """Number of primes below n, using sieve (at least n bytes) as scratch."""
    count = 0
    for i in range(n):
        sieve[i] = 1
    for i in range(2, n):
        if sieve[i]:
            count += 1
            for j in range(i * i, n, i):
                sieve[j] = 0
    return count


def collatz_steps(n: int) -> int:
    """Steps for n to reach 1 under the Collatz map."""
    if n < 1:
        raise ValueError("n must be positive")
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
