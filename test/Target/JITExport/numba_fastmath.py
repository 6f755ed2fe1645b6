"""pyir.jit.numba with fastmath: the inlined tiers vectorise the caller's loop,
the opaque tier does not; the kernel's own operations stay strict.

    numba_fastmath.py EXPORT_DIR

A jitted caller with fastmath=True sums clip_fma(1.5, xs[i], ys[i]) over
two arrays. For each tier it prints the vector floating-point
instructions of the caller's LLVM IR (inspect_llvm), e.g.
``fadd fast <8 x double>`` for the reduction and ``fmul <8 x double>`` for
the kernel's a*x (no fast flag: the export says fp_contract off,
fastmath_ok false). The opaque tier (c_call) and the same loop without
fastmath (the reduction cannot be reassociated) are the negative controls.
"""
import re
import sys
import warnings

import numba
import numpy as np

import pyir.jit
import pyir.jit.numba

VECTOR_FP = re.compile(r"= (f(?:add|sub|mul|div|cmp)(?: fast)?(?: [a-z]+)?)"
                       r" <(\d+) x double>")


def loop_for(clip):
    def clip_sum(xs, ys):
        s = 0.0
        for i in range(xs.shape[0]):
            s += clip(1.5, xs[i], ys[i])
        return s
    return clip_sum


def vector_ops(dispatcher):
    llvm_ir = dispatcher.inspect_llvm(dispatcher.signatures[0])
    return sorted({"%s <%s x double>" % m for m in VECTOR_FP.findall(llvm_ir)})


def main():
    warnings.simplefilter("ignore")
    export = pyir.jit.load(sys.argv[1])
    xs = np.linspace(-1e6, 1e6, 10007)
    ys = np.cos(xs) * 1e5
    # The strict result, summed in a fixed order by the reference.
    ref = export.ref_module()
    expected = [ref.clip_fma(1.5, float(x), float(y)) for x, y in zip(xs, ys)]
    failures = 0
    for tier in pyir.jit.numba.TIERS:
        _, clip = pyir.jit.numba.implementation(export, "clip_fma", (tier,))
        for fastmath in (True, False):
            loop = numba.njit(fastmath=fastmath)(loop_for(clip))
            total = loop(xs, ys)
            # Each element is strict; only the order of the sum changes.
            if abs(total - sum(expected)) > 1e-9 * sum(map(abs, expected)):
                print("MISMATCH %s: %r != %r" % (tier, total, sum(expected)))
                failures += 1
            ops = vector_ops(loop)
            print("%s fastmath=%s: %s" % (tier, fastmath,
                                          ", ".join(ops) or "no vector ops"))
    # Element-wise parity of the strict kernel under a fastmath caller.
    for tier in ("irbuilder", "bitcode"):
        _, clip = pyir.jit.numba.implementation(export, "clip_fma", (tier,))

        def clip_map(xs, ys, out):
            for i in range(xs.shape[0]):
                out[i] = clip(1.5, xs[i], ys[i])
        out = np.empty_like(xs)
        numba.njit(fastmath=True)(clip_map)(xs, ys, out)
        bad = sum(1 for a, b in zip(out.tolist(), expected) if a != b)
        print("%s fastmath=True elementwise: %d mismatches" % (tier, bad))
        failures += bad
    print("fastmath: %d failures" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
