//===- PyIRToEmitCInternal.h - Shared by the lowering patterns --*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// What the files of convert-pyir-to-emitc share: the core calling
// convention's helpers (error pointer, raising calls, error blocks) and one
// populate function per op family (RuntimeCalls.cpp, Bitwise.cpp,
// Scalars.cpp, Views.cpp, Tuples.cpp, Exceptions.cpp, Functions.cpp). Not
// installed.
//
//===----------------------------------------------------------------------===//

#ifndef LIB_CONVERSION_PYIRTOEMITC_PYIRTOEMITCINTERNAL_H
#define LIB_CONVERSION_PYIRTOEMITC_PYIRTOEMITCINTERNAL_H

#include "pyir/Conversion/PyIRToEmitC/PyIRToEmitC.h"
#include "pyir/Dialect/PyIR/Analysis/RaiseAnalysis.h"
#include "pyir/Dialect/PyIR/Analysis/ViewEffects.h"

#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/Transforms/DialectConversion.h"

#include <string>

namespace pyir {
namespace detail {

/// The view accessors of pyir_core_support.h.
inline constexpr mlir::StringLiteral kViewDataFn = "pyir_view_data";
inline constexpr mlir::StringLiteral kViewDimFn = "pyir_view_dim";
inline constexpr mlir::StringLiteral kViewStrideFn = "pyir_view_stride";

/// `pyir_error *` and `pyir_view *`, the runtime structs by pointer.
mlir::Type getErrorPtrType(mlir::MLIRContext *ctx);

mlir::Type getViewPtrType(mlir::MLIRContext *ctx);

/// The error pointer: the last argument of the enclosing function.
mlir::Value getErrorArg(mlir::Operation *op);

/// Variables for the results of `types` that a callee writes through out
/// pointers: their addresses are appended to `args`.
llvm::SmallVector<mlir::Value>
createOutVariables(mlir::OpBuilder &builder, mlir::Location loc,
                   mlir::TypeRange types,
                   llvm::SmallVectorImpl<mlir::Value> &args);

/// The values of those variables, read at the insertion point.
llvm::SmallVector<mlir::Value>
loadOutVariables(mlir::OpBuilder &builder, mlir::Location loc,
                 llvm::ArrayRef<mlir::Value> vars, mlir::TypeRange types);

/// An `int32_t` constant.
mlir::Value createI32Constant(mlir::OpBuilder &builder, mlir::Location loc,
                              int32_t value);
/// An `int64_t` constant.
mlir::Value createI64Constant(mlir::OpBuilder &builder, mlir::Location loc,
                              int64_t value);

/// Tells the C compiler that `divisor` is not zero (an op with
/// `nonzero_divisor`), so that the runtime's zero test and its error path
/// fold away once the call is inlined.
void emitAssumeNonZero(mlir::OpBuilder &builder, mlir::Location loc,
                       mlir::Value divisor);

/// Appends to `region` a block that records `line` (unless 0) in the error
/// record and returns -1.
mlir::Block *createErrorBlock(mlir::ConversionPatternRewriter &rewriter,
                              mlir::Location loc, mlir::Region *region,
                              mlir::Value err, int line);

/// Branches to a new error block when `failed` is true; everything from `op`
/// on moves to the continuation block, and the insertion point is left
/// before `op` there.
void branchOnFailure(mlir::ConversionPatternRewriter &rewriter,
                     mlir::Operation *op, mlir::Value failed, bool recordLine);

/// Branches to the error exit when the status `status` is not 0.
void checkStatus(mlir::ConversionPatternRewriter &rewriter, mlir::Operation *op,
                 mlir::Value status, bool recordLine);

/// Emits `status = callee(operands..., &out..., err)` before `op`, branches
/// to the error exit on failure, and returns the outputs, read in the
/// continuation block.
mlir::SmallVector<mlir::Value>
emitRaisingCall(mlir::ConversionPatternRewriter &rewriter, mlir::Operation *op,
                mlir::StringRef callee, mlir::ValueRange operands,
                mlir::TypeRange outTypes);

/// Emits a call of a runtime function that cannot raise.
mlir::Value emitPureCall(mlir::OpBuilder &builder, mlir::Location loc,
                         mlir::StringRef callee, mlir::Type resultType,
                         mlir::ValueRange operands);

/// Casts `value` to `type` unless it already has it.
mlir::Value castTo(mlir::OpBuilder &builder, mlir::Location loc,
                   mlir::Value value, mlir::Type type);

/// The patterns of each op family.
void populateBitwisePatterns(const mlir::TypeConverter &converter,
                             mlir::RewritePatternSet &patterns);
void populateRuntimeCallPatterns(const mlir::TypeConverter &converter,
                                 mlir::RewritePatternSet &patterns);
void populateScalarPatterns(const mlir::TypeConverter &converter,
                            mlir::RewritePatternSet &patterns);
void populateViewPatterns(const mlir::TypeConverter &converter,
                          mlir::RewritePatternSet &patterns);
void populateArrayPatterns(const mlir::TypeConverter &converter,
                           mlir::RewritePatternSet &patterns);
void populateTuplePatterns(const mlir::TypeConverter &converter,
                           mlir::RewritePatternSet &patterns);
void populateExceptionPatterns(const mlir::TypeConverter &converter,
                               mlir::RewritePatternSet &patterns);
void populateFunctionPatterns(const mlir::TypeConverter &converter,
                              mlir::RewritePatternSet &patterns,
                              const ViewEffects &viewEffects,
                              const RaiseAnalysis &raises);

/// After the conversion: the exported C ABI's function (getCoreFunctionName,
/// status convention) for each public function of `moduleName`, a wrapper
/// of the internal one, marked kABIWrapperAttr (Functions.cpp).
void createABIWrappers(mlir::ModuleOp module, llvm::StringRef moduleName);

/// Before the conversion: every declaration of a function of another module
/// (`pyir.imported`) becomes an entry of kCImportsAttr and is erased
/// (Imports.cpp).
mlir::LogicalResult
lowerImportDeclarations(mlir::ModuleOp module,
                        const mlir::TypeConverter &converter);

/// The kCImportsAttr entry of the function `symbol` of another module, or
/// null.
mlir::DictionaryAttr lookupCImport(mlir::Operation *op, llvm::StringRef symbol);

/// A new slot of the function around `op` (`PYIR_SLOT(k)`, a `pyir_view *`)
/// that owns the array `op` makes (Arrays.cpp).
mlir::Value emitNewSlot(mlir::OpBuilder &builder, mlir::Operation *op);
/// `PYIR_RESULT(index)`: the storage a callee returns its `index`-th view
/// into (a tuple result may hold several).
mlir::Value emitResultStorage(mlir::OpBuilder &builder, mlir::Operation *op,
                              unsigned index);
/// After the conversion: declares the slots of a function that has some and
/// releases them before each return (Arrays.cpp).
void finalizeArraySlots(mlir::emitc::FuncOp func);

/// After the conversion: reads each view field once per function, at the
/// top, where it does not change (Views.cpp).
void hoistViewFieldReads(mlir::emitc::FuncOp func);

} // namespace detail
} // namespace pyir

#endif // LIB_CONVERSION_PYIRTOEMITC_PYIRTOEMITCINTERNAL_H
