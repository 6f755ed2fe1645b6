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

def EmitCParallelBranchCopies : Pass<"pyir-emitc-parallel-copies"> {
  let summary = "Give the C emitter's block-argument copies parallel "
                "semantics";
  let description = [{
    A branch passes its operands to the destination's block arguments all at
    once; the C printer (lib/Target/CPython/CorePrinter.cpp) prints one assignment per
    argument, in order. The two differ when an operand is a block argument
    of the destination that an earlier assignment of the same branch has
    already overwritten: `a, b = b, a + b` in a loop is the classic case
    (the lost copy / swap problem of leaving SSA form).

    This pass saves every such operand in a temporary (`emitc.variable`,
    `emitc.assign`, `emitc.load`) right before the branch, so that the
    in-order assignments read the values the branch passed. Run it last,
    on the EmitC form that is printed.
  }];
  let dependentDialects = ["mlir::emitc::EmitCDialect"];
}

def EmitCLineDirectives : Pass<"pyir-emitc-line-directives",
                                "mlir::ModuleOp"> {
  let summary = "Point the printed C at the .py source with #line";
  let description = [{
    Inserts `emitc.verbatim "#line N \"<source>\""` before every op of an
    `emitc.func` that starts a new source line (the first file/line
    location of the op, the callee's for inlined code), so that C compiler
    diagnostics, debuggers and profilers see the `.py` file. `<source>` is
    the module's `pyir.source` made absolute. The only use of `verbatim`.
  }];
  let dependentDialects = ["mlir::emitc::EmitCDialect"];
}

#endif // PYIR_CONVERSION_PASSES
