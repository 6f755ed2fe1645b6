//===- CoreFolding.cpp - What folds, where values are declared ------------===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#include "CorePrinterInternal.h"

#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"

#include <functional>

using namespace mlir;
using namespace pyir::cprinter;

namespace {

/// Whether C computes `op` in the op's result type, so that folding it
/// into another expression gives the value its variable would have held:
/// not for types narrower than int (C computes in int, the variable would
/// have truncated) nor float (an excess-precision evaluation would round
/// only at the assignment).
bool computesInResultType(Operation *op) {
  Type type = op->getResult(0).getType();
  if (isa<emitc::BitwiseAndOp, emitc::BitwiseOrOp, emitc::BitwiseXorOp,
          emitc::LogicalAndOp, emitc::LogicalOrOp, emitc::LogicalNotOp>(op) &&
      type.isInteger(1))
    return true;
  if (auto intType = dyn_cast<IntegerType>(type))
    return intType.getWidth() == 32 || intType.getWidth() == 64;
  return type.isF64();
}

} // namespace

/// C's arithmetic, bitwise and logical operators.
static bool isOperator(Operation *op) {
  return isa<emitc::AddOp, emitc::SubOp, emitc::MulOp, emitc::DivOp,
             emitc::RemOp, emitc::BitwiseAndOp, emitc::BitwiseOrOp,
             emitc::BitwiseXorOp, emitc::BitwiseLeftShiftOp,
             emitc::BitwiseRightShiftOp, emitc::UnaryMinusOp,
             emitc::UnaryPlusOp, emitc::BitwiseNotOp, emitc::LogicalAndOp,
             emitc::LogicalOrOp, emitc::LogicalNotOp>(op);
}

/// Whether only constants, `#line` markers and folded ops lie between
/// `from` and `to` (in one block): nothing printed there can write memory.
bool FunctionPrinter::onlyFoldedBetween(Operation *from, Operation *to) {
  for (Operation *it = from->getNextNode(); it != to; it = it->getNextNode())
    if (!isa<emitc::VerbatimOp, emitc::ConstantOp>(it) && !folded.contains(it))
      return false;
  return true;
}

bool pyir::cprinter::isDeadExpression(Operation *op) {
  return op->getNumResults() == 1 && op->use_empty() &&
         (isOperator(op) || isa<emitc::ConstantOp, emitc::CmpOp, emitc::CastOp,
                                emitc::ConditionalOp, emitc::LoadOp,
                                emitc::AddressOfOp, emitc::DereferenceOp>(op));
}

/// Pure expression ops folded into their single user in the same block
/// (not into a branch's block-argument copies that an earlier copy of the
/// branch clobbers).
bool FunctionPrinter::isFoldable(Operation *op) {
  if (isa<emitc::ConstantOp, emitc::AddressOfOp, emitc::DereferenceOp>(op))
    return true;
  if (op->getNumResults() != 1 || !op->getResult(0).hasOneUse())
    return false;
  Operation *user = *op->getResult(0).getUsers().begin();
  if (user->getBlock() != op->getBlock())
    return false;
  // Into a branch's copies only if no earlier copy of that branch
  // assigns a variable the expression reads.
  if (isa<cf::BranchOp, cf::CondBranchOp>(user) &&
      llvm::any_of(user->getOpOperands(), [&](OpOperand &use) {
        return use.get() == op->getResult(0) &&
               readsClobbered(op->getResult(0), user, use.getOperandNumber());
      }))
    return false;
  if (isa<emitc::LoadOp>(op) && isa<cf::BranchOp, cf::CondBranchOp>(user))
    return false;
  if (isa<emitc::CmpOp, emitc::CastOp, emitc::ConditionalOp>(op))
    return true;
  if (isOperator(op))
    return computesInResultType(op);
  // A load only when nothing printed before its user can write the variable.
  if (isa<emitc::LoadOp>(op))
    return onlyFoldedBetween(op, user);
  return isStatusCall(op);
}

/// Whether `value`, operand `index` of `branch`, reads (through the ops
/// folded into it) a block argument of the destination that an earlier
/// copy of the same branch assigns. The condition of a conditional branch
/// is read before any copy.
bool FunctionPrinter::readsClobbered(Value value, Operation *branch,
                                     unsigned index) {
  Block *dest = nullptr;
  unsigned first = 0;
  if (auto br = dyn_cast<cf::BranchOp>(branch)) {
    dest = br.getDest();
  } else {
    auto condBr = cast<cf::CondBranchOp>(branch);
    if (index == 0)
      return false;
    unsigned numTrue = condBr.getTrueDestOperands().size();
    bool onTrue = index < 1 + numTrue;
    dest = onTrue ? condBr.getTrueDest() : condBr.getFalseDest();
    first = onTrue ? 1 : 1 + numTrue;
  }
  unsigned position = index - first;
  // The arguments the copies before `position` change.
  DenseSet<Value> assigned;
  for (unsigned k = 0; k < position; ++k)
    if (branch->getOperand(first + k) != dest->getArgument(k))
      assigned.insert(dest->getArgument(k));
  SmallVector<Value> worklist = {value};
  while (!worklist.empty()) {
    Value v = worklist.pop_back_val();
    if (assigned.contains(v))
      return true;
    Operation *def = v.getDefiningOp();
    if (def && def->getBlock() == branch->getBlock() &&
        (folded.contains(def) || def->getResult(0) == value))
      llvm::append_range(worklist, def->getOperands());
  }
  return false;
}

/// A call whose status result is compared with a constant, the comparison
/// being the condition of the branch that ends its block: printed as
/// `if (call(...) != 0)`.
bool FunctionPrinter::isStatusCall(Operation *op) {
  if (!isa<emitc::CallOpaqueOp, emitc::CallOp>(op) || op->getNumResults() != 1)
    return false;
  auto cmp = dyn_cast<emitc::CmpOp>(*op->getResult(0).getUsers().begin());
  if (!cmp || !cmp->getResult(0).hasOneUse() ||
      cmp->getBlock() != op->getBlock() ||
      !isa_and_nonnull<emitc::ConstantOp>(cmp.getRhs().getDefiningOp()))
    return false;
  auto branch =
      dyn_cast<cf::CondBranchOp>(*cmp->getResult(0).getUsers().begin());
  // (The comparison, decided after the call, folds into the branch.)
  return branch && branch->getBlock() == op->getBlock() &&
         onlyFoldedBetween(op, cmp) && onlyFoldedBetween(cmp, branch);
}

/// A load of a variable that only one call writes (through its address):
/// the variable itself stands for the loaded value. convert-pyir-to-emitc
/// loads such a result right after the call's status test, so the
/// variable holds that value wherever the load's value is used.
bool FunctionPrinter::isAliasedLoad(emitc::LoadOp load) {
  return aliasedLoads.contains(load);
}

bool FunctionPrinter::standsForVariable(emitc::LoadOp load) {
  auto variable = load.getOperand().getDefiningOp<emitc::VariableOp>();
  if (!variable)
    return false;
  if (getSavedValue(variable))
    return true;
  unsigned addresses = 0;
  for (Operation *user : variable->getUsers()) {
    if (isa<emitc::LoadOp>(user))
      continue;
    auto address = dyn_cast<emitc::AddressOfOp>(user);
    if (!address || !address->hasOneUse() ||
        !isa<emitc::CallOpaqueOp, emitc::CallOp>(*address->getUsers().begin()))
      return false;
    ++addresses;
  }
  return addresses == 1;
}

/// The value a variable saves when it is pyir-emitc-parallel-copies'
/// temporary: one assignment, then one load, in one block. Printed as a
/// declaration with that value (`int64_t b_old = b;`).
Value FunctionPrinter::getSavedValue(emitc::VariableOp variable) {
  emitc::AssignOp assign;
  emitc::LoadOp load;
  for (Operation *user : variable->getUsers()) {
    if (auto a = dyn_cast<emitc::AssignOp>(user); a && !assign)
      assign = a;
    else if (auto l = dyn_cast<emitc::LoadOp>(user); l && !load)
      load = l;
    else
      return {};
  }
  if (!assign || !load || assign->getBlock() != variable->getBlock() ||
      load->getBlock() != variable->getBlock() ||
      !assign->isBeforeInBlock(load))
    return {};
  return assign.getValue();
}

/// The op whose statement prints `op`: itself, or the user it is folded
/// into (transitively).
Operation *FunctionPrinter::getStatement(Operation *op) {
  while (folded.contains(op) && !op->use_empty())
    op = *op->getUsers().begin();
  return op;
}

/// Declares a value where it is defined when that comes before every
/// statement using it, in the printed text (blocks in region order, an
/// inlined block inside the branch of its predecessor).
void FunctionPrinter::placeDeclarations() {
  DenseMap<Operation *, unsigned> position;
  unsigned next = 0;
  std::function<void(Block &)> number = [&](Block &block) {
    for (Operation &op : block) {
      position[&op] = next++;
      for (Block *succ : op.getSuccessors())
        if (inlined.contains(succ))
          number(*succ);
    }
  };
  for (Block &block : func.getBody())
    if (!inlined.contains(&block))
      number(block);
  for (Block &block : func.getBody()) {
    if (!block.isEntryBlock())
      for (BlockArgument arg : block.getArguments())
        declaredFirst.insert(arg);
    for (Operation &op : block) {
      if (folded.contains(&op) || op.getNumResults() != 1)
        continue;
      if (auto load = dyn_cast<emitc::LoadOp>(op); load && isAliasedLoad(load))
        continue;
      Value value = op.getResult(0);
      // Uses of a load standing for its variable are uses of the variable.
      SmallVector<Operation *> users;
      for (Operation *user : value.getUsers()) {
        auto load = dyn_cast<emitc::LoadOp>(user);
        if (load && isAliasedLoad(load))
          llvm::append_range(users, load->getUsers());
        else
          users.push_back(user);
      }
      for (Operation *user : users)
        if (position[getStatement(user)] <= position[&op]) {
          declaredFirst.insert(value);
          break;
        }
    }
  }
}
