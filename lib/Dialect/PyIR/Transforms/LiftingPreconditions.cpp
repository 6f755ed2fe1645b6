//===- LiftingPreconditions.cpp - when CFG-to-SCF lifting is tried -------===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/Transforms/LiftingPreconditions.h"

#include "mlir/Analysis/CFGLoopInfo.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Dominance.h"
#include "mlir/IR/RegionGraphTraits.h"
#include "llvm/ADT/SCCIterator.h"

using namespace mlir;

/// Whether two `return`s are reached from a loop (blocks off every cycle
/// of the CFG but reachable from one: the loop's exit paths) and a block
/// on those paths reads an op result defined in a block on a cycle.
static bool hasReturnInsideLoop(Region &body) {
  unsigned numReturns = llvm::count_if(body, [](Block &block) {
    return isa<func::ReturnOp>(block.getTerminator());
  });
  if (numReturns < 2)
    return false;
  // The blocks on a cycle of the CFG, from its strongly connected
  // components (computed once).
  llvm::SmallPtrSet<Block *, 16> onCycle;
  for (auto scc = llvm::scc_begin(&body); !scc.isAtEnd(); ++scc)
    if (scc.hasCycle())
      onCycle.insert(scc->begin(), scc->end());
  // The blocks a loop exits into: off every cycle, reachable from one.
  llvm::SmallPtrSet<Block *, 16> exitPaths;
  SmallVector<Block *> worklist(onCycle.begin(), onCycle.end());
  while (!worklist.empty())
    for (Block *next : worklist.pop_back_val()->getSuccessors())
      if (!onCycle.contains(next) && exitPaths.insert(next).second)
        worklist.push_back(next);
  unsigned exitReturns = llvm::count_if(exitPaths, [](Block *block) {
    return isa<func::ReturnOp>(block->getTerminator());
  });
  if (exitReturns < 2)
    return false;
  // One of them reads an op result of a block on a cycle directly.
  for (Block *block : exitPaths)
    for (Operation &op : *block)
      for (Value operand : op.getOperands()) {
        Operation *def = operand.getDefiningOp();
        if (def && onCycle.contains(def->getBlock()))
          return true;
      }
  return false;
}

/// Whether a block of a loop reads an op result defined in an inner loop
/// that does not contain the block.
static bool hasResultLeavingInnerLoop(Region &body) {
  DominanceInfo dominance(body.getParentOp());
  CFGLoopInfo loops(dominance.getDomTree(&body));
  for (Block &block : body) {
    CFGLoop *loop = loops.getLoopFor(&block);
    if (!loop)
      continue;
    for (Operation &op : block)
      for (Operation *user : op.getUsers()) {
        Block *useBlock = body.findAncestorBlockInRegion(*user->getBlock());
        if (useBlock && !loop->contains(useBlock) && loops.getLoopFor(useBlock))
          return true;
      }
  }
  return false;
}

bool pyir::isUnsafeToLift(Region &body) {
  return hasReturnInsideLoop(body) || hasResultLeavingInnerLoop(body);
}
