# pyir.jit and pyir.jit.pypy are pure Python: importing pyir (or pyir.jit,
# pyir.jit.pypy) imports neither numba nor cffi; the manifest reader refuses an
# unknown major format version with a clear message, reads a newer minor
# and ignores unknown fields, and detects a changed file by its hash.
# RUN: %python %s %pyir_src_root/test/Target/JITExport/corpus/format-1.0/jitk
# RUN: %if pypy3 %{ %pypy3 %s %pyir_src_root/test/Target/JITExport/corpus/format-1.0/jitk %}
import json
import os
import shutil
import sys
import tempfile

import pyir
import pyir.jit
import pyir.jit.pypy

assert "numba" not in sys.modules, "importing pyir imported numba"
assert "cffi" not in sys.modules, "importing pyir imported cffi"
assert "pyir.jit.numba" not in sys.modules

corpus = sys.argv[1]
exp = pyir.jit.load(corpus)
assert exp.format_version == (1, 0)
assert exp.functions["clip_fma"]["effects"]["pure"] is True
assert "cffi" not in sys.modules

with tempfile.TemporaryDirectory() as tmp:
    d = os.path.join(tmp, "e")
    shutil.copytree(corpus, d)
    path = os.path.join(d, "manifest.json")
    with open(path) as f:
        manifest = json.load(f)
    # A newer minor with an unknown field: read.
    manifest["format_version"] = "1.9"
    manifest["some_future_field"] = [1, 2]
    manifest["functions"][0]["future"] = True
    with open(path, "w") as f:
        json.dump(manifest, f)
    assert pyir.jit.load(d).format_version == (1, 9)
    # An unknown major: refused, clearly.
    manifest["format_version"] = "2.0"
    with open(path, "w") as f:
        json.dump(manifest, f)
    try:
        pyir.jit.load(d)
    except pyir.jit.ExportError as e:
        assert "unsupported PyIR export format version 2.0" in str(e), e
        assert "reads major version 1" in str(e), e
    else:
        raise AssertionError("format 2.0 accepted")
    # A changed file: its hash no longer matches.
    manifest["format_version"] = "1.0"
    with open(path, "w") as f:
        json.dump(manifest, f)
    with open(os.path.join(d, "jitk_ref.py"), "a") as f:
        f.write("\n# edited\n")
    try:
        pyir.jit.load(d)
    except pyir.jit.ExportError as e:
        assert "jitk_ref.py: sha256 mismatch" in str(e), e
    else:
        raise AssertionError("edited file accepted")

# The PyPy adapter's module: the reference path, never the extension.
mod = pyir.jit.pypy.load(corpus)
assert mod.__pyir_tiers__["clip_fma"] == "python"
assert mod.clip_fma(1.5, 2.0, 0.25) == 3.25
assert mod.iadd3(1, 2, 3) == 7
try:
    mod.iadd3(2**62, 2**62, 1)
except OverflowError:
    pass
else:
    raise AssertionError("no OverflowError")
print("ok")
