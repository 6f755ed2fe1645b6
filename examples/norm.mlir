// `norm` from examples/kernels.py in the pyir dialect, as the frontend will
// produce it. `utils/demo.sh` runs it through pyir-opt.
module attributes {pyir.version = "1.0"} {
  func.func @norm(%a: !pyir.view<f64, 1>) -> f64 {
    %zero = pyir.constant 0.0 : f64
    %n = pyir.dim %a[0] : !pyir.view<f64, 1>
    %c0 = pyir.constant 0 : i64
    %c1 = pyir.constant 1 : i64
    %s = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %zero) -> (f64) : i64 {
      %x = pyir.load %a[%i] boundscheck wraparound : !pyir.view<f64, 1>
      %y = pyir.load %a[%i] boundscheck wraparound : !pyir.view<f64, 1>
      %p = pyir.mul %x, %y : f64
      %t = pyir.add %acc, %p : f64
      scf.yield %t : f64
    }
    %unused = pyir.mul checked %c1, %n : i64
    %r = pyir.math_unary sqrt %s : f64 -> f64
    return %r : f64
  }
}
