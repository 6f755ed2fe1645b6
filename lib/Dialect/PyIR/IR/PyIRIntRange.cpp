//===- PyIRIntRange.cpp - Integer range inference for pyir ------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file implements InferIntRangeInterface on the pyir ops whose integer
// results can be bounded, so that MLIR's IntegerRangeAnalysis works on pyir.
//
// Soundness rules:
//  * A `checked` op either raises or produces the exact mathematical result,
//    so its result range is the exact range clamped to the type: on the
//    paths where it overflows, no later op runs.
//  * A `wrap` op has the exact range only when that range fits the type;
//    otherwise the upstream bit-level inference (which models wrapping) or
//    the full range is used.
//  * Values of non-integer type get the (empty) range of width 0.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/IR/PyIRIntRange.h"

#include "pyir/Dialect/PyIR/IR/PyIROps.h"

#include "mlir/Interfaces/Utils/InferIntRangeCommon.h"

using namespace mlir;
using namespace pyir;
using namespace mlir::intrange;

//===----------------------------------------------------------------------===//
// Intervals
//===----------------------------------------------------------------------===//

static bool isUnsignedInt(Type type) {
  // bool (i1) is 0 or 1: read it unsigned.
  return isUnsignedIntegerType(type) || type.isInteger(1);
}

static unsigned getBits(Type type) {
  return ConstantIntRanges::getStorageBitwidth(type);
}

unsigned pyir::getIntervalWidth(unsigned bits) { return 2 * bits + 4; }

IntInterval pyir::getInterval(const ConstantIntRanges &range, Type type) {
  unsigned width = getIntervalWidth(getBits(type));
  if (isUnsignedInt(type))
    return {range.umin().zext(width), range.umax().zext(width)};
  return {range.smin().sext(width), range.smax().sext(width)};
}

IntInterval pyir::getTypeInterval(Type type) {
  unsigned bits = getBits(type);
  unsigned width = getIntervalWidth(bits);
  if (isUnsignedInt(type))
    return {APInt::getMinValue(bits).zext(width),
            APInt::getMaxValue(bits).zext(width)};
  return {APInt::getSignedMinValue(bits).sext(width),
          APInt::getSignedMaxValue(bits).sext(width)};
}

bool pyir::isContained(const IntInterval &inner, const IntInterval &outer) {
  return inner.lo.sge(outer.lo) && inner.hi.sle(outer.hi);
}

/// The range of `type` holding exactly the values of `interval`, which must
/// fit the type.
static ConstantIntRanges toRange(const IntInterval &interval, Type type) {
  unsigned bits = getBits(type);
  APInt lo = interval.lo.trunc(bits), hi = interval.hi.trunc(bits);
  if (isUnsignedInt(type))
    return ConstantIntRanges::fromUnsigned(lo, hi);
  return ConstantIntRanges::fromSigned(lo, hi);
}

static APInt smin(const APInt &a, const APInt &b) { return a.slt(b) ? a : b; }
static APInt smax(const APInt &a, const APInt &b) { return a.sgt(b) ? a : b; }

/// The interval of the products of values of `a` and `b`.
static IntInterval multiply(const IntInterval &a, const IntInterval &b) {
  APInt p[] = {a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi};
  APInt lo = p[0], hi = p[0];
  for (const APInt &v : p) {
    lo = smin(lo, v);
    hi = smax(hi, v);
  }
  return {lo, hi};
}

std::optional<IntInterval>
pyir::getExactResultInterval(Operation *op,
                             ArrayRef<ConstantIntRanges> operandRanges) {
  Type type = op->getResult(0).getType();
  if (!isPyIntegerType(type))
    return std::nullopt;
  auto get = [&](unsigned i) { return getInterval(operandRanges[i], type); };
  unsigned width = getIntervalWidth(getBits(type));
  APInt zero = APInt::getZero(width);
  if (isa<AddOp>(op)) {
    IntInterval a = get(0), b = get(1);
    return IntInterval{a.lo + b.lo, a.hi + b.hi};
  }
  if (isa<SubOp>(op)) {
    IntInterval a = get(0), b = get(1);
    return IntInterval{a.lo - b.hi, a.hi - b.lo};
  }
  if (isa<MulOp>(op))
    return multiply(get(0), get(1));
  if (isa<NegOp>(op)) {
    IntInterval a = get(0);
    return IntInterval{zero - a.hi, zero - a.lo};
  }
  if (isa<AbsOp>(op)) {
    IntInterval a = get(0);
    if (a.lo.sge(zero))
      return a;
    if (a.hi.sle(zero))
      return IntInterval{zero - a.hi, zero - a.lo};
    return IntInterval{zero, smax(zero - a.lo, a.hi)};
  }
  if (auto shl = dyn_cast<ShlOp>(op)) {
    // A negative count raises ValueError in either overflow mode, so only
    // the non-negative counts matter for overflow.
    IntInterval a = get(0);
    IntInterval n = getInterval(operandRanges[1], shl.getRhs().getType());
    unsigned bits = getBits(type);
    if (n.hi.isNegative() || n.hi.sge(APInt(n.hi.getBitWidth(), bits)))
      return std::nullopt;
    uint64_t nlo = n.lo.isNegative() ? 0 : n.lo.getZExtValue();
    uint64_t nhi = n.hi.getZExtValue();
    IntInterval factor{APInt::getOneBitSet(width, nlo),
                       APInt::getOneBitSet(width, nhi)};
    return multiply(a, factor);
  }
  return std::nullopt;
}

bool pyir::mayOverflow(Operation *op,
                       ArrayRef<ConstantIntRanges> operandRanges) {
  std::optional<IntInterval> exact = getExactResultInterval(op, operandRanges);
  if (!exact)
    return true;
  return !isContained(*exact, getTypeInterval(op->getResult(0).getType()));
}

//===----------------------------------------------------------------------===//
// Shared inference
//===----------------------------------------------------------------------===//

static ConstantIntRanges getMaxRange(Type type) {
  return ConstantIntRanges::maxRange(getBits(type));
}

static bool isChecked(OverflowModeAttr overflow) {
  return overflow && overflow.getValue() == OverflowMode::checked;
}

/// The result range of an add/sub/mul/neg/abs/shl: the exact range when it
/// fits the type, clamped to the type when the op is checked, and otherwise
/// `wrapped` (a bit-level inference that models wrapping) or the full range.
static ConstantIntRanges
inferOverflowingOp(Operation *op, ArrayRef<ConstantIntRanges> argRanges,
                   bool checked,
                   std::optional<ConstantIntRanges> wrapped = std::nullopt) {
  Type type = op->getResult(0).getType();
  std::optional<IntInterval> exact = getExactResultInterval(op, argRanges);
  if (!exact)
    return wrapped ? *wrapped : getMaxRange(type);
  IntInterval bounds = getTypeInterval(type);
  if (isContained(*exact, bounds))
    return toRange(*exact, type);
  if (checked) {
    IntInterval clamped{smax(exact->lo, bounds.lo), smin(exact->hi, bounds.hi)};
    // An empty interval: the op always raises, its result is never used.
    if (clamped.lo.sgt(clamped.hi))
      return getMaxRange(type);
    return toRange(clamped, type);
  }
  return wrapped ? *wrapped : getMaxRange(type);
}

template <typename OpT>
static void inferArith(
    OpT op, ArrayRef<ConstantIntRanges> argRanges, SetIntRangeFn setResultRange,
    ConstantIntRanges (*bitLevel)(ArrayRef<ConstantIntRanges>, OverflowFlags)) {
  Type type = op.getType();
  if (!isPyIntegerType(type))
    return setResultRange(op.getResult(), getMaxRange(type));
  setResultRange(op.getResult(),
                 inferOverflowingOp(op, argRanges,
                                    isChecked(op.getOverflowAttr()),
                                    bitLevel(argRanges, OverflowFlags::None)));
}

//===----------------------------------------------------------------------===//
// Ops
//===----------------------------------------------------------------------===//

void ConstantOp::inferResultRanges(ArrayRef<ConstantIntRanges>,
                                   SetIntRangeFn setResultRange) {
  if (auto value = dyn_cast<IntegerAttr>(getValue()))
    return setResultRange(getResult(),
                          ConstantIntRanges::constant(value.getValue()));
  setResultRange(getResult(), getMaxRange(getType()));
}

void DimOp::inferResultRanges(ArrayRef<ConstantIntRanges>,
                              SetIntRangeFn setResultRange) {
  // An extent is never negative, and one axis of elements of `itemsize`
  // bytes holds at most PY_SSIZE_T_MAX bytes (the dialect's contract,
  // which NumPy keeps for every axis, empty arrays included, and the
  // CPython glue checks for any other buffer): a loop over an f64 view
  // has fewer than 2**60 iterations.
  auto view = cast<ViewType>(getView().getType());
  unsigned itemsize =
      std::max(1u, view.getElementType().getIntOrFloatBitWidth() / 8);
  APInt max = APInt::getSignedMaxValue(64).udiv(APInt(64, itemsize));
  setResultRange(getResult(),
                 ConstantIntRanges::fromSigned(APInt::getZero(64), max));
}

void AddOp::inferResultRanges(ArrayRef<ConstantIntRanges> argRanges,
                              SetIntRangeFn setResultRange) {
  inferArith(*this, argRanges, setResultRange, &inferAdd);
}

void SubOp::inferResultRanges(ArrayRef<ConstantIntRanges> argRanges,
                              SetIntRangeFn setResultRange) {
  inferArith(*this, argRanges, setResultRange, &inferSub);
}

void MulOp::inferResultRanges(ArrayRef<ConstantIntRanges> argRanges,
                              SetIntRangeFn setResultRange) {
  inferArith(*this, argRanges, setResultRange, &inferMul);
}

void NegOp::inferResultRanges(ArrayRef<ConstantIntRanges> argRanges,
                              SetIntRangeFn setResultRange) {
  Type type = getType();
  if (!isPyIntegerType(type))
    return setResultRange(getResult(), getMaxRange(type));
  ConstantIntRanges zero =
      ConstantIntRanges::constant(APInt::getZero(getBits(type)));
  setResultRange(getResult(),
                 inferOverflowingOp(*this, argRanges,
                                    isChecked(getOverflowAttr()),
                                    inferSub({zero, argRanges[0]})));
}

void AbsOp::inferResultRanges(ArrayRef<ConstantIntRanges> argRanges,
                              SetIntRangeFn setResultRange) {
  Type type = getType();
  if (!isPyIntegerType(type))
    return setResultRange(getResult(), getMaxRange(type));
  setResultRange(getResult(), inferOverflowingOp(*this, argRanges,
                                                 isChecked(getOverflowAttr())));
}

/// Whether every value of `range` (read with the signedness of `type`) is
/// non-zero, and has the sign `positive`.
static bool hasSign(const ConstantIntRanges &range, Type type, bool positive) {
  IntInterval values = getInterval(range, type);
  if (positive)
    return values.lo.sgt(APInt::getZero(values.lo.getBitWidth()));
  return values.hi.isNegative();
}

/// Whether a signed division may compute MIN / -1.
static bool mayDivideMinByMinusOne(ArrayRef<ConstantIntRanges> argRanges) {
  const ConstantIntRanges &lhs = argRanges[0], &rhs = argRanges[1];
  unsigned bits = lhs.smin().getBitWidth();
  return lhs.smin().isMinSignedValue() &&
         rhs.smin().sle(APInt::getAllOnes(bits)) &&
         rhs.smax().sge(APInt::getAllOnes(bits));
}

void FloorDivOp::inferResultRanges(ArrayRef<ConstantIntRanges> argRanges,
                                   SetIntRangeFn setResultRange) {
  Type type = getType();
  if (!isPyIntegerType(type))
    return setResultRange(getResult(), getMaxRange(type));
  // Only divisors of one sign: a zero divisor raises (or is undefined with
  // cdivision), so its result does not matter, but the upstream inference
  // functions are only precise away from it.
  const ConstantIntRanges &rhs = argRanges[1];
  if (isUnsignedIntegerType(type)) {
    if (!hasSign(rhs, type, /*positive=*/true))
      return setResultRange(getResult(), getMaxRange(type));
    return setResultRange(getResult(), inferDivU(argRanges));
  }
  if ((!hasSign(rhs, type, true) && !hasSign(rhs, type, false)) ||
      mayDivideMinByMinusOne(argRanges))
    return setResultRange(getResult(), getMaxRange(type));
  setResultRange(getResult(), getCdivision() ? inferDivS(argRanges)
                                             : inferFloorDivS(argRanges));
}

void ModOp::inferResultRanges(ArrayRef<ConstantIntRanges> argRanges,
                              SetIntRangeFn setResultRange) {
  Type type = getType();
  if (!isPyIntegerType(type))
    return setResultRange(getResult(), getMaxRange(type));
  const ConstantIntRanges &rhs = argRanges[1];
  if (isUnsignedIntegerType(type)) {
    if (!hasSign(rhs, type, /*positive=*/true))
      return setResultRange(getResult(), getMaxRange(type));
    return setResultRange(getResult(), inferRemU(argRanges));
  }
  if (getCdivision()) {
    if (!hasSign(rhs, type, true) && !hasSign(rhs, type, false))
      return setResultRange(getResult(), getMaxRange(type));
    return setResultRange(getResult(), inferRemS(argRanges));
  }
  // Python's remainder has the sign of the divisor and a smaller magnitude:
  // 0 <= a % b < b for b > 0, b < a % b <= 0 for b < 0. A non-negative
  // dividend below a positive divisor is its own remainder, so a
  // non-negative dividend also bounds the result.
  unsigned bits = getBits(type);
  APInt zero = APInt::getZero(bits), one = APInt(bits, 1);
  if (hasSign(rhs, type, /*positive=*/true)) {
    APInt hi = rhs.smax() - one;
    if (!argRanges[0].smin().isNegative())
      hi = smin(hi, argRanges[0].smax());
    return setResultRange(getResult(), ConstantIntRanges::fromSigned(zero, hi));
  }
  if (hasSign(rhs, type, /*positive=*/false))
    return setResultRange(
        getResult(), ConstantIntRanges::fromSigned(rhs.smin() + one, zero));
  setResultRange(getResult(), getMaxRange(type));
}

void AndOp::inferResultRanges(ArrayRef<ConstantIntRanges> argRanges,
                              SetIntRangeFn setResultRange) {
  setResultRange(getResult(), inferAnd(argRanges));
}

void OrOp::inferResultRanges(ArrayRef<ConstantIntRanges> argRanges,
                             SetIntRangeFn setResultRange) {
  setResultRange(getResult(), inferOr(argRanges));
}

void XorOp::inferResultRanges(ArrayRef<ConstantIntRanges> argRanges,
                              SetIntRangeFn setResultRange) {
  setResultRange(getResult(), inferXor(argRanges));
}

void InvertOp::inferResultRanges(ArrayRef<ConstantIntRanges> argRanges,
                                 SetIntRangeFn setResultRange) {
  ConstantIntRanges allOnes =
      ConstantIntRanges::constant(APInt::getAllOnes(getBits(getType())));
  setResultRange(getResult(), inferXor({argRanges[0], allOnes}));
}

void ShrOp::inferResultRanges(ArrayRef<ConstantIntRanges> argRanges,
                              SetIntRangeFn setResultRange) {
  // x >> n (n >= 0, any n: a count of at least the width gives 0 or -1)
  // keeps the sign of x and does not grow its magnitude.
  const ConstantIntRanges &lhs = argRanges[0];
  unsigned bits = getBits(getType());
  if (isUnsignedIntegerType(getType()))
    return setResultRange(getResult(), ConstantIntRanges::fromUnsigned(
                                           APInt::getZero(bits), lhs.umax()));
  APInt lo = lhs.smin().isNegative() ? lhs.smin() : APInt::getZero(bits);
  APInt hi = lhs.smax().isNegative() ? APInt::getAllOnes(bits) : lhs.smax();
  setResultRange(getResult(), ConstantIntRanges::fromSigned(lo, hi));
}

void CmpOp::inferResultRanges(ArrayRef<ConstantIntRanges> argRanges,
                              SetIntRangeFn setResultRange) {
  ConstantIntRanges boolRange =
      ConstantIntRanges::fromUnsigned(APInt::getZero(1), APInt::getAllOnes(1));
  Type lhsType = getLhs().getType(), rhsType = getRhs().getType();
  // Same-typed integers (or two bools) compare as their bit patterns with
  // the signedness of the type.
  if (lhsType != rhsType ||
      !(isPyIntegerType(lhsType) || isPyBoolType(lhsType)))
    return setResultRange(getResult(), boolRange);
  bool isUnsigned = isUnsignedInt(lhsType);
  using Pred = intrange::CmpPredicate;
  Pred pred;
  switch (getPredicate()) {
  case pyir::CmpPredicate::lt:
    pred = isUnsigned ? Pred::ult : Pred::slt;
    break;
  case pyir::CmpPredicate::le:
    pred = isUnsigned ? Pred::ule : Pred::sle;
    break;
  case pyir::CmpPredicate::gt:
    pred = isUnsigned ? Pred::ugt : Pred::sgt;
    break;
  case pyir::CmpPredicate::ge:
    pred = isUnsigned ? Pred::uge : Pred::sge;
    break;
  case pyir::CmpPredicate::eq:
    pred = Pred::eq;
    break;
  case pyir::CmpPredicate::ne:
    pred = Pred::ne;
    break;
  }
  std::optional<bool> truth = evaluatePred(pred, argRanges[0], argRanges[1]);
  if (!truth)
    return setResultRange(getResult(), boolRange);
  setResultRange(getResult(),
                 ConstantIntRanges::constant(APInt(1, *truth ? 1 : 0)));
}

void CastOp::inferResultRanges(ArrayRef<ConstantIntRanges> argRanges,
                               SetIntRangeFn setResultRange) {
  Type from = getInput().getType(), to = getType();
  if (!isPyIntegerType(to))
    return setResultRange(getResult(), getMaxRange(to));
  if (isPyFloatType(from))
    return setResultRange(getResult(), getMaxRange(to));
  // An integer or bool source: its exact value, in an interval wide enough
  // for both types.
  unsigned width =
      std::max(getIntervalWidth(getBits(from)), getIntervalWidth(getBits(to)));
  IntInterval value = getInterval(argRanges[0], from);
  IntInterval bounds = getTypeInterval(to);
  value = {value.lo.sext(width), value.hi.sext(width)};
  bounds = {bounds.lo.sext(width), bounds.hi.sext(width)};
  auto fit = [&](const IntInterval &interval) {
    unsigned toWidth = getIntervalWidth(getBits(to));
    return toRange({interval.lo.trunc(toWidth), interval.hi.trunc(toWidth)},
                   to);
  };
  if (isContained(value, bounds))
    return setResultRange(getResult(), fit(value));
  if (isChecked(getOverflowAttr())) {
    IntInterval clamped{smax(value.lo, bounds.lo), smin(value.hi, bounds.hi)};
    if (clamped.lo.sle(clamped.hi))
      return setResultRange(getResult(), fit(clamped));
  }
  setResultRange(getResult(), getMaxRange(to));
}
