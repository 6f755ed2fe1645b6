"""pyir.jit.numba.register(export, extension): @njit code calling the compiled
extension's functions (kernels.clip_fma(...)) compiles, inlined, and gives
the extension's results; errors raise the extension's exception and
message."""
import os
import re
import subprocess
import sys
import sysconfig
import tempfile

import numba
import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "..", "e2e"))
import harness  # noqa: E402
import pyir.jit.numba  # noqa: E402


def main(pyirc, source):
    with tempfile.TemporaryDirectory() as tmp:
        so = os.path.join(tmp, "jitk" + sysconfig.get_config_var("EXT_SUFFIX"))
        out = os.path.join(tmp, "export")
        subprocess.run([pyirc, source, "-o", so, "--python", sys.executable],
                       check=True)
        subprocess.run([pyirc, "--emit=jit", source, "-o", out], check=True)
        jitk = harness.load("jitk", so)
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


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
