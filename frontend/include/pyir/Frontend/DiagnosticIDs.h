//===- DiagnosticIDs.h - PyIR frontend diagnostic IDs -----------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file declares the IDs of the frontend's diagnostics, expanded from
// DiagnosticKinds.def: the diag::Kind enum, one typed constant per row
// (diag::err_expected) that DiagnosticEngine::report takes, and the lookups
// of a row's severity and message.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_FRONTEND_DIAGNOSTICIDS_H
#define PYIR_FRONTEND_DIAGNOSTICIDS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace pyir::frontend::diag {

enum class Severity { Error, Warning, Note };

/// A row of DiagnosticKinds.def.
enum class Kind : unsigned {
#define DIAG(ID, SEVERITY, MESSAGE) ID,
#include "pyir/Frontend/DiagnosticKinds.def"
  NumKinds
};

namespace detail {
/// The number of arguments `message` takes: its highest placeholder + 1. -1
/// if it is malformed: a '%' neither starts a placeholder %0 ... %9 nor is
/// the escape %%, or a placeholder below the highest is not used.
constexpr int getNumArgs(const char *message) {
  bool used[10] = {};
  int count = 0;
  for (const char *p = message; *p; ++p) {
    if (*p != '%')
      continue;
    ++p;
    if (*p == '%')
      continue;
    if (*p < '0' || *p > '9')
      return -1;
    int n = *p - '0';
    used[n] = true;
    count = n + 1 > count ? n + 1 : count;
  }
  for (int n = 0; n < count; ++n)
    if (!used[n])
      return -1;
  return count;
}
} // namespace detail

/// A diagnostic taking `NumArgs` arguments: the type of the constants
/// below, so that DiagnosticEngine::report checks the number of arguments
/// of every call when it compiles.
template <unsigned NumArgs>
struct DiagID {
  Kind kind;
};

#define DIAG(ID, SEVERITY, MESSAGE)                                            \
  static_assert(detail::getNumArgs(MESSAGE) >= 0,                              \
                "DiagnosticKinds.def: the message of " #ID " uses a "          \
                "placeholder out of %0..%9, skips one, or has a lone '%'");    \
  inline constexpr DiagID<unsigned(detail::getNumArgs(MESSAGE))> ID{Kind::ID};
#include "pyir/Frontend/DiagnosticKinds.def"

Severity getSeverity(Kind kind);
/// The message of `kind`, with its placeholders.
llvm::StringRef getMessageFormat(Kind kind);
unsigned getNumArgs(Kind kind);
/// The message of `kind` with %N replaced by `args[N]` (and %% by %);
/// `args` has getNumArgs(kind) elements.
std::string formatMessage(Kind kind, llvm::ArrayRef<std::string> args);

} // namespace pyir::frontend::diag

#endif // PYIR_FRONTEND_DIAGNOSTICIDS_H
