//===- Diagnostics.h - PyIR frontend diagnostics ----------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file declares DiagnosticEngine, the single sink for frontend errors,
// warnings and notes. Messages are printed through llvm::SourceMgr as
// `file:line:col: error: message`, the source line and a caret line with the
// range underlined. The engine counts errors so that drivers can exit with a
// failure status, suppresses duplicate errors at one location, and stops
// printing after a limit so that garbage input cannot flood the output.
//
// Diagnostics are reported by ID, a row of DiagnosticKinds.def that gives
// the severity and the message: `diag.report(range, diag::err_expected,
// "':'", found)`.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_FRONTEND_DIAGNOSTICS_H
#define PYIR_FRONTEND_DIAGNOSTICS_H

#include "pyir/Frontend/DiagnosticIDs.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/SMLoc.h"
#include "llvm/Support/SourceMgr.h"

#include <array>
#include <functional>
#include <string>
#include <type_traits>

namespace llvm {
class raw_ostream;
} // namespace llvm

namespace pyir {
namespace frontend {

namespace diag::detail {
/// The text of one argument of DiagnosticEngine::report.
inline std::string toArgString(const llvm::Twine &value) { return value.str(); }
inline std::string toArgString(char c) { return std::string(1, c); }
template <typename T>
std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, char>, std::string>
toArgString(T value) {
  static_assert(!std::is_same_v<T, bool>,
                "a diagnostic argument is text: pass the words a flag stands "
                "for, not the flag");
  return std::to_string(value);
}
} // namespace diag::detail

/// Collects and prints diagnostics for buffers of one llvm::SourceMgr.
class DiagnosticEngine {
public:
  /// A replacement for printing, e.g. to collect messages in a fuzzer or a
  /// unit test. Receives every diagnostic that is not suppressed.
  using Handler = std::function<void(const llvm::SMDiagnostic &)>;

  /// Diagnostics print to `os` (llvm::errs() if null).
  explicit DiagnosticEngine(llvm::SourceMgr &sourceMgr,
                            llvm::raw_ostream *os = nullptr);

  /// Report diagnostic `id` at `loc`, underlining `ranges`, with its
  /// severity from DiagnosticKinds.def and `args` in place of the %0, %1,
  /// ... of its message: strings, integers, characters, or anything an
  /// llvm::Twine is made from. A call passing more or fewer arguments than
  /// the message has placeholders does not compile.
  template <unsigned NumArgs, typename... Args>
  void report(llvm::SMLoc loc, llvm::ArrayRef<llvm::SMRange> ranges,
              diag::DiagID<NumArgs> id, const Args &...args) {
    static_assert(sizeof...(Args) == NumArgs,
                  "a diagnostic takes one argument per placeholder of its "
                  "message in DiagnosticKinds.def");
    std::array<std::string, NumArgs> strings{
        diag::detail::toArgString(args)...};
    report(loc, ranges, id.kind, strings);
  }
  template <unsigned NumArgs, typename... Args>
  void report(llvm::SMLoc loc, diag::DiagID<NumArgs> id, const Args &...args) {
    report(loc, {}, id, args...);
  }
  /// Report `id` over `range` (the caret goes to its start).
  template <unsigned NumArgs, typename... Args>
  void report(llvm::SMRange range, diag::DiagID<NumArgs> id,
              const Args &...args) {
    report(range.Start, range, id, args...);
  }
  /// Report `kind` with one string per placeholder of its message. A note
  /// attaches to the previous error or warning; it is dropped when that
  /// diagnostic was.
  void report(llvm::SMLoc loc, llvm::ArrayRef<llvm::SMRange> ranges,
              diag::Kind kind, llvm::ArrayRef<std::string> args);

  /// Number of errors reported (including suppressed ones).
  unsigned getNumErrors() const { return numErrors; }
  bool hadError() const { return numErrors != 0; }

  /// Stop printing after this many errors (0 = unlimited). Default 50.
  void setErrorLimit(unsigned limit) { errorLimit = limit; }
  /// Route diagnostics to `h` instead of printing them.
  void setHandler(Handler h) { handler = std::move(h); }
  /// Discard all output (still counting errors).
  void setSilent(bool s = true) { silent = s; }

  llvm::SourceMgr &getSourceMgr() { return sourceMgr; }

private:
  void emit(llvm::SMLoc loc, llvm::SourceMgr::DiagKind kind,
            const llvm::Twine &msg, llvm::ArrayRef<llvm::SMRange> ranges);

  llvm::SourceMgr &sourceMgr;
  llvm::raw_ostream &os;
  Handler handler;
  unsigned numErrors = 0;
  unsigned errorLimit = 50;
  bool silent = false;
  bool lastDropped = false;
  bool limitReported = false;
  llvm::SMLoc lastErrorLoc;
};

} // namespace frontend
} // namespace pyir

#endif // PYIR_FRONTEND_DIAGNOSTICS_H
