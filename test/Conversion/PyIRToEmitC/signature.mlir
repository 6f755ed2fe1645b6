// RUN: pyir-opt --convert-pyir-to-emitc %s | FileCheck %s

// Each emitc.func keeps the Python signature the CPython glue is written
// from (pyir.py_signature): name, pyir type, the func.func's arg_names,
// defaults, doc and nogil, and which view parameters the function writes,
// here or through what it passes them to.

module @m attributes {pyir.module = "m"} {
  // The names and defaults on the arguments (pyir.arg_name,
  // pyir.arg_default: what the frontend writes since dialect 1.2).
  // CHECK-LABEL: emitc.func @pyirf_fill(
  // CHECK-SAME: attributes {pyir.py_signature = {arg_names = ["a", "v"], defaults = [unit, 1.500000e+00], doc = "Fills a.", name = "fill", nogil, public, type = (!pyir.view<f64, 1>, f64) -> (), written_views = array<i1: true, false>}, specifiers = ["static"]}
  func.func @fill(%a: !pyir.view<f64, 1> {pyir.arg_name = "a"},
                  %v: f64 {pyir.arg_name = "v", pyir.arg_default = 1.5 : f64})
      attributes {pyir.doc = "Fills a.", pyir.nogil} {
    %c0 = pyir.constant 0 : i64
    pyir.store %v, %a[%c0] : !pyir.view<f64, 1>
    return
  }

  // Dialect 1.0/1.1 wrote them as arrays on the function: still read.
  // CHECK-LABEL: emitc.func @pyirf_legacy(
  // CHECK-SAME: attributes {pyir.py_signature = {arg_names = ["a", "v"], defaults = [unit, 1.500000e+00], doc = "Fills a.", name = "legacy", nogil, public, type = (!pyir.view<f64, 1>, f64) -> (), written_views = array<i1: true, false>}, specifiers = ["static"]}
  func.func @legacy(%a: !pyir.view<f64, 1>, %v: f64) attributes {
      pyir.arg_names = ["a", "v"], pyir.defaults = [unit, 1.5 : f64],
      pyir.doc = "Fills a.", pyir.nogil} {
    %c0 = pyir.constant 0 : i64
    pyir.store %v, %a[%c0] : !pyir.view<f64, 1>
    return
  }

  // %a reaches fill's written parameter through a cast to a strided view, a
  // block argument and a call; %b is only read.
  // CHECK-LABEL: emitc.func @pyirf_caller(
  // CHECK-SAME: pyir.py_signature = {name = "caller", public, type = (!pyir.view<f64, 1, contiguous>, !pyir.view<f64, 1>) -> f64, written_views = array<i1: true, false>}
  func.func @caller(%a: !pyir.view<f64, 1, contiguous>,
                    %b: !pyir.view<f64, 1>) -> f64 {
    %s = builtin.unrealized_conversion_cast %a
        : !pyir.view<f64, 1, contiguous> to !pyir.view<f64, 1>
    cf.br ^bb1(%s : !pyir.view<f64, 1>)
  ^bb1(%x: !pyir.view<f64, 1>):
    %c = pyir.constant 2.0 : f64
    call @fill(%x, %c) : (!pyir.view<f64, 1>, f64) -> ()
    %c0 = pyir.constant 0 : i64
    %r = pyir.load %b[%c0] : !pyir.view<f64, 1>
    return %r : f64
  }

  // Recursion: the fixpoint ends, and a parameter only passed on to itself
  // is not written.
  // CHECK-LABEL: emitc.func @pyirf_loop(
  // CHECK-SAME: written_views = array<i1: false, false>
  func.func private @loop(%a: !pyir.view<f64, 1>, %n: i64) {
    call @loop(%a, %n) : (!pyir.view<f64, 1>, i64) -> ()
    return
  }
}
