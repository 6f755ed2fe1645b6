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
#include "llvm/ADT/DenseSet.h"

using namespace mlir;
using namespace pyir;

ViewEffects::ViewEffects(ModuleOp module) {
  SmallVector<func::FuncOp> funcs(module.getOps<func::FuncOp>());
  for (func::FuncOp func : funcs) {
    // A declaration (a function of another module, language.md §10) may do
    // anything with the views it is passed, return them included: the
    // caller's glue then asks for writable buffers.
    ViewParamEffects unknown;
    if (func.isExternal()) {
      unknown.read = unknown.written = true;
      unknown.returned = ~uint64_t(0);
    }
    effects[func.getSymName()].resize(func.getNumArguments(), unknown);
  }

  // The effects of the uses of `param` given what is known of the callees.
  // A worklist item is a value that is the view (element -1) or a tuple
  // whose element `element` is.
  auto scan = [&](Value param) {
    ViewParamEffects found;
    using Item = std::pair<Value, int64_t>;
    SmallVector<Item> worklist{{param, -1}};
    llvm::DenseSet<std::pair<void *, int64_t>> seen;
    auto unknownUse = [&] { found.read = found.written = true; };
    auto returnedAt = [](int64_t element) {
      // Beyond 64 elements every position counts as returned.
      return element < 0    ? uint64_t(1)
             : element < 64 ? uint64_t(1) << element
                            : ~uint64_t(0);
    };
    while (!worklist.empty()) {
      auto [value, element] = worklist.pop_back_val();
      if (!seen.insert({value.getAsOpaquePointer(), element}).second)
        continue;
      for (OpOperand &use : value.getUses()) {
        Operation *user = use.getOwner();
        if (isa<func::ReturnOp>(user)) {
          found.returned |= returnedAt(element);
        } else if (auto branch = dyn_cast<BranchOpInterface>(user)) {
          for (unsigned s = 0; s < user->getNumSuccessors(); ++s) {
            SuccessorOperands operands = branch.getSuccessorOperands(s);
            OperandRange forwarded = operands.getForwardedOperands();
            if (forwarded.empty())
              continue;
            unsigned begin = forwarded.getBeginOperandIndex();
            unsigned number = use.getOperandNumber();
            if (number >= begin && number < begin + forwarded.size())
              worklist.push_back(
                  {user->getSuccessor(s)->getArgument(
                       operands.getProducedOperandCount() + number - begin),
                   element});
          }
        } else if (element >= 0) {
          // A tuple holding the view: only its element counts.
          if (auto get = dyn_cast<TupleGetOp>(user)) {
            if (int64_t(get.getIndex()) == element)
              worklist.push_back({get.getResult(), -1});
          } else {
            unknownUse(); // (Sema gives no tuple with a view to a call.)
          }
        } else if (isa<LoadOp>(user)) {
          found.read = true;
        } else if (auto store = dyn_cast<StoreOp>(user)) {
          found.written |= store.getView() == value;
        } else if (isa<UnrealizedConversionCastOp, ViewRefOp>(user) ||
                   (isa<SubviewOp>(user) && use.getOperandNumber() == 0)) {
          // The same memory: another reference, or a part of it.
          worklist.push_back({user->getResult(0), -1});
        } else if (isa<TupleOp>(user)) {
          worklist.push_back({user->getResult(0), use.getOperandNumber()});
        } else if (auto call = dyn_cast<func::CallOp>(user)) {
          ViewParamEffects callee =
              get(call.getCallee(), use.getOperandNumber());
          found.read |= callee.read;
          found.written |= callee.written;
          // A result may be (part of) the argument: its uses are the
          // argument's too.
          for (Value result : call.getResults()) {
            auto tuple = dyn_cast<TupleType>(result.getType());
            if (!tuple) {
              if (callee.returned & 1)
                worklist.push_back({result, -1});
              continue;
            }
            for (unsigned k = 0; k < tuple.size(); ++k)
              if (callee.returned & returnedAt(k))
                worklist.push_back({result, k});
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
            (found.returned & ~known.returned)) {
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
