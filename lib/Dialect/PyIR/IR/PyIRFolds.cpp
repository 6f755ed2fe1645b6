//===- PyIRFolds.cpp - PyIR constant folding --------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file implements the folders of the pyir operations. A folder never
// folds a case that raises at run time: the exception must stay.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/IR/PyIROps.h"
#include "pyir/Dialect/PyIR/IR/PythonFloat.h"

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

/// Folds an integer binary op computed exactly in 128 bits (enough for +, -
/// and * of 64-bit operands).
template <typename Fn>
static OpFoldResult foldIntExact(Type type, Attribute lhs, Attribute rhs,
                                 std::optional<OverflowMode> mode, Fn fn) {
  std::optional<APInt> a = getInt(lhs), b = getInt(rhs);
  if (!a || !b)
    return {};
  APSInt exact = fn(widen(*a, type), widen(*b, type));
  std::optional<APInt> result = narrow(exact, type, isCheckedMode(mode));
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
    return foldIntExact(getType(), adaptor.getLhs(), adaptor.getRhs(),
                        getOverflow(),
                        [](const APSInt &a, const APSInt &b) { return a + b; });
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
    return foldIntExact(getType(), adaptor.getLhs(), adaptor.getRhs(),
                        getOverflow(),
                        [](const APSInt &a, const APSInt &b) { return a - b; });
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
    return foldIntExact(getType(), adaptor.getLhs(), adaptor.getRhs(),
                        getOverflow(),
                        [](const APSInt &a, const APSInt &b) { return a * b; });
  }
  return foldFloat(getType(), adaptor.getLhs(), adaptor.getRhs(),
                   [](APFloat &a, const APFloat &b) {
                     a.multiply(b, APFloat::rmNearestTiesToEven);
                   });
}

OpFoldResult PowOp::fold(FoldAdaptor adaptor) {
  // Only integer powers with a non-negative exponent fold; float powers
  // depend on libm and on CPython's special cases.
  Type type = getType();
  std::optional<APInt> base = getInt(adaptor.getLhs());
  std::optional<APInt> exponent = getInt(adaptor.getRhs());
  if (!base || !exponent)
    return {};
  APSInt e = widen(*exponent, type);
  if (e.isNegative())
    return {};
  uint64_t n = e.getZExtValue();

  if (!isCheckedMode(getOverflow())) {
    // wrap: square-and-multiply modulo 2^N (at most 64 steps).
    unsigned width = cast<IntegerType>(type).getWidth();
    APInt result(width, 1), factor = *base;
    for (; n; n >>= 1) {
      if (n & 1)
        result *= factor;
      factor *= factor;
    }
    return IntegerAttr::get(type, result);
  }

  // checked: the exact power, which must fit the type. Square-and-multiply in
  // 128 bits; once a factor that is still to be used overflows, the result
  // (at least that large, as |factor| >= 2) does not fit either.
  APSInt result(APInt(128, 1), /*isUnsigned=*/false);
  APSInt factor = widen(*base, type);
  bool overflow = false;
  for (; n; n >>= 1) {
    if (n & 1) {
      result = APSInt(result.smul_ov(factor, overflow), false);
      if (overflow || !narrow(result, type, /*checked=*/true))
        return {};
    }
    if (n > 1) {
      factor = APSInt(factor.smul_ov(factor, overflow), false);
      if (overflow)
        return {};
    }
  }
  return IntegerAttr::get(type, *narrow(result, type, /*checked=*/true));
}

template <typename DivOp>
static OpFoldResult foldDivision(DivOp op, Attribute lhs, Attribute rhs,
                                 bool wantMod) {
  Type type = op.getType();
  if (isPyIntegerType(type)) {
    std::optional<APInt> a = getInt(lhs), b = getInt(rhs);
    if (!a || !b || b->isZero())
      return {};
    APSInt x = widen(*a, type), y = widen(*b, type);
    APSInt q(x.sdiv(y), false), r(x.srem(y), false);
    if (!op.getCdivision() && !r.isZero() &&
        (r.isNegative() != y.isNegative())) {
      q = APSInt(q - 1, false);
      r = APSInt(r + y, false);
    }
    std::optional<APInt> result =
        narrow(wantMod ? r : q, type, isCheckedMode(op.getOverflow()));
    if (!result)
      return {};
    return IntegerAttr::get(type, *result);
  }
  std::optional<APFloat> a = getFloat(lhs), b = getFloat(rhs);
  if (!a || !b || b->isZero())
    return {};
  if (type.isF64()) {
    double q, m;
    pyir::pythonFloatDivmod(a->convertToDouble(), b->convertToDouble(), q, m);
    return FloatAttr::get(type, wantMod ? m : q);
  }
  float q, m;
  pyir::pythonFloatDivmod(a->convertToFloat(), b->convertToFloat(), q, m);
  return FloatAttr::get(type, wantMod ? m : q);
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
    // int / int is correctly rounded; operands that convert exactly give the
    // same quotient as a float division.
    std::optional<APInt> a = getInt(adaptor.getLhs()),
                         b = getInt(adaptor.getRhs());
    if (!a || !b || b->isZero())
      return {};
    APSInt x = widen(*a, operandType), y = widen(*b, operandType);
    APSInt limit(APInt(128, uint64_t(1) << 53), false);
    if (x.abs().sgt(limit) || y.abs().sgt(limit))
      return {};
    return FloatAttr::get(getType(),
                          double(x.getSExtValue()) / double(y.getSExtValue()));
  }
  std::optional<APFloat> a = getFloat(adaptor.getLhs()),
                         b = getFloat(adaptor.getRhs());
  if (!a || !b || b->isZero())
    return {};
  APFloat result = *a;
  result.divide(*b, APFloat::rmNearestTiesToEven);
  return FloatAttr::get(getType(), result);
}

OpFoldResult NegOp::fold(FoldAdaptor adaptor) {
  Type type = getType();
  if (isPyIntegerType(type)) {
    std::optional<APInt> a = getInt(adaptor.getOperand());
    if (!a)
      return {};
    std::optional<APInt> result = narrow(APSInt(-widen(*a, type), false), type,
                                         isCheckedMode(getOverflow()));
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
    if (!a)
      return {};
    std::optional<APInt> result = narrow(APSInt(widen(*a, type).abs(), false),
                                         type, isCheckedMode(getOverflow()));
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
  Type type = getType();
  std::optional<APInt> a = getInt(adaptor.getLhs()),
                       n = getInt(adaptor.getRhs());
  if (!a || !n)
    return {};
  APSInt count = widen(*n, type);
  if (count.isNegative())
    return {};
  unsigned width = cast<IntegerType>(type).getWidth();
  if (getOverflow() == OverflowMode::wrap) {
    if (count.uge(width))
      return IntegerAttr::get(type, APInt(width, 0));
    return IntegerAttr::get(type, a->shl(count.getZExtValue()));
  }
  if (a->isZero())
    return IntegerAttr::get(type, *a);
  if (count.uge(width))
    return {};
  APSInt exact(widen(*a, type).shl(count.getZExtValue()), false);
  std::optional<APInt> result = narrow(exact, type, /*checked=*/true);
  return result ? IntegerAttr::get(type, *result) : OpFoldResult();
}

OpFoldResult ShrOp::fold(FoldAdaptor adaptor) {
  Type type = getType();
  std::optional<APInt> a = getInt(adaptor.getLhs()),
                       n = getInt(adaptor.getRhs());
  if (!a || !n)
    return {};
  APSInt count = widen(*n, type);
  if (count.isNegative())
    return {};
  unsigned width = cast<IntegerType>(type).getWidth();
  unsigned shift = count.uge(width) ? width - 1 : count.getZExtValue();
  if (!isSignedInt(type))
    return IntegerAttr::get(type, count.uge(width) ? APInt(width, 0)
                                                   : a->lshr(shift));
  return IntegerAttr::get(type, a->ashr(shift));
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
  std::optional<APFloat> x = getFloat(adaptor.getLhs()),
                         y = getFloat(adaptor.getRhs());
  if (!x || !y || getFn() != BinaryMathFn::copysign)
    return {};
  APFloat result = *x;
  result.copySign(*y);
  return FloatAttr::get(getType(), result);
}

//===----------------------------------------------------------------------===//
// Tuples
//===----------------------------------------------------------------------===//

OpFoldResult TupleGetOp::fold(FoldAdaptor) {
  if (auto tuple = getTuple().getDefiningOp<TupleOp>())
    return tuple.getElements()[getIndex()];
  return {};
}
