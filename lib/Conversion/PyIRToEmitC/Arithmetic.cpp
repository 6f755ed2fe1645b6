//===- Arithmetic.cpp - pyir arithmetic to EmitC ----------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Python's arithmetic, bitwise operations and shifts: float +, -, * and the
// wrapping fixed-width +, -, * as C or as non-raising runtime calls; the rest
// as pyir_<family>_<entry> calls that may raise (Runtime.h names them).
//
//===----------------------------------------------------------------------===//

#include "PyIRToEmitCInternal.h"

#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"
#include "pyir/Dialect/PyIR/IR/PyIROps.h"
#include "pyir/Dialect/PyIR/IR/PyIRTypes.h"
#include "pyir/Dialect/PyIR/IR/Runtime.h"

#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace pyir;
using namespace pyir::detail;

namespace {

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

} // namespace

void pyir::detail::populateArithmeticPatterns(const TypeConverter &converter,
                                              RewritePatternSet &patterns) {
  patterns.add<BinaryArithLowering<AddOp>, BinaryArithLowering<SubOp>,
               BinaryArithLowering<MulOp>, BinaryArithLowering<PowOp>,
               BinaryArithLowering<FloorDivOp>, BinaryArithLowering<ModOp>,
               TrueDivLowering, NegLowering, AbsLowering,
               BitwiseLowering<AndOp, emitc::BitwiseAndOp>,
               BitwiseLowering<OrOp, emitc::BitwiseOrOp>,
               BitwiseLowering<XorOp, emitc::BitwiseXorOp>, InvertLowering,
               ShlLowering, ShrLowering>(converter, patterns.getContext());
}
