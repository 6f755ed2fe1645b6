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

} // namespace

void pyir::detail::populateScalarPatterns(const TypeConverter &converter,
                                          RewritePatternSet &patterns) {
  patterns.add<ConstantLowering, CmpLowering, CastLowering, RoundLowering>(
      converter, patterns.getContext());
}
