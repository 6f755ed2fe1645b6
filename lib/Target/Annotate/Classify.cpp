//===- Classify.cpp - What remains on an op of the optimised IR -----------===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The one place that decides which annotate kinds (Kinds.def) an op has. It
// reads what the dialect already says, so it follows the optimiser without
// a list of op names: the exceptions an op may still raise
// (MayRaiseOpInterface, cleared when pyir-eliminate-checks proves a check
// away), the `wraparound` flag of an access, and the runtime function an op
// is lowered to (Runtime.h, the table of pyir_entries.h).
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/IR/PyIROps.h"
#include "pyir/Dialect/PyIR/IR/Runtime.h"
#include "pyir/Target/Annotate/Annotate.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace pyir;
using namespace pyir::annotate;

namespace {

constexpr KindInfo kKinds[] = {
#define PYIR_ANNOTATE_KIND(ENUM, TOKEN, TITLE, WEIGHT, DESCRIPTION)            \
  {TOKEN, TITLE, WEIGHT, DESCRIPTION},
#include "pyir/Target/Annotate/Kinds.def"
};

/// The kinds of the exceptions a may-raise op can still raise.
KindSet classifyRaisedKinds(MayRaiseOpInterface op) {
  if (!op.mayRaise())
    return 0;
  SmallVector<ExceptionKind> raised;
  op.getRaisedKinds(raised);
  KindSet kinds = 0;
  for (ExceptionKind kind : raised) {
    switch (kind) {
    case ExceptionKind::IndexError:
      kinds |= bit(Kind::Bounds);
      break;
    case ExceptionKind::OverflowError:
      kinds |= bit(Kind::Overflow);
      break;
    case ExceptionKind::ZeroDivisionError:
      kinds |= bit(Kind::ZeroDivisor);
      break;
    default:
      kinds |= bit(Kind::OtherCheck);
      break;
    }
  }
  return kinds;
}

/// Whether `call` goes to a function of another PyIR module (through the
/// pointer its capsule gives, docs/CBackend.md).
bool callsImportedFunction(func::CallOp call) {
  auto callee = SymbolTable::lookupNearestSymbolFrom<func::FuncOp>(
      call, call.getCalleeAttr());
  return callee &&
         callee->hasAttr(PyIRDialect::ImportedAttrHelper::getNameStr());
}

} // namespace

const KindInfo &pyir::annotate::getKindInfo(Kind kind) {
  return kKinds[unsigned(kind)];
}

std::string pyir::annotate::formatKinds(KindSet kinds) {
  std::string text;
  for (unsigned i = 0; i < kNumKinds; ++i)
    if (kinds & bit(Kind(i))) {
      if (!text.empty())
        text += ",";
      text += kKinds[i].token.str();
    }
  return text;
}

KindSet pyir::annotate::classifyOp(Operation *op) {
  return TypeSwitch<Operation *, KindSet>(op)
      // The user's own `raise` and `assert` are the program, not a check the
      // compiler added.
      .Case<RaiseOp, AssertOp>([](auto) { return KindSet(0); })
      // Making an array or a slice calls the view runtime (and for a slice
      // of an owner, the C API); what they raise is Python's rule for
      // them, never a check the optimiser could drop.
      .Case<AllocOp, SubviewOp>([](auto) { return bit(Kind::RuntimeCall); })
      .Case<LoadOp, StoreOp>([](auto access) {
        KindSet kinds = access.getBoundscheck() ? bit(Kind::Bounds) : 0;
        if (access.getWraparound())
          kinds |= bit(Kind::Wraparound);
        return kinds;
      })
      .Case<func::CallOp>([](func::CallOp call) {
        return callsImportedFunction(call) ? bit(Kind::RuntimeCall) : 0;
      })
      .Default([](Operation *op) {
        KindSet kinds = 0;
        if (auto raising = dyn_cast<MayRaiseOpInterface>(op))
          kinds |= classifyRaisedKinds(raising);
        if (getRuntimeFunction(op))
          kinds |= bit(Kind::RuntimeCall);
        return kinds;
      });
}
