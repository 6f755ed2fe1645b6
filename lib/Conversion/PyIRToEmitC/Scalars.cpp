//===- Scalars.cpp - constants, comparisons, casts, round -------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Constants (C literals), comparisons (exact between ints and floats),
// conversions and round().
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

/// A call of the runtime function `fn` of an op (Runtime.h) on `operands`,
/// converted to the function's operand types, with `predicate` for a
/// predicate operand; its result has the op's type for a SAME result.
Value emitTableCall(ConversionPatternRewriter &rewriter, Operation *op,
                    const RuntimeFunction &fn, ValueRange operands,
                    std::optional<CmpPredicate> predicate = std::nullopt) {
  Location loc = op->getLoc();
  MLIRContext *context = rewriter.getContext();
  SmallVector<Value> args;
  SmallVector<Attribute> argAttrs;
  for (unsigned i = 0; i < fn.arity; ++i) {
    if (fn.isPredicateOperand(i)) {
      assert(predicate && !fn.raising && "a predicate of a pure comparison");
      argAttrs.push_back(emitc::OpaqueAttr::get(
          context, "PYIR_CMP_" + stringifyCmpPredicate(*predicate).upper()));
      continue;
    }
    argAttrs.push_back(
        IntegerAttr::get(rewriter.getIndexType(), int64_t(args.size())));
    args.push_back(castTo(rewriter, loc, operands[args.size()],
                          fn.getOperandType(i, context)));
  }
  Type resultType = fn.getResultType(op->getResult(0).getType());
  if (fn.raising)
    return emitRaisingCall(rewriter, op, fn.getSymbol(), args,
                           TypeRange{resultType})
        .front();
  if (!predicate)
    return emitPureCall(rewriter, loc, fn.getSymbol(), resultType, args);
  return emitc::CallOpaqueOp::create(rewriter, loc, TypeRange{resultType},
                                     fn.getSymbol(), args,
                                     rewriter.getArrayAttr(argAttrs))
      .getResult(0);
}

/// Comparisons: C's operators where they compare the values exactly (both
/// floats, as doubles; integers of one kind, as int64 or uint64), else the
/// runtime's exact comparison.
struct CmpLowering : OpConversionPattern<CmpOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(CmpOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Type lt = op.getLhs().getType(), rt = op.getRhs().getType();
    Value lhs = adaptor.getLhs(), rhs = adaptor.getRhs();
    if (const RuntimeFunction *fn = getRuntimeFunction(op)) {
      rewriter.replaceOp(op,
                         emitTableCall(rewriter, op, *fn, adaptor.getOperands(),
                                       op.getPredicate()));
      return success();
    }
    Type common = lt;
    if (isa<FloatType>(lt))
      common = rewriter.getF64Type();
    else if (lt != rt)
      common = lt.isUnsignedInteger(64) || rt.isUnsignedInteger(64)
                   ? rewriter.getIntegerType(64, false)
                   : rewriter.getI64Type();
    rewriter.replaceOpWithNewOp<emitc::CmpOp>(
        op, rewriter.getI1Type(), toEmitC(op.getPredicate()),
        castTo(rewriter, loc, lhs, common), castTo(rewriter, loc, rhs, common));
    return success();
  }
};

/// Casts: to a float, C's conversion (round to nearest; never raises); else
/// the runtime's conversion.
struct CastLowering : OpConversionPattern<CastOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(CastOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value input = adaptor.getInput();
    if (op.getInput().getType() == op.getType()) {
      rewriter.replaceOp(op, input);
      return success();
    }
    if (const RuntimeFunction *fn = getRuntimeFunction(op)) {
      rewriter.replaceOp(op, emitTableCall(rewriter, op, *fn, input));
      return success();
    }
    if (!isa<FloatType>(op.getType()))
      return rewriter.notifyMatchFailure(op, "no runtime conversion");
    rewriter.replaceOpWithNewOp<emitc::CastOp>(op, op.getType(), input);
    return success();
  }
};

struct RoundLowering : OpConversionPattern<RoundOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(RoundOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    const RuntimeFunction *fn = getRuntimeFunction(op);
    if (!fn)
      return rewriter.notifyMatchFailure(op, "no runtime function");
    Value result = emitTableCall(rewriter, op, *fn, adaptor.getOperands());
    rewriter.replaceOp(op, castTo(rewriter, op.getLoc(), result, op.getType()));
    return success();
  }
};

} // namespace

void pyir::detail::populateScalarPatterns(const TypeConverter &converter,
                                          RewritePatternSet &patterns) {
  patterns.add<ConstantLowering, CmpLowering, CastLowering, RoundLowering>(
      converter, patterns.getContext());
}
