"""Without NumPy (language.md §11): the compiled and the interpreted
pyir.empty/zeros both return memoryviews, alike by format, shape, strides
and contents. Usage: arrays_nonumpy.py EXTENSION_DIR."""
import importlib.machinery
import importlib.util
import os
import sys

sys.modules["numpy"] = None  # import numpy raises ImportError

from pyir._compare import array_key  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))
interp = importlib.machinery.SourceFileLoader(
    "arrays_interp", os.path.join(here, "arrays.py")).load_module()
sys.path.insert(0, sys.argv[1])
import arrays as comp  # noqa: E402

assert comp.__file__.endswith(importlib.machinery.EXTENSION_SUFFIXES[0])
calls = [("ramp", (4,)), ("ramp", (0,)), ("grid", (2, 3)), ("grid", (0, 3)),
         ("cube", (2,)), ("small", (2,)), ("zeros_i64", (3,)),
         ("plus_one", (bytearray(b"az"),)), ("rebind", (2,)),
         ("pick", (1, False)), ("grid", (3, 0)), ("ramp", (-1,))]
for name, args in calls:
    got = []
    for mod in (comp, interp):
        try:
            r = getattr(mod, name)(*args)
            got.append(("ok", type(r).__name__, array_key(r)))
        except Exception as e:  # noqa: BLE001 - the exception is the data
            got.append(("exc", type(e).__name__, str(e)))
    print(name, args, got[0][:2], "same" if got[0] == got[1] else
          "DIFFERENT %r" % (got,))
# Campaign seed 20000060006 fn36: a zero extent on the first axis and a
# later one made shape (0, 3, 1) without NumPy; now NotImplementedError.
for name, args in [("cube0", ())]:
    got = []
    for mod in (comp, interp):
        try:
            r = mod.zeros_3d(0, 3, 0)
            got.append(("ok", array_key(r)))
        except Exception as e:  # noqa: BLE001 - the exception is the data
            got.append(("exc", type(e).__name__, str(e)))
    print("zeros_3d (0, 3, 0)", got[0][:2], "same" if got[0] == got[1]
          else "DIFFERENT %r" % (got,))
