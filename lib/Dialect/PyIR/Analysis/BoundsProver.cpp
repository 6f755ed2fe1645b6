//===- BoundsProver.cpp - facts about i64 values for check removal --------===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/Analysis/BoundsProver.h"

#include "pyir/Dialect/PyIR/IR/PyIROps.h"

#include "mlir/Analysis/DataFlow/ConstantPropagationAnalysis.h"
#include "mlir/Analysis/DataFlow/DeadCodeAnalysis.h"
#include "mlir/Analysis/DataFlow/IntegerRangeAnalysis.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/Utils/InferIntRangeCommon.h"

using namespace mlir;
using namespace pyir;

/// How deep the symbolic prover looks through select/min/max.
static constexpr unsigned kMaxDepth = 6;
/// How many blocks getBranchFacts walks up.
static constexpr unsigned kMaxFactBlocks = 64;

namespace {
/// Upstream's integer range analysis with a classic interval widening.
/// Upstream widens a result used by a terminator to the full range on its
/// second change (`i = 2; while ...: i += 1` loses `i >= 2`), and nothing
/// else: in structured form a loop-carried value can reach `scf.yield`
/// through other ops (or an `scf.while` region argument), and its range
/// then grows by one value per round: ~2**63 rounds (an -O2 hang in
/// pyir-lift-loops, issue #10). Here a result whose range changed
/// kMaxRangeUpdates times is widened on every later change: each bound that
/// moved goes to its extreme, the other one stays. A bound moves to its
/// extreme at most once, so this terminates.
class WideningIntegerRangeAnalysis : public dataflow::IntegerRangeAnalysis {
public:
  using IntegerRangeAnalysis::IntegerRangeAnalysis;

  LogicalResult visitOperation(
      Operation *op,
      ArrayRef<const dataflow::IntegerValueRangeLattice *> operands,
      ArrayRef<dataflow::IntegerValueRangeLattice *> results) override {
    auto inferrable = dyn_cast<InferIntRangeInterface>(op);
    if (!inferrable) {
      setAllToEntryStates(results);
      return success();
    }
    SmallVector<IntegerValueRange> operandRanges = llvm::map_to_vector(
        operands, [](const dataflow::IntegerValueRangeLattice *lattice) {
          return lattice->getValue();
        });
    inferrable.inferResultRangesFromOptional(
        operandRanges, [&](Value value, const IntegerValueRange &range) {
          auto result = dyn_cast<OpResult>(value);
          if (!result)
            return;
          dataflow::IntegerValueRangeLattice *lattice =
              results[result.getResultNumber()];
          IntegerValueRange old = lattice->getValue();
          ChangeResult changed = lattice->join(range);
          if (changed == ChangeResult::Change && !old.isUninitialized() &&
              ++updates[lattice] > kMaxRangeUpdates)
            lattice->join(IntegerValueRange(
                widen(old.getValue(), lattice->getValue().getValue())));
          propagateIfChanged(lattice, changed);
        });
    return success();
  }

private:
  /// `current` (which contains `old`) with each bound that moved past
  /// `old`'s taken to the end of its range.
  static ConstantIntRanges widen(const ConstantIntRanges &old,
                                 const ConstantIntRanges &current) {
    unsigned width = current.smin().getBitWidth();
    auto pick = [](bool moved, const APInt &extreme, const APInt &kept) {
      return moved ? extreme : kept;
    };
    return ConstantIntRanges(
        pick(current.umin().ult(old.umin()), APInt::getMinValue(width),
             current.umin()),
        pick(current.umax().ugt(old.umax()), APInt::getMaxValue(width),
             current.umax()),
        pick(current.smin().slt(old.smin()), APInt::getSignedMinValue(width),
             current.smin()),
        pick(current.smax().sgt(old.smax()), APInt::getSignedMaxValue(width),
             current.smax()));
  }

  static constexpr unsigned kMaxRangeUpdates = 32;
  llvm::DenseMap<dataflow::IntegerValueRangeLattice *, unsigned> updates;
};
} // namespace

void pyir::loadRangeAnalyses(DataFlowSolver &solver) {
  solver.load<dataflow::DeadCodeAnalysis>();
  solver.load<dataflow::SparseConstantPropagation>();
  solver.load<WideningIntegerRangeAnalysis>();
}

DataFlowConfig pyir::getRangeSolverConfig() {
  DataFlowConfig config;
  config.setInterprocedural(false);
  return config;
}

std::optional<ConstantIntRanges> pyir::lookupRange(DataFlowSolver &solver,
                                                   Value value) {
  auto *lattice = solver.lookupState<dataflow::IntegerValueRangeLattice>(value);
  if (!lattice || lattice->getValue().isUninitialized())
    return std::nullopt;
  return lattice->getValue().getValue();
}

arith::CmpIOp pyir::matchCompareSelect(Value value) {
  auto select = value.getDefiningOp<arith::SelectOp>();
  auto cmp = select ? select.getCondition().getDefiningOp<arith::CmpIOp>()
                    : arith::CmpIOp();
  if (!cmp || cmp.getLhs() != select.getTrueValue() ||
      cmp.getRhs() != select.getFalseValue())
    return {};
  return cmp;
}

std::optional<ConstantIntRanges> BoundsProver::getRange(Value value) const {
  std::optional<ConstantIntRanges> range = lookupRange(solver, value);
  // Interval analysis loses the condition of `select(a > b, a, b)`, the
  // frontend's max(count, 0) for a range's trip count: it is max(a, b).
  arith::CmpIOp cmp = matchCompareSelect(value);
  if (!range || !cmp)
    return range;
  std::optional<ConstantIntRanges> a = lookupRange(solver, cmp.getLhs());
  std::optional<ConstantIntRanges> b = lookupRange(solver, cmp.getRhs());
  if (!a || !b)
    return range;
  using P = arith::CmpIPredicate;
  std::optional<ConstantIntRanges> refined;
  if (cmp.getPredicate() == P::sgt || cmp.getPredicate() == P::sge)
    refined = intrange::inferMaxS({*a, *b});
  else if (cmp.getPredicate() == P::slt || cmp.getPredicate() == P::sle)
    refined = intrange::inferMinS({*a, *b});
  return refined ? refined->intersection(*range) : range;
}

std::pair<APInt, APInt> BoundsProver::getSignedBounds(Value value) const {
  if (std::optional<ConstantIntRanges> range = getRange(value))
    return {range->smin().sext(kWideBits), range->smax().sext(kWideBits)};
  return {APInt::getSignedMinValue(64).sext(kWideBits),
          APInt::getSignedMaxValue(64).sext(kWideBits)};
}

bool BoundsProver::isNonNegative(Value value) const {
  std::optional<ConstantIntRanges> range = getRange(value);
  return range && !range->smin().isNegative();
}

/// Whether `value` is a Python `int` (signless i64): the prover's facts and
/// offsets are signed. A `u64` (ui64) compared with `>` is an unsigned
/// comparison: read as signed, `p > 1` made `int(p)` look safe for p above
/// 2**63 - 1 (fuzz finding, issue #10).
/// `value` in kWideBits bits.
static APInt wide(int64_t value) {
  return APInt(kWideBits, value, /*isSigned=*/true);
}

static bool isI64(Value value) { return value.getType().isSignlessInteger(64); }

/// The predicate p' with `a p b` == `b p' a`.
static arith::CmpIPredicate swapPredicate(arith::CmpIPredicate predicate) {
  using P = arith::CmpIPredicate;
  switch (predicate) {
  case P::slt:
    return P::sgt;
  case P::sle:
    return P::sge;
  case P::sgt:
    return P::slt;
  case P::sge:
    return P::sle;
  case P::ult:
    return P::ugt;
  case P::ule:
    return P::uge;
  case P::ugt:
    return P::ult;
  case P::uge:
    return P::ule;
  case P::eq:
  case P::ne:
    return predicate;
  }
  llvm_unreachable("unknown predicate");
}

/// `fact` written as a fact about `value` (`value p other`), or nullopt if
/// it compares something else or `value` with itself.
static std::optional<BranchFact> factAbout(BranchFact fact, Value value) {
  if (fact.lhs == fact.rhs)
    return std::nullopt;
  if (fact.rhs == value)
    return BranchFact{swapPredicate(fact.predicate), fact.rhs, fact.lhs};
  if (fact.lhs == value)
    return fact;
  return std::nullopt;
}

/// The comparison `condition` (an i1) as a fact when it is `truth`.
static std::optional<BranchFact> getFact(Value condition, bool truth) {
  std::optional<BranchFact> fact;
  if (auto cmp = condition.getDefiningOp<arith::CmpIOp>()) {
    fact = BranchFact{cmp.getPredicate(), cmp.getLhs(), cmp.getRhs()};
  } else if (auto cmp = condition.getDefiningOp<CmpOp>()) {
    // Python comparisons of two ints are signed integer comparisons.
    if (!isI64(cmp.getLhs()) || !isI64(cmp.getRhs()))
      return std::nullopt;
    static const arith::CmpIPredicate predicates[] = {
        arith::CmpIPredicate::slt, arith::CmpIPredicate::sle,
        arith::CmpIPredicate::eq,  arith::CmpIPredicate::ne,
        arith::CmpIPredicate::sgt, arith::CmpIPredicate::sge};
    unsigned index = unsigned(cmp.getPredicate());
    if (index >= std::size(predicates))
      return std::nullopt;
    fact = BranchFact{predicates[index], cmp.getLhs(), cmp.getRhs()};
  }
  if (!fact || !isI64(fact->lhs))
    return std::nullopt;
  if (!truth)
    fact->predicate = arith::invertPredicate(fact->predicate);
  return fact;
}

void BoundsProver::addLoopFacts(scf::ForOp loop,
                                SmallVectorImpl<BranchFact> &facts) const {
  if (loop.getUnsignedCmp() || !isI64(loop.getLowerBound()))
    return;
  // The body runs only when lb < ub.
  Value lb = loop.getLowerBound(), ub = loop.getUpperBound();
  facts.push_back({arith::CmpIPredicate::slt, lb, ub});
  // ub = max(x, c) (the frontend's trip count `select(x > c, x, c)`) with
  // c <= lb: then x > lb too, e.g. `n > 0` in the body of `range(n)`.
  arith::CmpIOp cmp = matchCompareSelect(ub);
  APInt c;
  if (!cmp || cmp.getPredicate() != arith::CmpIPredicate::sgt ||
      !matchPattern(cmp.getRhs(), m_ConstantInt(&c)))
    return;
  if (c.sext(kWideBits).sle(getSignedBounds(lb).first))
    facts.push_back({arith::CmpIPredicate::sgt, cmp.getLhs(), lb});
}

/// Adds the facts implied by the i1 `condition` being true: the comparison
/// itself, both sides of an `arith.andi`, and for `scf.if %c -> i1 {...
/// yield %t} else {yield false}` (how `a and b` is lifted) `%c` and `%t`.
static void addTrueFacts(Value condition, SmallVectorImpl<BranchFact> &facts,
                         unsigned depth = 0) {
  if (depth > kMaxDepth)
    return;
  if (std::optional<BranchFact> fact = getFact(condition, true)) {
    facts.push_back(*fact);
    return;
  }
  if (auto andOp = condition.getDefiningOp<arith::AndIOp>()) {
    addTrueFacts(andOp.getLhs(), facts, depth + 1);
    addTrueFacts(andOp.getRhs(), facts, depth + 1);
    return;
  }
  auto ifOp = condition.getDefiningOp<scf::IfOp>();
  if (!ifOp || ifOp.getElseRegion().empty())
    return;
  unsigned index = cast<OpResult>(condition).getResultNumber();
  Value otherwise = ifOp.elseYield().getOperand(index);
  if (!matchPattern(otherwise, m_Zero()))
    return;
  addTrueFacts(ifOp.getCondition(), facts, depth + 1);
  addTrueFacts(ifOp.thenYield().getOperand(index), facts, depth + 1);
}

void BoundsProver::addWhileFacts(scf::WhileOp loop,
                                 SmallVectorImpl<BranchFact> &facts) const {
  // The body runs when the condition held; its arguments are the values
  // the condition forwarded, so facts about those are facts about them.
  scf::ConditionOp condition = loop.getConditionOp();
  SmallVector<BranchFact> before;
  addTrueFacts(condition.getCondition(), before);
  auto toAfter = [&](Value value) -> Value {
    for (auto [index, forwarded] : llvm::enumerate(condition.getArgs()))
      if (forwarded == value)
        return loop.getAfterArguments()[index];
    return value;
  };
  for (BranchFact fact : before)
    facts.push_back({fact.predicate, toAfter(fact.lhs), toAfter(fact.rhs)});
}

SmallVector<BranchFact> BoundsProver::getBranchFacts(Operation *at) const {
  SmallVector<BranchFact> facts;
  auto add = [&](Value condition, bool truth) {
    if (std::optional<BranchFact> fact = getFact(condition, truth))
      facts.push_back(*fact);
  };
  // A block entered only from an edge of `cf.cond_br %c` runs with %c equal
  // to that edge's value, and so does every block it dominates: a path to
  // such a block passes the edge after the last evaluation of %c.
  unsigned steps = 0;
  for (Block *block = at->getBlock(); block && steps < kMaxFactBlocks;) {
    Region *region = block->getParent();
    for (Block *current = block; current && ++steps < kMaxFactBlocks;) {
      if (Block *predecessor = current->getSinglePredecessor()) {
        auto branch = dyn_cast<cf::CondBranchOp>(predecessor->getTerminator());
        if (branch && branch.getTrueDest() != branch.getFalseDest())
          add(branch.getCondition(), branch.getTrueDest() == current);
        current = predecessor;
        continue;
      }
      if (!dominance || current->isEntryBlock() || region->hasOneBlock())
        break;
      DominanceInfoNode *node = dominance->getNode(current);
      current = node && node->getIDom() ? node->getIDom()->getBlock() : nullptr;
    }
    Operation *parent = region->getParentOp();
    if (auto ifOp = dyn_cast<scf::IfOp>(parent))
      add(ifOp.getCondition(), region == &ifOp.getThenRegion());
    if (auto loop = dyn_cast<scf::ForOp>(parent))
      addLoopFacts(loop, facts);
    if (auto loop = dyn_cast<scf::WhileOp>(parent);
        loop && region == &loop.getAfter())
      addWhileFacts(loop, facts);
    if (isa<FunctionOpInterface>(parent))
      break;
    block = parent->getBlock();
  }
  return facts;
}

std::optional<ConstantIntRanges>
BoundsProver::getRangeAt(Value value, ArrayRef<BranchFact> facts) const {
  std::optional<ConstantIntRanges> known = getRange(value);
  if (!isI64(value))
    return known;
  APInt lo = APInt::getSignedMinValue(64), hi = APInt::getSignedMaxValue(64);
  if (known) {
    lo = known->smin();
    hi = known->smax();
  }
  APInt one(64, 1);
  for (BranchFact any : facts) {
    std::optional<BranchFact> fact = factAbout(any, value);
    if (!fact)
      continue;
    std::optional<ConstantIntRanges> other = getRange(fact->rhs);
    if (!other)
      continue;
    APInt otherLo = other->smin(), otherHi = other->smax();
    using P = arith::CmpIPredicate;
    switch (fact->predicate) {
    case P::ult:
    case P::ule:
      // Unsigned below a value in [0, 2**63): the same signed.
      if (otherLo.isNegative())
        break;
      lo = llvm::APIntOps::smax(lo, APInt::getZero(64));
      [[fallthrough]];
    case P::slt:
    case P::sle: {
      bool strict = fact->predicate == P::slt || fact->predicate == P::ult;
      if (strict && otherHi.isMinSignedValue())
        break; // Never true: nothing to learn.
      hi = llvm::APIntOps::smin(hi, strict ? otherHi - one : otherHi);
      break;
    }
    case P::sgt:
    case P::sge: {
      bool strict = fact->predicate == P::sgt;
      if (strict && otherLo.isMaxSignedValue())
        break;
      lo = llvm::APIntOps::smax(lo, strict ? otherLo + one : otherLo);
      break;
    }
    case P::eq:
      lo = llvm::APIntOps::smax(lo, otherLo);
      hi = llvm::APIntOps::smin(hi, otherHi);
      break;
    default:
      break;
    }
  }
  // Contradictory facts: the op does not run; keep what analysis knows.
  if (lo.sgt(hi))
    return known;
  return ConstantIntRanges::fromSigned(lo, hi);
}

std::pair<Value, APInt>
BoundsProver::decompose(Value value, ArrayRef<BranchFact> facts) const {
  APInt offset = APInt::getZero(kWideBits);
  APInt minI64 = APInt::getSignedMinValue(64).sext(kWideBits);
  APInt maxI64 = APInt::getSignedMaxValue(64).sext(kWideBits);
  for (unsigned step = 0; step < kMaxChainSteps && isI64(value); ++step) {
    Operation *op = value.getDefiningOp();
    if (!op)
      break;
    bool isAdd = isa<arith::AddIOp, AddOp>(op);
    bool isSub = isa<arith::SubIOp, SubOp>(op);
    if (!isAdd && !isSub)
      break;
    // Checked pyir ops either raise or give the exact result; wrapping ones
    // are exact when the result cannot leave the i64 range.
    bool exact = false;
    if (auto add = dyn_cast<AddOp>(op))
      exact = add.mayRaise();
    if (auto sub = dyn_cast<SubOp>(op))
      exact = sub.mayRaise();
    Value lhs = op->getOperand(0), rhs = op->getOperand(1);
    APInt constant;
    Value rest;
    if (matchPattern(rhs, m_ConstantInt(&constant))) {
      rest = lhs;
    } else if (isAdd && matchPattern(lhs, m_ConstantInt(&constant))) {
      rest = rhs;
    } else {
      break;
    }
    APInt c = constant.sext(kWideBits);
    if (isSub)
      c = -c;
    if (!exact) {
      auto [lo, hi] = getSignedBounds(rest);
      if (!facts.empty()) {
        if (std::optional<ConstantIntRanges> narrowed =
                getRangeAt(rest, facts)) {
          lo = narrowed->smin().sext(kWideBits);
          hi = narrowed->smax().sext(kWideBits);
        }
      }
      if ((lo + c).slt(minI64) || (hi + c).sgt(maxI64))
        break;
    }
    offset += c;
    value = rest;
  }
  return {value, offset};
}

bool BoundsProver::isSameValue(Value a, Value b) {
  if (a == b)
    return true;
  auto dimA = a.getDefiningOp<DimOp>(), dimB = b.getDefiningOp<DimOp>();
  return dimA && dimB && dimA.getView() == dimB.getView() &&
         dimA.getAxis() == dimB.getAxis();
}

bool BoundsProver::isBoundedBy(Value value, Value target, APInt c,
                               std::optional<APInt> emptyBelow,
                               unsigned depth) const {
  if (depth > kMaxDepth || !isI64(value))
    return false;
  auto [lo, hi] = getSignedBounds(value);
  // The loop does not run when its upper bound is at most its lower bound.
  if (emptyBelow && hi.sle(*emptyBelow))
    return true;
  // Interval fallback: max(value) <= min(target) + c.
  if (hi.sle(getSignedBounds(target).first + c))
    return true;

  Value base, targetBase;
  APInt offset, targetOffset;
  std::tie(base, offset) = decompose(value);
  std::tie(targetBase, targetOffset) = decompose(target);
  // value = base + offset <= targetBase + targetOffset + c
  //   <=> base <= targetBase + (targetOffset + c - offset)
  APInt need = targetOffset + c - offset;
  std::optional<APInt> baseEmpty;
  if (emptyBelow)
    baseEmpty = *emptyBelow - offset;
  if (isSameValue(base, targetBase))
    return !need.isNegative();

  Operation *op = base.getDefiningOp();
  if (!op)
    return false;
  auto both = [&](Value a, Value b) {
    return isBoundedBy(a, targetBase, need, baseEmpty, depth + 1) &&
           isBoundedBy(b, targetBase, need, baseEmpty, depth + 1);
  };
  auto either = [&](Value a, Value b) {
    return isBoundedBy(a, targetBase, need, baseEmpty, depth + 1) ||
           isBoundedBy(b, targetBase, need, baseEmpty, depth + 1);
  };
  if (auto select = dyn_cast<arith::SelectOp>(op))
    return both(select.getTrueValue(), select.getFalseValue());
  if (auto max = dyn_cast<arith::MaxSIOp>(op))
    return both(max.getLhs(), max.getRhs());
  if (auto min = dyn_cast<arith::MinSIOp>(op))
    return either(min.getLhs(), min.getRhs());
  return false;
}

/// Whether `value` is `(high - low - 1) /u step + 1` selected only when
/// `low < high` (else 0): the trip count of `range(low, high, step)` for a
/// positive step, or, with `negated`, of `range(high, low, -step)`'s
/// mirror; `step` is the range's step.
static bool isTripCount(Value value, Value low, Value high, Value step,
                        bool negated) {
  auto select = value.getDefiningOp<arith::SelectOp>();
  if (!select || !matchPattern(select.getFalseValue(), m_Zero()))
    return false;
  auto cmp = select.getCondition().getDefiningOp<arith::CmpIOp>();
  if (!cmp || cmp.getPredicate() != arith::CmpIPredicate::slt ||
      cmp.getLhs() != low || cmp.getRhs() != high)
    return false;
  auto add = select.getTrueValue().getDefiningOp<arith::AddIOp>();
  if (!add || !matchPattern(add.getRhs(), m_One()))
    return false;
  auto div = add.getLhs().getDefiningOp<arith::DivUIOp>();
  if (!div)
    return false;
  // The divisor is the step, or its negation (`0 - step`, or a constant
  // once folded) when descending.
  Value divisor = div.getRhs();
  APInt divisorConstant, stepConstant;
  bool isStep = negated
                    ? (matchPattern(divisor, m_ConstantInt(&divisorConstant)) &&
                       matchPattern(step, m_ConstantInt(&stepConstant)) &&
                       divisorConstant == -stepConstant)
                    : divisor == step;
  if (auto negate = divisor.getDefiningOp<arith::SubIOp>();
      negated && negate && matchPattern(negate.getLhs(), m_Zero()))
    isStep = negate.getRhs() == step;
  auto minusOne = div.getLhs().getDefiningOp<arith::SubIOp>();
  if (!isStep || !minusOne || !matchPattern(minusOne.getRhs(), m_One()))
    return false;
  auto span = minusOne.getLhs().getDefiningOp<arith::SubIOp>();
  return span && span.getLhs() == high && span.getRhs() == low;
}

SmallVector<SteppedElementBounds, 2>
BoundsProver::getSteppedElementBounds(Value value,
                                      ArrayRef<BranchFact> facts) const {
  auto sum = value.getDefiningOp<arith::AddIOp>();
  if (!sum || !isI64(value))
    return {};
  for (auto [start, scaled] : {std::pair(sum.getLhs(), sum.getRhs()),
                               std::pair(sum.getRhs(), sum.getLhs())}) {
    auto product = scaled.getDefiningOp<arith::MulIOp>();
    if (!product)
      continue;
    for (auto [counter, step] :
         {std::pair(product.getLhs(), product.getRhs()),
          std::pair(product.getRhs(), product.getLhs())}) {
      for (BranchFact any : facts) {
        std::optional<BranchFact> fact = factAbout(any, counter);
        if (!fact || fact->predicate != arith::CmpIPredicate::ult)
          continue;
        // count is the ascending or the descending trip count, or a select
        // of the two on `step > 0`.
        Value count = fact->rhs;
        Value ascending = count, descending = count;
        if (auto bySign = count.getDefiningOp<arith::SelectOp>()) {
          auto cmp = bySign.getCondition().getDefiningOp<arith::CmpIOp>();
          if (cmp && cmp.getPredicate() == arith::CmpIPredicate::sgt &&
              cmp.getLhs() == step && matchPattern(cmp.getRhs(), m_Zero())) {
            ascending = bySign.getTrueValue();
            descending = bySign.getFalseValue();
          }
        }
        // The stop: the other side of the ascending count's comparison.
        auto stopOf = [&](Value trip, bool isAscending) -> Value {
          auto select = trip.getDefiningOp<arith::SelectOp>();
          auto cmp = select
                         ? select.getCondition().getDefiningOp<arith::CmpIOp>()
                         : arith::CmpIOp();
          if (!cmp)
            return {};
          Value stop = isAscending ? cmp.getRhs() : cmp.getLhs();
          Value low = isAscending ? start : stop;
          Value high = isAscending ? stop : start;
          return isTripCount(trip, low, high, step, !isAscending) ? stop
                                                                  : Value();
        };
        Value ascendingStop = stopOf(ascending, true);
        Value descendingStop = stopOf(descending, false);
        // Which counts can be the one: by the select on `step > 0`, or,
        // for a single count, by the step's known sign.
        std::optional<ConstantIntRanges> stepRange = getRangeAt(step, facts);
        bool positive = stepRange && stepRange->smin().isStrictlyPositive();
        bool negative = stepRange && stepRange->smax().isNegative();
        bool useAscending, useDescending;
        if (ascending != descending) {
          useAscending = !stepRange || stepRange->smax().isStrictlyPositive();
          useDescending = !positive;
        } else {
          useAscending = positive;
          useDescending = negative;
        }
        if ((!useAscending && !useDescending) ||
            (useAscending && !ascendingStop) ||
            (useDescending && !descendingStop))
          continue;
        // An alternative whose interval is provably empty has no element
        // (`range(len(a) - 1, -1, step)` never goes up).
        SmallVector<SteppedElementBounds, 2> bounds;
        auto addIfNonEmpty = [&](SteppedElementBounds alternative) {
          APInt lowest = getSignedBounds(alternative.low).first;
          APInt highest = getSignedBounds(alternative.high).second;
          if (!(lowest + wide(alternative.lowOffset))
                   .sgt(highest + wide(alternative.highOffset)))
            bounds.push_back(alternative);
        };
        if (useAscending)
          addIfNonEmpty({start, 0, ascendingStop, -1});
        if (useDescending)
          addIfNonEmpty({descendingStop, 1, start, 0});
        if (bounds.empty())
          continue;
        return bounds;
      }
    }
  }
  return {};
}

scf::ForOp BoundsProver::getCountedLoop(Value value) const {
  auto arg = dyn_cast<BlockArgument>(value);
  if (!arg)
    return {};
  auto loop = dyn_cast<scf::ForOp>(arg.getOwner()->getParentOp());
  if (!loop || loop.getInductionVar() != arg || loop.getUnsignedCmp() ||
      !isI64(arg))
    return {};
  auto [stepLo, stepHi] = getSignedBounds(loop.getStep());
  if (!stepLo.isStrictlyPositive())
    return {};
  // The last iteration has iv <= ub - 1; iv + step must not wrap, or the
  // loop would go on with a small iv.
  APInt ubHi = getSignedBounds(loop.getUpperBound()).second;
  if ((ubHi - 1 + stepHi).sgt(APInt::getSignedMaxValue(64).sext(kWideBits)))
    return {};
  return loop;
}

bool BoundsProver::isNonZeroAt(Value value, ArrayRef<BranchFact> facts) const {
  Type type = value.getType();
  if (isa<FloatType>(type)) {
    // A non-zero int converts to a non-zero float.
    if (auto cast = value.getDefiningOp<CastOp>())
      return !isa<FloatType>(cast.getInput().getType()) &&
             isNonZeroAt(cast.getInput(), facts);
    FloatAttr constant;
    return matchPattern(value, m_Constant(&constant)) &&
           !constant.getValue().isZero();
  }
  if (!isa<IntegerType>(type))
    return false;
  std::optional<ConstantIntRanges> range =
      isI64(value) ? getRangeAt(value, facts) : getRange(value);
  return range &&
         (!range->umin().isZero() || range->smin().isStrictlyPositive() ||
          range->smax().isNegative());
}

bool BoundsProver::isNonNegativeAt(Value value,
                                   ArrayRef<BranchFact> facts) const {
  if (!isI64(value))
    return isNonNegative(value);
  auto [base, offset] = decompose(value, facts);
  std::optional<ConstantIntRanges> range = getRangeAt(base, facts);
  if (range && !(range->smin().sext(kWideBits) + offset).isNegative())
    return true;
  SmallVector<SteppedElementBounds, 2> stepped =
      getSteppedElementBounds(base, facts);
  return !stepped.empty() &&
         llvm::all_of(stepped, [&](const SteppedElementBounds &bounds) {
           return isAtLeast(bounds.low, -(offset + wide(bounds.lowOffset)),
                            facts);
         });
}

bool BoundsProver::isAtLeast(Value value, const APInt &bound,
                             ArrayRef<BranchFact> facts) const {
  std::optional<ConstantIntRanges> range = getRangeAt(value, facts);
  return range && range->smin().sext(kWideBits).sge(bound);
}

bool BoundsProver::isInBounds(Value index, Value view, int64_t axis,
                              ArrayRef<BranchFact> facts) const {
  if (!isI64(index))
    return false;
  // A pyir.dim of the view and axis to compare with; any one will do (all
  // are equal), and one is created next to the access when needed.
  auto findDim = [&]() -> Value {
    for (Operation *user : view.getUsers())
      if (auto dim = dyn_cast<DimOp>(user);
          dim && int64_t(dim.getAxis()) == axis)
        return dim.getResult();
    return {};
  };
  Value dim = findDim();
  if (!dim)
    return false;
  Value base;
  APInt offset;
  std::tie(base, offset) = decompose(index);

  // index = iv + offset with lb <= iv < ub: 0 <= index needs lb + offset >= 0
  // (range analysis sees it), index < dim needs ub + offset <= dim.
  if (scf::ForOp loop = getCountedLoop(base)) {
    APInt lbLo = getSignedBounds(loop.getLowerBound()).first;
    if ((lbLo + offset).isNegative())
      return false;
    return isBoundedBy(loop.getUpperBound(), dim, -offset, lbLo, 0);
  }

  // index = start + k * step + offset, an element of range(start, stop,
  // step): within [low + lowOffset, high + highOffset] + offset.
  SmallVector<SteppedElementBounds, 2> stepped =
      getSteppedElementBounds(base, facts);
  if (!stepped.empty())
    return llvm::all_of(stepped, [&](const SteppedElementBounds &bounds) {
      APInt low = offset + wide(bounds.lowOffset);
      APInt high = offset + wide(bounds.highOffset);
      // high + offset <= dim - 1.
      return isAtLeast(bounds.low, -low, facts) &&
             isBoundedBy(bounds.high, dim, -high - 1, std::nullopt, 0);
    });

  // index = base + offset under a branch condition base < bound (or
  // base <= bound): the loop counter of a `range` loop in CF form, where
  // the body is entered only when `k <u count`.
  if (!facts.empty()) {
    std::tie(base, offset) = decompose(index, facts);
    std::optional<ConstantIntRanges> baseRange = getRangeAt(base, facts);
    if (baseRange) {
      APInt low = baseRange->smin().sext(kWideBits);
      if (!(low + offset).isNegative()) {
        for (BranchFact any : facts) {
          using P = arith::CmpIPredicate;
          std::optional<BranchFact> about = factAbout(any, base);
          if (!about || !isI64(about->rhs))
            continue;
          BranchFact fact = *about;
          // For ult/ule, getRangeAt has shown base >= 0 only when the bound
          // is non-negative; require that here too.
          bool isUnsigned =
              fact.predicate == P::ult || fact.predicate == P::ule;
          if (isUnsigned && !isNonNegative(fact.rhs))
            continue;
          // base < bound <= dim - offset, or base <= bound <= dim - offset
          // - 1; a bound that contradicts base >= low means the access does
          // not run.
          APInt c = -offset, empty = low;
          if (fact.predicate == P::sle || fact.predicate == P::ule) {
            c -= 1;
            empty -= 1;
          } else if (fact.predicate != P::slt && fact.predicate != P::ult) {
            continue;
          }
          if (isBoundedBy(fact.rhs, dim, c, empty, 0))
            return true;
        }
      }
    }
  }

  // index = x - iv + offset with lb <= iv < ub (a range with a negative
  // step, `i = start - k`): index <= x - lb + offset < dim needs
  // x <= dim - 1 + lb - offset; index >= x - ub + 1 + offset >= 0 needs
  // ub <= x + offset + 1 (or an empty loop).
  if (auto sub = base.getDefiningOp<arith::SubIOp>()) {
    Value x = sub.getLhs();
    scf::ForOp loop = getCountedLoop(sub.getRhs());
    if (!loop || !isI64(x))
      return false;
    // x - iv must not wrap.
    auto [xLo, xHi] = getSignedBounds(x);
    auto [ivLo, ivHi] = getSignedBounds(sub.getRhs());
    APInt minI64 = APInt::getSignedMinValue(64).sext(kWideBits);
    APInt maxI64 = APInt::getSignedMaxValue(64).sext(kWideBits);
    if ((xLo - ivHi).slt(minI64) || (xHi - ivLo).sgt(maxI64))
      return false;
    APInt lbLo = getSignedBounds(loop.getLowerBound()).first;
    APInt one = APInt(kWideBits, 1);
    return isBoundedBy(x, dim, lbLo - offset - one, std::nullopt, 0) &&
           isBoundedBy(loop.getUpperBound(), x, offset + one, lbLo, 0);
  }
  return false;
}
