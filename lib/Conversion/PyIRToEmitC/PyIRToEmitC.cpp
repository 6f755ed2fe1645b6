//===- PyIRToEmitC.cpp - pyir to EmitC conversion ---------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Lowers pyir + arith + func (+ the types on cf branches) to EmitC in one
// dialect conversion with one TypeConverter. The result is the Python-free
// "core" of the CPython target (docs/CBackend.md):
//
//   int32_t pyir_<module>_<func>(params..., T0 *out0, ..., pyir_error *err)
//
// returns 0, or -1 with `*err` filled in (kind, message, .py line). Every op
// that may raise calls a pyir_core.h / pyir_core_support.h function that
// returns a status; the block is split after the call and a `cf.cond_br`
// jumps to an error block (`err->line = N; return -1;`) on failure. The C
// emitter prints `cf.br`/`cf.cond_br` as `goto` (there is no
// ControlFlowToEmitC in MLIR 22).
//
// This file: the calling convention's helpers, the type conversions,
// populatePyIRToEmitCPatterns and the pass. The patterns are in one file per
// op family: RuntimeCalls.cpp (arithmetic and math: calls of the runtime's
// table), Bitwise.cpp, Scalars.cpp (constants, comparisons, casts, round),
// Views.cpp, Tuples.cpp, Exceptions.cpp, Functions.cpp.
//
//===----------------------------------------------------------------------===//

#include "pyir/Conversion/PyIRToEmitC/PyIRToEmitC.h"

#include "PyIRToEmitCInternal.h"
#include "pyir/Dialect/PyIR/Analysis/RaiseAnalysis.h"
#include "pyir/Dialect/PyIR/Analysis/ViewEffects.h"
#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"
#include "pyir/Dialect/PyIR/IR/PyIROps.h"
#include "pyir/Dialect/PyIR/IR/PyIRTypes.h"

#include "mlir/Conversion/ArithToEmitC/ArithToEmitC.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Func/Transforms/FuncConversions.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/DialectConversion.h"
#include "mlir/Transforms/RegionUtils.h"
#include "llvm/ADT/StringExtras.h"

namespace pyir {
#define GEN_PASS_DEF_CONVERTPYIRTOEMITC
#include "pyir/Conversion/Passes.h.inc"
} // namespace pyir

using namespace mlir;
using namespace pyir;
using namespace pyir::detail;

static std::string sanitize(llvm::StringRef name) {
  std::string result;
  for (char c : name)
    result += llvm::isAlnum(c) ? c : '_';
  return result;
}

std::string pyir::getCStringLiteral(llvm::StringRef text) {
  std::string result = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      result += '\\';
      result += c;
    } else if (c == '\n') {
      result += "\\n";
    } else if (c < 0x20 || c >= 0x7f || c == '?') {
      // Octal escapes: no trigraphs, no ambiguity with following digits.
      char buffer[8];
      snprintf(buffer, sizeof(buffer), "\\%03o", c);
      result += buffer;
    } else {
      result += c;
    }
  }
  return result + "\"";
}

std::string pyir::getCoreFunctionName(llvm::StringRef moduleName,
                                      llvm::StringRef funcName) {
  return "pyir_" + sanitize(moduleName) + "_" + sanitize(funcName);
}

std::string pyir::getInternalFunctionName(llvm::StringRef funcName) {
  return "pyirf_" + sanitize(funcName);
}

pyir::CoreSignature pyir::getCoreConvention(bool raises, unsigned numParams,
                                            unsigned numResults,
                                            bool viewResult) {
  CoreSignature signature;
  signature.numParams = numParams;
  signature.raises = raises;
  signature.returnsValue = !raises && numResults == 1 && !viewResult;
  signature.numOuts = signature.returnsValue ? 0 : numResults;
  return signature;
}

pyir::CoreSignature pyir::getCoreSignature(emitc::FuncOp func) {
  unsigned numArgs = func.getNumArguments();
  bool raises = numArgs && func.getArgumentTypes().back() ==
                               detail::getErrorPtrType(func.getContext());
  // The results, flattened as the type converter does (a tuple is its
  // elements).
  unsigned numResults = 0;
  bool viewResult = false;
  auto pySignature = func->getAttrOfType<DictionaryAttr>(kPySignatureAttr);
  auto pyType = pySignature ? pySignature.getAs<TypeAttr>("type") : nullptr;
  if (auto type =
          pyType ? dyn_cast<FunctionType>(pyType.getValue()) : FunctionType())
    for (Type result : type.getResults()) {
      numResults += isa<TupleType>(result) ? cast<TupleType>(result).size() : 1;
      viewResult |= isa<ViewType>(result);
    }
  CoreSignature signature =
      getCoreConvention(raises, 0, numResults, viewResult);
  signature.numParams =
      numArgs - std::min(numArgs, signature.numOuts + signature.raises);
  return signature;
}

//===----------------------------------------------------------------------===//
// Helpers shared by the pattern files (PyIRToEmitCInternal.h)
//===----------------------------------------------------------------------===//

namespace pyir {
namespace detail {

Type getErrorPtrType(MLIRContext *ctx) {
  return emitc::PointerType::get(emitc::OpaqueType::get(ctx, "pyir_error"));
}

Type getViewPtrType(MLIRContext *ctx) {
  return emitc::PointerType::get(emitc::OpaqueType::get(ctx, "pyir_view"));
}

/// The error pointer: the last argument of the enclosing function.
Value getErrorArg(Operation *op) {
  Region *region = op->getParentRegion();
  while (region && !isa<emitc::FuncOp>(region->getParentOp()))
    region = region->getParentOp()->getParentRegion();
  assert(region && "op outside a lowered function");
  Value err = region->front().getArguments().back();
  // RaiseAnalysis and the patterns disagree on whether this op raises: C
  // that passes another parameter as the error record must never be
  // printed.
  if (err.getType() != getErrorPtrType(op->getContext()))
    llvm::report_fatal_error(
        llvm::Twine("internal error: '") + op->getName().getStringRef() +
        "' raises in a function that RaiseAnalysis found cannot raise");
  return err;
}

SmallVector<Value> createOutVariables(OpBuilder &builder, Location loc,
                                      TypeRange types,
                                      SmallVectorImpl<Value> &args) {
  MLIRContext *ctx = builder.getContext();
  SmallVector<Value> vars;
  for (Type type : types) {
    Value var =
        emitc::VariableOp::create(builder, loc, emitc::LValueType::get(type),
                                  emitc::OpaqueAttr::get(ctx, ""));
    args.push_back(emitc::AddressOfOp::create(
        builder, loc, emitc::PointerType::get(type), var));
    vars.push_back(var);
  }
  return vars;
}

SmallVector<Value> loadOutVariables(OpBuilder &builder, Location loc,
                                    ArrayRef<Value> vars, TypeRange types) {
  SmallVector<Value> values;
  for (auto [var, type] : llvm::zip(vars, types))
    values.push_back(emitc::LoadOp::create(builder, loc, type, var));
  return values;
}

Value createI32Constant(OpBuilder &builder, Location loc, int32_t value) {
  return emitc::ConstantOp::create(builder, loc, builder.getI32Type(),
                                   builder.getI32IntegerAttr(value));
}

Value createI64Constant(OpBuilder &builder, Location loc, int64_t value) {
  return emitc::ConstantOp::create(builder, loc, builder.getI64Type(),
                                   builder.getI64IntegerAttr(value));
}

/// Tells the C compiler that `divisor` is not zero (an op with
/// `nonzero_divisor`), so that the runtime's zero test and its error path
/// fold away once the call is inlined.
void emitAssumeNonZero(OpBuilder &builder, Location loc, Value divisor) {
  emitc::CallOpaqueOp::create(builder, loc, TypeRange{}, "PYIR_ASSUME_NONZERO",
                              ValueRange{divisor});
}

/// Appends to `region` a block that records `line` (unless 0) in the error
/// record and returns -1.
Block *createErrorBlock(ConversionPatternRewriter &rewriter, Location loc,
                        Region *region, Value err, int line) {
  OpBuilder::InsertionGuard guard(rewriter);
  Block *block = rewriter.createBlock(region, region->end());
  if (line > 0) {
    MLIRContext *ctx = rewriter.getContext();
    emitc::CallOpaqueOp::create(
        rewriter, loc, TypeRange{}, "pyir_error_at", ValueRange{err},
        rewriter.getArrayAttr(
            {IntegerAttr::get(IndexType::get(ctx), 0),
             IntegerAttr::get(IntegerType::get(ctx, 32), line)}));
  }
  emitc::ReturnOp::create(rewriter, loc, createI32Constant(rewriter, loc, -1));
  return block;
}

/// Branches to a new error block when `failed` is true; everything from `op`
/// on moves to the continuation block, and the insertion point is left
/// before `op` there.
void branchOnFailure(ConversionPatternRewriter &rewriter, Operation *op,
                     Value failed, bool recordLine) {
  Location loc = op->getLoc();
  Block *before = op->getBlock();
  Value err = getErrorArg(op);
  Block *cont = rewriter.splitBlock(before, op->getIterator());
  Block *errorBlock = createErrorBlock(rewriter, loc, before->getParent(), err,
                                       recordLine ? getSourceLine(loc) : 0);
  rewriter.setInsertionPointToEnd(before);
  cf::CondBranchOp::create(rewriter, loc, failed, errorBlock, ValueRange{},
                           cont, ValueRange{});
  rewriter.setInsertionPoint(op);
}

/// Branches to the error exit when the status `status` is not 0.
void checkStatus(ConversionPatternRewriter &rewriter, Operation *op,
                 Value status, bool recordLine) {
  Location loc = op->getLoc();
  Value zero = createI32Constant(rewriter, loc, 0);
  Value failed = emitc::CmpOp::create(rewriter, loc, rewriter.getI1Type(),
                                      emitc::CmpPredicate::ne, status, zero);
  branchOnFailure(rewriter, op, failed, recordLine);
}

/// Emits `status = callee(operands..., &out..., err)` before `op`, branches
/// to the error exit on failure, and returns the outputs, read in the
/// continuation block.
SmallVector<Value> emitRaisingCall(ConversionPatternRewriter &rewriter,
                                   Operation *op, StringRef callee,
                                   ValueRange operands, TypeRange outTypes) {
  Location loc = op->getLoc();
  MLIRContext *ctx = rewriter.getContext();
  SmallVector<Value> args(operands.begin(), operands.end());
  SmallVector<Value> vars = createOutVariables(rewriter, loc, outTypes, args);
  // A runtime function of the raising shape that cannot fail here (u8 <<,
  // a division by a known nonzero divisor): its status is not tested, and
  // the error record it gets is a local one, so that a function that cannot
  // raise needs none.
  auto mayRaise = dyn_cast<MayRaiseOpInterface>(op);
  bool checked = !mayRaise || mayRaise.mayRaise();
  Value err;
  if (checked) {
    err = getErrorArg(op);
  } else {
    Type errorType = emitc::OpaqueType::get(ctx, "pyir_error");
    Value record = emitc::VariableOp::create(rewriter, loc,
                                             emitc::LValueType::get(errorType),
                                             emitc::OpaqueAttr::get(ctx, ""));
    err =
        emitc::AddressOfOp::create(rewriter, loc, getErrorPtrType(ctx), record);
  }
  args.push_back(err);
  Value status = emitc::CallOpaqueOp::create(rewriter, loc,
                                             TypeRange{rewriter.getI32Type()},
                                             callee, args)
                     .getResult(0);
  if (checked)
    checkStatus(rewriter, op, status, /*recordLine=*/true);
  return loadOutVariables(rewriter, loc, vars, outTypes);
}

/// Emits a call of a runtime function that cannot raise.
Value emitPureCall(OpBuilder &builder, Location loc, StringRef callee,
                   Type resultType, ValueRange operands) {
  return emitc::CallOpaqueOp::create(builder, loc, TypeRange{resultType},
                                     callee, operands)
      .getResult(0);
}

/// Casts `value` to `type` unless it already has it.
Value castTo(OpBuilder &builder, Location loc, Value value, Type type) {
  if (value.getType() == type)
    return value;
  return emitc::CastOp::create(builder, loc, type, value);
}

} // namespace detail
} // namespace pyir

//===----------------------------------------------------------------------===//
// Patterns and type conversions
//===----------------------------------------------------------------------===//

void pyir::populatePyIRToEmitCTypeConversions(TypeConverter &converter) {
  converter.addConversion([](Type type) -> std::optional<Type> {
    if (isa<IntegerType, FloatType, emitc::PointerType, emitc::OpaqueType,
            emitc::LValueType, IndexType>(type))
      return type;
    return std::nullopt;
  });
  converter.addConversion(
      [](ViewType type) -> Type { return getViewPtrType(type.getContext()); });
  converter.addConversion(
      [&converter](TupleType type, SmallVectorImpl<Type> &results)
          -> std::optional<LogicalResult> {
        for (Type element : type.getTypes())
          if (failed(converter.convertType(element, results)))
            return failure();
        return success();
      });
}

void pyir::populatePyIRToEmitCPatterns(TypeConverter &converter,
                                       RewritePatternSet &patterns,
                                       const ViewEffects &viewEffects,
                                       const RaiseAnalysis &raises) {
  populateRuntimeCallPatterns(converter, patterns);
  populateBitwisePatterns(converter, patterns);
  populateScalarPatterns(converter, patterns);
  populateViewPatterns(converter, patterns);
  populateArrayPatterns(converter, patterns);
  populateTuplePatterns(converter, patterns);
  populateExceptionPatterns(converter, patterns);
  populateFunctionPatterns(converter, patterns, viewEffects, raises);
  populateArithToEmitCPatterns(converter, patterns);
  populateBranchOpInterfaceTypeConversionPattern(patterns, converter);
}

//===----------------------------------------------------------------------===//
// The pass
//===----------------------------------------------------------------------===//

namespace {

struct ConvertPyIRToEmitCPass
    : pyir::impl::ConvertPyIRToEmitCBase<ConvertPyIRToEmitCPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *ctx = &getContext();
    std::string moduleName = getModuleName(module);
    if (moduleName.empty())
      moduleName = "module";

    // The CF form only: patterns split blocks, which structured ops'
    // regions cannot hold (the -O pipelines end in CF form).
    WalkResult structured = module.walk<WalkOrder::PreOrder>([](Operation *op) {
      StringRef dialect = op->getName().getDialectNamespace();
      if (llvm::is_contained(
              {"builtin", "func", "cf", "arith", "pyir", "emitc"}, dialect))
        return WalkResult::advance();
      op->emitError() << "convert-pyir-to-emitc takes the CF form of pyir, "
                         "func, cf and arith ops; '"
                      << op->getName()
                      << "' is not supported (the -O pipelines end in CF "
                         "form)";
      return WalkResult::interrupt();
    });
    if (structured.wasInterrupted())
      return signalPassFailure();

    // Which views each function writes, for the glue (FuncLowering records
    // it before the bodies change).
    ViewEffects viewEffects(module);
    // Which functions may raise: the others return their value.
    RaiseAnalysis raises(module);

    TypeConverter converter;
    populatePyIRToEmitCTypeConversions(converter);
    if (failed(lowerImportDeclarations(module, converter)))
      return signalPassFailure();

    ConversionTarget target(*ctx);
    target.addLegalDialect<emitc::EmitCDialect>();
    target.addIllegalDialect<PyIRDialect, arith::ArithDialect,
                             func::FuncDialect>();
    target.addDynamicallyLegalOp<cf::BranchOp, cf::CondBranchOp>(
        [&](Operation *op) {
          return isLegalForBranchOpInterfaceTypeConversionPattern(op,
                                                                  converter);
        });
    target.addDynamicallyLegalOp<UnrealizedConversionCastOp>(
        [](UnrealizedConversionCastOp op) {
          auto isPyIR = [](Type t) { return isa<ViewType, TupleType>(t); };
          return llvm::none_of(op->getOperandTypes(), isPyIR) &&
                 llvm::none_of(op->getResultTypes(), isPyIR);
        });

    RewritePatternSet patterns(ctx);
    populatePyIRToEmitCPatterns(converter, patterns, viewEffects, raises);

    if (failed(applyPartialConversion(module, target, std::move(patterns))))
      return signalPassFailure();

    // Drop the unreachable blocks (the dead code after a raise), whose ops
    // the conversion left alone; in nested modules too (pyir-opt-fuzzer:
    // a func.return left in an emitc.func does not verify).
    IRRewriter rewriter(ctx);
    module.walk([&](emitc::FuncOp func) {
      (void)eraseUnreachableBlocks(rewriter, func->getRegions());
      hoistViewFieldReads(func);
      finalizeArraySlots(func);
    });
    createABIWrappers(module, moduleName);

    // Prototypes (functions may call later ones). The runtime headers are
    // not included: the C targets embed them.
    OpBuilder builder = OpBuilder::atBlockBegin(module.getBody());
    for (auto func : llvm::to_vector(module.getOps<emitc::FuncOp>())) {
      emitc::DeclareFuncOp::create(builder, func.getLoc(), func.getName());
    }
  }
};

} // namespace
