//===- RaiseAnalysis.cpp - Which functions may raise, and what ------------===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/Analysis/RaiseAnalysis.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"

using namespace mlir;
using namespace pyir;

namespace {

uint64_t bitOf(ExceptionKind kind) {
  return uint64_t(1) << static_cast<uint32_t>(kind);
}

constexpr uint64_t kAnything = ~uint64_t(0);

} // namespace

RaiseAnalysis::RaiseAnalysis(ModuleOp module) {
  static_assert(getMaxEnumValForExceptionKind() < 64,
                "RaiseAnalysis keeps the kinds as bits of a uint64_t");
  // Each function's own ops, and whom it calls.
  llvm::StringMap<SmallVector<StringRef>> callees;
  for (auto func : module.getOps<func::FuncOp>()) {
    uint64_t &bits = raised[func.getSymName()];
    if (func.isExternal()) {
      bits = kAnything;
      continue;
    }
    SmallVector<StringRef> &calls = callees[func.getSymName()];
    func.walk([&](Operation *op) {
      if (auto call = dyn_cast<func::CallOp>(op)) {
        calls.push_back(call.getCallee());
        return;
      }
      auto mayRaise = dyn_cast<MayRaiseOpInterface>(op);
      if (!mayRaise || !mayRaise.mayRaise())
        return;
      SmallVector<ExceptionKind> kinds;
      mayRaise.getRaisedKinds(kinds);
      for (ExceptionKind kind : kinds)
        bits |= bitOf(kind);
    });
  }
  // What a callee raises, its callers raise: a fixpoint.
  for (bool changed = true; changed;) {
    changed = false;
    for (auto &[caller, calls] : callees) {
      uint64_t &bits = raised[caller];
      for (StringRef callee : calls) {
        auto it = raised.find(callee);
        uint64_t add = it == raised.end() ? kAnything : it->second;
        if ((bits | add) != bits) {
          bits |= add;
          changed = true;
        }
      }
    }
  }
}

bool RaiseAnalysis::mayRaise(StringRef function) const {
  auto it = raised.find(function);
  return it == raised.end() || it->second != 0;
}

SmallVector<ExceptionKind>
RaiseAnalysis::getRaisedKinds(StringRef function) const {
  auto it = raised.find(function);
  uint64_t bits = it == raised.end() ? kAnything : it->second;
  SmallVector<ExceptionKind> kinds;
  for (uint32_t k = 0; k <= getMaxEnumValForExceptionKind(); ++k)
    if (std::optional<ExceptionKind> kind = symbolizeExceptionKind(k))
      if (bits & bitOf(*kind))
        kinds.push_back(*kind);
  return kinds;
}
