//===- PyIRFolds.cpp - PyIR constant folding --------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file implements the folders of the pyir operations. A folder never
// folds a case that raises at run time: the exception must stay. Python's
// integer rules and float division are evaluated by the C runtime itself
// (Runtime.h): the folders have no copy of them.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/IR/PyIROps.h"
#include "pyir/Dialect/PyIR/IR/Runtime.h"

#include "mlir/IR/Matchers.h"
#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/APSInt.h"

#include <cmath>
#include <optional>

using namespace mlir;
using namespace pyir;

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// `int` (i64) and siN are signed; uiN is unsigned.
static bool isSignedInt(Type type) { return !isUnsignedIntegerType(type); }

static std::optional<APInt> getInt(Attribute attr) {
  if (auto intAttr = dyn_cast_if_present<IntegerAttr>(attr))
    return intAttr.getValue();
  return std::nullopt;
}

static std::optional<APFloat> getFloat(Attribute attr) {
  if (auto floatAttr = dyn_cast_if_present<FloatAttr>(attr))
    return floatAttr.getValue();
  return std::nullopt;
}

/// The exact value of an integer constant of `type` as a 128-bit signed int.
static APSInt widen(const APInt &value, Type type) {
  APInt wide = isSignedInt(type) ? value.sext(128) : value.zext(128);
  return APSInt(wide, /*isUnsigned=*/false);
}

/// Narrows an exact 128-bit value to `type`. With `checked`, a value out of
/// range gives std::nullopt (it raises at run time).
static std::optional<APInt> narrow(const APSInt &value, Type type,
                                   bool checked) {
  unsigned width = cast<IntegerType>(type).getWidth();
  APInt result = value.trunc(width);
  if (checked && widen(result, type) != value)
    return std::nullopt;
  return result;
}

static bool isCheckedMode(std::optional<OverflowMode> mode) {
  return mode && *mode == OverflowMode::checked;
}

/// Folds an integer op with the runtime function the compiled code calls.
static OpFoldResult foldIntWithRuntime(StringRef entry, Type type,
                                       Attribute lhs, Attribute rhs,
                                       std::optional<OverflowMode> mode) {
  std::optional<APInt> a = getInt(lhs), b = getInt(rhs);
  if (!a || !b)
    return {};
  std::optional<APInt> result = evalRuntimeIntBinary(entry, type, mode, *a, *b);
  if (!result)
    return {};
  return IntegerAttr::get(type, *result);
}

template <typename Fn>
static OpFoldResult foldFloat(Type type, Attribute lhs, Attribute rhs, Fn fn) {
  std::optional<APFloat> a = getFloat(lhs), b = getFloat(rhs);
  if (!a || !b)
    return {};
  APFloat result = *a;
  fn(result, *b);
  return FloatAttr::get(type, result);
}

//===----------------------------------------------------------------------===//
// Constants and arithmetic
//===----------------------------------------------------------------------===//

OpFoldResult ConstantOp::fold(FoldAdaptor) { return getValue(); }

OpFoldResult AddOp::fold(FoldAdaptor adaptor) {
  if (isPyIntegerType(getType())) {
    if (matchPattern(getRhs(), m_Zero()))
      return getLhs();
    return foldIntWithRuntime("add", getType(), adaptor.getLhs(),
                              adaptor.getRhs(), getOverflow());
  }
  return foldFloat(getType(), adaptor.getLhs(), adaptor.getRhs(),
                   [](APFloat &a, const APFloat &b) {
                     a.add(b, APFloat::rmNearestTiesToEven);
                   });
}

OpFoldResult SubOp::fold(FoldAdaptor adaptor) {
  if (isPyIntegerType(getType())) {
    if (matchPattern(getRhs(), m_Zero()))
      return getLhs();
    return foldIntWithRuntime("sub", getType(), adaptor.getLhs(),
                              adaptor.getRhs(), getOverflow());
  }
  return foldFloat(getType(), adaptor.getLhs(), adaptor.getRhs(),
                   [](APFloat &a, const APFloat &b) {
                     a.subtract(b, APFloat::rmNearestTiesToEven);
                   });
}

OpFoldResult MulOp::fold(FoldAdaptor adaptor) {
  if (isPyIntegerType(getType())) {
    if (matchPattern(getRhs(), m_One()))
      return getLhs();
    return foldIntWithRuntime("mul", getType(), adaptor.getLhs(),
                              adaptor.getRhs(), getOverflow());
  }
  return foldFloat(getType(), adaptor.getLhs(), adaptor.getRhs(),
                   [](APFloat &a, const APFloat &b) {
                     a.multiply(b, APFloat::rmNearestTiesToEven);
                   });
}

OpFoldResult PowOp::fold(FoldAdaptor adaptor) {
  // Only integer powers fold; float powers are libm's.
  if (!isPyIntegerType(getType()))
    return {};
  return foldIntWithRuntime("pow", getType(), adaptor.getLhs(),
                            adaptor.getRhs(), getOverflow());
}

template <typename DivOp>
static OpFoldResult foldDivision(DivOp op, Attribute lhs, Attribute rhs,
                                 bool wantMod) {
  Type type = op.getType();
  if (isPyIntegerType(type)) {
    StringRef entry = op.getCdivision() ? (wantMod ? "cmod" : "cdiv")
                                        : (wantMod ? "mod" : "floordiv");
    return foldIntWithRuntime(entry, type, lhs, rhs, op.getOverflow());
  }
  std::optional<APFloat> a = getFloat(lhs), b = getFloat(rhs);
  if (!a || !b)
    return {};
  std::optional<APFloat> result =
      evalRuntimeFloatBinary(wantMod ? "mod" : "floordiv", type, *a, *b);
  return result ? FloatAttr::get(type, *result) : OpFoldResult();
}

OpFoldResult FloorDivOp::fold(FoldAdaptor adaptor) {
  return foldDivision(*this, adaptor.getLhs(), adaptor.getRhs(), false);
}

OpFoldResult ModOp::fold(FoldAdaptor adaptor) {
  return foldDivision(*this, adaptor.getLhs(), adaptor.getRhs(), true);
}

OpFoldResult TrueDivOp::fold(FoldAdaptor adaptor) {
  Type operandType = getLhs().getType();
  if (isPyIntegerType(operandType)) {
    std::optional<APInt> a = getInt(adaptor.getLhs()),
                         b = getInt(adaptor.getRhs());
    if (!a || !b)
      return {};
    std::optional<double> result =
        evalRuntimeIntTrueDiv(operandType, std::nullopt, *a, *b);
    return result ? FloatAttr::get(getType(), *result) : OpFoldResult();
  }
  std::optional<APFloat> a = getFloat(adaptor.getLhs()),
                         b = getFloat(adaptor.getRhs());
  if (!a || !b)
    return {};
  std::optional<APFloat> result =
      evalRuntimeFloatBinary("truediv", getType(), *a, *b);
  return result ? FloatAttr::get(getType(), *result) : OpFoldResult();
}

OpFoldResult NegOp::fold(FoldAdaptor adaptor) {
  Type type = getType();
  if (isPyIntegerType(type)) {
    std::optional<APInt> a = getInt(adaptor.getOperand());
    std::optional<APInt> result =
        a ? evalRuntimeIntUnary("neg", type, getOverflow(), *a) : std::nullopt;
    return result ? IntegerAttr::get(type, *result) : OpFoldResult();
  }
  std::optional<APFloat> a = getFloat(adaptor.getOperand());
  if (!a)
    return {};
  return FloatAttr::get(type, neg(*a));
}

OpFoldResult AbsOp::fold(FoldAdaptor adaptor) {
  Type type = getType();
  if (isPyIntegerType(type)) {
    std::optional<APInt> a = getInt(adaptor.getOperand());
    std::optional<APInt> result =
        a ? evalRuntimeIntUnary("abs", type, getOverflow(), *a) : std::nullopt;
    return result ? IntegerAttr::get(type, *result) : OpFoldResult();
  }
  std::optional<APFloat> a = getFloat(adaptor.getOperand());
  if (!a)
    return {};
  return FloatAttr::get(type, abs(*a));
}

//===----------------------------------------------------------------------===//
// Bitwise operations and shifts
//===----------------------------------------------------------------------===//

template <typename Fn>
static OpFoldResult foldBitwise(Type type, Attribute lhs, Attribute rhs,
                                Fn fn) {
  std::optional<APInt> a = getInt(lhs), b = getInt(rhs);
  if (!a || !b)
    return {};
  return IntegerAttr::get(type, fn(*a, *b));
}

OpFoldResult AndOp::fold(FoldAdaptor adaptor) {
  return foldBitwise(getType(), adaptor.getLhs(), adaptor.getRhs(),
                     [](const APInt &a, const APInt &b) { return a & b; });
}
OpFoldResult OrOp::fold(FoldAdaptor adaptor) {
  return foldBitwise(getType(), adaptor.getLhs(), adaptor.getRhs(),
                     [](const APInt &a, const APInt &b) { return a | b; });
}
OpFoldResult XorOp::fold(FoldAdaptor adaptor) {
  return foldBitwise(getType(), adaptor.getLhs(), adaptor.getRhs(),
                     [](const APInt &a, const APInt &b) { return a ^ b; });
}

OpFoldResult InvertOp::fold(FoldAdaptor adaptor) {
  std::optional<APInt> a = getInt(adaptor.getOperand());
  if (!a)
    return {};
  return IntegerAttr::get(getType(), ~*a);
}

OpFoldResult ShlOp::fold(FoldAdaptor adaptor) {
  return foldIntWithRuntime("lshift", getType(), adaptor.getLhs(),
                            adaptor.getRhs(), getOverflow());
}

OpFoldResult ShrOp::fold(FoldAdaptor adaptor) {
  return foldIntWithRuntime("rshift", getType(), adaptor.getLhs(),
                            adaptor.getRhs(), std::nullopt);
}

//===----------------------------------------------------------------------===//
// Comparison and conversion
//===----------------------------------------------------------------------===//

/// The exact value of a scalar constant as a quad-precision float: every
/// 64-bit integer and every f32/f64 value converts without rounding.
static std::optional<APFloat> exactValue(Attribute attr, Type type) {
  if (std::optional<APInt> i = getInt(attr)) {
    APFloat value(APFloat::IEEEquad());
    value.convertFromAPInt(*i, isSignedInt(type) && !isPyBoolType(type),
                           APFloat::rmNearestTiesToEven);
    return value;
  }
  if (std::optional<APFloat> f = getFloat(attr)) {
    bool losesInfo = false;
    APFloat value = *f;
    value.convert(APFloat::IEEEquad(), APFloat::rmNearestTiesToEven,
                  &losesInfo);
    return value;
  }
  return std::nullopt;
}

OpFoldResult CmpOp::fold(FoldAdaptor adaptor) {
  std::optional<APFloat> a = exactValue(adaptor.getLhs(), getLhs().getType());
  std::optional<APFloat> b = exactValue(adaptor.getRhs(), getRhs().getType());
  if (!a || !b)
    return {};
  APFloat::cmpResult order = a->compare(*b);
  bool result = false;
  switch (getPredicate()) {
  case CmpPredicate::lt:
    result = order == APFloat::cmpLessThan;
    break;
  case CmpPredicate::le:
    result = order == APFloat::cmpLessThan || order == APFloat::cmpEqual;
    break;
  case CmpPredicate::eq:
    result = order == APFloat::cmpEqual;
    break;
  case CmpPredicate::ne:
    result = order != APFloat::cmpEqual;
    break;
  case CmpPredicate::gt:
    result = order == APFloat::cmpGreaterThan;
    break;
  case CmpPredicate::ge:
    result = order == APFloat::cmpGreaterThan || order == APFloat::cmpEqual;
    break;
  }
  return BoolAttr::get(getContext(), result);
}

OpFoldResult CastOp::fold(FoldAdaptor adaptor) {
  Type from = getInput().getType(), to = getType();
  Attribute input = adaptor.getInput();
  if (!input)
    return {};
  if (isPyFloatType(to)) {
    const llvm::fltSemantics &semantics =
        cast<FloatType>(to).getFloatSemantics();
    APFloat result(semantics);
    if (std::optional<APInt> i = getInt(input)) {
      result.convertFromAPInt(*i, isSignedInt(from) && !isPyBoolType(from),
                              APFloat::rmNearestTiesToEven);
    } else if (std::optional<APFloat> f = getFloat(input)) {
      bool losesInfo = false;
      result = *f;
      result.convert(semantics, APFloat::rmNearestTiesToEven, &losesInfo);
    } else {
      return {};
    }
    return FloatAttr::get(to, result);
  }
  // Integer target: find the exact integer value first.
  APSInt exact(APInt(128, 0), false);
  if (std::optional<APInt> i = getInt(input)) {
    exact = isPyBoolType(from) ? APSInt(i->zext(128), false) : widen(*i, from);
  } else if (std::optional<APFloat> f = getFloat(input)) {
    if (f->isNaN() || f->isInfinity())
      return {};
    bool isExact = false;
    if (f->convertToInteger(exact, APFloat::rmTowardZero, &isExact) &
        APFloat::opInvalidOp)
      return {};
  } else {
    return {};
  }
  std::optional<APInt> result = narrow(exact, to, isCheckedMode(getOverflow()));
  return result ? IntegerAttr::get(to, *result) : OpFoldResult();
}

//===----------------------------------------------------------------------===//
// math
//===----------------------------------------------------------------------===//

/// Folds the math functions whose result is exact (no libm rounding).
OpFoldResult MathUnaryOp::fold(FoldAdaptor adaptor) {
  if (Attribute exact = evalExactMath(*this, adaptor.getOperands()))
    return exact;
  std::optional<APFloat> x = getFloat(adaptor.getOperand());
  if (!x)
    return {};
  Type type = getType();
  MLIRContext *ctx = getContext();
  switch (getFn()) {
  case UnaryMathFn::fabs:
    return FloatAttr::get(type, abs(*x));
  case UnaryMathFn::isnan:
    return BoolAttr::get(ctx, x->isNaN());
  case UnaryMathFn::isinf:
    return BoolAttr::get(ctx, x->isInfinity());
  case UnaryMathFn::isfinite:
    return BoolAttr::get(ctx, x->isFinite());
  case UnaryMathFn::sqrt: {
    // IEEE 754 requires sqrt to be correctly rounded, so the host agrees.
    if (x->isNegative() && !x->isZero() && !x->isNaN())
      return {};
    if (type.isF64())
      return FloatAttr::get(type, std::sqrt(x->convertToDouble()));
    return FloatAttr::get(type, std::sqrt(x->convertToFloat()));
  }
  case UnaryMathFn::floor:
  case UnaryMathFn::ceil:
  case UnaryMathFn::trunc: {
    if (x->isNaN() || x->isInfinity())
      return {};
    APFloat::roundingMode mode =
        getFn() == UnaryMathFn::floor  ? APFloat::rmTowardNegative
        : getFn() == UnaryMathFn::ceil ? APFloat::rmTowardPositive
                                       : APFloat::rmTowardZero;
    APFloat integral = *x;
    integral.roundToIntegral(mode);
    bool isExact = false;
    APSInt wide(128, false);
    if (integral.convertToInteger(wide, APFloat::rmTowardZero, &isExact) &
        APFloat::opInvalidOp)
      return {};
    std::optional<APInt> narrowed = narrow(wide, type, /*checked=*/true);
    return narrowed ? IntegerAttr::get(type, *narrowed) : OpFoldResult();
  }
  default:
    return {};
  }
}

OpFoldResult MathBinaryOp::fold(FoldAdaptor adaptor) {
  if (Attribute exact = evalExactMath(*this, adaptor.getOperands()))
    return exact;
  std::optional<APFloat> x = getFloat(adaptor.getLhs()),
                         y = getFloat(adaptor.getRhs());
  if (!x || !y || getFn() != BinaryMathFn::copysign)
    return {};
  APFloat result = *x;
  result.copySign(*y);
  return FloatAttr::get(getType(), result);
}

OpFoldResult MathIsCloseOp::fold(FoldAdaptor adaptor) {
  return evalExactMath(*this, adaptor.getOperands());
}

//===----------------------------------------------------------------------===//
// Tuples
//===----------------------------------------------------------------------===//

OpFoldResult TupleGetOp::fold(FoldAdaptor) {
  if (auto tuple = getTuple().getDefiningOp<TupleOp>())
    return tuple.getElements()[getIndex()];
  return {};
}
