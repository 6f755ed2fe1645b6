// RUN: pyir-opt --convert-pyir-to-emitc %s -split-input-file -verify-diagnostics

// Structured control flow (here -O0 of hand-written scf) is refused with a
// located error instead of being split into IR that does not verify
// (pyir-opt-fuzzer finding, regressions/crash-scf-for-at-O0).
module attributes {pyir.version = "1.1"} {
  func.func @unknown_step(%a: !pyir.view<f64, 1>, %s: i64) {
    %c0 = pyir.constant 0 : i64
    %n = pyir.dim %a[0] : !pyir.view<f64, 1>
    // expected-error @+1 {{convert-pyir-to-emitc takes the CF form of pyir, func, cf and arith ops; 'scf.for' is not supported (the -O pipelines end in CF form)}}
    scf.for %i = %c0 to %n step %s : i64 {
      %x = pyir.load %a[%i] boundscheck wraparound : !pyir.view<f64, 1>
    }
    return
  }
}
