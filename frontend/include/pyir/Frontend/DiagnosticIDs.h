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
/// Whether `message` is a well-formed row message: every '%' starts a
/// placeholder %0 ... %9 or is the escape %%, and the placeholders used are
/// %0 up to the highest one, none skipped.
constexpr bool isValidMessage(const char *message) {
  bool used[10] = {};
  int highest = -1;
  for (const char *p = message; *p; ++p) {
    if (*p != '%')
      continue;
    ++p;
    if (*p == '%')
      continue;
    if (*p < '0' || *p > '9')
      return false;
    int n = *p - '0';
    used[n] = true;
    highest = n > highest ? n : highest;
  }
  for (int n = 0; n <= highest; ++n)
    if (!used[n])
      return false;
  return true;
}

/// The number of arguments `message` takes: its highest placeholder + 1.
constexpr unsigned getNumArgs(const char *message) {
  unsigned count = 0;
  for (const char *p = message; *p; ++p) {
    if (*p != '%')
      continue;
    if (!*++p)
      break;
    if (*p >= '0' && *p <= '9' && unsigned(*p - '0') + 1 > count)
      count = *p - '0' + 1;
  }
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
  static_assert(detail::isValidMessage(MESSAGE),                               \
                "DiagnosticKinds.def: the message of " #ID " uses a "          \
                "placeholder out of %0..%9, skips one, or has a lone '%'");    \
  inline constexpr DiagID<detail::getNumArgs(MESSAGE)> ID{Kind::ID};
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
