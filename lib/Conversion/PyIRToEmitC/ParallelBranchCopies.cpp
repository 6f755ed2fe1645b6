//===- ParallelBranchCopies.cpp - Parallel copies for the C emitter -------===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The C printer prints a branch to a block with arguments as one
// assignment per argument, in operand order, then a `goto`. A branch's
// operands are read all at once, so the two differ exactly when operand `j`
// is argument `i < j` of the destination: the assignment to argument `i`
// has already replaced the value that operand `j` names. This pass saves
// each such operand in a temporary before the branch.
//
//===----------------------------------------------------------------------===//

#include "pyir/Conversion/PyIRToEmitC/PyIRToEmitC.h"

#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/IR/Builders.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"

namespace pyir {
#define GEN_PASS_DEF_EMITCPARALLELBRANCHCOPIES
#include "pyir/Conversion/Passes.h.inc"
} // namespace pyir

using namespace mlir;

namespace {

/// Whether operand `index` of the copies into `dest` reads an argument of
/// `dest` that an earlier copy of the same branch overwrites (a copy of an
/// argument to itself leaves it unchanged).
bool isClobberedBeforeRead(Block *dest, OperandRange operands, unsigned index) {
  auto arg = dyn_cast<BlockArgument>(operands[index]);
  if (!arg || arg.getOwner() != dest)
    return false;
  unsigned writer = arg.getArgNumber();
  return writer < index && operands[writer] != arg;
}

/// Saves the clobbered operands of `branch`'s successor `succ` in
/// temporaries created before `branch`.
void saveClobberedOperands(BranchOpInterface branch, unsigned succ,
                           OpBuilder &builder) {
  Block *dest = branch->getSuccessor(succ);
  MutableOperandRange forwarded =
      branch.getSuccessorOperands(succ).getMutableForwardedOperands();
  OperandRange operands = forwarded;
  for (unsigned i = 0, e = operands.size(); i < e; ++i) {
    if (!isClobberedBeforeRead(dest, operands, i))
      continue;
    Value value = operands[i];
    Location loc = branch.getLoc();
    builder.setInsertionPoint(branch);
    Value temp = emitc::VariableOp::create(
        builder, loc, emitc::LValueType::get(value.getType()),
        emitc::OpaqueAttr::get(builder.getContext(), ""));
    emitc::AssignOp::create(builder, loc, temp, value);
    forwarded[i].set(
        emitc::LoadOp::create(builder, loc, value.getType(), temp));
  }
}

struct EmitCParallelBranchCopiesPass
    : pyir::impl::EmitCParallelBranchCopiesBase<EmitCParallelBranchCopiesPass> {
  void runOnOperation() override {
    OpBuilder builder(&getContext());
    getOperation()->walk([&](BranchOpInterface branch) {
      for (unsigned succ = 0, e = branch->getNumSuccessors(); succ < e; ++succ)
        saveClobberedOperands(branch, succ, builder);
    });
  }
};

} // namespace
