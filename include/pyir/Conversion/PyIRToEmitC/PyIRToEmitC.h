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
/// DenseBoolArrayAttr), `public` (a unit) unless the func.func was
/// private, and the func.func's `arg_names`, `defaults`, `doc` and `nogil`
/// where it had them (see the pyir dialect's attributes).
constexpr llvm::StringLiteral kPySignatureAttr =
    pyir::PyIRDialect::PySignatureAttrHelper::getNameStr();

class ViewEffects;
class RaiseAnalysis;

/// The type conversions of convert-pyir-to-emitc: scalars stay, a view is a
/// `pyir_view *`, a tuple is flattened into its elements (1:N).
void populatePyIRToEmitCTypeConversions(mlir::TypeConverter &converter);

/// The patterns of convert-pyir-to-emitc (pyir, func and arith ops, and the
/// types on cf branches), one group per op family, for a module whose view
/// effects are `viewEffects` (recorded for the glue on each emitc.func) and
/// whose functions raise what `raises` says (their C convention).
void populatePyIRToEmitCPatterns(mlir::TypeConverter &converter,
                                 mlir::RewritePatternSet &patterns,
                                 const ViewEffects &viewEffects,
                                 const RaiseAnalysis &raises);

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

/// The exported C ABI's name for Python function `funcName` of module
/// `moduleName`: `pyir_<module>_<func>` (the JIT export's `<mod>_abi.h`):
/// `int32_t f(params..., T *out..., pyir_error *err)`, 0 or -1 (raised).
std::string getCoreFunctionName(llvm::StringRef moduleName,
                                llvm::StringRef funcName);

/// The name of the C function that compiled code calls for Python function
/// `funcName`: `pyirf_<func>` (static; a namespace of its own, apart from
/// the runtime's `pyir_*`, the glue's `pyirw_*` and the ABI's names). Its
/// convention is in its type (see CoreSignature): a function that may
/// raise returns an int32_t status, its results through out pointers and
/// takes `pyir_error *` last; one that cannot raise returns its result
/// (void when it has none, out pointers when it has several) and takes no
/// error record.
std::string getInternalFunctionName(llvm::StringRef funcName);

/// On an emitc.func: the public ABI function that calls the internal one
/// (only the JIT export's C prints it; the extension calls the internal
/// functions directly).
constexpr llvm::StringLiteral kABIWrapperAttr = "pyir_abi_wrapper";

/// On the module lowered by convert-pyir-to-emitc: the functions of other
/// PyIR modules it calls (docs/CBackend.md, "Imports"), an array of
/// `{symbol, c_name, module, level, name, signature, type}`: the C function
/// pointer `c_name` of C type `type` (the exported ABI's convention) that
/// the glue fills from module `module` (imported at `level`, as written)'s
/// `__pyir_capi__[name]`, a capsule named `signature`.
constexpr llvm::StringLiteral kCImportsAttr = "pyir.c_imports";

/// The parameters of a function convert-pyir-to-emitc made:
/// `numParams` parameters (a tuple parameter is one per element, as the
/// type converter flattens it), then `numOuts` out pointers, then the
/// `pyir_error *` if it may raise (its result is then the int32_t status).
struct CoreSignature {
  unsigned numParams = 0;
  unsigned numOuts = 0;
  bool raises = false;
  /// Whether the C function returns the (single) result itself.
  bool returnsValue = false;
};

/// The convention of a function with `numParams` C parameters and
/// `numResults` flattened results: the one rule FuncLowering, CallLowering
/// and getCoreSignature apply. It returns its value when it cannot raise and
/// has one result that is not a view; otherwise every result goes through
/// an out pointer (a view result: a `pyir_view *` to the caller's storage,
/// which the callee fills with a new reference, docs/CBackend.md "Arrays").
CoreSignature getCoreConvention(bool raises, unsigned numParams,
                                unsigned numResults, bool viewResult = false);

/// Reads it back from a lowered emitc.func (its py_signature and type).
CoreSignature getCoreSignature(mlir::emitc::FuncOp func);

} // namespace pyir

#endif // PYIR_CONVERSION_PYIRTOEMITC_PYIRTOEMITC_H
