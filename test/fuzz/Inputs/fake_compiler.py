"""A pyirc that fails on purpose: a synthetic compiler bug for the reducer
test. Any source containing ``math.cosh(`` is refused with a back-end
error; everything else goes to the real pyirc ($FUZZ_REAL_PYIRC)."""
import os
import sys

src = next((a for a in sys.argv[1:] if a.endswith(".py")), None)
if src and "math.cosh(" in open(src).read():
    sys.stderr.write("%s: error: failed to legalize operation "
                     "'pyir.synthetic' (math.cosh)\n" % src)
    sys.exit(1)
real = os.environ["FUZZ_REAL_PYIRC"]
os.execv(real, [real] + sys.argv[1:])
