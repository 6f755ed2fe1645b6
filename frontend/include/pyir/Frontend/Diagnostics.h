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
//===----------------------------------------------------------------------===//

#ifndef PYIR_FRONTEND_DIAGNOSTICS_H
#define PYIR_FRONTEND_DIAGNOSTICS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/SMLoc.h"
#include "llvm/Support/SourceMgr.h"

#include <functional>

namespace llvm {
class raw_ostream;
} // namespace llvm

namespace pyir {
namespace frontend {

/// Collects and prints diagnostics for buffers of one llvm::SourceMgr.
class DiagnosticEngine {
public:
  /// A replacement for printing, e.g. to collect messages in a fuzzer or a
  /// unit test. Receives every diagnostic that is not suppressed.
  using Handler = std::function<void(const llvm::SMDiagnostic &)>;

  /// Diagnostics print to `os` (llvm::errs() if null).
  explicit DiagnosticEngine(llvm::SourceMgr &sourceMgr,
                            llvm::raw_ostream *os = nullptr);

  /// Report an error at `loc`, underlining `ranges`.
  void error(llvm::SMLoc loc, const llvm::Twine &msg,
             llvm::ArrayRef<llvm::SMRange> ranges = {});
  /// Report an error over `range` (the caret goes to its start).
  void error(llvm::SMRange range, const llvm::Twine &msg) {
    error(range.Start, msg, range);
  }
  void warning(llvm::SMLoc loc, const llvm::Twine &msg,
               llvm::ArrayRef<llvm::SMRange> ranges = {});
  /// A note, attached to the previous error or warning; it is dropped
  /// when that diagnostic was.
  void note(llvm::SMLoc loc, const llvm::Twine &msg,
            llvm::ArrayRef<llvm::SMRange> ranges = {});

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
