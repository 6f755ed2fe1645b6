//===- PyIRInterfaces.td - PyIR op interfaces ---------------*- tablegen -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_DIALECT_PYIR_IR_PYIRINTERFACES_TD
#define PYIR_DIALECT_PYIR_IR_PYIRINTERFACES_TD

include "mlir/IR/OpBase.td"

def PyIR_MayRaiseOpInterface : OpInterface<"MayRaiseOpInterface"> {
  let cppNamespace = "::pyir";
  let description = [{
    An op that may raise a Python exception, depending on its attributes
    (an overflow mode, `boundscheck`, `cdivision`, ...). Raising is modelled
    as a write to `ExceptionResource`, so that a possibly-raising op is never
    erased when its result is unused, never hoisted out of a loop, and never
    merged with another; once a pass proves the check redundant and drops it,
    the op becomes free of effects and those transforms apply again.
  }];
  let methods = [
    InterfaceMethod<"Whether executing this op may raise an exception.",
                    "bool", "mayRaise">,
    InterfaceMethod<[{
      The exceptions this op may raise, appended to `kinds` (called when
      mayRaise() is true; what the JIT export's `may_raise` lists).
    }], "void", "getRaisedKinds",
    (ins "::llvm::SmallVectorImpl<::pyir::ExceptionKind> &":$kinds)>
  ];
}

#endif // PYIR_DIALECT_PYIR_IR_PYIRINTERFACES_TD
