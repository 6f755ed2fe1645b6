"""Structural checks of an export directory (docs/interchange.md):
manifest fields and hashes, the JSON IR schema, the MLIR bytecode magic,
the bitcode magic, the C ABI prototypes against the cdef."""
import json
import os
import sys

import pyir.jit


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def main(directory):
    exp = pyir.jit.load(directory)  # validates and checks every sha256
    m = exp.manifest
    written = set(os.listdir(directory)) - {"manifest.json"}
    if set(m["sha256"]) != written:
        fail("hashed files %s != written %s" % (sorted(m["sha256"]),
                                                 sorted(written)))
    for fn in m["functions"]:
        for key in ("pure", "nothrow", "may_raise", "reads", "writes"):
            if key not in fn["effects"]:
                fail("%s: effects lack %s" % (fn["name"], key))
        if not isinstance(fn["inline"]["cost"], int) or \
                fn["inline"]["cost"] <= 0:
            fail("%s: bad inline cost" % fn["name"])
        if fn["effects"]["pure"] != (not fn["effects"]["may_raise"]
                                     and not fn["effects"]["writes"]):
            fail("%s: pure inconsistent" % fn["name"])
    ir = exp.json_ir()
    if ir["format"] != "pyir-json" or ir["dialect"] != "pyir":
        fail("json header")
    names = {f["name"] for f in ir["functions"]}
    if not {f["name"] for f in m["functions"]} <= names:
        fail("manifest functions missing from the JSON IR")
    for f in ir["functions"]:
        defined = set()
        for block in f["blocks"]:
            for a in block["arguments"]:
                defined.add(a["id"])
            for op in block["ops"]:
                for key in ("name", "operands", "results", "attributes"):
                    if key not in op:
                        fail("%s: op lacks %s" % (f["name"], key))
                for r in op["results"]:
                    defined.add(r["id"])
        for block in f["blocks"]:
            for op in block["ops"]:
                used = list(op["operands"])
                for s in op.get("successors", []):
                    used += s["operands"]
                for v in used:
                    if v not in defined:
                        fail("%s: undefined value %d" % (f["name"], v))
    with open(exp.path("mlirbc"), "rb") as f:
        if f.read(4) != b"ML\xefR":
            fail("mlirbc magic")
    bc = exp.bitcode_path()
    if bc:
        with open(bc, "rb") as f:
            if f.read(4) != b"BC\xc0\xde":
                fail("bitcode magic")
    with open(exp.path("cffi_cdef")) as f:
        cdef = f.read()
    for fn in m["functions"]:
        if fn["c_prototype"] + ";" not in cdef:
            fail("cdef lacks " + fn["c_prototype"])
    # Unknown major versions are refused with a clear message; unknown
    # optional fields are ignored.
    bad = dict(m, format_version="2.0")
    try:
        pyir.jit.validate_manifest(bad)
        fail("format 2.0 accepted")
    except pyir.jit.ExportError as e:
        if "unsupported PyIR export format version 2.0" not in str(e):
            fail("unclear message: %s" % e)
    newer = dict(m, format_version="1.7", future_field={"x": 1})
    pyir.jit.validate_manifest(newer)
    print("export ok: %d functions, %d files hashed"
          % (len(m["functions"]), len(m["sha256"])))


if __name__ == "__main__":
    main(sys.argv[1])
