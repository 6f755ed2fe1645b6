//===- PyIRToEmitC.h - pyir to EmitC conversion -----------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_CONVERSION_PYIRTOEMITC_PYIRTOEMITC_H
#define PYIR_CONVERSION_PYIRTOEMITC_PYIRTOEMITC_H

#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"

#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"
#include "mlir/Transforms/DialectConversion.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace pyir {

#define GEN_PASS_DECL_CONVERTPYIRTOEMITC
#define GEN_PASS_DECL_EMITCPARALLELBRANCHCOPIES
#define GEN_PASS_DECL_EMITCLINEDIRECTIVES
#include "pyir/Conversion/Passes.h.inc"

/// What convert-pyir-to-emitc leaves on each emitc.func for the CPython
/// glue: a dictionary with the Python name (`name`), the pyir function type
/// (`type`, the Python-facing signature), which parameters are views the
/// function writes, callees included (`written_views`, a
/// DenseBoolArrayAttr), and the func.func's `arg_names`, `defaults`, `doc`
/// and `nogil` where it had them (see the pyir dialect's attributes).
constexpr llvm::StringLiteral kPySignatureAttr =
    pyir::PyIRDialect::PySignatureAttrHelper::getNameStr();

class ViewEffects;

/// The type conversions of convert-pyir-to-emitc: scalars stay, a view is a
/// `pyir_view *`, a tuple is flattened into its elements (1:N).
void populatePyIRToEmitCTypeConversions(mlir::TypeConverter &converter);

/// The patterns of convert-pyir-to-emitc (pyir, func and arith ops, and the
/// types on cf branches), one group per op family, for a module named
/// `moduleName` (the C function names) whose view effects are
/// `viewEffects` (recorded for the glue on each emitc.func).
void populatePyIRToEmitCPatterns(mlir::TypeConverter &converter,
                                 mlir::RewritePatternSet &patterns,
                                 llvm::StringRef moduleName,
                                 const ViewEffects &viewEffects);

/// `text` as a C string literal (octal escapes for everything outside
/// printable ASCII, and for `?`: no trigraphs).
std::string getCStringLiteral(llvm::StringRef text);

/// The options of the lowering pipeline, for pyirc and for
/// `pyir-opt --pyir-lower-to-c=...` alike.
struct LowerToCOptions : mlir::PassPipelineOptions<LowerToCOptions> {
  Option<bool> lineDirectives{
      *this, "line-directives",
      llvm::cl::desc("#line directives pointing at the .py source "
                     "(pyir-emitc-line-directives)"),
      llvm::cl::init(true)};
};

/// The pipeline from an optimised pyir module (CF form) to the EmitC module
/// the C targets print: convert-pyir-to-emitc, pyir-emitc-parallel-copies
/// and, if asked, pyir-emitc-line-directives.
void buildLowerToCPipeline(mlir::OpPassManager &pm,
                           const LowerToCOptions &options = {});

/// Registers it as `pyir-lower-to-c` (option `line-directives`).
void registerLowerToCPipeline();

/// The C name of the core function for Python function `funcName` of module
/// `moduleName`: `pyir_<module>_<func>`.
std::string getCoreFunctionName(llvm::StringRef moduleName,
                                llvm::StringRef funcName);

} // namespace pyir

#endif // PYIR_CONVERSION_PYIRTOEMITC_PYIRTOEMITC_H
