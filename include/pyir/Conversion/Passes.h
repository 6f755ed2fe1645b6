//===- Passes.h - PyIR conversion passes ------------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_CONVERSION_PASSES_H
#define PYIR_CONVERSION_PASSES_H

#include "pyir/Conversion/PyIRToEmitC/PyIRToEmitC.h"

namespace pyir {

#define GEN_PASS_REGISTRATION
#include "pyir/Conversion/Passes.h.inc"

} // namespace pyir

#endif // PYIR_CONVERSION_PASSES_H
