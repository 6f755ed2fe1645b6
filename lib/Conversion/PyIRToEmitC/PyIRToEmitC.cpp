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
//===----------------------------------------------------------------------===//

#include "pyir/Conversion/PyIRToEmitC/PyIRToEmitC.h"
#include "pyir/Dialect/PyIR/Analysis/ViewEffects.h"
#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"
#include "pyir/Dialect/PyIR/IR/PyIROps.h"
#include "pyir/Dialect/PyIR/IR/PyIRTypes.h"
#include "pyir/Dialect/PyIR/IR/Runtime.h"

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

/// Name of the discardable attribute on a lowered emitc.func recording how
/// many out pointers precede the trailing `pyir_error *`.
static constexpr llvm::StringLiteral kNumOutsAttr = "pyir_num_outs";

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

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

namespace {

Type getErrorPtrType(MLIRContext *ctx) {
  return emitc::PointerType::get(emitc::OpaqueType::get(ctx, "pyir_error"));
}

constexpr StringLiteral kViewDataFn = "pyir_view_data";
constexpr StringLiteral kViewDimFn = "pyir_view_dim";
constexpr StringLiteral kViewStrideFn = "pyir_view_stride";

Type getViewPtrType(MLIRContext *ctx) {
  return emitc::PointerType::get(emitc::OpaqueType::get(ctx, "pyir_view"));
}

/// The error pointer: the last argument of the enclosing function.
Value getErrorArg(Operation *op) {
  Region *region = op->getParentRegion();
  while (region && !isa<emitc::FuncOp>(region->getParentOp()))
    region = region->getParentOp()->getParentRegion();
  assert(region && "op outside a lowered function");
  return region->front().getArguments().back();
}

Value createI32Constant(OpBuilder &builder, Location loc, int32_t value) {
  return emitc::ConstantOp::create(builder, loc, builder.getI32Type(),
                                   builder.getI32IntegerAttr(value));
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
  SmallVector<Value> vars;
  for (Type type : outTypes) {
    Value var =
        emitc::VariableOp::create(rewriter, loc, emitc::LValueType::get(type),
                                  emitc::OpaqueAttr::get(ctx, ""));
    args.push_back(emitc::AddressOfOp::create(
        rewriter, loc, emitc::PointerType::get(type), var));
    vars.push_back(var);
  }
  args.push_back(getErrorArg(op));
  Value status = emitc::CallOpaqueOp::create(rewriter, loc,
                                             TypeRange{rewriter.getI32Type()},
                                             callee, args)
                     .getResult(0);
  checkStatus(rewriter, op, status, /*recordLine=*/true);
  SmallVector<Value> results;
  for (auto [var, type] : llvm::zip(vars, outTypes))
    results.push_back(emitc::LoadOp::create(rewriter, loc, type, var));
  return results;
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

//===----------------------------------------------------------------------===//
// Arithmetic
//===----------------------------------------------------------------------===//

template <typename OpTy>
StringRef getArithName();
template <>
StringRef getArithName<AddOp>() {
  return "add";
}
template <>
StringRef getArithName<SubOp>() {
  return "sub";
}
template <>
StringRef getArithName<MulOp>() {
  return "mul";
}
template <>
StringRef getArithName<PowOp>() {
  return "pow";
}
template <>
StringRef getArithName<FloorDivOp>() {
  return "floordiv";
}
template <>
StringRef getArithName<ModOp>() {
  return "mod";
}

template <typename OpTy>
std::optional<OverflowMode> getMode(OpTy op) {
  return op.getOverflow();
}

template <typename OpTy>
bool isCDivision(OpTy op) {
  if constexpr (std::is_same_v<OpTy, FloorDivOp> || std::is_same_v<OpTy, ModOp>)
    return op.getCdivision();
  return false;
}

/// add, sub, mul, pow, floordiv, mod.
template <typename OpTy>
struct BinaryArithLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Type type = op.getType();
    StringRef name = getArithName<OpTy>();
    Value lhs = adaptor.getLhs(), rhs = adaptor.getRhs();
    bool isFloat = isa<FloatType>(type);
    if (isFloat && (name == "add" || name == "sub" || name == "mul")) {
      Value result;
      if (name == "add")
        result = emitc::AddOp::create(rewriter, loc, type, lhs, rhs);
      else if (name == "sub")
        result = emitc::SubOp::create(rewriter, loc, type, lhs, rhs);
      else
        result = emitc::MulOp::create(rewriter, loc, type, lhs, rhs);
      rewriter.replaceOp(op, result);
      return success();
    }
    std::string family = getRuntimeFamily(type, getMode(op));
    if (family.empty())
      return rewriter.notifyMatchFailure(op, "unsupported type");
    if (isCDivision(op)) {
      std::string callee =
          "pyir_" + family + (name == "floordiv" ? "_cdiv" : "_cmod");
      rewriter.replaceOp(
          op, emitPureCall(rewriter, loc, callee, type, ValueRange{lhs, rhs}));
      return success();
    }
    if constexpr (std::is_same_v<OpTy, FloorDivOp> ||
                  std::is_same_v<OpTy, ModOp>) {
      if (PyIRDialect::hasNonzeroDivisor(op))
        emitAssumeNonZero(rewriter, loc, rhs);
    }
    // Wrapping add/sub/mul cannot raise; everything else may.
    bool checked = family == "int" || isFloat;
    if (!checked && (name == "add" || name == "sub" || name == "mul")) {
      rewriter.replaceOp(op, emitPureCall(rewriter, loc,
                                          "pyir_" + family + "_" + name.str(),
                                          type, ValueRange{lhs, rhs}));
      return success();
    }
    SmallVector<Value> results =
        emitRaisingCall(rewriter, op, "pyir_" + family + "_" + name.str(),
                        ValueRange{lhs, rhs}, TypeRange{type});
    rewriter.replaceOp(op, results);
    return success();
  }
};

struct TrueDivLowering : OpConversionPattern<TrueDivOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(TrueDivOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type type = op.getLhs().getType();
    std::string family = getRuntimeFamily(type, std::nullopt);
    if (family.empty())
      return rewriter.notifyMatchFailure(op, "unsupported type");
    Type outType = isa<FloatType>(type) ? type : Type(rewriter.getF64Type());
    if (PyIRDialect::hasNonzeroDivisor(op))
      emitAssumeNonZero(rewriter, op.getLoc(), adaptor.getRhs());
    Value result =
        emitRaisingCall(rewriter, op, "pyir_" + family + "_truediv",
                        ValueRange{adaptor.getLhs(), adaptor.getRhs()},
                        TypeRange{outType})
            .front();
    rewriter.replaceOp(op, castTo(rewriter, op.getLoc(), result, op.getType()));
    return success();
  }
};

struct NegLowering : OpConversionPattern<NegOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(NegOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type type = op.getType();
    if (isa<FloatType>(type)) {
      rewriter.replaceOpWithNewOp<emitc::UnaryMinusOp>(op, type,
                                                       adaptor.getOperand());
      return success();
    }
    std::string family = getRuntimeFamily(type, op.getOverflow());
    if (family == "int") {
      rewriter.replaceOp(op, emitRaisingCall(rewriter, op, "pyir_int_neg",
                                             ValueRange{adaptor.getOperand()},
                                             TypeRange{type}));
      return success();
    }
    rewriter.replaceOp(op, emitPureCall(rewriter, op.getLoc(),
                                        "pyir_" + family + "_neg", type,
                                        ValueRange{adaptor.getOperand()}));
    return success();
  }
};

struct AbsLowering : OpConversionPattern<AbsOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(AbsOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type type = op.getType();
    std::string family = getRuntimeFamily(type, op.getOverflow());
    if (family == "int") {
      rewriter.replaceOp(op, emitRaisingCall(rewriter, op, "pyir_int_abs",
                                             ValueRange{adaptor.getOperand()},
                                             TypeRange{type}));
      return success();
    }
    rewriter.replaceOp(op, emitPureCall(rewriter, op.getLoc(),
                                        "pyir_" + family + "_abs", type,
                                        ValueRange{adaptor.getOperand()}));
    return success();
  }
};

template <typename OpTy, typename EmitCOpTy>
struct BitwiseLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<EmitCOpTy>(op, op.getType(), adaptor.getLhs(),
                                           adaptor.getRhs());
    return success();
  }
};

struct InvertLowering : OpConversionPattern<InvertOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(InvertOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<emitc::BitwiseNotOp>(op, op.getType(),
                                                     adaptor.getOperand());
    return success();
  }
};

struct ShlLowering : OpConversionPattern<ShlOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(ShlOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    std::string family = getRuntimeFamily(op.getType(), op.getOverflow());
    rewriter.replaceOp(
        op, emitRaisingCall(rewriter, op, "pyir_" + family + "_lshift",
                            ValueRange{adaptor.getLhs(), adaptor.getRhs()},
                            TypeRange{op.getType()}));
    return success();
  }
};

struct ShrLowering : OpConversionPattern<ShrOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(ShrOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    std::string family = getRuntimeFamily(op.getType(), std::nullopt);
    rewriter.replaceOp(
        op, emitRaisingCall(rewriter, op, "pyir_" + family + "_rshift",
                            ValueRange{adaptor.getLhs(), adaptor.getRhs()},
                            TypeRange{op.getType()}));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Constants, comparisons, conversions
//===----------------------------------------------------------------------===//

struct ConstantLowering : OpConversionPattern<ConstantOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(ConstantOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Attribute value = op.getValue();
    Type type = op.getType();
    // -2**63 printed as a decimal literal is not a valid int64_t constant in
    // C (the literal 9223372036854775808 does not fit); a u64 above 2**63 - 1
    // needs the unsigned suffix (C gives the bare literal an unsigned type
    // only with a warning).
    if (auto intAttr = dyn_cast<IntegerAttr>(value)) {
      const APInt &bits = intAttr.getValue();
      bool isU64 = intAttr.getType().isUnsignedInteger(64);
      if (intAttr.getType().getIntOrFloatBitWidth() == 64 && !isU64 &&
          bits.isMinSignedValue())
        value = emitc::OpaqueAttr::get(getContext(), "INT64_MIN");
      else if (isU64 && bits.isNegative())
        value = emitc::OpaqueAttr::get(
            getContext(), "UINT64_C(" + toString(bits, 10, false) + ")");
    } else if (auto floatAttr = dyn_cast<FloatAttr>(value)) {
      // Exact, locale-free and NaN/inf-safe: a hexadecimal float literal.
      APFloat f = floatAttr.getValue();
      std::string text;
      if (f.isNaN()) {
        text = f.isNegative() ? "(-NAN)" : "NAN";
      } else if (f.isInfinity()) {
        text = f.isNegative() ? "(-HUGE_VAL)" : "HUGE_VAL";
      } else {
        double d = type.isF32() ? static_cast<double>(f.convertToFloat())
                                : f.convertToDouble();
        char buffer[64];
        snprintf(buffer, sizeof(buffer), "%a", d);
        text = buffer;
      }
      if (type.isF32())
        text = "((float)" + text + ")";
      value = emitc::OpaqueAttr::get(getContext(), text);
    }
    rewriter.replaceOpWithNewOp<emitc::ConstantOp>(op, type, value);
    return success();
  }
};

emitc::CmpPredicate toEmitC(CmpPredicate predicate) {
  switch (predicate) {
  case CmpPredicate::lt:
    return emitc::CmpPredicate::lt;
  case CmpPredicate::le:
    return emitc::CmpPredicate::le;
  case CmpPredicate::eq:
    return emitc::CmpPredicate::eq;
  case CmpPredicate::ne:
    return emitc::CmpPredicate::ne;
  case CmpPredicate::gt:
    return emitc::CmpPredicate::gt;
  case CmpPredicate::ge:
    return emitc::CmpPredicate::ge;
  }
  llvm_unreachable("unknown predicate");
}

bool isU64(Type type) {
  auto intType = dyn_cast<IntegerType>(type);
  return intType && intType.isUnsigned() && intType.getWidth() == 64;
}

struct CmpLowering : OpConversionPattern<CmpOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(CmpOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Type lt = op.getLhs().getType(), rt = op.getRhs().getType();
    Value lhs = adaptor.getLhs(), rhs = adaptor.getRhs();
    Type i1 = rewriter.getI1Type(), i64 = rewriter.getI64Type(),
         f64 = rewriter.getF64Type();
    auto pred = rewriter.getArrayAttr(
        {IntegerAttr::get(rewriter.getIndexType(), 0),
         IntegerAttr::get(rewriter.getIndexType(), 1),
         emitc::OpaqueAttr::get(
             getContext(), "PYIR_CMP_" + llvm::StringRef(stringifyCmpPredicate(
                                                             op.getPredicate()))
                                             .upper())});
    auto exactCall = [&](StringRef callee, Value a, Value b) {
      rewriter.replaceOpWithNewOp<emitc::CallOpaqueOp>(
          op, TypeRange{i1}, callee, ValueRange{a, b}, pred);
    };
    bool lFloat = isa<FloatType>(lt), rFloat = isa<FloatType>(rt);
    if (lFloat && rFloat) {
      rewriter.replaceOpWithNewOp<emitc::CmpOp>(
          op, i1, toEmitC(op.getPredicate()), castTo(rewriter, loc, lhs, f64),
          castTo(rewriter, loc, rhs, f64));
      return success();
    }
    if (lFloat != rFloat) {
      // Exact int/float comparison.
      Value i = lFloat ? rhs : lhs, d = lFloat ? lhs : rhs;
      bool u = isU64(lFloat ? rt : lt);
      d = castTo(rewriter, loc, d, f64);
      i = castTo(rewriter, loc, i,
                 u ? rewriter.getIntegerType(64, false) : i64);
      std::string callee = std::string("pyir_cmp_") +
                           (lFloat ? "float_" : (u ? "u64_" : "int_")) +
                           (lFloat ? (u ? "u64" : "int") : "float");
      if (lFloat)
        exactCall(callee, d, i);
      else
        exactCall(callee, i, d);
      return success();
    }
    if (lt == rt) {
      rewriter.replaceOpWithNewOp<emitc::CmpOp>(
          op, i1, toEmitC(op.getPredicate()), lhs, rhs);
      return success();
    }
    // Mixed integer types: compare the mathematical values.
    if (isU64(lt) || isU64(rt)) {
      Type u64 = rewriter.getIntegerType(64, false);
      if (isU64(lt) && isU64(rt)) {
        rewriter.replaceOpWithNewOp<emitc::CmpOp>(
            op, i1, toEmitC(op.getPredicate()), lhs, rhs);
        return success();
      }
      bool lU = isU64(lt);
      auto signedType = cast<IntegerType>(lU ? rt : lt);
      if (signedType.isUnsigned() || signedType.getWidth() == 1) {
        rewriter.replaceOpWithNewOp<emitc::CmpOp>(
            op, i1, toEmitC(op.getPredicate()), castTo(rewriter, loc, lhs, u64),
            castTo(rewriter, loc, rhs, u64));
        return success();
      }
      exactCall(lU ? "pyir_cmp_u64_int" : "pyir_cmp_int_u64",
                castTo(rewriter, loc, lhs, lU ? u64 : i64),
                castTo(rewriter, loc, rhs, lU ? i64 : u64));
      return success();
    }
    rewriter.replaceOpWithNewOp<emitc::CmpOp>(
        op, i1, toEmitC(op.getPredicate()), castTo(rewriter, loc, lhs, i64),
        castTo(rewriter, loc, rhs, i64));
    return success();
  }
};

struct CastLowering : OpConversionPattern<CastOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(CastOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Type from = op.getInput().getType(), to = op.getType();
    Value input = adaptor.getInput();
    Type i64 = rewriter.getI64Type(), f64 = rewriter.getF64Type();
    Type u64 = rewriter.getIntegerType(64, false);
    if (from == to) {
      rewriter.replaceOp(op, input);
      return success();
    }
    // To a float: round to nearest (C conversion); never raises.
    if (isa<FloatType>(to)) {
      rewriter.replaceOpWithNewOp<emitc::CastOp>(op, to, input);
      return success();
    }
    bool wrap = op.getOverflow() && *op.getOverflow() == OverflowMode::wrap;
    std::string target = getRuntimeFixedName(to);
    if (isa<FloatType>(from)) {
      Value x = castTo(rewriter, loc, input, f64);
      if (wrap) {
        rewriter.replaceOp(op, emitRaisingCall(rewriter, op,
                                               "pyir_" + target + "_from_float",
                                               ValueRange{x}, TypeRange{to}));
        return success();
      }
      Value asInt = emitRaisingCall(rewriter, op, "pyir_float_to_int",
                                    ValueRange{x}, TypeRange{i64})
                        .front();
      if (to == i64) {
        rewriter.replaceOp(op, asInt);
        return success();
      }
      rewriter.replaceOp(op,
                         emitRaisingCall(rewriter, op,
                                         "pyir_narrow_" + target + "_from_i64",
                                         ValueRange{asInt}, TypeRange{to}));
      return success();
    }
    // Integer (or bool) source.
    bool fromU64 = isU64(from);
    Value wide = castTo(rewriter, loc, input, fromU64 ? u64 : i64);
    if (wrap) {
      rewriter.replaceOp(op, emitPureCall(rewriter, loc,
                                          "pyir_" + target + "_from_int", to,
                                          castTo(rewriter, loc, wide, i64)));
      return success();
    }
    rewriter.replaceOp(
        op, emitRaisingCall(rewriter, op,
                            "pyir_narrow_" + target +
                                (fromU64 ? "_from_u64" : "_from_i64"),
                            ValueRange{wide}, TypeRange{to}));
    return success();
  }
};

struct RoundLowering : OpConversionPattern<RoundOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(RoundOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = castTo(rewriter, loc, adaptor.getInput(), rewriter.getF64Type());
    Value result;
    if (adaptor.getNdigits())
      result = emitRaisingCall(rewriter, op, "pyir_float_round",
                               ValueRange{x, adaptor.getNdigits()},
                               TypeRange{rewriter.getF64Type()})
                   .front();
    else
      result = emitRaisingCall(rewriter, op, "pyir_float_round_int",
                               ValueRange{x}, TypeRange{rewriter.getI64Type()})
                   .front();
    rewriter.replaceOp(op, castTo(rewriter, loc, result, op.getType()));
    return success();
  }
};

struct MathUnaryLowering : OpConversionPattern<MathUnaryOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(MathUnaryOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    StringRef name = stringifyUnaryMathFn(op.getFn());
    std::string callee = "pyir_math_" + name.str();
    Value x =
        castTo(rewriter, loc, adaptor.getOperand(), rewriter.getF64Type());
    Value result;
    if (name == "fabs") {
      result = emitPureCall(rewriter, loc, callee, rewriter.getF64Type(), x);
    } else if (name == "isnan" || name == "isinf" || name == "isfinite") {
      result = emitPureCall(rewriter, loc, callee, rewriter.getI1Type(), x);
    } else {
      bool toInt = name == "floor" || name == "ceil" || name == "trunc";
      Type outType =
          toInt ? Type(rewriter.getI64Type()) : rewriter.getF64Type();
      result =
          emitRaisingCall(rewriter, op, callee, x, TypeRange{outType}).front();
    }
    rewriter.replaceOp(op, castTo(rewriter, loc, result, op.getType()));
    return success();
  }
};

struct MathBinaryLowering : OpConversionPattern<MathBinaryOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(MathBinaryOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Type f64 = rewriter.getF64Type();
    StringRef name = stringifyBinaryMathFn(op.getFn());
    Value x = castTo(rewriter, loc, adaptor.getLhs(), f64);
    Value y = castTo(rewriter, loc, adaptor.getRhs(), f64);
    Value result;
    if (name == "hypot" || name == "copysign")
      result = emitPureCall(rewriter, loc, "pyir_math_" + name.str(), f64,
                            ValueRange{x, y});
    else
      result = emitRaisingCall(rewriter, op,
                               name == "log" ? "pyir_math_log_base"
                                             : "pyir_math_" + name.str(),
                               ValueRange{x, y}, TypeRange{f64})
                   .front();
    rewriter.replaceOp(op, castTo(rewriter, loc, result, op.getType()));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Views
//===----------------------------------------------------------------------===//

/// Emits `callee(view, axis)`: a field of the view descriptor (`pyir_view_dim`
/// or `pyir_view_stride`). Views are immutable, so these reads are hoisted to
/// the function entry after the conversion (hoistViewFieldReads).
Value emitViewField(OpBuilder &builder, Location loc, Value view,
                    StringRef callee, unsigned axis) {
  MLIRContext *ctx = builder.getContext();
  return emitc::CallOpaqueOp::create(
             builder, loc, TypeRange{builder.getI64Type()}, callee,
             ValueRange{view},
             builder.getArrayAttr(
                 {IntegerAttr::get(IndexType::get(ctx), 0),
                  IntegerAttr::get(IntegerType::get(ctx, 32), axis)}))
      .getResult(0);
}

/// Emits `pyir_view_data(view)`, the `char *` data pointer.
Value emitViewData(OpBuilder &builder, Location loc, Value view) {
  Type charPtr = emitc::PointerType::get(
      emitc::OpaqueType::get(builder.getContext(), "char"));
  return emitPureCall(builder, loc, kViewDataFn, charPtr, ValueRange{view});
}

struct DimLowering : OpConversionPattern<DimOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(DimOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op,
                       emitViewField(rewriter, op.getLoc(), adaptor.getView(),
                                     kViewDimFn, op.getAxis()));
    return success();
  }
};

/// Normalises the indices (wrap-around, bounds check) and returns the byte
/// offset of the element: the sum of index * stride, where the stride of the
/// last axis of a contiguous (`::1`) view is the element size.
Value emitElementOffset(ConversionPatternRewriter &rewriter, Operation *op,
                        Value view, ViewType viewType, ValueRange indices,
                        bool boundscheck, bool wraparound) {
  Location loc = op->getLoc();
  Type i64 = rewriter.getI64Type();
  Value offset;
  for (auto [axis, index] : llvm::enumerate(indices)) {
    Value normalized = index;
    if (boundscheck || wraparound) {
      Value extent = emitViewField(rewriter, loc, view, kViewDimFn, axis);
      if (boundscheck)
        normalized =
            emitRaisingCall(rewriter, op,
                            wraparound ? "pyir_index_wb" : "pyir_index_b",
                            ValueRange{extent, index}, TypeRange{i64})
                .front();
      else
        normalized = emitPureCall(rewriter, loc, "pyir_index_w", i64,
                                  ValueRange{extent, index});
    }
    Value stride;
    if (viewType.getContiguous() && axis + 1 == indices.size())
      stride = emitc::ConstantOp::create(
          rewriter, loc, i64,
          rewriter.getI64IntegerAttr(
              viewType.getElementType().getIntOrFloatBitWidth() / 8));
    else
      stride = emitViewField(rewriter, loc, view, kViewStrideFn, axis);
    Value term = emitc::MulOp::create(rewriter, loc, i64, normalized, stride);
    offset =
        offset ? emitc::AddOp::create(rewriter, loc, i64, offset, term) : term;
  }
  return offset;
}

struct LoadLowering : OpConversionPattern<LoadOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(LoadOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    std::string suffix = getRuntimeFixedName(op.getType());
    if (suffix.empty())
      return rewriter.notifyMatchFailure(op, "unsupported element type");
    Value offset = emitElementOffset(
        rewriter, op, adaptor.getView(), cast<ViewType>(op.getView().getType()),
        adaptor.getIndices(), op.getBoundscheck(), op.getWraparound());
    Value data = emitViewData(rewriter, op.getLoc(), adaptor.getView());
    rewriter.replaceOp(op, emitPureCall(rewriter, op.getLoc(),
                                        "pyir_load_at_" + suffix, op.getType(),
                                        ValueRange{data, offset}));
    return success();
  }
};

struct StoreLowering : OpConversionPattern<StoreOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(StoreOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    std::string suffix = getRuntimeFixedName(op.getValue().getType());
    if (suffix.empty())
      return rewriter.notifyMatchFailure(op, "unsupported element type");
    Value offset = emitElementOffset(
        rewriter, op, adaptor.getView(), cast<ViewType>(op.getView().getType()),
        adaptor.getIndices(), op.getBoundscheck(), op.getWraparound());
    Value data = emitViewData(rewriter, op.getLoc(), adaptor.getView());
    emitc::CallOpaqueOp::create(rewriter, op.getLoc(), TypeRange{},
                                "pyir_store_at_" + suffix,
                                ValueRange{data, offset, adaptor.getValue()});
    rewriter.eraseOp(op);
    return success();
  }
};

/// Moves the reads of view fields (pyir_view_data/dim/stride of a function
/// argument) to the function entry, one per field: views are immutable, so
/// the C compiler sees locals that no store through a data pointer can
/// modify.
void hoistViewFieldReads(emitc::FuncOp func) {
  if (func.getBody().empty())
    return;
  Block &entry = func.getBody().front();
  using Key = std::tuple<StringRef, Value, Attribute>;
  DenseMap<Key, emitc::CallOpaqueOp> hoisted;
  SmallVector<emitc::CallOpaqueOp> reads;
  func.walk([&](emitc::CallOpaqueOp call) {
    StringRef callee = call.getCallee();
    if (callee != kViewDataFn && callee != kViewDimFn &&
        callee != kViewStrideFn)
      return;
    auto arg = dyn_cast<BlockArgument>(call.getOperand(0));
    if (!arg || arg.getOwner() != &entry)
      return;
    reads.push_back(call);
  });
  // Insert in the order of first use, after the previously hoisted reads.
  Operation *insertAfter = nullptr;
  for (emitc::CallOpaqueOp call : reads) {
    Key key{call.getCallee(), call.getOperand(0), call.getArgsAttr()};
    auto [it, inserted] = hoisted.try_emplace(key, call);
    if (!inserted) {
      call.getResult(0).replaceAllUsesWith(it->second.getResult(0));
      call.erase();
      continue;
    }
    if (insertAfter)
      call->moveAfter(insertAfter);
    else
      call->moveBefore(&entry, entry.begin());
    insertAfter = call;
  }
}

/// The frontend casts a contiguous view to a strided view parameter type;
/// both lower to `pyir_view *`.
struct ViewCastLowering : OpConversionPattern<UnrealizedConversionCastOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(UnrealizedConversionCastOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (op->getNumOperands() != 1 || op->getNumResults() != 1 ||
        !isa<ViewType>(op->getOperand(0).getType()) ||
        !isa<ViewType>(op->getResult(0).getType()))
      return rewriter.notifyMatchFailure(op, "not a view-to-view cast");
    rewriter.replaceOp(op, adaptor.getOperands());
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Tuples (flattened 1:N by the type converter)
//===----------------------------------------------------------------------===//

struct TupleLowering : OpConversionPattern<TupleOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(TupleOp op, OneToNOpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    SmallVector<Value> flat;
    for (ValueRange range : adaptor.getElements())
      flat.append(range.begin(), range.end());
    SmallVector<SmallVector<Value>> replacements{flat};
    rewriter.replaceOpWithMultiple(op, std::move(replacements));
    return success();
  }
};

struct TupleGetLowering : OpConversionPattern<TupleGetOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(TupleGetOp op, OneToNOpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ValueRange flat = adaptor.getTuple();
    auto tupleType = cast<TupleType>(op.getTuple().getType());
    // Offset of the element in the flattened tuple.
    unsigned begin = 0;
    const TypeConverter *converter = getTypeConverter();
    for (unsigned i = 0; i < op.getIndex(); ++i) {
      SmallVector<Type> types;
      if (failed(converter->convertType(tupleType.getType(i), types)))
        return failure();
      begin += types.size();
    }
    SmallVector<Type> types;
    if (failed(converter->convertType(op.getType(), types)))
      return failure();
    SmallVector<Value> values(flat.begin() + begin,
                              flat.begin() + begin + types.size());
    SmallVector<SmallVector<Value>> replacements{values};
    rewriter.replaceOpWithMultiple(op, std::move(replacements));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Exceptions
//===----------------------------------------------------------------------===//

/// `pyir_error_raise(err, PYIR_EXC_<kind>, "message", line)`.
void emitRaise(ConversionPatternRewriter &rewriter, Location loc, Value err,
               ExceptionKind kind, std::optional<StringRef> message) {
  MLIRContext *ctx = rewriter.getContext();
  emitc::CallOpaqueOp::create(
      rewriter, loc, TypeRange{}, "pyir_error_raise", ValueRange{err},
      rewriter.getArrayAttr(
          {IntegerAttr::get(IndexType::get(ctx), 0),
           emitc::OpaqueAttr::get(ctx, "PYIR_EXC_" +
                                           stringifyExceptionKind(kind).str()),
           emitc::OpaqueAttr::get(ctx, getCStringLiteral(message.value_or(""))),
           IntegerAttr::get(IntegerType::get(ctx, 32), getSourceLine(loc))}));
}

/// `pyir.raise` ends the function; the dead ops after it (the frontend's
/// dummy return) move to an unreachable block that the pass erases.
struct RaiseLowering : OpConversionPattern<RaiseOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(RaiseOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Block *block = op->getBlock();
    if (std::next(op->getIterator()) != block->end())
      rewriter.splitBlock(block, std::next(op->getIterator()));
    rewriter.setInsertionPoint(op);
    emitRaise(rewriter, loc, getErrorArg(op), op.getKind(), op.getMessage());
    emitc::ReturnOp::create(rewriter, loc,
                            createI32Constant(rewriter, loc, -1));
    rewriter.eraseOp(op);
    return success();
  }
};

struct AssertLowering : OpConversionPattern<AssertOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(AssertOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Block *before = op->getBlock();
    Value err = getErrorArg(op);
    Block *cont = rewriter.splitBlock(before, op->getIterator());
    Block *raiseBlock;
    {
      OpBuilder::InsertionGuard guard(rewriter);
      raiseBlock =
          rewriter.createBlock(before->getParent(), before->getParent()->end());
      emitRaise(rewriter, loc, err, op.getKind(), op.getMessage());
      emitc::ReturnOp::create(rewriter, loc,
                              createI32Constant(rewriter, loc, -1));
    }
    rewriter.setInsertionPointToEnd(before);
    cf::CondBranchOp::create(rewriter, loc, adaptor.getCondition(), cont,
                             ValueRange{}, raiseBlock, ValueRange{});
    rewriter.eraseOp(op);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Functions
//===----------------------------------------------------------------------===//

struct FuncLowering : OpConversionPattern<func::FuncOp> {
  FuncLowering(const TypeConverter &converter, MLIRContext *ctx,
               std::string moduleName, const ViewEffects &viewEffects)
      : OpConversionPattern(converter, ctx), moduleName(std::move(moduleName)),
        viewEffects(viewEffects) {}

  LogicalResult
  matchAndRewrite(func::FuncOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (op.isExternal())
      return rewriter.notifyMatchFailure(op, "declarations are not lowered");
    MLIRContext *ctx = getContext();
    const TypeConverter &converter = *getTypeConverter();
    FunctionType type = op.getFunctionType();
    TypeConverter::SignatureConversion signature(type.getNumInputs());
    for (auto [i, input] : llvm::enumerate(type.getInputs())) {
      SmallVector<Type> converted;
      if (failed(converter.convertType(input, converted)))
        return rewriter.notifyMatchFailure(op, "unsupported parameter type");
      signature.addInputs(i, converted);
    }
    SmallVector<Type> outs;
    for (Type result : type.getResults()) {
      SmallVector<Type> converted;
      if (failed(converter.convertType(result, converted)))
        return rewriter.notifyMatchFailure(op, "unsupported result type");
      for (Type t : converted)
        outs.push_back(emitc::PointerType::get(t));
    }
    signature.addInputs(outs);
    signature.addInputs(getErrorPtrType(ctx));
    auto newType = FunctionType::get(ctx, signature.getConvertedTypes(),
                                     {rewriter.getI32Type()});
    auto newFunc = emitc::FuncOp::create(
        rewriter, op.getLoc(), getCoreFunctionName(moduleName, op.getSymName()),
        newType);
    if (op.isPrivate())
      newFunc.setSpecifiersAttr(rewriter.getStrArrayAttr({"static"}));
    // What the CPython glue needs of the Python function.
    SmallVector<bool> written;
    for (unsigned k = 0; k < type.getNumInputs(); ++k)
      written.push_back(viewEffects.get(op.getSymName(), k).written);
    NamedAttrList signatureEntries;
    signatureEntries.append("name", op.getSymNameAttr());
    signatureEntries.append("type", TypeAttr::get(type));
    signatureEntries.append("written_views",
                            DenseBoolArrayAttr::get(ctx, written));
    using Dialect = PyIRDialect;
    for (auto [key, name] :
         {std::pair{"arg_names", Dialect::ArgNamesAttrHelper::getNameStr()},
          std::pair{"defaults", Dialect::DefaultsAttrHelper::getNameStr()},
          std::pair{"doc", Dialect::DocAttrHelper::getNameStr()},
          std::pair{"nogil", Dialect::NogilAttrHelper::getNameStr()}})
      if (Attribute value = op->getAttr(name))
        signatureEntries.append(key, value);
    newFunc->setAttr(kPySignatureAttr, signatureEntries.getDictionary(ctx));
    newFunc->setAttr(kNumOutsAttr, rewriter.getI32IntegerAttr(outs.size()));
    rewriter.inlineRegionBefore(op.getBody(), newFunc.getBody(), newFunc.end());
    if (failed(rewriter.convertRegionTypes(&newFunc.getBody(), converter,
                                           &signature)))
      return rewriter.notifyMatchFailure(op, "cannot convert the body");
    rewriter.eraseOp(op);
    return success();
  }

  std::string moduleName;
  const ViewEffects &viewEffects;
};

/// `return v...` stores the (flattened) results through the out pointers
/// and returns 0.
struct ReturnLowering : OpConversionPattern<func::ReturnOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(func::ReturnOp op, OneToNOpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto func = op->getParentOfType<emitc::FuncOp>();
    if (!func)
      return rewriter.notifyMatchFailure(op, "function not lowered yet");
    Block &entry = func.getBody().front();
    unsigned numOuts = cast<IntegerAttr>(func->getAttr(kNumOutsAttr)).getInt();
    unsigned firstOut = entry.getNumArguments() - 1 - numOuts;
    unsigned k = 0;
    for (ValueRange range : adaptor.getOperands()) {
      for (Value value : range) {
        Value ptr = entry.getArgument(firstOut + k++);
        Value target = emitc::DereferenceOp::create(
            rewriter, loc, emitc::LValueType::get(value.getType()), ptr);
        emitc::AssignOp::create(rewriter, loc, target, value);
      }
    }
    rewriter.replaceOpWithNewOp<emitc::ReturnOp>(
        op, createI32Constant(rewriter, loc, 0));
    return success();
  }
};

/// A call between module functions: the callee's status is checked and its
/// error record is passed through unchanged (its line is the callee's).
struct CallLowering : OpConversionPattern<func::CallOp> {
  CallLowering(const TypeConverter &converter, MLIRContext *ctx,
               std::string moduleName)
      : OpConversionPattern(converter, ctx), moduleName(std::move(moduleName)) {
  }

  LogicalResult
  matchAndRewrite(func::CallOp op, OneToNOpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = getContext();
    SmallVector<Value> args;
    for (ValueRange range : adaptor.getOperands())
      args.append(range.begin(), range.end());
    SmallVector<SmallVector<Type>> resultTypes;
    SmallVector<Value> vars;
    for (Type result : op.getResultTypes()) {
      SmallVector<Type> converted;
      if (failed(getTypeConverter()->convertType(result, converted)))
        return rewriter.notifyMatchFailure(op, "unsupported result type");
      for (Type t : converted) {
        Value var =
            emitc::VariableOp::create(rewriter, loc, emitc::LValueType::get(t),
                                      emitc::OpaqueAttr::get(ctx, ""));
        args.push_back(emitc::AddressOfOp::create(
            rewriter, loc, emitc::PointerType::get(t), var));
        vars.push_back(var);
      }
      resultTypes.push_back(converted);
    }
    args.push_back(getErrorArg(op));
    Value status =
        emitc::CallOp::create(rewriter, loc,
                              getCoreFunctionName(moduleName, op.getCallee()),
                              TypeRange{rewriter.getI32Type()}, args)
            .getResult(0);
    checkStatus(rewriter, op, status, /*recordLine=*/false);
    SmallVector<SmallVector<Value>> replacements;
    unsigned k = 0;
    for (ArrayRef<Type> types : resultTypes) {
      SmallVector<Value> values;
      for (Type t : types)
        values.push_back(emitc::LoadOp::create(rewriter, loc, t, vars[k++]));
      replacements.push_back(values);
    }
    rewriter.replaceOpWithMultiple(op, std::move(replacements));
    return success();
  }

  std::string moduleName;
};

//===----------------------------------------------------------------------===//
// The pass
//===----------------------------------------------------------------------===//

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

    TypeConverter converter;
    converter.addConversion([](Type type) -> std::optional<Type> {
      if (isa<IntegerType, FloatType, emitc::PointerType, emitc::OpaqueType,
              emitc::LValueType, IndexType>(type))
        return type;
      return std::nullopt;
    });
    converter.addConversion(
        [ctx](ViewType) -> Type { return getViewPtrType(ctx); });
    converter.addConversion(
        [&converter](TupleType type, SmallVectorImpl<Type> &results)
            -> std::optional<LogicalResult> {
          for (Type element : type.getTypes())
            if (failed(converter.convertType(element, results)))
              return failure();
          return success();
        });

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
    patterns.add<FuncLowering>(converter, ctx, moduleName, viewEffects);
    patterns.add<CallLowering>(converter, ctx, moduleName);
    patterns
        .add<ReturnLowering, ConstantLowering, BinaryArithLowering<AddOp>,
             BinaryArithLowering<SubOp>, BinaryArithLowering<MulOp>,
             BinaryArithLowering<PowOp>, BinaryArithLowering<FloorDivOp>,
             BinaryArithLowering<ModOp>, TrueDivLowering, NegLowering,
             AbsLowering, BitwiseLowering<AndOp, emitc::BitwiseAndOp>,
             BitwiseLowering<OrOp, emitc::BitwiseOrOp>,
             BitwiseLowering<XorOp, emitc::BitwiseXorOp>, InvertLowering,
             ShlLowering, ShrLowering, CmpLowering, CastLowering, RoundLowering,
             MathUnaryLowering, MathBinaryLowering, DimLowering, LoadLowering,
             StoreLowering, ViewCastLowering, TupleLowering, TupleGetLowering,
             RaiseLowering, AssertLowering>(converter, ctx);
    populateArithToEmitCPatterns(converter, patterns);
    populateBranchOpInterfaceTypeConversionPattern(patterns, converter);

    if (failed(applyPartialConversion(module, target, std::move(patterns))))
      return signalPassFailure();

    // Drop the unreachable blocks (the dead code after a raise).
    IRRewriter rewriter(ctx);
    for (auto func : module.getOps<emitc::FuncOp>()) {
      (void)eraseUnreachableBlocks(rewriter, func->getRegions());
      hoistViewFieldReads(func);
      func->removeAttr(kNumOutsAttr);
    }

    // Prototypes (functions may call later ones). The runtime headers are
    // not included: the C targets embed them.
    OpBuilder builder = OpBuilder::atBlockBegin(module.getBody());
    for (auto func : llvm::to_vector(module.getOps<emitc::FuncOp>())) {
      emitc::DeclareFuncOp::create(builder, func.getLoc(), func.getName());
    }
  }
};

} // namespace
