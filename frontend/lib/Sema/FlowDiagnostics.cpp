//===- FlowDiagnostics.cpp - Errors found on the control flow ---*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The errors that depend on the paths through a function rather than on
// types, found on the control-flow graph IR generation builds (as Clang finds
// them on its CFG, after Sema): a variable read on a path where it is not
// assigned, and the end of a function that must return a value reachable.
// They run on the graph as built, before unreachable blocks are erased and
// trivial block arguments removed.
//
//===----------------------------------------------------------------------===//

#include "IRGenInternal.h"

#include "mlir/IR/Matchers.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace pyir;
using namespace pyir::frontend;
using namespace pyir::frontend::detail;

/// Whether `target` can execute: it is reached from `entry` along branches,
/// following only the taken edge of a branch on a constant. Blocks after
/// `return`, `raise`, `break` and `continue` are not, nor is the exit of a
/// `while True:` that no `break` leaves.
static bool isReachable(mlir::Block *entry, mlir::Block *target) {
  llvm::SmallPtrSet<mlir::Block *, 32> seen;
  llvm::SmallVector<mlir::Block *> worklist{entry};
  while (!worklist.empty()) {
    mlir::Block *block = worklist.pop_back_val();
    if (!seen.insert(block).second)
      continue;
    if (block == target)
      return true;
    if (block->empty())
      continue;
    // A branch on a constant (`while True:`, `if False:`) takes one edge.
    mlir::Operation *last = &block->back();
    if (auto condBr = dyn_cast<mlir::cf::CondBranchOp>(last)) {
      mlir::BoolAttr constant;
      if (mlir::matchPattern(condBr.getCondition(),
                             mlir::m_Constant(&constant))) {
        worklist.push_back(constant.getValue() ? condBr.getTrueDest()
                                               : condBr.getFalseDest());
        continue;
      }
    }
    for (mlir::Block *succ : last->getSuccessors())
      worklist.push_back(succ);
  }
  return false;
}

bool pyir::frontend::detail::reportFlowErrors(const FunctionInfo &fn,
                                              const FlowFacts &facts,
                                              DiagnosticEngine &diag) {
  unsigned errorsBefore = diag.getNumErrors();
  // Once per name (a tuple's elements are variables of one name).
  llvm::StringSet<> reported;
  for (const FlowFacts::UnboundRead &read : facts.unboundReads) {
    if (!reported.insert(read.name).second)
      continue;
    diag.report(read.readLoc, diag::err_maybe_used_before_assignment,
                read.name);
    diag.report(read.declLoc, diag::note_assigned_here, read.name);
  }
  if (facts.fallOff && isReachable(facts.entry, facts.fallOff))
    diag.report(fn.def->getNameLoc(), diag::err_missing_return, fn.name,
                fn.returnType.str());
  return diag.getNumErrors() != errorsBefore;
}
