//===- EliminateChecks.cpp - pyir-eliminate-checks --------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file implements pyir-eliminate-checks: overflow, wrap-around and
// bounds checks that integer range analysis (plus a small symbolic prover
// for `i < len(a)`) shows can never fire are dropped.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/Transforms/Passes.h"

#include "pyir/Dialect/PyIR/Analysis/BoundsProver.h"

#include "pyir/Dialect/PyIR/IR/PyIRIntRange.h"
#include "pyir/Dialect/PyIR/IR/PyIROps.h"

namespace pyir {
#define GEN_PASS_DEF_PYIRELIMINATECHECKS
#include "pyir/Dialect/PyIR/Transforms/Passes.h.inc"
} // namespace pyir

using namespace mlir;
using namespace pyir;

//===----------------------------------------------------------------------===//
// The pass
//===----------------------------------------------------------------------===//

namespace {
struct EliminateChecksPass
    : public pyir::impl::PyIREliminateChecksBase<EliminateChecksPass> {
  using Base::Base;

  void runOnOperation() override {
    DataFlowSolver solver(pyir::getRangeSolverConfig());
    loadRangeAnalyses(solver);
    if (failed(solver.initializeAndRun(getOperation())))
      return signalPassFailure();
    DominanceInfo dominance(getOperation());
    BoundsProver prover(solver, &dominance);

    // Dropping a check never changes a range (a dropped overflow check had
    // an exact result that fits; a dropped index check did not fire), so
    // the analysis stays valid while the ops are updated one by one.
    getOperation().walk([&](Operation *op) {
      if (isa<AddOp, SubOp, MulOp, NegOp, AbsOp, ShlOp, CastOp>(op))
        eliminateOverflowCheck(prover, op);
      else if (isa<FloorDivOp, ModOp, TrueDivOp>(op))
        eliminateDivisionChecks(prover, op);
      else if (auto load = dyn_cast<LoadOp>(op))
        eliminateIndexChecks(prover, load);
      else if (auto store = dyn_cast<StoreOp>(op))
        eliminateIndexChecks(prover, store);
    });
  }

  static void eliminateOverflowCheck(const BoundsProver &prover,
                                     Operation *op) {
    Type type = op->getResult(0).getType();
    if (!isPyIntegerType(type))
      return;
    auto overflow = op->getAttrOfType<OverflowModeAttr>("overflow");
    if (!overflow || overflow.getValue() != OverflowMode::checked)
      return;
    SmallVector<ConstantIntRanges> ranges;
    SmallVector<BranchFact> facts = prover.getBranchFacts(op);
    for (Value operand : op->getOperands()) {
      std::optional<ConstantIntRanges> range =
          prover.getRangeAt(operand, facts);
      if (!range)
        return;
      ranges.push_back(*range);
    }
    if (auto cast = dyn_cast<CastOp>(op)) {
      // An integer (or bool) converted to an integer type it fits.
      Type from = cast.getInput().getType();
      if (!isPyIntegerType(from) && !isPyBoolType(from))
        return;
      IntInterval value = getInterval(ranges[0], from);
      IntInterval bounds = getTypeInterval(type);
      unsigned width =
          std::max(value.lo.getBitWidth(), bounds.lo.getBitWidth());
      if (!isContained({value.lo.sext(width), value.hi.sext(width)},
                       {bounds.lo.sext(width), bounds.hi.sext(width)}))
        return;
    } else if (mayOverflow(op, ranges)) {
      return;
    }
    op->setAttr("overflow",
                OverflowModeAttr::get(op->getContext(), OverflowMode::wrap));
  }

  /// A divisor proven non-zero drops the zero check; an integer floor
  /// division or modulo whose operands exclude -2**63 // -1 cannot
  /// overflow.
  static void eliminateDivisionChecks(const BoundsProver &prover,
                                      Operation *op) {
    if (op->hasAttr("cdivision"))
      return;
    SmallVector<BranchFact> facts = prover.getBranchFacts(op);
    Value lhs = op->getOperand(0), rhs = op->getOperand(1);
    if (!PyIRDialect::hasNonzeroDivisor(op) && prover.isNonZeroAt(rhs, facts))
      op->setAttr(PyIRDialect::getNonzeroDivisorAttrName(),
                  UnitAttr::get(op->getContext()));
    auto overflow = op->getAttrOfType<OverflowModeAttr>("overflow");
    if (!overflow || overflow.getValue() != OverflowMode::checked ||
        !isPyIntegerType(lhs.getType()))
      return;
    std::optional<ConstantIntRanges> lhsRange = prover.getRangeAt(lhs, facts);
    std::optional<ConstantIntRanges> rhsRange = prover.getRangeAt(rhs, facts);
    bool lhsNotMin = lhsRange && !lhsRange->smin().isMinSignedValue();
    bool rhsNotMinusOne = rhsRange && (!rhsRange->smin().isNegative() ||
                                       rhsRange->smax().slt(APInt::getAllOnes(
                                           rhsRange->smax().getBitWidth())));
    if (lhsNotMin || rhsNotMinusOne)
      op->setAttr("overflow",
                  OverflowModeAttr::get(op->getContext(), OverflowMode::wrap));
  }

  template <typename AccessOp>
  static void eliminateIndexChecks(const BoundsProver &prover, AccessOp op) {
    bool allInBounds = true, allNonNegative = true;
    SmallVector<BranchFact> facts = prover.getBranchFacts(op);
    for (auto [axis, index] : llvm::enumerate(op.getIndices())) {
      bool inBounds = prover.isInBounds(index, op.getView(), axis, facts);
      allInBounds &= inBounds;
      allNonNegative &= inBounds || prover.isNonNegativeAt(index, facts);
    }
    if (allNonNegative && op.getWraparound())
      op.setWraparound(false);
    if (allInBounds && op.getBoundscheck())
      op.setBoundscheck(false);
  }
};
} // namespace
