//===- MixedModule.h - Modules mixing compiled and Python code -*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// A mixed module (docs/language.md §9) marks the functions to compile with
// `@pyir.compile`; everything else stays Python. The frontend compiles the
// text a pre-scan of the top-level lines keeps (the marked functions, the
// imports and module constants they can use), every other line blanked so
// that locations stay those of the real file. The parser never sees the
// Python parts.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_FRONTEND_MIXEDMODULE_H
#define PYIR_FRONTEND_MIXEDMODULE_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/SMLoc.h"

#include <optional>
#include <string>
#include <vector>

namespace llvm {
class SourceMgr;
} // namespace llvm

namespace pyir {
namespace frontend {

/// What the compiler knows of the Python parts of a mixed module.
struct MixedModule {
  /// The whole source, which the extension executes before it sets the
  /// compiled functions over the Python ones.
  std::string source;
  /// The top-level `def`s and `class`es that are not compiled, each at its
  /// name in the original buffer: a compiled function must not call them.
  llvm::StringMap<llvm::SMLoc> pythonDefinitions;
  /// The `# pyir:` comments of the Python parts that are not at module
  /// level (an error, as anywhere: language.md §5).
  std::vector<llvm::SMLoc> misplacedDirectives;
};

/// The result of splitting a source text (splitMixedModule).
struct MixedModuleSplit {
  /// The text the frontend compiles: as many lines as the source, the lines
  /// of the kept statements unchanged, every other line empty.
  std::string compiledText;
  /// The names of the top-level `def`s and `class`es not compiled, each
  /// with its offset in the source.
  llvm::StringMap<size_t> pythonDefinitions;
  /// The offsets of the misplaced `# pyir:` comments of the Python parts.
  std::vector<size_t> misplacedDirectives;
};

/// Splits `source` if it is a mixed module (some top-level `def` decorated
/// `@pyir.compile`, or `@compile` where `from pyir import compile`); returns
/// std::nullopt for a whole module.
std::optional<MixedModuleSplit> splitMixedModule(llvm::StringRef source);

/// If the buffer `bufferID` is a mixed module, adds the text to compile as a
/// new buffer of the same name to `sourceMgr`, fills `mixed` and returns the
/// new buffer's ID; otherwise returns `bufferID`.
unsigned prepareMixedModule(llvm::SourceMgr &sourceMgr, unsigned bufferID,
                            std::optional<MixedModule> &mixed);

} // namespace frontend
} // namespace pyir

#endif // PYIR_FRONTEND_MIXEDMODULE_H
