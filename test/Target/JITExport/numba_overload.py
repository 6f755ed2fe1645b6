"""pyir.jit.numba.register(export, extension): @njit code calling the compiled
extension's functions (kernels.clip_fma(...)) compiles, inlined, and gives
the extension's results; errors raise the extension's exception and
message."""
import os
import re
import sys
import tempfile

import numba
import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "..", "e2e"))
import harness  # noqa: E402
import pyir.jit.numba  # noqa: E402


def main(pyirc, source):
    with tempfile.TemporaryDirectory() as tmp:
        jitk, out = harness.build_with_export(pyirc, source, "jitk", tmp)
        reg = pyir.jit.numba.register(out, jitk)
        print("tiers:", " ".join("%s=%s" % kv for kv in
                                 sorted(reg.tiers.items())))

        @numba.njit
        def user(xs, a):
            s = 0.0
            for i in range(xs.shape[0]):
                s += jitk.clip_fma(1.5, xs[i], 0.25)
            q, r = jitk.fdivmod(7.0, -2.0)
            return s + jitk.norm(a) + q + r

        xs = np.linspace(-1.0, 1.0, 101)
        a = np.arange(4.0)
        got = user(xs, a)
        q, r = jitk.fdivmod(7.0, -2.0)
        want = sum(jitk.clip_fma(1.5, x, 0.25) for x in xs) + \
            jitk.norm(a) + q + r
        print("parity:", got == want, got, want)
        asm = user.inspect_asm(user.signatures[0])
        body = asm[:asm.index(".Lfunc_end0")]
        print("kernel symbols in the jitted body:",
              re.findall(r"pyir_jitk_\w+", body) or "none")

        @numba.njit
        def raising(n):
            return jitk.checked(n)
        for n in (-1, 13):
            try:
                jitk.checked(n)
            except (ValueError, AssertionError) as e:
                expected = "%s(%r)" % (type(e).__name__, str(e))
            try:
                raising(n)
            except (ValueError, AssertionError) as e:
                print("raised %s(%r), the extension raises %s"
                      % (type(e).__name__, str(e), expected))


def generic(pyirc, source):
    """Generic functions (language.md section 8): @njit code calling the
    extension's one generic callable gets the specialisation its arrays
    fit, with the extension's results; each specialisation is also
    registered by its mangled name."""
    with tempfile.TemporaryDirectory() as tmp:
        ext, out = harness.build_with_export(pyirc, source, "generic", tmp)
        reg = pyir.jit.numba.register(out, ext)
        print("registered:", " ".join(sorted(n for n in reg.impls
                                             if "__" in n)))

        @numba.njit
        def user(a, b, c):
            return ext.total(a) + ext.total(b) + ext.count_odd(c)

        @numba.njit
        def scalars(n, x):
            return ext.twice(n), ext.twice(x)

        for dt_a, dt_c in ((np.float32, np.int16), (np.float64, np.uint8),
                           (np.float32, np.int64)):
            a = np.array([0.1, 2.5, -3.0], dt_a)
            b = np.linspace(-1.0, 1.0, 7)
            c = np.arange(12, dtype=dt_c).reshape(3, 4)
            got = user(a, b, c)
            want = ext.total(a) + ext.total(b) + ext.count_odd(c)
            print("parity %s %s:" % (np.dtype(dt_a).name, np.dtype(dt_c).name),
                  got == want)
        # A scalar type variable: an int selects int, a float float.
        got = scalars(7, 2.25)
        print("scalars:", got, got == (ext.twice(7), ext.twice(2.25)),
              type(got[0]).__name__, type(got[1]).__name__)


if __name__ == "__main__":
    if sys.argv[1] == "--generic":
        generic(sys.argv[2], sys.argv[3])
    else:
        main(sys.argv[1], sys.argv[2])
