//===- ViewEffects.cpp - Which view parameters a function reads/writes ----===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/Analysis/ViewEffects.h"
#include "pyir/Dialect/PyIR/IR/PyIROps.h"
#include "pyir/Dialect/PyIR/IR/PyIRTypes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace mlir;
using namespace pyir;

ViewEffects::ViewEffects(ModuleOp module) {
  SmallVector<func::FuncOp> funcs(module.getOps<func::FuncOp>());
  for (func::FuncOp func : funcs) {
    // A declaration (a function of another module, language.md §10) may do
    // anything with the views it is passed: the caller's glue then asks for
    // writable buffers.
    ViewParamEffects unknown;
    if (func.isExternal())
      unknown.read = unknown.written = true;
    effects[func.getSymName()].resize(func.getNumArguments(), unknown);
  }

  // The effects of the uses of `param` given what is known of the callees.
  auto scan = [&](Value param) {
    ViewParamEffects found;
    SmallVector<Value> worklist{param};
    llvm::SmallPtrSet<void *, 16> seen;
    while (!worklist.empty()) {
      Value value = worklist.pop_back_val();
      if (!seen.insert(value.getAsOpaquePointer()).second)
        continue;
      for (OpOperand &use : value.getUses()) {
        Operation *user = use.getOwner();
        if (isa<LoadOp>(user)) {
          found.read = true;
        } else if (auto store = dyn_cast<StoreOp>(user)) {
          found.written |= store.getView() == value;
        } else if (isa<UnrealizedConversionCastOp, ViewRefOp>(user) ||
                   (isa<SubviewOp>(user) && use.getOperandNumber() == 0)) {
          // The same memory: another reference, or a part of it.
          llvm::append_range(worklist, user->getResults());
        } else if (auto call = dyn_cast<func::CallOp>(user)) {
          ViewParamEffects callee =
              get(call.getCallee(), use.getOperandNumber());
          found.read |= callee.read;
          found.written |= callee.written;
          // The result may be (part of) the argument: its uses are the
          // argument's too.
          if (callee.returned)
            llvm::append_range(worklist, call.getResults());
        } else if (isa<func::ReturnOp>(user)) {
          found.returned = true;
        } else if (auto branch = dyn_cast<BranchOpInterface>(user)) {
          for (unsigned s = 0; s < user->getNumSuccessors(); ++s) {
            SuccessorOperands operands = branch.getSuccessorOperands(s);
            OperandRange forwarded = operands.getForwardedOperands();
            if (forwarded.empty())
              continue;
            unsigned begin = forwarded.getBeginOperandIndex();
            unsigned number = use.getOperandNumber();
            if (number >= begin && number < begin + forwarded.size())
              worklist.push_back(user->getSuccessor(s)->getArgument(
                  operands.getProducedOperandCount() + number - begin));
          }
        }
      }
    }
    return found;
  };

  // Effects only grow, so the fixpoint ends.
  bool changed = true;
  while (changed) {
    changed = false;
    for (func::FuncOp func : funcs) {
      if (func.isExternal())
        continue;
      for (unsigned k = 0; k < func.getNumArguments(); ++k) {
        if (!isa<ViewType>(func.getArgument(k).getType()))
          continue;
        ViewParamEffects found = scan(func.getArgument(k));
        ViewParamEffects &known = effects[func.getSymName()][k];
        if ((found.read && !known.read) || (found.written && !known.written) ||
            (found.returned && !known.returned)) {
          known.read |= found.read;
          known.written |= found.written;
          known.returned |= found.returned;
          changed = true;
        }
      }
    }
  }
}

ViewParamEffects ViewEffects::get(StringRef function, unsigned index) const {
  auto it = effects.find(function);
  if (it == effects.end() || index >= it->second.size())
    return {};
  return it->second[index];
}
