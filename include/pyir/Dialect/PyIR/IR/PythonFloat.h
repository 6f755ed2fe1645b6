//===- PythonFloat.h - Python float rules on host floats --------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Python's float operations that are not one IEEE operation, on host floats,
// for the compile-time folders (the pyir folders and the frontend's constant
// folder). The run-time versions are in pyir_core.h.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_DIALECT_PYIR_IR_PYTHONFLOAT_H
#define PYIR_DIALECT_PYIR_IR_PYTHONFLOAT_H

#include <cmath>

namespace pyir {

/// `vx // wx` and `vx % wx` as CPython's float_divmod computes them; `wx`
/// must not be zero.
template <typename T>
void pythonFloatDivmod(T vx, T wx, T &floordiv, T &mod) {
  mod = std::fmod(vx, wx);
  T div = (vx - mod) / wx;
  if (mod != 0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1;
    }
  } else {
    mod = std::copysign(T(0), wx);
  }
  if (div != 0) {
    floordiv = std::floor(div);
    if (div - floordiv > T(0.5))
      floordiv += 1;
  } else {
    floordiv = std::copysign(T(0), vx / wx);
  }
}

} // namespace pyir

#endif // PYIR_DIALECT_PYIR_IR_PYTHONFLOAT_H
