"""Writes libm_constants.py and libm_constants_cases.py into a directory:
every `math` function that libm computes (not correctly rounded) applied to
literal arguments, so that the C compiler sees constant calls. CPython calls
libm at run time; the compiled module must give the same bits (issue #10:
GCC folded e.g. math.cosh(10.0) correctly rounded, 1 ulp from glibc).

Usage: libm_constants_gen.py OUTDIR
"""
import math
import random
import sys

# Function -> (domain low, high) of the generated arguments (inside the
# domain: the errors are tested elsewhere).
UNARY = {
    "exp": (-700.0, 700.0), "expm1": (-40.0, 700.0), "sin": (-1e4, 1e4),
    "cos": (-1e4, 1e4), "tan": (-1e3, 1e3), "asin": (-1.0, 1.0),
    "acos": (-1.0, 1.0), "atan": (-1e3, 1e3), "sinh": (-700.0, 700.0),
    "cosh": (-700.0, 700.0), "tanh": (-20.0, 20.0), "log1p": (-0.99, 1e6),
    "log": (1e-300, 1e300), "log2": (1e-300, 1e300),
    "log10": (1e-300, 1e300),
}
BINARY = {"atan2": ((-1e3, 1e3), (-1e3, 1e3)), "pow": ((0.0, 50.0),
                                                       (-50.0, 50.0))}
# Known to differ when folded by GCC at -O2 (found by the random programs
# and CPython's Lib/test/mathdata vectors).
KNOWN = {"cosh": [10.0], "sinh": [10.0, 0.5], "log10": [3.0, 7.0],
         "tanh": [math.expm1(0.1)]}
PER_FUNCTION = 60


def arguments(rng, fn, lo, hi):
    values = list(KNOWN.get(fn, []))
    while len(values) < PER_FUNCTION:
        # Uniform on the range and log-uniform near zero: both regions.
        if rng.random() < 0.5 or lo <= 0.0:
            values.append(rng.uniform(lo, hi))
        else:
            values.append(math.exp(rng.uniform(math.log(lo), math.log(hi))))
    return values


def main():
    out = sys.argv[1]
    rng = random.Random(10)
    lines = ["import math", ""]
    cases = {}
    for fn, (lo, hi) in UNARY.items():
        lines.append(f"def {fn}_at(i: int) -> float:")
        for i, x in enumerate(arguments(rng, fn, lo, hi)):
            lines.append(f"    if i == {i}:")
            lines.append(f"        return math.{fn}({x!r})")
        lines += ["    return 0.0", ""]
        cases[fn + "_at"] = PER_FUNCTION
    # The composite case: a libm result fed to another libm call.
    lines += ["def tanh_expm1() -> float:",
              "    return math.tanh(math.expm1(0.1))", ""]
    cases["tanh_expm1"] = 1
    for fn, ((lo1, hi1), (lo2, hi2)) in BINARY.items():
        lines.append(f"def {fn}_at(i: int) -> float:")
        for i in range(PER_FUNCTION):
            x, y = rng.uniform(lo1, hi1), rng.uniform(lo2, hi2)
            lines.append(f"    if i == {i}:")
            lines.append(f"        return math.{fn}({x!r}, {y!r})")
        lines += ["    return 0.0", ""]
        cases[fn + "_at"] = PER_FUNCTION
    # float ** float goes through libm's pow too.
    lines.append("def power_at(i: int) -> float:")
    for i in range(PER_FUNCTION):
        x, y = rng.uniform(0.0, 50.0), rng.uniform(-50.0, 50.0)
        lines.append(f"    if i == {i}:")
        lines.append(f"        return {x!r} ** {y!r}")
    lines += ["    return 0.0", ""]
    cases["power_at"] = PER_FUNCTION
    with open(f"{out}/libm_constants.py", "w") as f:
        f.write("\n".join(lines))
    with open(f"{out}/libm_constants_cases.py", "w") as f:
        f.write('MODULE = "libm_constants.py"\n\n')
        f.write("def call(*args):\n    return lambda: (args, {})\n\n")
        f.write("CASES = {\n")
        for name, n in cases.items():
            f.write(f"    {name!r}: [call(i) for i in range({n})],\n"
                    if n > 1 else f"    {name!r}: [call()],\n")
        f.write("}\n")


if __name__ == "__main__":
    main()
