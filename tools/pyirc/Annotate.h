//===- Annotate.h - pyirc: writing the --annotate report --------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The driver's side of `--annotate` (docs/annotate.md): where the report
// goes and writing it. The report itself is lib/Target/Annotate.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_TOOLS_PYIRC_ANNOTATE_H
#define PYIR_TOOLS_PYIRC_ANNOTATE_H

#include "pyir/Target/Annotate/Annotate.h"

#include "llvm/ADT/StringRef.h"

namespace pyirc {

/// Adds the generated C and the compiler's vectorisation report (empty
/// `reportFile`: none, the C was not compiled) to `report` and writes it as
/// `<name>.html` beside `outputPath` (the .so or .c; "-": the current
/// directory). Returns the exit status: 1 after printing an error.
int writeAnnotateReport(pyir::annotate::Report &report,
                        llvm::StringRef pySource, llvm::StringRef name,
                        llvm::StringRef outputPath, llvm::StringRef cText,
                        llvm::StringRef reportFile,
                        const pyir::annotate::ReportOptions &options);

} // namespace pyirc

#endif // PYIR_TOOLS_PYIRC_ANNOTATE_H
