//===- DiagnosticIDs.cpp - PyIR frontend diagnostic IDs ---------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file implements the table of DiagnosticKinds.def and the substitution
// of a diagnostic's arguments into its message.
//
//===----------------------------------------------------------------------===//

#include "pyir/Frontend/DiagnosticIDs.h"

#include <cassert>

using namespace pyir::frontend;
using namespace pyir::frontend::diag;

namespace {
struct DiagInfo {
  Severity severity;
  const char *message;
};
} // namespace

static constexpr DiagInfo kDiagInfos[] = {
#define DIAG(ID, SEVERITY, MESSAGE) {Severity::SEVERITY, MESSAGE},
#include "pyir/Frontend/DiagnosticKinds.def"
};

static const DiagInfo &getInfo(Kind kind) {
  assert(kind < Kind::NumKinds && "not a diagnostic");
  return kDiagInfos[unsigned(kind)];
}

Severity diag::getSeverity(Kind kind) { return getInfo(kind).severity; }

llvm::StringRef diag::getMessageFormat(Kind kind) {
  return getInfo(kind).message;
}

unsigned diag::getNumArgs(Kind kind) {
  return unsigned(detail::getNumArgs(getInfo(kind).message));
}

std::string diag::formatMessage(Kind kind, llvm::ArrayRef<std::string> args) {
  assert(args.size() == getNumArgs(kind) &&
         "one argument per placeholder of the message");
  // The message is well formed (DiagnosticIDs.h checks every row).
  llvm::StringRef format = getMessageFormat(kind);
  std::string out;
  out.reserve(format.size());
  for (size_t i = 0, e = format.size(); i < e; ++i) {
    if (format[i] != '%') {
      out += format[i];
      continue;
    }
    char c = format[++i];
    if (c == '%')
      out += '%';
    else
      out += args[c - '0'];
  }
  return out;
}
