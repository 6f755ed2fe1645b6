//===- LineMap.h - Exact `#line` mapping of the generated C -----*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_LIB_TARGET_CPYTHON_LINEMAP_H
#define PYIR_LIB_TARGET_CPYTHON_LINEMAP_H

#include "llvm/ADT/StringRef.h"

#include <string>

namespace pyir {

/// A line the printers write where the .py mapping of the C ends (after a
/// function that printed `#line`s, before the glue); finishLineDirectives
/// turns it into the `#line` of the C file itself.
inline constexpr llvm::StringLiteral kLineResetMarker =
    "#pragma pyir_line_reset";

/// `text` with every C line mapped to the .py line it was printed for or to
/// itself in `cFileName`: each kLineResetMarker after a line mapped to a .py
/// becomes `#line <next line> "<cFileName>"` (the others go), and a line that
/// follows a line mapped to a .py line (rather than its `#line`) gets that
/// `#line` again. The preprocessor numbers the lines after `#line N` N, N+1,
/// ...: without the repeats, the code of line N was attributed to N+1, N+2, ...
/// (perf, gdb), past the end of the .py after its last line. `linesBefore`: the
/// lines of the C file that precede `text`.
std::string finishLineDirectives(llvm::StringRef text,
                                 llvm::StringRef cFileName,
                                 unsigned linesBefore);

} // namespace pyir

#endif // PYIR_LIB_TARGET_CPYTHON_LINEMAP_H
