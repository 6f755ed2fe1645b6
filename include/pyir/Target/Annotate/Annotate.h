//===- Annotate.h - The annotate report of a module -------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// `pyirc --annotate` (docs/annotate.md): an HTML page per module showing,
// for each source line, what remains there after optimisation: the checks
// (bounds, wrap-around, overflow, zero divisor), the calls into the runtime
// and the loops the C compiler did not vectorise, with the line's C and
// pyir. Three inputs, gathered in order: the optimised pyir module (before
// it is lowered), the generated C (its `#line` directives map C to .py
// lines) and the C compiler's vectorisation report. Nothing here runs a
// pass or a process; the driver does.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_TARGET_ANNOTATE_ANNOTATE_H
#define PYIR_TARGET_ANNOTATE_ANNOTATE_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace pyir::annotate {

/// What the report marks on a line (Kinds.def).
enum class Kind : unsigned {
#define PYIR_ANNOTATE_KIND(ENUM, TOKEN, TITLE, WEIGHT, DESCRIPTION) ENUM,
#include "pyir/Target/Annotate/Kinds.def"
};
constexpr unsigned kNumKinds = 0
#define PYIR_ANNOTATE_KIND(ENUM, TOKEN, TITLE, WEIGHT, DESCRIPTION) +1
#include "pyir/Target/Annotate/Kinds.def"
    ;

/// A set of kinds, one bit per Kind.
using KindSet = uint32_t;
constexpr KindSet bit(Kind kind) { return KindSet(1) << unsigned(kind); }

/// Kinds.def's row of `kind`.
struct KindInfo {
  llvm::StringLiteral token, title;
  unsigned weight;
  llvm::StringLiteral description;
};
const KindInfo &getKindInfo(Kind kind);
/// The tokens of `kinds`, comma-separated in Kinds.def's order.
std::string formatKinds(KindSet kinds);

/// The checks and calls an op of the optimised module still has: the one
/// classification (lib/Target/Annotate/Classify.cpp).
KindSet classifyOp(mlir::Operation *op);

/// One op of the optimised module at a source line.
struct OpNote {
  std::string function; ///< The func.func it is in.
  std::string ir;       ///< The op as printed (nested regions elided).
  KindSet kinds = 0;    ///< classifyOp.
};

/// One loop the C compiler reports on.
struct LoopNote {
  bool vectorized = false;
  std::string message; ///< The compiler's words, with its reasons.
};

/// Everything known about one source line.
struct LineInfo {
  std::vector<OpNote> ops;
  /// Kinds on an op that has them in every copy the optimiser made of it.
  KindSet checks = 0;
  /// Kinds only on some copies of an op (the checked fallback of a loop
  /// pyir-version-loops versioned; a loop of which one copy vectorised):
  /// the fast path is free of them.
  KindSet fallback = 0;
  std::array<unsigned, kNumKinds> opCount{};
  /// The generated C of the line, in file order (a gap between pieces as an
  /// empty string).
  std::vector<std::string> cLines;
  std::vector<LoopNote> loops;

  /// The colour weight: each check and call by its kind's weight; a kind
  /// of fallback copies only counts one.
  unsigned getScore() const;
};

/// How the report was made, for its header.
struct ReportOptions {
  std::string command;  ///< e.g. "pyirc -O2 --annotate movavg.py".
  std::string compiler; ///< The C compiler, or empty when none ran.
  bool haveVectorizerReport = false;
};

/// The report of one module.
class Report {
public:
  /// The ops of the optimised `module` (pyir dialect, before lowering to
  /// C) at each line of its source file.
  explicit Report(mlir::ModuleOp module);

  /// The generated C: each line under a `#line N "<source>"` directive goes
  /// to line N.
  void addCSource(llvm::StringRef cText);

  /// The C compiler's vectorisation report on the generated C (a `#line`
  /// before each line of a .py statement, so that the compiler's positions
  /// are the .py lines: lib/Target/CPython/LineMap.h):
  /// GCC's `-fopt-info-vec-all` output or clang's `-Rpass*=loop-vectorize`
  /// remarks.
  void addVectorizerReport(llvm::StringRef report);

  /// The self-contained HTML page (inline CSS and JS) for `pySource`, the
  /// text of the module's .py file.
  void writeHTML(llvm::StringRef pySource, const ReportOptions &options,
                 llvm::raw_ostream &os) const;

private:
  std::string moduleName;
  std::string sourceFileName; ///< The ops' location file (pyir.source).
  std::string lineFileName;   ///< The #line file.
  std::map<unsigned, LineInfo> lines;
};

} // namespace pyir::annotate

#endif // PYIR_TARGET_ANNOTATE_ANNOTATE_H
