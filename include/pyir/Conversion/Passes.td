//===- Passes.td - PyIR conversion passes ------------------*- tablegen -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_CONVERSION_PASSES
#define PYIR_CONVERSION_PASSES

include "mlir/Pass/PassBase.td"

def ConvertPyIRToEmitC : Pass<"convert-pyir-to-emitc", "mlir::ModuleOp"> {
  let summary = "Lower pyir, arith, func and cf to the EmitC dialect (C core)";
  let description = [{
    Lowers a pyir module to EmitC in one dialect conversion with one type
    converter. Each `func.func` becomes an `emitc.func` with the core calling
    convention: the converted parameters, one out pointer per (flattened)
    result, a trailing `pyir_error *`, and an `int32_t` status (0 or -1).
    Views become `pyir_view *`; tuples are flattened (1:N). Ops that may
    raise call a `pyir_core.h` function returning a status and branch to an
    error block that records the `.py` line and returns -1. `cf.br` and
    `cf.cond_br` stay (the C emitter prints them as `goto`). See
    docs/CBackend.md.
  }];
  let dependentDialects = ["mlir::emitc::EmitCDialect",
                           "mlir::cf::ControlFlowDialect"];
}

#endif // PYIR_CONVERSION_PASSES
