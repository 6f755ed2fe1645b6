//===- Passes.td - PyIR passes ------------------------------*- tablegen -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_DIALECT_PYIR_TRANSFORMS_PASSES_TD
#define PYIR_DIALECT_PYIR_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def PyIRVerifyVersion : Pass<"pyir-verify-version", "::mlir::ModuleOp"> {
  let summary = "Require the module to record the pyir dialect version";
  let description = [{
    Fails unless the module carries `pyir.version`; with `stamp=true` it
    records the current version on a module that has none. Consumers run it
    first so that IR of an unknown version is refused before any other pass
    reads it (the attribute itself is verified by the dialect).
  }];
  let options = [
    Option<"stamp", "stamp", "bool", /*default=*/"false",
           "Record the current version when the module has none">
  ];
}

#endif // PYIR_DIALECT_PYIR_TRANSFORMS_PASSES_TD
