// The C targets on .mlir input: pyir-opt --pyir-lower-to-c, then
// pyir-translate prints the EmitC module (no pass runs in the translation).
// RUN: pyir-opt --pyir-lower-to-c --mlir-print-debuginfo %s | pyir-translate --pyir-to-cpython | FileCheck %s
// RUN: pyir-opt --pyir-lower-to-c=line-directives=false --mlir-print-debuginfo %s | pyir-translate --pyir-to-c-core | FileCheck %s --check-prefix=CORE
// The tools compose to exactly what pyirc writes.
// RUN: pyirc --emit=opt --mlir-print-debuginfo %pyir_src_root/examples/kernels.py | pyir-opt --pyir-lower-to-c --mlir-print-debuginfo | pyir-translate --pyir-to-cpython > %t.tools.c
// RUN: pyirc --emit=c %pyir_src_root/examples/kernels.py -o %t.pyirc.c
// RUN: diff %t.tools.c %t.pyirc.c
// A module that is not lowered is refused.
// RUN: not pyir-translate --pyir-to-cpython %s 2>&1 | FileCheck %s --check-prefix=UNLOWERED
// RUN: pyir-opt --convert-pyir-to-emitc %s | sed -e 's/pyir.py_signature = {[^}]*}/other = 1/' | not pyir-translate --pyir-to-cpython 2>&1 | FileCheck %s --check-prefix=NOSIG

module @m attributes {pyir.module = "m", pyir.source = "pkg/m.py",
                      pyir.doc = "Module m."} {
  func.func @fill(%a: !pyir.view<f64, 1>, %v: f64) attributes {
      pyir.arg_names = ["a", "v"], pyir.defaults = [unit, 1.5 : f64],
      pyir.doc = "Fills a."} {
    %c0 = pyir.constant 0 : i64 loc("pkg/m.py":4:5)
    pyir.store %v, %a[%c0] boundscheck : !pyir.view<f64, 1> loc("pkg/m.py":4:5)
    return loc("pkg/m.py":5:5)
  } loc("pkg/m.py":3:1)
  func.func private @_half(%x: f64) -> f64 attributes {
      pyir.arg_names = ["x"]} {
    %c = pyir.constant 0.5 : f64 loc("pkg/m.py":8:12)
    %r = pyir.mul %x, %c : f64 loc("pkg/m.py":8:12)
    return %r : f64 loc("pkg/m.py":8:5)
  } loc("pkg/m.py":7:1)
  func.func @pick(%c: i1, %x: f64) -> f64 attributes {
      pyir.arg_names = ["c", "x"]} {
    cf.cond_br %c, ^bb1, ^bb2 loc("pkg/m.py":11:5)
  ^bb1:
    return %x : f64 loc("pkg/m.py":12:9)
  ^bb2:
    %h = call @_half(%x) : (f64) -> f64 loc("pkg/m.py":13:12)
    return %h : f64 loc("pkg/m.py":13:5)
  } loc("pkg/m.py":10:1)
}

// CHECK: #include <Python.h>
// CHECK: begin embedded pyir_core.h
// CHECK: ==== core ====
// In the extension every core function is static (its callers are all in
// the file: no call through the PLT, inlining allowed); only the glue's
// PyInit is exported, and the ABI's wrappers are not printed. A function
// that may raise returns a status; one that cannot returns its value.
// CHECK-NOT: pyir_m_
// CHECK: {{^}}static int32_t pyirf_fill(pyir_view *, double, pyir_error *);
// CHECK: {{^}}static double pyirf__half(double);
// CHECK: {{^}}static double pyirf_pick(bool, double);
// Parameters keep their Python names.
// CHECK-LABEL: {{^}}static int32_t pyirf_fill(pyir_view *a, double v, pyir_error *err) {
// `#line` paths are relative to the package (pkg/ has no __init__.py).
// CHECK: #line 4 "m.py"
// CHECK: pyir_store_at_f64
// CHECK: #line 5 "m.py"
// CHECK-LABEL: static double pyirf__half(double x) {
// CHECK: #line 8 "m.py"
// CHECK-NEXT: return x * 0x1p-1;
// A branch to a block that returns prints that block inside the `if`.
// CHECK-LABEL: {{^}}static double pyirf_pick(bool c, double x) {
// CHECK: #line 11 "m.py"
// CHECK: if (c) {
// CHECK-NEXT: #line 12 "m.py"
// CHECK-NEXT: return x;
// Each line mapped to the .py follows its own `#line` (no drift).
// CHECK-NEXT: #line 12 "m.py"
// CHECK-NEXT: }
// CHECK: pyirf__half(x);
// The glue: a wrapper for the public function only; `a` must be writable
// (the last flag before the buffer), `v` defaults to 1.5; errors get the
// def line in the traceback, whose file is m.py next to the module when it
// is there, else its path relative to the package root (pkg/ has no
// __init__.py: `m.py`, never the build machine's path).
// CHECK: ==== glue ====
// CHECK: static PyObject *pyirw_fill(
// CHECK: static const char *const names[] = {"a", "v", NULL};
// CHECK: pyir_arg_view("fill", "a", "f64[:]", argv[0], 'f', 8, 1, 0, 1, &b0, &a0.view)
// CHECK: a1 = 0x1.8p+0;
// CHECK: pyir_raise_error(&err, "fill", pyir_source_file("m.py"), 3);
// CHECK-NOT: pyirw__half
// The docstring starts with the signature (`__text_signature__`).
// CHECK: {"fill", (PyCFunction)(void (*)(void))pyirw_fill, METH_FASTCALL | METH_KEYWORDS, "fill($module, a, v=1.5)\n--\n\nFills a."},
// CHECK: pyir_find_source(module, "m.py");
// CHECK: PyModuleDef_HEAD_INIT, "m", "Module m.",
// CHECK: PyMODINIT_FUNC PyInit_m(void)

// The core alone is the JIT export's C ABI: its public functions are
// external wrappers of the static ones, printed last; before the embedded
// runtime their names are defined away, so that one equal to a runtime
// function's name (module `int`, function `add`) does not collide with it
// (test/Target/JITExport/export-names.test).
// CORE-NOT: #include <Python.h>
// CORE: {{^}}#define pyir_m_fill pyir__runtime_pyir_m_fill
// CORE-NEXT: {{^}}#define pyir_m_pick pyir__runtime_pyir_m_pick
// CORE-NOT: #line
// CORE: {{^}}static int32_t pyirf_fill(
// CORE: {{^}}static double pyirf__half(
// CORE-NOT: pyir_m__half
// CORE: {{^}}static double pyirf_pick(
// CORE: /* ==== the C ABI ==== */
// CORE-NEXT: {{^}}#undef pyir_m_fill
// CORE-NEXT: {{^}}#undef pyir_m_pick
// CORE-NOT: Py
// The wrappers: the ABI's status convention around the internal functions.
// CORE-LABEL: {{^}}int32_t pyir_m_fill(pyir_view *a, double v, pyir_error *err) {
// CORE-NEXT: int32_t {{.*}} = pyirf_fill(a, v, err);
// CORE-LABEL: {{^}}int32_t pyir_m_pick(bool c, double x, double *out, pyir_error *err) {
// CORE-NEXT: double [[V:.*]] = pyirf_pick(c, x);
// CORE-NEXT: *out = [[V]];
// CORE-NEXT: return 0;
// CORE-NOT: #line

// UNLOWERED: error: the C targets print EmitC: lower the module with pyir-lower-to-c first

// NOSIG: error: not lowered by convert-pyir-to-emitc (no 'pyir.py_signature' with name, type and written_views)
